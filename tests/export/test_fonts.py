"""Font resolution: bundled set, official system fonts, reportlab registration."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from app.export.fonts import (BUNDLED_FONT_DIR, ROLES, bundled_fonts, is_truetype_outline,
                              register_reportlab_fonts, resolve_fonts, ui_font_path)


def test_bundled_fonts_are_truetype_outline_with_licences() -> None:
    fonts = bundled_fonts()
    assert [role for role, _ in fonts.items()] == list(ROLES)
    for _role, spec in fonts.items():
        assert spec.bundled and spec.path.is_file()
        assert is_truetype_outline(spec.path, spec.subfont_index), spec
    assert fonts.all_bundled
    licences = BUNDLED_FONT_DIR / "LICENSES"
    assert (licences / "Apache-2.0.txt").is_file()
    assert (licences / "ARPHICPL.txt").is_file()
    assert (licences / "ZhuqueFangsong-OFL.txt").is_file()
    assert fonts.fangsong.family == "Zhuque Fangsong" and fonts.fangsong.path.name == "ZhuqueFangsong-Regular.ttf"
    assert "ZhuqueFangsong-Regular.ttf" in (BUNDLED_FONT_DIR / "README.md").read_text(encoding="utf-8")
    assert fonts.title.synthetic_bold and not fonts.fangsong.synthetic_bold
    assert (BUNDLED_FONT_DIR / "README.md").is_file()


def test_ui_font_is_the_bundled_sans() -> None:
    path = ui_font_path()
    assert path.is_file() and path.parent == BUNDLED_FONT_DIR
    assert is_truetype_outline(path)


def test_env_var_forces_bundled(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "simhei.ttf").symlink_to(ui_font_path())
    monkeypatch.setenv("PILOTZONE_FONT_DIRS", str(tmp_path))
    monkeypatch.setenv("PILOTZONE_BUNDLED_FONTS_ONLY", "1")
    assert resolve_fonts().all_bundled
    monkeypatch.setenv("PILOTZONE_BUNDLED_FONTS_ONLY", "0")
    assert not resolve_fonts().all_bundled


def test_official_fonts_are_preferred_when_truetype(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # Stand-ins: any glyf font named like the Windows files is taken for them.
    (tmp_path / "SimHei.ttf").symlink_to(ui_font_path())
    sub = tmp_path / "user"
    sub.mkdir()
    (sub / "FS_GB2312.ttf").symlink_to(bundled_fonts().fangsong.path)
    (tmp_path / "simkai.ttf").write_bytes(b"OTTO" + b"\0" * 60)  # CFF outlines: not embeddable
    monkeypatch.setenv("PILOTZONE_FONT_DIRS", str(tmp_path))
    fonts = resolve_fonts(bundled_only=False)
    assert (fonts.heiti.family, fonts.heiti.bundled) == ("黑体", False)
    assert (fonts.fangsong.family, fonts.fangsong.bundled) == ("仿宋_GB2312", False)
    assert fonts.kaiti.bundled and fonts.kaiti.family == "AR PL UKai CN"
    assert fonts.title.bundled and fonts.songti.bundled
    assert not fonts.all_bundled


def test_no_system_fonts_means_bundled(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PILOTZONE_FONT_DIRS", str(tmp_path / "missing"))
    assert resolve_fonts(bundled_only=False) == bundled_fonts()


def test_is_truetype_outline_rejects_non_fonts(tmp_path: Path) -> None:
    junk = tmp_path / "x.ttf"
    junk.write_bytes(b"not a font")
    assert not is_truetype_outline(junk)
    assert not is_truetype_outline(tmp_path / "absent.ttf")
    assert not is_truetype_outline(ui_font_path(), subfont_index=5)


def test_register_reportlab_fonts_is_idempotent() -> None:
    fonts = bundled_fonts()
    first = register_reportlab_fonts(fonts)
    count = len(pdfmetrics.getRegisteredFontNames())
    assert register_reportlab_fonts(fonts) == first
    assert len(pdfmetrics.getRegisteredFontNames()) == count
    assert set(first) == set(ROLES)
    assert first["title"] == first["songti"]  # one UMing face serves both roles
    assert pdfmetrics.stringWidth("仿宋", first["fangsong"], 16) == pytest.approx(32)
    # 朱雀仿宋 has no full-width digits or ★: they are measured (and drawn) from the fallback face
    assert pdfmetrics.stringWidth("１★", first["fangsong"], 16) == pytest.approx(32)
