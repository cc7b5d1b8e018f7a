"""Detached CMS and PAdES signatures: round trip, tampering, signer facts."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.signing import cms, pades, stamp

from .conftest import SessionIdentities, make_pdf

DATA = "{\"dossier\": \"测试\"}".encode("utf-8")


def test_cms_round_trip_reports_signer(session_ids: SessionIdentities) -> None:
    sig = cms.sign_detached(DATA, session_ids.signer)
    assert sig[:1] == b"\x30"  # DER SEQUENCE
    result = cms.verify_detached(DATA, sig)
    assert result.intact is True
    assert result.signer is not None
    assert result.signer.common_name == "张三"
    assert result.signer.organisation == "某市工业和信息化局"
    assert result.signer.self_signed is True
    assert result.signer.sha256 == session_ids.signer.info.sha256
    assert result.signing_time is not None
    assert any("自签名" in note for note in result.notes)


def test_cms_detects_changed_data(session_ids: SessionIdentities) -> None:
    sig = cms.sign_detached(DATA, session_ids.signer)
    result = cms.verify_detached(DATA + b" ", sig)
    assert result.intact is False
    assert "改动" in result.explanation


def test_cms_every_byte_of_signature_matters(session_ids: SessionIdentities) -> None:
    """Flip one bit at every 7th offset (and the ends): never intact with the same signer."""
    sig = cms.sign_detached(DATA, session_ids.signer)
    offsets = sorted(set(range(0, len(sig), 7)) | {len(sig) - 1} | set(range(20, 45)))
    for offset in offsets:
        damaged = bytearray(sig)
        damaged[offset] ^= 0x01
        result = cms.verify_detached(DATA, bytes(damaged))
        same_signer = result.signer is not None and result.signer.sha256 == session_ids.signer.info.sha256
        assert not (result.intact and same_signer), f"undetected change at offset {offset}"


def test_cms_garbage_and_other_key(session_ids: SessionIdentities) -> None:
    assert cms.verify_detached(DATA, b"not a signature").intact is False
    assert "无法解析" in cms.verify_detached(DATA, b"").explanation
    other = cms.verify_detached(DATA, cms.sign_detached(DATA, session_ids.other))
    assert other.intact is True and other.signer is not None and other.signer.common_name == "李四"


def test_pades_sign_and_verify(session_ids: SessionIdentities) -> None:
    original = make_pdf(pages=3)
    signed = pades.sign_pdf(original, session_ids.signer)
    assert signed.startswith(original)  # incremental update
    result = pades.verify_pdf(signed)
    assert result.ok and result.signed and result.intact and result.covers_whole_document
    assert result.signer is not None and result.signer.sha256 == session_ids.signer.info.sha256
    assert result.signer.common_name == "张三"

    reader = PdfReader(io.BytesIO(signed))
    last = reader.pages[-1]
    annots = [a.get_object() for a in last.get("/Annots", [])]
    widgets = [a for a in annots if a.get("/FT") == "/Sig" or a.get("/Subtype") == "/Widget"]
    assert widgets, "no signature widget on the last page"
    x1, y1, x2, y2 = (float(v) for v in widgets[0]["/Rect"])
    assert x2 - x1 > 100 and y2 - y1 > 40, "signature block is not visible"
    assert y1 < float(last.mediabox.height) / 4, "signature block is not near the bottom"
    assert not reader.pages[0].get("/Annots")
    sig_dict = widgets[0]["/V"].get_object()
    assert sig_dict["/SubFilter"] == "/ETSI.CAdES.detached"
    assert sig_dict["/Name"] == "张三"


def test_pades_appearance_embeds_font_and_text(session_ids: SessionIdentities) -> None:
    signed = pades.sign_pdf(make_pdf(), session_ids.signer)
    choice = stamp.find_font("电子签名签署人张三某市工业和信息化局日期年月证书指纹")
    # the stamp font is embedded as a TrueType font file (FontFile2)
    assert b"/FontFile2" in signed
    if choice.covers_text:
        assert choice.path.suffix.lower() in (".ttf", ".ttc")


def test_stamp_falls_back_without_cjk_font(tmp_path: Path) -> None:
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    choice = stamp.find_font("张三", search_dirs=[empty])
    assert choice.covers_text is False and choice.path.name == "Vera.ttf"
    pdf, used = stamp.render_stamp(["张三"], width=200, height=60, fallback_lines=["Signer: Zhang"],
                                   search_dirs=[empty])
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Signer: Zhang" in text and used.path.name == "Vera.ttf"


def test_pades_detects_modification(session_ids: SessionIdentities) -> None:
    signed = pades.sign_pdf(make_pdf(), session_ids.signer)
    appended = pades.verify_pdf(signed + b"\n% appended after signing\n")
    assert appended.signed and not appended.ok
    damaged = bytearray(signed)
    damaged[len(make_pdf()) // 2] ^= 0x01  # inside the signed byte range
    assert pades.verify_pdf(bytes(damaged)).ok is False


def test_pades_unsigned_and_garbage() -> None:
    unsigned = pades.verify_pdf(make_pdf())
    assert unsigned.signed is False and "没有数字签名" in unsigned.explanation
    garbage = pades.verify_pdf(b"%PDF-1.7 garbage")
    assert garbage.ok is False and garbage.explanation


def test_stamp_renders_chinese_when_a_font_is_available() -> None:
    choice = stamp.find_font("签署人：张三")
    if not choice.covers_text:
        pytest.skip("no Chinese TrueType font in resources/fonts or the system")
    pdf, used = stamp.render_stamp(["签署人：张三"], width=200, height=40, fallback_lines=["x"])
    assert used.covers_text
    assert "张三" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
