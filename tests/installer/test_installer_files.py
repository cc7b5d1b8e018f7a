"""Fast checks of the installer files (no PyInstaller run, no Windows needed).

The spec is executed with stand-ins for PyInstaller's build classes, on a Linux and
a Windows ``sys.platform``, to check what it would bundle; the Inno Setup and
PowerShell scripts are checked as text.  The real build is ``.ci/bundle``.
"""

from __future__ import annotations

import re
import sys
import types
from pathlib import Path

import pytest

import app

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "pilotzone.spec"
ISS = INSTALLER / "pilotzone.iss"
PS1 = INSTALLER / "build-windows.ps1"


class _Recorder:
    instances: list

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        type(self).instances.append(self)


def run_spec(monkeypatch: pytest.MonkeyPatch, platform: str) -> dict:
    """Execute the spec as PyInstaller would, with recording stand-ins; returns its namespace."""
    sample_binaries = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "x", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "x", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", "x", "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "x", "BINARY"),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", "x", "BINARY"),
        ("PySide6/Qt/lib/libQt6OpenGL.so.6", "x", "BINARY"),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", "x", "BINARY"),
        ("PySide6\\plugins\\platforms\\qwindows.dll", "x", "BINARY"),
        ("PySide6\\opengl32sw.dll", "x", "BINARY"),
        ("libcairo.so.2", "x", "BINARY"),
        ("libpython3.11.so.1.0", "x", "BINARY"),
    ]
    sample_datas = [
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", "x", "DATA"),
        ("PySide6/Qt/translations/qtbase_en.qm", "x", "DATA"),
        ("PySide6/Qt/translations/qtbase_de.qm", "x", "DATA"),
        ("PySide6\\translations\\qtbase_fr.qm", "x", "DATA"),
        ("resources/fonts/uming.ttc", "x", "DATA"),
        ("docx/templates/default-footer.xml", "x", "DATA"),
    ]

    class Analysis(_Recorder):
        instances: list = []

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.scripts, self.pure = ["entry"], []
            self.binaries, self.datas = list(sample_binaries), list(sample_datas)

    class PYZ(_Recorder):
        instances: list = []

    class EXE(_Recorder):
        instances: list = []

    class COLLECT(_Recorder):
        instances: list = []

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package: [f"{package}.cli", f"{package}.export.cli"]
    versioninfo = types.ModuleType("PyInstaller.utils.win32.versioninfo")
    for name in ("FixedFileInfo", "StringFileInfo", "StringStruct", "StringTable", "VarFileInfo", "VarStruct",
                 "VSVersionInfo"):
        setattr(versioninfo, name, lambda *args, _name=name, **kwargs: (_name, args, kwargs))
    for name in ("PyInstaller", "PyInstaller.utils", "PyInstaller.utils.win32"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.win32.versioninfo", versioninfo)
    monkeypatch.delitem(sys.modules, "version", raising=False)
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setattr(sys, "platform", platform)
    namespace = {"SPECPATH": str(INSTALLER), "Analysis": Analysis, "PYZ": PYZ, "EXE": EXE, "COLLECT": COLLECT,
                 "__file__": str(SPEC), "__name__": "__main__"}
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    sys.modules.pop("version", None)
    return namespace


def _exe_names(ns: dict) -> dict[str, bool]:
    return {e.kwargs["name"]: e.kwargs["console"] for e in ns["EXE"].instances}


def test_spec_bundles_resources_examples_and_all_app_modules(monkeypatch):
    ns = run_spec(monkeypatch, "linux")
    (analysis,) = ns["Analysis"].instances
    script = Path(analysis.args[0][0])
    assert script == INSTALLER / "entry.py" and script.is_file()
    datas = dict(analysis.kwargs["datas"])
    assert datas[str(ROOT / "resources")] == "resources"  # → sys._MEIPASS/resources (app.paths)
    assert datas[str(ROOT / "examples")] == "examples"  # → app.ui.home.sample_path()
    for source in datas:
        assert Path(source).is_dir(), source
    for sub in ("catalogue", "schema", "fonts"):
        assert (ROOT / "resources" / sub).is_dir(), sub
    hidden = analysis.kwargs["hiddenimports"]
    assert "app.cli" in hidden and "PySide6.QtPdfWidgets" in hidden
    excludes = analysis.kwargs["excludes"]
    assert {"tkinter", "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtWebEngineCore"} <= set(
        excludes)
    assert not {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtPdf"} & set(excludes)


def test_spec_keeps_only_the_qt_parts_the_app_uses(monkeypatch):
    ns = run_spec(monkeypatch, "linux")
    (analysis,) = ns["Analysis"].instances
    binaries = {dest for dest, _, _ in analysis.binaries}
    datas = {dest for dest, _, _ in analysis.datas}
    assert {"PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqoffscreen.so",
            "PySide6/Qt/plugins/imageformats/libqjpeg.so", "PySide6/Qt/lib/libQt6Pdf.so.6",
            "libpython3.11.so.1.0", "PySide6\\plugins\\platforms\\qwindows.dll"} <= binaries
    assert not {"PySide6/Qt/plugins/platforms/libqwayland.so", "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
                "PySide6/Qt/lib/libQt6OpenGL.so.6", "PySide6\\opengl32sw.dll", "libcairo.so.2"} & binaries
    assert datas == {"PySide6/Qt/translations/qtbase_zh_CN.qm", "PySide6/Qt/translations/qtbase_en.qm",
                     "resources/fonts/uming.ttc", "docx/templates/default-footer.xml"}


def test_spec_makes_one_console_exe_on_linux(monkeypatch):
    ns = run_spec(monkeypatch, "linux")
    assert _exe_names(ns) == {"pilotzone": True}
    (collect,) = ns["COLLECT"].instances
    assert collect.kwargs["name"] == "pilotzone"


def test_spec_makes_gui_and_cli_exes_sharing_one_folder_on_windows(monkeypatch):
    ns = run_spec(monkeypatch, "win32")
    assert _exe_names(ns) == {"pilotzone": False, "pilotzone-cli": True}
    exes = ns["EXE"].instances
    (collect,) = ns["COLLECT"].instances
    assert all(exe in collect.args for exe in exes)  # one COLLECT → one shared _internal folder
    icon = Path(exes[0].kwargs["icon"])
    assert icon.is_file() and icon.suffix == ".ico"
    assert exes[0].kwargs["version"] is not None  # Windows version resource
    assert not any(e.kwargs["strip"] for e in exes) and not collect.kwargs["strip"]


def test_version_comes_from_app_init_only(monkeypatch):
    sys.path.insert(0, str(INSTALLER))
    try:
        import version  # installer/version.py
    finally:
        sys.path.remove(str(INSTALLER))
        sys.modules.pop("version", None)
    assert version.app_version() == app.__version__
    assert version.numeric_version("1.2.3rc4") == (1, 2, 3, 0)
    assert run_spec(monkeypatch, "linux")["VERSION"] == app.__version__
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject and 'attr = "app.__version__"' in pyproject
    for path in (SPEC, ISS, PS1, INSTALLER / "build-linux.sh", INSTALLER / "smoke_test.sh"):
        assert app.__version__ not in path.read_text(encoding="utf-8-sig"), f"{path.name} hard-codes the version"
    iss = ISS.read_text(encoding="utf-8-sig")
    assert "AppVersion={#AppVersion}" in iss and "#ifndef AppVersion" in iss
    assert '"/DAppVersion=$Version"' in PS1.read_text(encoding="ascii")


def test_inno_setup_script_is_per_user_and_references_existing_files():
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup needs the UTF-8 BOM to read the Chinese text"
    iss = raw.decode("utf-8-sig")
    settings = dict(re.findall(r"^(\w+)=(.*?)\s*$", iss, re.MULTILINE))
    assert settings["PrivilegesRequired"] == "lowest"
    assert settings["DefaultDirName"].startswith("{autopf}")
    assert settings["ChangesAssociations"] == "yes"
    assert '#define AppName "先导区申报助手"' in iss and '{autoprograms}\\{#AppName}' in iss
    assert "Tasks: desktopicon" in iss
    for line in re.findall(r"^Root: (\w+);", iss, re.MULTILINE):
        assert line == "HKCU"
    assert 'Software\\Classes\\.pzd"' in iss
    assert '"""{app}\\{#AppExe}"" ""%1"""' in iss and '#define AppExe "pilotzone.exe"' in iss
    assert '#define BundleDir SourcePath + "..\\build\\bundle\\pilotzone"' in iss
    assert (INSTALLER / "pilotzone.ico").is_file()  # the fallback icon
    assert 'Name: "chinesesimp"' in iss and 'FileExists(CompilerPath + "Languages\\ChineseSimplified.isl")' in iss


def test_scripts_are_consistent():
    ps1 = PS1.read_bytes()
    ps1.decode("ascii")  # Windows PowerShell 5.1 reads BOM-less scripts as ANSI
    text = ps1.decode("ascii")
    assert "installer\\pilotzone.spec" in text and "installer\\pilotzone.iss" in text
    assert '"build\\bundle"' in text  # the .iss expects build\bundle\pilotzone
    linux = (INSTALLER / "build-linux.sh").read_text(encoding="utf-8")
    assert "--distpath build/bundle" in linux and "installer/pilotzone.spec" in linux
    ci = (ROOT / ".ci" / "bundle").read_text(encoding="utf-8")
    assert "installer/build-linux.sh" in ci and "installer/smoke_test.sh" in ci and "LIMIT_MB=250" in ci
    for script in (INSTALLER / "build-linux.sh", INSTALLER / "smoke_test.sh", ROOT / ".ci" / "bundle"):
        assert script.stat().st_mode & 0o111, f"{script} is not executable"
