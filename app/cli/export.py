"""`pilotzone package` and `pilotzone render`: the export on the command line.

``package FILE (-o OUT.zip | --folder DIR | --iso OUT.iso) [--draft] [--sign IDENTITY]`` runs the one
export use-case (``app.export.submission``) with the layout asked for — a zip, a folder for a USB stick or
to burn as it is, an ISO disc image (the last two with 00-目录.pdf inside and a label PDF beside): a final
package (the default) is refused while any starred condition fails or a required part is unfilled, and a
``.pzd`` is finalised only once the package is in place.  ``render FILE -o DIR`` writes
only the documents (Word, PDF, 对照表) for a look, by the same rules: the
default is a draft, and ``--final`` is refused while anything blocks it.

``--report YEAR`` (1–3) does the same for that pilot year's annual report
(年度试点工作开展情况) of an approved dossier: its Word and PDF, the evidence it
cites, and the report year in the manifest; a final package freezes the
report's 定稿.  ``--review`` does it for the 复核 material.
"""

from __future__ import annotations

import argparse
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from app.cli.common import UserError, check_output

EXIT_CODES = ("退出状态：0 成功；2 输入无法读取或无效、正式稿被拒绝（有未满足的不可偏离条件或未填写的必填内容）、"
              "输出文件已存在（未加 --force）或无法写入输出。")


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "package", help="导出申报包（zip、U 盘/光盘文件夹或光盘映像 ISO：方案 Word/PDF、对照表、证明材料、清单、签名）",
        description="导出申报包：试点工作方案（Word、PDF）、评审指标对照表、全部证明材料、清单 manifest.json，"
        "可选签名；-o 写 zip，--folder 写文件夹，--iso 写光盘映像（后两者另含 00-目录.pdf，并在旁边生成光盘标签和封面 PDF）。"
        "正式稿（默认）在不可偏离条件全部满足、必填内容完整时才能导出；对 .pzd 申报文件，申报包写好后才定稿。",
        epilog=EXIT_CODES)
    p.add_argument("file", help="申报材料（.pzd 或 .json）")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("-o", "--output", metavar="申报包.zip", help="输出为 zip 文件（电子邮件、上传）")
    where.add_argument("--folder", metavar="文件夹", help="输出为新文件夹（拷入 U 盘或直接刻录光盘）：含 00-目录.pdf，"
                       "旁边另存光盘标签 PDF；文件夹须不存在或为空")
    where.add_argument("--iso", metavar="光盘映像.iso", help="输出为光盘映像 ISO（刻录光盘用，中文文件名保留）：含 00-目录.pdf，"
                       "旁边另存光盘标签 PDF")
    p.add_argument("--draft", action="store_true", help="草稿导出：未填写部分标出，不阻止导出，不定稿")
    p.add_argument("--force", action="store_true", help="覆盖已存在的 zip 或 ISO 文件（文件夹须不存在或为空）")
    p.add_argument("--sign", metavar="签名身份", help="用该签名身份签名（口令取自环境变量 PILOTZONE_PASSPHRASE 或提示输入）")
    _add_kind_options(p)
    p.set_defaults(func=cmd_package)
    r = subparsers.add_parser(
        "render", help="只生成试点工作方案（Word、PDF）和评审指标对照表",
        description="只生成试点工作方案（Word、PDF）和评审指标对照表，供审阅；默认按草稿生成并标出未填写的部分。",
        epilog=EXIT_CODES)
    r.add_argument("file", help="申报材料（.pzd 或 .json）")
    r.add_argument("-o", "--output", required=True, help="输出文件夹（不存在时创建）")
    r.add_argument("--final", action="store_true", help="按正式稿生成（有未满足的条件或未填写的内容时拒绝）")
    r.add_argument("--force", action="store_true", help="覆盖输出文件夹中已存在的同名文件")
    _add_kind_options(r)
    r.set_defaults(func=cmd_render)


def _add_kind_options(parser: Any) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--report", metavar="年度", type=int, choices=(1, 2, 3),
                       help="改为该试点年度（1–3）的年度试点工作开展情况（已批复的申报材料）")
    group.add_argument("--review", action="store_true", help="改为试点期满复核材料（复核阶段的申报材料）")


def _kind(args: argparse.Namespace) -> Any:
    from app.export import kinds

    if getattr(args, "review", False):
        return kinds.REVIEW
    return kinds.report_kind(getattr(args, "report", None))


@contextmanager
def opened(path: Path, *, editable: bool) -> Iterator[tuple[Any, Any, Any]]:
    """(session, evidence opener, DossierFile when editable) for a .json or .pzd path; the file is closed after."""
    from app.cli.check import load_dossier
    from app.export.package import folder_evidence_opener
    from app.models.operations import DossierSession
    from app.models.storage import DossierFile

    if not path.exists():
        raise UserError(f"找不到文件：{path}")
    if path.suffix.lower() == ".pzd":
        # Read-only (a draft, render): the dossier and its attachments, nothing written, no lock taken.
        dossier_file = DossierFile.open(path, read_only=not editable)
        try:
            session = dossier_file.session if editable else DossierSession(dossier_file.dossier)
            yield session, dossier_file.open_blob, dossier_file if editable else None
        finally:
            dossier_file.close()
        return
    dossier = load_dossier(path)
    opener = folder_evidence_opener(path.with_name(path.stem + ".evidence")) if path.suffix.lower() == ".json" else None
    yield DossierSession(dossier), opener, None


