"""Screenshots of the register, evidence and attestation editors, in the real dossier window (docs/screenshots/).

Each builder opens the example dossier 滨江市 in the app's own window at the
default size (``tools/screenshots.py``'s ``Studio``: 1440 × 900, gap panel
open) and scrolls the page so the editor is at the top — never a wider
stand-alone frame: the picture shows exactly the room a user has.
``register_shots(shot)`` hands the builders to ``tools/screenshots.py``'s
``@shot`` registry; run them with

    python tools/screenshots.py --only 'register-*,evidence-preview,attestations'
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any, Callable

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

ROOT = Path(__file__).resolve().parent.parent

# register id -> the indicator whose card holds its editor
REGISTERS = {
    "cities": "infrastructure.private_network.coverage",
    "policies": "policy.special.special_policies",
    "factories": "application.innovation.scenarios",
    "fiveg-factories": "application.fiveg_factory.selected",
    "titles": "ecosystem.national_demo.titles",
}


def scroll_to(window: Any, indicator_id: str, widget: QWidget) -> None:
    """Show the indicator's page with ``widget`` (its heading just above) at the top of the view."""
    indicator = window.doc.catalogue.indicator(indicator_id)
    wizard = window.wizards[indicator.section_id]
    window.stack.setCurrentWidget(wizard)
    card = wizard.show_indicator(indicator_id)
    page = wizard.page(wizard.current_index)
    QTest.qWait(50)
    top = widget.mapTo(page.widget(), widget.rect().topLeft()).y()
    page.verticalScrollBar().setValue(max(0, top - 40))
    window.nav.select_key(("indicator", indicator_id))
    assert card is not None


def shot_register(studio: Any, register_id: str, prepare: Callable[[Any], None] | None = None) -> QWidget:
    window = studio.open("binjiang")
    indicator_id = REGISTERS[register_id.replace("_", "-")]
    indicator = window.doc.catalogue.indicator(indicator_id)
    card = window.wizards[indicator.section_id].show_indicator(indicator_id)
    editor = card.registers[register_id]
    if prepare:
        prepare(editor)
    scroll_to(window, indicator_id, editor)
    return window


def shot_titles(studio: Any) -> QWidget:
    def with_other(editor: Any) -> None:
        from app.models import edits
        doc = editor.doc
        edits.add_record(doc.session, doc.catalogue, "titles", {
            "category": "other", "name": "国家级工业互联网示范区（待补充理由）", "year": 2024, "issuer": "工业和信息化部",
            "issuer_level": "ministry"})
    return shot_register(studio, "titles", with_other)


def shot_factories(studio: Any) -> QWidget:
    return shot_register(studio, "factories", lambda editor: editor.tabs.setCurrentIndex(1))


