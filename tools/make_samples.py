"""Regenerate docs/samples/: the signed package of examples/binjiang.json and PNG renders of its documents.

    python tools/make_samples.py            # the package and the plan's page renders
    python tools/make_samples.py --disc     # only the disc export's renders: 00-目录.pdf, the label and cover

Signs with a throw-away self-signed identity created in a temporary
PILOTZONE_HOME (marked 自签名 in the package and in the PDF's signature
block).  Renders (pdftoppm, poppler-utils, 60 dpi) the pages worth looking at:
the cover, the first text page, a long table, the 落款, the 附表 and the last
page with its signature block; the 评审指标对照表.xlsx too when LibreOffice is
installed (``soffice --headless --convert-to pdf``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "samples"
RESOLUTION = "60"


def page_texts(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return ["".join(page.split()) for page in text.split("\f")]


def render(pdf: Path, page: int, name: str) -> None:
    """Page *page* (1-based) of *pdf* as docs/samples/<name>.png."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-png", "-r", RESOLUTION, "-f", str(page), "-l", str(page), "-singlefile",
                        str(pdf), str(Path(tmp) / "page")], check=True)
        shutil.move(str(Path(tmp) / "page.png"), OUT / f"{name}.png")


def pages_to_render(texts: list[str]) -> dict[str, int]:
    def first(predicate, start: int = 0) -> int:
        return next(i + 1 for i in range(start, len(texts)) if predicate(texts[i]))

    body = first(lambda t: "一、基本情况" in t and "...." not in t)
    return {
        "plan-cover": 1,
        "plan-first-text-page": body,
        "plan-long-table": first(lambda t: "企业名称" in t and "典型应用场景" in t and "....." not in t, body - 1),
        "plan-closing": first(lambda t: "2024年3月15日" in t and "申报单位" not in t, body),
        "plan-crossref": first(lambda t: "附表：评审指标对照表" in t and "....." not in t, body),
        "plan-last-page": len([t for t in texts if t]),
    }


def disc_samples() -> int:
    """binjiang exported as a folder (signed, self-signed sample identity); its 目录 and label rendered."""
    from app.export.submission import SignWith, export_submission
    from app.models.catalogue import load_catalogue
    from app.models.storage.exchange_import import import_exchange
    from app.signing import identities
    from app.signing.verify import verify_package

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["PILOTZONE_HOME"] = str(Path(tmp) / "home")
        identity = identities.create_self_signed(name="李明（示例）", organisation="滨江市工业和信息化局（示例）",
                                                 passphrase="sample-only-passphrase")
        file = import_exchange(ROOT / "examples" / "binjiang.json", Path(tmp) / "滨江市.pzd", author="示例")
        try:
            outcome = export_submission(file.session, load_catalogue(), Path(tmp) / "滨江市申报材料", final=True,
                                        file=file, layout="folder", sign_with=SignWith(identity.id, "sample-only-passphrase"))
        finally:
            file.close()
        assert verify_package(outcome.package.path).ok
        for old in OUT.glob("disc-*.png"):
            old.unlink()
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(outcome.package.label), str(OUT / "disc-label")], check=True)
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(outcome.package.path / "00-目录.pdf"),
                        str(OUT / "disc-contents")], check=True)
    print(f"wrote {len(list(OUT.glob('disc-*.png')))} disc renders to {OUT}")
    return 0


def main() -> int:
    os.environ.setdefault("PILOTZONE_BUNDLED_FONTS_ONLY", "1")
    if "--disc" in sys.argv[1:]:
        return disc_samples()
    from app.export.package import CROSSREF_XLSX, PLAN_PDF, build_package, folder_evidence_opener
    from app.models.catalogue import load_catalogue
    from app.models.exchange import load_json_file
    from app.signing import identities
    from app.signing.verify import verify_package

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        os.environ["PILOTZONE_HOME"] = home
        passphrase = "sample-only-passphrase"
        identity = identities.create_self_signed(name="李明（示例）", organisation="滨江市工业和信息化局（示例）",
                                                 passphrase=passphrase)
        signer = identities.load_signer(identity, passphrase)
        dossier = load_json_file(ROOT / "examples" / "binjiang.json")
        package = OUT / "binjiang-申报包.zip"
        build_package(dossier, load_catalogue(), package, final=True, signer=signer, today=date(2024, 3, 15),
                      open_evidence=folder_evidence_opener(ROOT / "examples" / "binjiang.evidence"))
        verdict = verify_package(package)
        print("\n".join(verdict.report_lines()))
    for old in list(OUT.glob("plan-*.png")) + list(OUT.glob("writer-*.png")) + list(OUT.glob("crossref-*.png")):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        pdf, xlsx = Path(tmp) / "plan.pdf", Path(tmp) / "crossref.xlsx"
        with zipfile.ZipFile(package) as zf:
            pdf.write_bytes(zf.read(PLAN_PDF))
            xlsx.write_bytes(zf.read(CROSSREF_XLSX))
        for name, page in pages_to_render(page_texts(pdf)).items():
            render(pdf, page, name)
        office = shutil.which("soffice") or shutil.which("libreoffice")
        if office:
            subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", tmp, str(xlsx)],
                           check=True, capture_output=True, timeout=180)
            render(Path(tmp) / "crossref.pdf", 1, "crossref-xlsx")
        else:
            print("LibreOffice not installed: 评审指标对照表.xlsx not rendered")
    print(f"wrote {package} and {len(list(OUT.glob('*.png')))} page renders")
    return 0 if verdict.ok else 1


if __name__ == "__main__":
    sys.exit(main())
