"""Start the desktop app: QApplication set-up, fonts, translations, error hook, windows.

``run(argv_files)`` is what ``pilotzone`` (no arguments, or file paths) calls.
It sets up one QApplication (HiDPI, the bundled CJK font so Chinese never
renders as boxes, translations, one global exception hook that shows a
Chinese dialog and logs the traceback), then opens the files given — or the
workspace home — through ``AppController``, which owns the open windows.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from types import ModuleType, TracebackType
from typing import Sequence

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from app.paths import DOCUMENT_FONT_FILES, UI_FONT_FILE, resource, user_data_dir
from app.ui import settings as prefs

log = logging.getLogger("pilotzone.ui")

APP_NAME = "先导区申报助手"
KNOWN_CJK_FAMILIES = ("Microsoft YaHei", "微软雅黑", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC",
                      "WenQuanYi Micro Hei")
FALLBACK_UI_FONT = "WenQuanYi Micro Hei"


translate = QCoreApplication.translate   # lupdate reads translate("application", "text")


def dialogs() -> ModuleType:
    """``app.ui.dialogs``, imported when a dialog is first needed (not on the way to the first window)."""
    from app.ui import dialogs as module

    return module


# -- fonts -----------------------------------------------------------------------------------
def bundled_font_files() -> list[Path]:
    """The UI font (``app.paths.UI_FONT_FILE``) first, then the other bundled fonts (not the documents-only 仿宋)."""
    folder = resource("fonts")
    files = [folder / UI_FONT_FILE]
    if folder.is_dir():
        files += sorted(p for p in folder.iterdir() if p.suffix.lower() in (".ttf", ".ttc", ".otf") and p not in files
                        and p.name not in DOCUMENT_FONT_FILES)
    return [p for p in files if p.is_file()]


def install_fonts(app: QApplication, *, fallbacks_later: bool = False) -> str | None:
    """Register the bundled fonts; use the bundled sans as UI font when the system has no CJK font.

    The UI font comes first.  The other bundled faces (Ming, Kai) only stand in for characters the UI font
    lacks; with ``fallbacks_later`` they are registered on the event loop's first turn instead (~10 ms the
    first window need not wait for) and then appended to the application font's families.
    """
    files = bundled_font_files()
    families = _register_fonts(files[:1] if fallbacks_later else files)
    installed = set(QFontDatabase.families())
    system_cjk = next((f for f in KNOWN_CJK_FAMILIES[:-1] if f in installed), None)
    chosen = system_cjk or (FALLBACK_UI_FONT if FALLBACK_UI_FONT in installed else (families[0] if families else None))
    if chosen:
        _use_families(app, [chosen, *[f for f in families if f != chosen]])
    if fallbacks_later and len(files) > 1:
        from PySide6.QtCore import QTimer

        def register_fallbacks() -> None:
            more = _register_fonts(files[1:])
            current = app.font().families()
            if current and more:
                _use_families(app, [*current, *[f for f in more if f not in current]])

        QTimer.singleShot(0, register_fallbacks)
    return chosen


def _register_fonts(paths: Sequence[Path]) -> list[str]:
    families: list[str] = []
    for path in paths:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path)
            continue
        families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def _use_families(app: QApplication, families: list[str]) -> None:
    font = QFont(app.font())
    font.setFamilies(families)
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)


# -- translations ----------------------------------------------------------------------------
def wanted_language() -> str:
    """Chinese is the source language; English (or another) only when chosen."""
    return os.environ.get("PILOTZONE_LANG") or prefs.settings().get(prefs.LANGUAGE) or "zh_CN"


def install_translations(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """Load Qt's own strings, the app's fixes to them, and ``resources/translations/pilotzone_<lang>.qm``.

    ``qtbase_zh_CN`` (shipped with Qt) leaves some of the file dialog in English (「Look in」, 「Files of
    type」, 「Folder」) and calls a file's size 「体积」: ``qt_extra_<lang>.qm`` (ours, loaded after it, so
    asked first) covers those.  The UI's locale becomes the default ``QLocale`` (numbers and dates the app
    formats itself).
    """
    language = language or wanted_language()
    translators: list[QTranslator] = []
    QLocale.setDefault(QLocale(language))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(QLocale(language), "qtbase", "_", qt_dir):
        translators.append(qt_translator)
    own_dir = str(resource("translations"))
    qt_extra = QTranslator(app)
    if qt_extra.load(f"qt_extra_{language}", own_dir):
        translators.append(qt_extra)
    if not language.startswith("zh"):
        own = QTranslator(app)
        if own.load(f"pilotzone_{language}", own_dir):
            translators.append(own)
        else:
            log.info("no translation for %s", language)
    for translator in translators:
        app.installTranslator(translator)
    return translators


def use_ui_locale_for_dates(language: str) -> None:
    """Let Qt's own views (the file dialog's 修改日期) write dates in the UI language's form.

    They ask ``QLocale::system()``, which on Linux and macOS follows ``LC_ALL`` / ``LC_TIME``: a machine
    set to English or ``C.UTF-8`` showed 「1 12 2026」 in the Chinese UI.  Called before the QApplication
    exists; Windows takes the user's own regional setting, which the native file dialog follows anyway.
    """
    if os.name != "posix":
        return
    wanted = f"{language}.UTF-8"
    if os.environ.get("LC_ALL"):
        if not os.environ["LC_ALL"].startswith(language):
            os.environ["LC_ALL"] = wanted
    elif not os.environ.get("LC_TIME", "").startswith(language):
        os.environ["LC_TIME"] = wanted


# -- errors ----------------------------------------------------------------------------------
def log_file() -> Path:
    folder = user_data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "pilotzone.log"


def configure_logging() -> None:
    root = logging.getLogger()
    if any(getattr(h, "_pilotzone", False) for h in root.handlers):
        return
    try:
        handler: logging.Handler = logging.FileHandler(log_file(), encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler._pilotzone = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


class ExceptionHook:
    """``sys.excepthook``: log the traceback, show one Chinese dialog, keep running."""

    def __init__(self) -> None:
        self._showing = False
        self.previous = sys.excepthook

    def __call__(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.previous(kind, exc, tb)
            return
        log.error("unhandled exception:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            message, expected = dialogs().describe_exception(exc)
            if not expected:
                message += "\n" + translate("application", "日志文件：{path}").format(path=log_file())
            dialogs().show_error(QApplication.activeWindow(), message)
        finally:
            self._showing = False


def install_exception_hook() -> ExceptionHook:
    hook = ExceptionHook()
    sys.excepthook = hook
    return hook


# -- application -----------------------------------------------------------------------------
def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The one QApplication, set up (idempotent: reuses an existing instance)."""
    existing = QApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    # Before anything reads QSettings: Qt takes the system locale once, on first use (so the language comes
    # from PILOTZONE_LANG here, not from the settings file).
    use_ui_locale_for_dates(os.environ.get("PILOTZONE_LANG") or "zh_CN")
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    QCoreApplication.setOrganizationName(prefs.ORGANISATION)
    QCoreApplication.setApplicationName(prefs.APPLICATION)
    app = QApplication(list(argv or [sys.argv[0] if sys.argv else "pilotzone"]))
    app.setApplicationDisplayName(APP_NAME)
    icon = resource("icons", "pilotzone.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    configure_logging()
    install_fonts(app, fallbacks_later=True)
    install_translations(app)
    return app


class AppController:
    """Owns the home window and the open dossier windows.

    One file is open in at most one window: opening it again (a double-click
    that also activates the row, the recent-files menu, 打开…) brings its
    window to the front, and a second request while it is still opening is
    ignored.  Closing the last dossier window shows the workspace home
    instead of quitting; 退出 (or closing the home) ends the app.
    """

    def __init__(self, *, ask_author: bool = False) -> None:
        self.home: QWidget | None = None
        self.windows: list[QWidget] = []
        self._opening: set[str] = set()
        self._ask_author = ask_author       # the real app asks for the user's name once (``run``)
        self._quitting = False

    def show_home(self) -> QWidget:
        from app.ui.home import HomeWindow

        if self.home is None:
            self.home = HomeWindow(self)
        else:
            self.home.refresh()             # files changed while it was hidden (edits, imports, 另存)
        self.home.show()
        self.home.raise_()
        self.home.activateWindow()
        self.ask_author_if_needed(self.home)
        return self.home

    # -- the author's name ---------------------------------------------------------------------
    def ask_author_if_needed(self, parent: QWidget | None) -> None:
        """Ask once for the name the history records (only in the real app, only while none is known)."""
        from app.ui.author import ask_author, author_name

        if not self._ask_author or author_name():
            return
        self._ask_author = False            # once per start, however many windows open
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: ask_author(parent, self.use_author))   # after the window's first frame

    def use_author(self, name: str) -> None:
        """Record later edits of every open dossier under ``name``."""
        for window in self.windows:
            file = getattr(getattr(window, "doc", None), "file", None)
            if file is not None and name:
                file.author = name

    # -- opening ---------------------------------------------------------------------------
    def open_path(self, path: Path, parent: QWidget | None = None, *, read_only: bool = False,
                  take_over: bool = False, allow_missing_evidence: bool = False, as_copy: bool = False) -> None:
        """Open a .pzd (or import a .json) in the background, then show its window (once).

        A file this program already shows is brought to the front instead of being opened again."""
        from app.ui.author import author_name
        from app.ui.open_dossier import read_path
        from app.ui.workers import run_with_progress

        path = Path(path)
        existing = self.window_for(path)
        if existing is not None:
            existing.showNormal()
            existing.raise_()
            existing.activateWindow()
            return
        key = str(_resolved(path))
        if key in self._opening:            # already on its way (a double-click also activates the row)
            return
        self._opening.add(key)

        def opened(loaded: object) -> None:
            self._opening.discard(key)
            self.show_dossier(loaded)

        def failed(exc: BaseException) -> None:
            self._opening.discard(key)
            self._open_failed(parent, path, exc)

        label = translate("application", "正在打开 {name}…").format(name=path.name)
        run_with_progress(parent, label, read_path, path,
                          workspace=prefs.settings().workspace_dir(), author=author_name(),
                          read_only=read_only, take_over=take_over, allow_missing_evidence=allow_missing_evidence,
                          as_copy=as_copy,
                          on_result=opened, on_error=failed, on_cancel=lambda: self._opening.discard(key))

    def window_for(self, path: Path) -> QWidget | None:
        """The open dossier window showing this file, if any."""
        wanted = _resolved(path)
        for window in self.windows:
            shown = getattr(getattr(window, "doc", None), "path", None)
            if shown is not None and _resolved(Path(shown)) == wanted:
                return window
        return None

    def _open_failed(self, parent: QWidget | None, path: Path, exc: BaseException) -> None:
        """Explain why a file did not open, and offer what can still be done (open the workspace's copy, import
        without evidence, read-only, take over, salvage)."""
        from app.ui.dialogs import confirm
        from app.ui.open_dossier import AlreadyInWorkspace

        title = translate("application", "打开文件")
        if isinstance(exc, AlreadyInWorkspace):
            choice = dialogs().choose(
                parent, title, translate("application", "{message}\n\n打开工作区中的这份文件，还是把“{name}”另外导入为一个副本？"
                                         "（两个副本各自修改后需要合并。）").format(message=exc, name=path.name),
                [translate("application", "打开已有文件"), translate("application", "导入为副本")])
            if choice == 0:
                self.open_path(exc.existing, parent)
            elif choice == 1:
                self.open_path(path, parent, as_copy=True)
            return
        if getattr(exc, "can_import_without", False) and confirm(
                parent, title, translate("application", "{message}\n\n是否只导入材料信息？").format(message=exc),
                ok_text=translate("application", "只导入材料信息")):
            self.open_path(path, parent, allow_missing_evidence=True, as_copy=True)
            return
        if getattr(exc, "stale", False) and confirm(
                parent, title,
                translate("application", "{message}\n\n占用它的程序似乎已经退出。是否接管并继续编辑？").format(message=exc),
                ok_text=translate("application", "接管编辑")):
            self.open_path(path, parent, take_over=True)
            return
        if getattr(exc, "can_open_read_only", False) and confirm(
                parent, title,
                translate("application", "{message}\n\n是否以只读方式打开？只读时可以查看、导出和验证，但不能修改。").format(message=exc),
                ok_text=translate("application", "以只读方式打开")):
            self.open_path(path, parent, read_only=True)
            return
        if getattr(exc, "can_salvage", False) and confirm(
                parent, translate("application", "文件已损坏"),
                translate("application", "{message}\n\n是否把仍可读取的内容恢复到一个新文件？原文件保持不变。").format(message=exc),
                ok_text=translate("application", "恢复到新文件")):
            self._salvage(parent, path)
            return
        if not (getattr(exc, "can_open_read_only", False) or getattr(exc, "can_salvage", False)):
            dialogs().report_exception(parent, exc, action=title)
        if not self.windows and self.home is None:
            self.show_home()   # never leave the user with no window at all

    def _salvage(self, parent: QWidget | None, path: Path) -> None:
        from app.models.storage.salvage import salvage
        from app.ui.dialogs import show_info
        from app.ui.open_dossier import unique_path

        target = unique_path(path.parent, f"{path.stem}（恢复）", path.suffix)
        try:
            report = salvage(path, target)
        except Exception as exc:  # noqa: BLE001 - reported as a dialog
            dialogs().report_exception(parent, exc, action=translate("application", "恢复文件"))
            return
        show_info(parent, translate("application", "恢复完成"), report.describe())
        self.open_path(target, parent)

    def show_dossier(self, loaded: object) -> QWidget:
        from app.ui.open_dossier import OpenDossier
        from app.ui.main_window import DossierWindow

        doc = OpenDossier.from_loaded(loaded)  # type: ignore[arg-type]
        if doc.path is not None:
            prefs.settings().add_recent_file(doc.path)
        window = DossierWindow(doc)
        window.closed.connect(self._forget)
        window.workspace_requested.connect(self.show_home)
        window.open_requested.connect(lambda path, w=window: self.open_path(path, w))
        window.quit_requested.connect(self.quit)
        window.author_changed.connect(self.use_author)
        self.windows.append(window)
        window.show()
        if self.home is not None:
            self.home.refresh()         # an import or a salvage just wrote a new file into the workspace
        self.ask_author_if_needed(window)
        if getattr(loaded, "logs_unchecked", False):
            self._check_logs(window)
        return window

    def _check_logs(self, window: QWidget) -> None:
        """The history/versions check the open skipped, in the background while the user starts working."""
        import weakref

        from app.ui.workers import run_task

        check, shown = window.doc.file.check_logs, weakref.ref(window)   # type: ignore[attr-defined]
        run_task(lambda _progress: check(), on_error=lambda exc: self._logs_damaged(shown(), exc))

    def _logs_damaged(self, window: QWidget | None, exc: BaseException) -> None:
        from app.ui.dialogs import confirm

        if window is None or window not in self.windows:   # closed while the check ran
            return
        status = window.statusBar()   # type: ignore[attr-defined]
        if not getattr(exc, "can_salvage", False):
            status.showMessage(str(exc))
            return
        path = window.doc.path   # type: ignore[attr-defined]
        status.showMessage(translate("application", "“{name}”的修改历史或定稿记录已损坏；申报内容完好，仍在自动保存。"
                                     "重新打开此文件可再次选择恢复到新文件。").format(name=path.name))
        if confirm(window, translate("application", "文件已损坏"),
                   translate("application", "{message}\n\n申报内容已通过校验并已打开，损坏的是修改历史或定稿记录。"
                             "是否把仍可读取的内容恢复到一个新文件？原文件保持不变。").format(message=exc),
                   ok_text=translate("application", "恢复到新文件")):
            window.close()   # writes the last edits and releases the file
            if window not in self.windows:
                self._salvage(None, path)

    def _forget(self, window: QWidget) -> None:
        if window in self.windows:
            self.windows.remove(window)
        if not self.windows and not self._quitting and (self.home is None or not self.home.isVisible()):
            self.show_home()        # the last dossier closed: back to the workspace, not out of the app
        elif self.home is not None and hasattr(self.home, "refresh"):
            self.home.refresh()

    def quit(self) -> None:
        """退出: close every dossier window (each writes its last edits), then the home."""
        self._quitting = True
        for window in list(self.windows):
            if not window.close():          # a window that could not save asked to stay open
                self._quitting = False
                return
        if self.home is not None:
            self.home.close()


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


def run(argv_files: Sequence[str | Path] = ()) -> int:
    """Run the desktop app; returns the exit status."""
    app = create_application()
    install_exception_hook()
    controller = AppController(ask_author=True)
    files = [Path(f) for f in argv_files]
    if files:
        for path in files:
            controller.open_path(path)
    else:
        controller.show_home()
    smoke_ms = os.environ.get("PILOTZONE_SMOKE_EXIT_MS")
    if smoke_ms:  # installer smoke test: exit 0 once a window is up, non-zero if none appeared
        from PySide6.QtCore import QTimer

        def smoke_exit() -> None:
            shown = any(w.isVisible() for w in controller.windows) or (
                controller.home is not None and controller.home.isVisible())
            print(f"smoke: {'window shown' if shown else 'no window'}: "
                  f"{[w.windowTitle() for w in controller.windows]}", flush=True)
            app.exit(0 if shown else 3)

        QTimer.singleShot(int(smoke_ms), smoke_exit)
    return app.exec()
