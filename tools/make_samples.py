"""Regenerate docs/samples/: the signed package of examples/binjiang.json and PNG renders of its PDF.

    python tools/make_samples.py            # the package and the plan's page renders
    python tools/make_samples.py --disc     # only the disc export's renders: 00-目录.pdf, the label and cover

Signs with a throw-away self-signed identity created in a temporary
PILOTZONE_HOME (marked 自签名 in the package and in the PDF's signature
block).  Needs pdftoppm (poppler-utils) for the page renders.
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
    from app.export.package import build_package, folder_evidence_opener
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
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "plan.pdf"
        with zipfile.ZipFile(package) as zf:
            pdf.write_bytes(zf.read("试点工作方案.pdf"))
        for old in OUT.glob("plan-page-*.png"):
            old.unlink()
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "6", str(pdf), str(OUT / "plan-page")], check=True)
        pages = int(subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout.split("Pages:")[1].split()[0])
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(pages), "-l", str(pages), str(pdf),
                        str(OUT / "plan-page-last")], check=True)
    print(f"wrote {package} and {len(list(OUT.glob('plan-page*.png')))} page renders")
    return 0 if verdict.ok else 1


if __name__ == "__main__":
    sys.exit(main())