def _target(args: argparse.Namespace) -> tuple[Path, str]:
    """(output path, layout) from -o / --folder / --iso, checked before any work is done."""
    from app.export.sinks import check_folder_target

    if args.folder:
        out = Path(args.folder)
        check_folder_target(out)
        return out, "folder"
    out, suffix, layout = (Path(args.iso), ".iso", "iso") if args.iso else (Path(args.output), ".zip", "zip")
    if out.is_dir():
        raise UserError(f"“{out}”是一个文件夹：请给出文件名，例如 {out / ('申报包' + suffix)}")
    if out.suffix.lower() != suffix:
        raise UserError(f"{'光盘映像' if layout == 'iso' else '申报包'}应以 {suffix} 结尾：{out}")
    check_output(out, force=args.force, inputs=[args.file])
    return out, layout


def _check_output_folder(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise UserError(f"“{out}”已存在且不是文件夹：render 的 -o 需要一个输出文件夹。")


class _TerminalProgress:
    """Percentages on a terminal's stderr; silent when stderr is not a terminal."""

    def __init__(self) -> None:
        from app.progress import Progress

        self.progress = Progress(self._show)
        self.shown = False

    def _show(self, done: int, total: int, what: str) -> None:
        if sys.stderr.isatty():
            self.shown = True
            print(f"\r{done * 100 // max(total, 1):3d}% {what[:40]:<40}", end="", file=sys.stderr)

    def end(self) -> None:
        if self.shown:
            print(file=sys.stderr)


def cmd_package(args: argparse.Namespace) -> int:
    from app.export.submission import SignWith, export_submission
    from app.models.catalogue import load_catalogue

    out, layout = _target(args)
    kind = _kind(args)
    sign_with = None
    if args.sign:
        from app.cli.signing import read_passphrase
        from app.signing import identities

        identity = identities.get_identity(args.sign)
        sign_with = SignWith(identity.id, read_passphrase(f"签名身份“{identity.display_name}”的口令："))
    terminal = _TerminalProgress()
    with opened(Path(args.file), editable=not args.draft) as (session, evidence, dossier_file):
        catalogue = load_catalogue(session.dossier.catalogue_edition)
        try:
            outcome = export_submission(session, catalogue, out, final=not args.draft, file=dossier_file,
                                        evidence=evidence, sign_with=sign_with, progress=terminal.progress,
                                        layout=layout, kind=kind)
        finally:
            terminal.end()
    signed = f"，已由“{outcome.signer_name}”签名" if outcome.signer_name else "，未签名"
    which = "草稿" if args.draft else "正式稿"
    medium = {"zip": "", "folder": "，文件夹", "iso": "，光盘映像"}[layout]
    what = "申报包" if kind.is_plan else f"{kind.label}包"
    print(f"已导出{what}（{which}{medium}）：{outcome.package.path}（{outcome.package.members} 个文件{signed}）")
    if outcome.package.label is not None:
        print(f"光盘标签和封面：{outcome.package.label}（清单校验值 {outcome.package.manifest_sha256[:16]}…）")
    if outcome.finalised is not None:
        print(f"已定稿为第 {outcome.finalised.revision} 版（内容校验值 {outcome.content_hash[:16]}…）。")
    if outcome.report_finalised:
        print(f"{kind.label}已定稿（内容校验值 {outcome.content_hash[:16]}…）。")
    return 0


def cmd_render(args: argparse.Namespace) -> int:
    from app.export import kinds
    from app.export.package import ExportBlocked, ExportError
    from app.export.submission import blocking_findings
    from app.files import atomic_write_bytes, make_folder
    from app.models.assessment import evaluate
    from app.models.catalogue import load_catalogue

    out = Path(args.output)
    _check_output_folder(out)
    kind = _kind(args)
    with opened(Path(args.file), editable=False) as (session, _evidence, _file):
        dossier = session.dossier
    catalogue = load_catalogue(dossier.catalogue_edition)
    evaluation = evaluate(dossier, catalogue)
    if (problem := kinds.precondition(kind, dossier)) is not None:
        raise ExportError(problem)
    if args.final and (blocking := blocking_findings(evaluation, kind, dossier, catalogue)):
        raise ExportBlocked([f.message for f in blocking])
    rendered = kinds.render(kind, dossier, catalogue, evaluation, draft=not args.final)
    for name, _data, _what in rendered.files:       # all checked before any is written
        check_output(out / name, force=args.force, inputs=[args.file])
    make_folder(out)
    for name, data, _what in rendered.files:
        atomic_write_bytes(out / name, data)
    which = "正式稿" if args.final else "草稿"
    print(f"已生成（{which}）：{'、'.join(str(out / name) for name, _data, _what in rendered.files)}")
    return 0
