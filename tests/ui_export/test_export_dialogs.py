"""Export, identity and verify dialogs driven as a user would (pytest-qt, offscreen)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtCore import Qt

from app.models.exchange import load_json_file
from app.signing import identities
from app.signing.verify import verify_package
from app.ui.open_dossier import OpenDossier
from app.ui.export_dialog import ExportDialog
from app.ui.identity_dialog import SESSION_PASSPHRASES, IdentitiesDialog, NewIdentityDialog
from app.ui.verify_dialog import VerifyDialog

ROOT = Path(__file__).resolve().parents[2]
PASS = "correct horse battery"


def open_doc(name: str) -> OpenDossier:
    return OpenDossier.from_dossier(load_json_file(ROOT / "examples" / name))


def test_final_export_is_blocked_and_lists_what_to_fix(qtbot):
    dialog = ExportDialog(open_doc("qingling-draft.json"))
    qtbot.addWidget(dialog)
    assert dialog.final.isChecked() and not dialog.export_button.isEnabled()
    groups = [dialog.problems.topLevelItem(i) for i in range(dialog.problems.topLevelItemCount())]
    items = [g.child(j).text(0) for g in groups for j in range(g.childCount())]
    assert any("5G网络覆盖率" in t and "还需新增至少 1 个5G基站" in t for t in items)
    # grouped by first-level indicator in catalogue order, each with its count
    assert groups[0].text(0).startswith("1 发展政策")
    assert all(f"（{g.childCount()} 项）" in g.text(0) for g in groups)
    assert sum(g.childCount() for g in groups) == len(dialog.blocking())
    tall = dialog.height()
    dialog.draft.setChecked(True)
    assert dialog.export_button.isEnabled() and dialog.problems.topLevelItemCount() == 0
    assert dialog.height() < tall / 2          # no window-high gap where the list was
    assert "草稿" in dialog.output.text() and "正式稿" not in dialog.output.text()
    dialog.final.setChecked(True)
    assert "正式稿" in dialog.output.text()


def test_a_listed_problem_jumps_to_its_field(qtbot):
    dialog = ExportDialog(open_doc("qingling-draft.json"))
    qtbot.addWidget(dialog)
    group = dialog.problems.topLevelItem(1)
    with qtbot.waitSignal(dialog.jump_requested) as jumped:
        dialog.problems.itemActivated.emit(group.child(0), 0)
    assert jumped.args[0] is not None and jumped.args[0].indicator_id
    assert dialog.result() == 0 and not dialog.isVisible()


def test_draft_export_writes_a_package(qtbot, tmp_path, messages):
    dialog = ExportDialog(open_doc("qingling-draft.json"))
    qtbot.addWidget(dialog)
    dialog.draft.setChecked(True)
    dialog.output.setText(str(tmp_path / "草稿.zip"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "草稿.zip").exists()
    with zipfile.ZipFile(tmp_path / "草稿.zip") as zf:
        assert "试点工作方案.pdf" in zf.namelist() and "manifest.json" in zf.namelist()
    assert any("未签名" in m for m in messages)


def test_the_medium_decides_the_default_name(qtbot, tmp_path):
    dialog = ExportDialog(open_doc("binjiang.json"))
    qtbot.addWidget(dialog)
    assert [dialog.target.itemData(i) for i in range(dialog.target.count())] == ["zip", "folder", "iso"]
    assert dialog.output.text().endswith("-申报包-正式稿-第1版.zip")
    dialog.target.setCurrentIndex(1)
    assert Path(dialog.output.text()).name.endswith("-申报材料-正式稿-第1版")
    dialog.target.setCurrentIndex(2)
    assert dialog.output.text().endswith("-申报光盘-正式稿-第1版.iso")
    chosen = tmp_path / "刻录" / "我的光盘.iso"
    dialog.output.setText(str(chosen))
    dialog.output.textEdited.emit(str(chosen))
    dialog.target.setCurrentIndex(1)
    assert dialog.output.text() == str(tmp_path / "刻录" / "我的光盘")      # the user's name, as a folder now
    dialog.target.setCurrentIndex(0)
    assert dialog.output.text() == str(tmp_path / "刻录" / "我的光盘.zip")


def test_new_self_signed_identity_is_marked_and_listed(qtbot):
    dialog = NewIdentityDialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("李明")            # QTest.keyClicks only types ASCII
    dialog.org.setText("滨江市工业和信息化局")
    qtbot.keyClicks(dialog.passphrase, PASS)
    qtbot.keyClicks(dialog.again, PASS + "x")
    dialog._create()
    assert dialog.created is None and "不一致" in dialog.problem.text()
    dialog.again.setText(PASS)
    dialog._create()
    assert dialog.created is not None and dialog.created.self_signed
    assert dialog.passphrase.text() == ""            # not kept in the widget after use
    listing = IdentitiesDialog()
    qtbot.addWidget(listing)
    assert "自签名" in listing.list.item(0).text() and "李明" in listing.list.item(0).text()


def test_signed_export_then_verify_dialog(qtbot, tmp_path, messages):
    identity = identities.create_self_signed(name="李明", organisation="滨江市工业和信息化局", passphrase=PASS)
    doc = open_doc("qingling-draft.json")
    dialog = ExportDialog(doc)
    qtbot.addWidget(dialog)
    dialog.draft.setChecked(True)
    dialog.identity.setCurrentIndex(dialog.identity.findData(identity.id))
    dialog.passphrase.setText("wrong passphrase")
    dialog.output.setText(str(tmp_path / "signed.zip"))
    dialog.export()
    assert not (tmp_path / "signed.zip").exists()
    assert any("口令" in m for m in messages)
    dialog.passphrase.setText(PASS)
    dialog.remember.setChecked(True)
    dialog.export()
    assert (tmp_path / "signed.zip").exists()
    assert doc.dossier.signing_identity == identity.id        # the dossier records its signer
    assert SESSION_PASSPHRASES.get(identity.id) == PASS
    SESSION_PASSPHRASES.clear()
    verdict = verify_package(tmp_path / "signed.zip")
    assert verdict.intact and not verdict.ok, verdict.problems      # a draft whose conditions fail, as recorded

    verify = VerifyDialog(path=str(tmp_path / "signed.zip"))
    qtbot.addWidget(verify)
    verify.start()
    assert verify.result is not None and verify.result.intact
    assert verify.verdict.text().startswith("⚠ 文件完整、签名有效，但按申报包记录有 5 项不可偏离条件未满足（草稿）")
    assert "李明" in verify.report.toPlainText() and "版本：草稿" in verify.report.toPlainText()


def test_verify_dialog_reports_tampering_and_junk(qtbot, tmp_path):
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip at all")
    verify = VerifyDialog(path=str(junk))
    qtbot.addWidget(verify)
    verify.start()
    assert "无法验证" in verify.verdict.text()
    assert "zip" in verify.report.toPlainText()
    verify.path.setText(str(tmp_path / "missing.zip"))
    verify.start()
    assert "找不到文件" in verify.report.toPlainText()


def test_identities_show_their_end_date_in_words_and_say_when_it_has_passed(qtbot, tmp_path):
    import datetime as dt
    import re

    from tests.signing.conftest import make_cert, write_p12

    current = identities.create_self_signed(name="李明", organisation="滨江市工业和信息化局", passphrase=PASS)
    now = dt.datetime.now(dt.timezone.utc)
    key, cert = make_cert(name="王芳", not_before=now - dt.timedelta(days=400), not_after=now - dt.timedelta(days=3))
    expired = identities.import_pkcs12(write_p12(tmp_path / "旧证书.p12", key, cert, PASS), passphrase=PASS)
    listing = IdentitiesDialog()
    qtbot.addWidget(listing)
    rows = {listing.list.item(i).data(Qt.ItemDataRole.UserRole): listing.list.item(i).text()
            for i in range(listing.list.count())}
    until = current.not_after_dt.astimezone()
    assert f"有效期至 {until.year}年{until.month}月{until.day}日" in rows[current.id], rows[current.id]
    assert not re.search(r"\d{4}-\d{2}-\d{2}", rows[current.id])      # never an ISO date in the Chinese UI
    assert "已过期" not in rows[current.id]
    ended = expired.not_after_dt.astimezone()
    assert f"已于 {ended.year}年{ended.month}月{ended.day}日过期" in rows[expired.id], rows[expired.id]


def test_an_organisation_certificate_with_a_short_pin_is_imported_under_a_new_passphrase(qtbot, tmp_path):
    """CA-issued .pfx files often have a 6-digit PIN: the import keeps what was typed and asks for a
    passphrase of at least 8 characters to store the key under (it said 「口令太短」 and could not go on)."""
    from app.signing.errors import WrongPassphrase
    from app.ui.identity_dialog import ImportIdentityDialog
    from tests.signing.conftest import make_cert, write_p12

    key, cert = make_cert(name="滨江市工信局")
    p12 = write_p12(tmp_path / "机构证书.pfx", key, cert, "123456")
    dialog = ImportIdentityDialog(path=str(p12))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passphrase, "123456")
    dialog._import()
    assert dialog.imported is None
    assert "证书口令正确" in dialog.problem.text() and "新口令" in dialog.problem.text()
    assert dialog.passphrase.text() == "123456"                  # what was typed is kept
    assert dialog.new_passphrase.isHidden() is False and dialog.new_again.isHidden() is False
    qtbot.keyClicks(dialog.new_passphrase, PASS)
    qtbot.keyClicks(dialog.new_again, PASS + "x")
    dialog._import()
    assert dialog.imported is None and "不一致" in dialog.problem.text()
    dialog.new_again.setText(PASS)
    dialog._import()
    assert dialog.imported is not None
    assert dialog.passphrase.text() == dialog.new_passphrase.text() == dialog.new_again.text() == ""
    identities.load_signer(dialog.imported, PASS)                # stored under the new passphrase
    import pytest
    with pytest.raises(WrongPassphrase):
        identities.load_signer(dialog.imported, "123456")
