"""``pilotzone import`` and ``pilotzone export-json``: the exchange JSON ⇄ dossier file, losslessly.

Evidence files travel beside the JSON in a folder named after it
(``DOC.json`` → ``DOC.evidence/<sha256>``), the convention of ``examples/``.
Import refuses (exit 2) when an evidence file is missing or does not match
its hash, naming the files, unless ``--allow-missing-evidence`` is given —
then the evidence items are kept (metadata only) and a warning is printed.
Export without ``-o`` writes the JSON to standard output and no evidence
files, and says so on standard error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.errors import os_reason
from app.files import atomic_write_text, make_folder
from app.cli.common import UserError, check_output


def register(subparsers: Any) -> None:
    imp = subparsers.add_parser(
        "import", help="把交换格式 JSON（及其证明材料文件夹）导入为申报文件 .pzd",
        description="把交换格式 JSON 导入为新的申报文件 .pzd；证明材料从 JSON 旁边同名的 .evidence 文件夹读取"
        "（例如 滨江.json → 滨江.evidence/），逐个核对 SHA-256。JSON 和文件夹不会被修改。",
        epilog="退出状态：0 成功；2 文件无法读取、内容无效、证明材料缺失或不符、输出文件已存在。")
    imp.add_argument("json_file", metavar="DOC.json", help="交换格式 JSON 文件")
    imp.add_argument("-o", "--output", required=True, metavar="FILE.pzd", help="要创建的申报文件")
    imp.add_argument("--force", action="store_true", help="覆盖已存在的输出文件")
    imp.add_argument("--allow-missing-evidence", action="store_true",
                     help="证明材料文件缺失时仍然导入（只保留材料信息）")
    imp.add_argument("--author", default="", help="记录在修改历史中的姓名")
    imp.set_defaults(func=cmd_import)
    exp = subparsers.add_parser(
        "export-json", help="把申报文件 .pzd 导出为交换格式 JSON（证明材料写入旁边的文件夹）",
        description="把申报文件 .pzd 无损导出为交换格式 JSON；证明材料写入 JSON 旁边同名的 .evidence 文件夹。",
        epilog="退出状态：0 成功；2 文件无法读取、无法写入或输出文件已存在。")
    exp.add_argument("pzd_file", metavar="FILE.pzd", help="申报文件")
    exp.add_argument("-o", "--output", metavar="OUT.json", help="输出文件；省略时 JSON 写到标准输出，不导出证明材料")
    exp.add_argument("--force", action="store_true", help="覆盖已存在的输出文件")
    exp.set_defaults(func=cmd_export_json)


def cmd_import(args: argparse.Namespace) -> int:
    from app.models.storage.exchange_import import describe_missing, evidence_folder, import_exchange, read_exchange

    src, out = Path(args.json_file), Path(args.output)
    if not src.exists():
        raise UserError(f"找不到文件：{src}")
    check_output(out, force=args.force, inputs=[src])
    document = read_exchange(src)
    import_exchange(document, out, author=args.author, overwrite=args.force,
                    allow_missing_evidence=args.allow_missing_evidence).close()
    for line in describe_missing(document.missing):
        print(f"警告：证明材料文件缺失，仅导入了材料信息：{line}", file=sys.stderr)
    folder = evidence_folder(src)
    source = f"来自 {folder}" if folder.is_dir() else "没有证明材料文件夹"
    print(f"已导入：{out}（证明材料 {len(document.attachments)} 个文件，{source}）", file=sys.stderr)
    return 0


def cmd_export_json(args: argparse.Namespace) -> int:
    from app.models.storage import blobs
    from app.models.storage.exchange_import import evidence_folder
    from app.models.exchange import dumps
    from app.models.storage import DossierFileError, MissingAttachment, read_dossier

    src = Path(args.pzd_file)
    if args.output:
        check_output(Path(args.output), force=args.force, inputs=[src])
    try:
        dossier = read_dossier(src)
    except DossierFileError as exc:
        raise UserError(str(exc)) from None
    text = dumps(dossier)
    if not args.output:
        sys.stdout.write(text)
        if dossier.evidence:
            print(f"提示：JSON 已写到标准输出，{len(dossier.evidence)} 个证明材料文件未导出（请用 -o 指定输出文件）。",
                  file=sys.stderr)
        return 0
    out = Path(args.output)
    folder = evidence_folder(out)
    failed: list[str] = []
    made_folder, written = not folder.exists(), []     # what this export made: removed again if it fails
    try:
        hashes = sorted({e.sha256 for e in dossier.evidence})
        if hashes:
            make_folder(folder)
        for sha in hashes:
            label = next(f"{e.title}（{e.filename}）" for e in dossier.evidence if e.sha256 == sha)
            if not (folder / sha).exists():
                written.append(folder / sha)
            try:
                blobs.extract(src, sha, folder / sha, label=label)
            except MissingAttachment as exc:
                failed.append(str(exc))
        atomic_write_text(out, text)
    except BaseException as exc:        # a failure or Ctrl-C: no half-filled evidence folder beside no JSON
        _remove(written, folder if made_folder else None)
        if isinstance(exc, OSError):
            raise UserError(f"无法写入 {out}：{os_reason(exc)}") from None
        if isinstance(exc, DossierFileError):
            raise UserError(str(exc)) from None
        raise
    if failed:
        raise UserError(f"JSON 已导出到 {out}，但有 {len(failed)} 个证明材料无法导出：" + "；".join(failed))
    print(f"已导出：{out}（证明材料 {len(hashes)} 个文件在 {folder}）", file=sys.stderr)
    return 0


def _remove(files: list[Path], folder: Path | None) -> None:
    for path in files:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass
    if folder is not None:
        try:
            folder.rmdir()          # only if empty: never anything this export did not write
        except OSError:
            pass
