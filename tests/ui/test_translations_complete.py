"""The English translation is complete, keeps every placeholder, and the compiled .qm matches the .ts.

``resources/translations/pilotzone_en.ts`` is what translators edit;
``pilotzone_en.qm`` is what ``install_translations`` loads (compile it with
``pyside6-lrelease resources/translations/pilotzone_en.ts -qm resources/translations/pilotzone_en.qm``).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from typing import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app.paths import resource

TS = resource("translations", "pilotzone_en.ts")
QM = resource("translations", "pilotzone_en.qm")

# {name} / {n} (str.format; a translation may add a format spec, {month:02}), %1 / %n (Qt), and HTML tags.
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?::[^{}]*)?\}|%(?:n|L?\d+)|</?[A-Za-z][A-Za-z0-9]*\b[^>]*>")
FORMAT_SPEC = re.compile(r":[^{}]*\}$")


def placeholders(text: str) -> Counter:
    """The placeholders of ``text``, a format spec left out (「{month:02}」 is 「{month}」)."""
    return Counter(FORMAT_SPEC.sub("}", p) if p.startswith("{") else p for p in PLACEHOLDER.findall(text))
# A Qt accelerator: "&X" but not the escaped "&&".
ACCELERATOR = re.compile(r"(?<!&)&(?!&)(\w)")

# Placeholders an English translation may drop on purpose: {m} is a Chinese measure word (家/个/项)
# that English has no use for; str.format ignores the unused argument.
MAY_DROP = {
    ("RegisterEditor", "{name} {n} {m}"): {"{m}"},
    ("RegisterEditor", "{label} {n} {m}"): {"{m}"},
    ("RegisterEditor", "“{label}” {n} {m}（须说明理由）"): {"{m}"},
    ("RegisterEditor", "具备{k}个以上典型应用场景的 {n} {m}"): {"{m}"},
}


def messages() -> Iterator[tuple[str, str, ET.Element]]:
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message


def translations_of(message: ET.Element) -> list[str]:
    element = message.find("translation")
    assert element is not None
    forms = element.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [element.text or ""]


def test_every_message_is_translated():
    unfinished = []
    count = 0
    for context, source, message in messages():
        count += 1
        element = message.find("translation")
        if element is None or element.get("type") in ("unfinished", "vanished", "obsolete") \
                or not all(t.strip() for t in translations_of(message)):
            unfinished.append(f"{context}: {source!r}")
    assert count > 300, "the .ts should list every UI string"
    assert not unfinished, "untranslated:\n" + "\n".join(unfinished)


def test_translations_keep_placeholders_accelerators_and_tags():
    problems = []
    for context, source, message in messages():
        wanted = placeholders(source)
        droppable = MAY_DROP.get((context, source), set())
        for text in translations_of(message):
            got = placeholders(text)
            if message.get("numerus") == "yes":
                wanted.pop("%n", None)
                got.pop("%n", None)
            missing = {p for p in wanted if got[p] < wanted[p]} - droppable
            extra = {p for p in got if got[p] > wanted[p]}
            if missing or extra:
                problems.append(f"{context}: {source!r} -> {text!r}: missing {sorted(missing)}, extra {sorted(extra)}")
            if ACCELERATOR.search(source) and len(ACCELERATOR.findall(text)) != 1:
                problems.append(f"{context}: {source!r} -> {text!r}: needs exactly one & accelerator")
    assert not problems, "\n".join(problems)


def test_may_drop_lists_only_real_messages():
    known = {(context, source) for context, source, _ in messages()}
    assert set(MAY_DROP) <= known


@pytest.fixture
def english(qapp):
    if not QM.exists():
        pytest.skip("pilotzone_en.qm not compiled (pyside6-lrelease missing)")
    translator = QTranslator()
    assert translator.load(str(QM)), f"cannot load {QM}"
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_compiled_qm_translates_real_strings(english):
    tr = QCoreApplication.translate
    assert tr("DossierWindow", "文件(&F)") == "&File"
    assert tr("DossierWindow", "导出申报包(&E)…") == "&Export Application Package…"
    assert tr("HomeWindow", "新建申报…") == "New Application…"
    assert tr("ExportDialog", "导出申报包") == "Export Application Package"
    assert tr("RegisterModel", "必填") == "Required"
    assert tr("GapPanel", "不可偏离条件：{passed}/{total} 项满足").format(passed=5, total=6) \
        == "Mandatory conditions: 5/6 met"


def test_compiled_qm_matches_the_ts(english):
    """Every (context, source) of the .ts translates to its .ts text: the .qm is not stale."""
    stale = []
    for context, source, message in messages():
        if message.get("numerus") == "yes":
            continue
        expected = translations_of(message)[0]
        if QCoreApplication.translate(context, source) != expected:
            stale.append(f"{context}: {source!r}")
    assert not stale, "recompile pilotzone_en.qm; stale or missing:\n" + "\n".join(stale)


def test_english_menus_have_unique_accelerators(english, qtbot):
    from app.models.storage.workspace import new_dossier
    from app.ui.open_dossier import OpenDossier
    from app.ui.main_window import DossierWindow

    window = DossierWindow(OpenDossier.from_dossier(new_dossier("测试市")))
    qtbot.addWidget(window)
    try:
        for menu_action in window.menuBar().actions():
            menu = menu_action.menu()
            keys = [m.group(1).lower() for a in menu.actions()
                    if (m := ACCELERATOR.search(a.text())) is not None]
            assert len(keys) == len(set(keys)), f"{menu_action.text()}: {keys}"
            assert not re.search(r"[\u4e00-\u9fff]", menu_action.text() + "".join(a.text() for a in menu.actions()))
    finally:
        window.close()