def sample_policy_pdf(path: Path) -> Path:
    """A one-page policy document with embedded bundled fonts (the example PDFs rely on system fonts)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    fonts = ROOT / "resources" / "fonts"
    pdfmetrics.registerFont(TTFont("PZHei", str(fonts / "wqy-microhei.ttc"), subfontIndex=0))
    pdfmetrics.registerFont(TTFont("PZMing", str(fonts / "uming.ttc"), subfontIndex=0))
    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    pdf.setFillColorRGB(0.75, 0.1, 0.1)
    pdf.setFont("PZMing", 30)
    pdf.drawCentredString(width / 2, height - 110, "滨江市人民政府文件")
    pdf.setFillColorRGB(0, 0, 0)
    pdf.setFont("PZMing", 14)
    pdf.drawCentredString(width / 2, height - 150, "滨江政发〔2023〕10号")
    pdf.setLineWidth(1.5)
    pdf.setStrokeColorRGB(0.75, 0.1, 0.1)
    pdf.line(72, height - 165, width - 72, height - 165)
    pdf.setFont("PZHei", 18)
    pdf.drawCentredString(width / 2, height - 210, "滨江市加快推进“5G+工业互联网”融合发展")
    pdf.drawCentredString(width / 2, height - 236, "若干政策措施")
    body = [
        "各区、县（市）人民政府，市政府各部门、各直属单位：",
        "　　为贯彻落实国家和省关于“5G+工业互联网”融合发展的部署，",
        "加快推进我市5G与工业互联网融合应用，现提出如下政策措施。",
        "　　一、支持5G工业专网建设。对企业新建5G工业专网的，按照",
        "项目实际投资额的20%给予补助，单个项目最高不超过500万元。",
        "　　二、支持典型应用场景建设。对建成10个以上典型应用场景的",
        "工厂，给予一次性奖励100万元。",
        "　　三、支持5G工厂创建。对入选工业和信息化部5G工厂名录的",
        "项目，给予一次性奖励200万元。",
        "　　本措施自印发之日起施行，有效期三年。",
    ]
    pdf.setFont("PZMing", 13)
    y = height - 290
    for line in body:
        pdf.drawString(80, y, line)
        y -= 26
    pdf.drawRightString(width - 90, y - 40, "滨江市人民政府")
    pdf.drawRightString(width - 90, y - 64, "2023年3月15日")
    pdf.showPage()
    pdf.save()
    return path


def wait_for_pdf_page(view: QWidget, timeout_ms: int = 5000) -> bool:
    """QPdfView renders pages on a worker thread: wait until ink shows in the middle of the view."""
    waited = 0
    while waited < timeout_ms:
        QTest.qWait(100)
        waited += 100
        image = view.viewport().grab().toImage()
        w, h = image.width(), image.height()
        dark = sum(1 for x in range(w // 4, 3 * w // 4, 3) for y in range(h // 8, h // 2, 3)
                   if image.pixelColor(x, y).lightness() < 150)
        if dark > 40:
            return True
    print("warning: the PDF page did not render in time", file=sys.stderr)
    return False


def shot_evidence_preview(studio: Any) -> QWidget:
    """The 证明材料 page: a policy document imported and linked to 1.1.2, previewed."""
    from app.models import edits
    from app.ui.evidence_import import import_files

    window = studio.open("binjiang")
    doc = window.doc
    for number, item in enumerate(list(doc.dossier.evidence), start=1):
        edits.update_evidence(doc.session, item.id, number=f"{doc.catalogue.indicator(item.indicators[0]).code[0]}-{number}")
    pdf = sample_policy_pdf(Path(tempfile.mkdtemp()) / "滨江市加快推进5G+工业互联网融合发展若干政策措施.pdf")
    import_files(window, doc, [pdf], ["policy.special.special_policies"])   # as 「添加文件…」 does
    new = doc.dossier.evidence[-1]
    edits.update_evidence(doc.session, new.id, number="1-2", title="滨江市加快推进“5G+工业互联网”融合发展若干政策措施")
    window.show_page("evidence")
    panel = window.pages["evidence"].content
    panel.tree.setCurrentItem(panel.tree.items["policy.special.special_policies"])
    panel.select_item(new.id)
    wait_for_pdf_page(panel.preview.pdf_view)
    return window


def shot_attestations(studio: Any) -> QWidget:
    """The 现场考察承诺 page with one date missing (the condition fails and says why)."""
    from app.models import edits

    window = studio.open("binjiang")
    edits.set_attestation(window.doc.session, "no_false_materials", date="")
    window.show_page("attestations")
    return window


SHOTS: dict[str, Callable[[Any], QWidget]] = {
    "register-cities": lambda studio: shot_register(studio, "cities"),
    "register-policies": lambda studio: shot_register(studio, "policies"),
    "register-factories": shot_factories,
    "register-fiveg-factories": lambda studio: shot_register(studio, "fiveg_factories"),
    "register-titles": shot_titles,
    "evidence-preview": shot_evidence_preview,
    "attestations": shot_attestations,
}


def register_shots(shot: Callable[[str], Callable[[Any], Any]]) -> None:
    """Add these screenshots to ``tools/screenshots.py`` (its ``@shot`` decorator)."""
    for name, build in SHOTS.items():
        shot(name)(build)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import screenshots

    sys.exit(screenshots.main(["--only", ",".join(SHOTS), *sys.argv[1:]]))
