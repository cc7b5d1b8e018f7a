"""Screenshots of the register, evidence and attestation editors (docs/screenshots/).

Run ``QT_QPA_PLATFORM=offscreen python tools/screenshots_registers.py``.  Each
shot builds the real widget over ``examples/binjiang.json`` and grabs it; the
bundled CJK font is registered first so Chinese renders without system fonts.
Each builder returns the shown, settled widget; ``register_shots(shot)`` hands
them to ``tools/screenshots.py``'s ``@shot`` registry (two lines there), and
``main()`` here renders them on their own.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QFont, QFontDatabase  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
EXAMPLE = ROOT / "examples" / "binjiang.json"


def setup_fonts(app: QApplication) -> None:
    """Use the app's own font set-up when present, else register the bundled sans directly."""
    try:
        from app.ui.application import install_fonts
        install_fonts(app)
        return
    except ImportError:
        pass
    families: list[str] = []
    for name in ("wqy-microhei.ttc", "uming.ttc"):
        font_id = QFontDatabase.addApplicationFont(str(ROOT / "resources" / "fonts" / name))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    if families:
        font = QFont(families[0], 10)
        font.setFamilies(families)
        app.setFont(font)


def open_example() -> Any:
    from app.models.exchange import load_json_file
    from app.ui.open_dossier import OpenDossier
    return OpenDossier.from_dossier(load_json_file(EXAMPLE), path=EXAMPLE)


def framed(title: str, subtitle: str, widget: QWidget, size: tuple[int, int]) -> QWidget:
    frame = QWidget()
    frame.setObjectName("shot")
    frame.setStyleSheet("QWidget#shot { background: #ffffff; }")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(18, 14, 18, 16)
    layout.setSpacing(8)
    heading = QLabel(title)
    heading.setStyleSheet("QLabel { font-size: 15pt; font-weight: bold; color: #1f2937; }")
    layout.addWidget(heading)
    if subtitle:
        note = QLabel(subtitle)
        note.setWordWrap(True)
        note.setStyleSheet("QLabel { color: #6b7280; }")
        layout.addWidget(note)
    layout.addWidget(widget, 1)
    frame.resize(*size)
    return frame


def shown(frame: QWidget, *, settle: Callable[[], None] | None = None) -> QWidget:
    """Show and settle a frame, so whoever grabs it next gets the finished picture."""
    frame.show()
    QTest.qWaitForWindowExposed(frame)
    if settle:
        settle()
    QTest.qWait(300)
    frame.grab()              # the first paint asks QPdfView's renderer for the visible pages …
    QTest.qWait(500)          # … which arrive asynchronously
    return frame


def shot_register(register_id: str, size: tuple[int, int] = (1180, 420),
                  prepare: Callable[[Any], None] | None = None) -> QWidget:
    from app.ui.registers import RegisterEditor
    doc = open_example()
    editor = RegisterEditor(doc, register_id)
    if prepare:
        prepare(editor)
    spec = doc.catalogue.register(register_id)
    frame = framed(f"登记表：{spec.name}", "", editor, size)
    return shown(frame)


def shot_cities() -> QWidget:
    return shot_register("cities", (1180, 260))


def shot_policies() -> QWidget:
    return shot_register("policies", (1180, 330))


def shot_factories() -> QWidget:
    def show_matrix(editor: Any) -> None:
        editor.tabs.setCurrentIndex(1)
    return shot_register("factories", (1220, 640), show_matrix)


def shot_fiveg_factories() -> QWidget:
    return shot_register("fiveg_factories", (1180, 380))


def shot_titles() -> QWidget:
    def with_other(editor: Any) -> None:
        from app.models import edits
        doc = editor.doc
        edits.add_record(doc.session, doc.catalogue, "titles", {
            "category": "other", "name": "国家级工业互联网示范区（待补充理由）", "year": 2024, "issuer": "工业和信息化部",
            "issuer_level": "ministry"})
        editor._fit_columns()
    return shot_register("titles", (1180, 400), with_other)


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


def shot_evidence_preview() -> QWidget:
    import tempfile
    from app.models import edits
    from app.ui.evidence import EvidencePanel, add_or_link, evidence_store
    doc = open_example()
    for number, item in enumerate(list(doc.dossier.evidence), start=1):
        edits.update_evidence(doc.session, item.id, number=f"{doc.catalogue.indicator(item.indicators[0]).code[0]}-{number}")
    pdf = sample_policy_pdf(Path(tempfile.mkdtemp()) / "滨江市加快推进5G+工业互联网融合发展若干政策措施.pdf")
    import hashlib
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    evidence_store(doc).sources[sha] = pdf
    add_or_link(doc, pdf, sha, pdf.stat().st_size, ["policy.special.special_policies"])
    new = doc.dossier.evidence[-1]
    edits.update_evidence(doc.session, new.id, number="1-2", title="滨江市加快推进“5G+工业互联网”融合发展若干政策措施")
    panel = EvidencePanel(doc)
    frame = framed("证明材料", "全部证明材料；把文件拖到左侧指标上即关联到该指标。", panel, (1480, 820))

    def select() -> None:
        panel.tree.setCurrentItem(panel.tree.items["policy.special.special_policies"])
        panel.select_item(new.id)
        wait_for_pdf_page(panel.preview.pdf_view)
    return shown(frame, settle=select)


def shot_attestations() -> QWidget:
    from app.models import edits
    from app.ui.attestations import AttestationEditor
    doc = open_example()
    edits.set_attestation(doc.session, "no_false_materials", date="")
    editor = AttestationEditor(doc)
    frame = framed("现场考察承诺", "每项承诺须由具名责任人确认并注明日期；任一项缺失或否定，该不可偏离条件不满足。",
                   editor, (1180, 210))
    return shown(frame)


SHOTS: dict[str, Callable[[], QWidget]] = {
    "register-cities": shot_cities,
    "register-policies": shot_policies,
    "register-factories": shot_factories,
    "register-fiveg-factories": shot_fiveg_factories,
    "register-titles": shot_titles,
    "evidence-preview": shot_evidence_preview,
    "attestations": shot_attestations,
}


def register_shots(shot: Callable[[str], Callable[[Any], Any]]) -> None:
    """Add these screenshots to ``tools/screenshots.py`` (its ``@shot`` decorator; the Studio is not needed)."""
    for name, build in SHOTS.items():
        shot(name)(lambda _studio, build=build: build())


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    setup_fonts(app)  # type: ignore[arg-type]
    OUT.mkdir(parents=True, exist_ok=True)
    wanted = set(sys.argv[1:])
    for name, build in SHOTS.items():
        if not wanted or name in wanted:
            frame = build()
            path = OUT / f"{name}.png"
            frame.grab().save(str(path))
            frame.close()
            print(path)


if __name__ == "__main__":
    main()
