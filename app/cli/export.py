"""`pilotzone package` and `pilotzone render`: the export on the command line.

``package FILE -o OUT.zip [--draft] [--sign IDENTITY]`` writes the submission
package; a final package (the default) is refused while any starred condition
fails or a required part is unfilled, and a ``.pzd`` dossier is finalised
first so the manifest records its frozen content hash.  ``render FILE -o DIR``
writes only the documents (Word, PDF, 对照表) for a look.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("package", help="导出申报包（zip：方案 Word/PDF、对照表、证明材料、清单、签名）")
    p.add_argument("file", help="申报材料（.pzd 或 .json）")
    p.add_argument("-o", "--output", required=True, help="输出的 zip 文件")
    p.add_argument("--draft", action="store_true", help="草稿导出：未填写部分标出，不阻止导出")
    p.add_argument("--sign", metavar="IDENTITY", help="用该签名身份签名（口令取自环境变量 PILOTZONE_PASSPHRASE 或提示输入）")
    p.set_defaults(func=cmd_package)
    r = subparsers.add_parser("render", help="只生成试点工作方案（Word、PDF）和评审指标对照表")
    r.add_argument("file")
    r.add_argument("-o", "--output", required=True, help="输出文件夹")
    r.add_argument("--final", action="store_true", help="按正式稿生成（默认草稿，标出未填写部分）")
    r.set_defaults(func=cmd_render)


def _open(path: Path):
    """(dossier, evidence opener, finaliser or None) for a .json or .pzd path."""
    from app.cli.check import load_dossier
    from app.cli.common import UserError
    from app.export.package import folder_evidence_opener

    if path.suffix.lower() == ".pzd":
        from app.models import storage

        try:
            dossier_file = storage.DossierFile.open(path)
        except storage.DossierFileError as exc:
            raise UserError(str(exc)) from None
        return dossier_file.dossier, dossier_file.open_blob, dossier_file
    dossier = load_dossier(path)
    return dossier, folder_evidence_opener(path.with_suffix(".evidence")), None


def cmd_package(args: argparse.Namespace) -> int:
    from app.cli.common import UserError
    from app.export.package import ExportError, build_package
    from app.models.catalogue import load_catalogue
    from app.signing.errors import SigningError

    source = Path(args.file)
    if not source.exists():
        raise UserError(f"找不到文件：{source}")
    dossier, opener, dossier_file = _open(source)
    try:
        catalogue = load_catalogue(dossier.catalogue_edition)
        signer = None
        if args.sign:
            from app.signing import identities
            from app.cli.signing import read_passphrase

            identity = identities.get_identity(args.sign)
            signer = identities.load_signer(identity, read_passphrase(f"签名身份“{identity.display_name}”的口令："))
        finalised_hash = None
        if dossier_file is not None and not args.draft:
            from app.export.package import ExportBlocked, unfilled_parts
            from app.models.assessment import evaluate

            problems = unfilled_parts(dossier, catalogue, evaluate(dossier, catalogue))
            if problems:
                raise ExportBlocked(problems)
            finalised_hash = dossier_file.finalise("导出申报包")

        def progress(done: int, total: int, what: str) -> None:
            if sys.stderr.isatty():
                print(f"\r{done * 100 // max(total, 1):3d}% {what[:40]:<40}", end="", file=sys.stderr)

        result = build_package(dossier, catalogue, Path(args.output), open_evidence=opener, final=not args.draft,
                               signer=signer, finalised_hash=finalised_hash, progress=progress)
    except (ExportError, SigningError, ValueError) as exc:
        raise UserError(str(exc)) from None
    finally:
        if dossier_file is not None:
            dossier_file.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    signed = f"，已由“{signer.info.common_name}”签名" if signer else "，未签名"
    print(f"已导出申报包：{result.path}（{result.members} 个文件{signed}）")
    return 0


def cmd_render(args: argparse.Namespace) -> int:
    from app.cli.common import UserError
    from app.export.package import CROSSREF_XLSX, PLAN_DOCX, PLAN_PDF, render_documents
    from app.models.assessment import evaluate
    from app.models.catalogue import load_catalogue

    source = Path(args.file)
    if not source.exists():
        raise UserError(f"找不到文件：{source}")
    dossier, _, dossier_file = _open(source)
    if dossier_file is not None:
        dossier_file.close()
    catalogue = load_catalogue(dossier.catalogue_edition)
    _, docx, pdf, xlsx = render_documents(dossier, catalogue, evaluate(dossier, catalogue), draft=not args.final)
    out = Path(args.output)
    out.mkdir(parents=True, exist_ok=True)
    for name, data in ((PLAN_DOCX, docx), (PLAN_PDF, pdf), (CROSSREF_XLSX, xlsx)):
        (out / name).write_bytes(data)
    print(f"已生成：{out / PLAN_DOCX}、{out / PLAN_PDF}、{out / CROSSREF_XLSX}")
    return 0
