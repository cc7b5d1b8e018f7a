"""Command-line sub-commands for identities and package verification.

``app.cli`` calls :func:`register` with its sub-parsers object and runs the
chosen handler inside its error guard; every handler returns the exit code::

    pilotzone identity new --self-signed --name NAME --org ORG [--valid-days N] [--rsa]
    pilotzone identity import FILE.p12 [--name NAME]
    pilotzone identity list
    pilotzone verify PKG.zip|DIR|X.iso … [--json] [--trust ROOT.pem] [--summary 汇总.xlsx]

Passphrases come from the environment variable ``PILOTZONE_PASSPHRASE`` or an
interactive ``getpass`` prompt — never from the command line.

Exit codes: 0 success / every package verified; 1 verification failed (including
a package refused as unsafe); 2 unreadable input, wrong passphrase or other
usage error (a Chinese message on stderr, no traceback).

``register`` only describes the commands: the identity store (cryptography) and
the verifier (pyHanko, reportlab; ~0.5 s to import) are imported by the handler
that needs them, so building the parser — which every ``pilotzone`` command,
the desktop app's start included, does — costs nothing.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from typing import TYPE_CHECKING, Any

from app.signing.errors import HostileArchive, SigningError

if TYPE_CHECKING:
    from app.signing import identities

__all__ = [
    "read_passphrase",
    "register",
    "cmd_identity_new",
    "cmd_identity_import",
    "cmd_identity_list",
    "cmd_verify",
    "PASSPHRASE_ENV",
]

PASSPHRASE_ENV = "PILOTZONE_PASSPHRASE"
NEW_PASSPHRASE_ENV = "PILOTZONE_NEW_PASSPHRASE"   # identity import --new-passphrase


class _InputError(SigningError):
    """A usage problem (e.g. no passphrase available) reported with exit code 2."""


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def read_passphrase(prompt: str, *, confirm: bool = False, env: str = PASSPHRASE_ENV) -> str:
    from_env = os.environ.get(env)
    if from_env:
        return from_env
    if not sys.stdin or not sys.stdin.isatty():
        raise _InputError(f"需要口令：请设置环境变量 {env}，或在终端中交互输入。")
    try:
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("请再次输入口令：") != first:
            raise _InputError("两次输入的口令不一致。")
    except (EOFError, KeyboardInterrupt) as exc:
        raise _InputError("已取消输入口令。") from exc
    return first


def _print_identity(ident: identities.Identity) -> None:
    kind = "自签名" if ident.self_signed else "认证机构签发"
    print(f"{ident.id}  {ident.display_name}  {ident.organisation}  （{kind}，有效期至 {ident.not_after[:10]}）")


def cmd_identity_new(args: argparse.Namespace) -> int:
    from app.signing import identities

    if not args.self_signed:
        _err("目前只能新建自签名身份：请加上 --self-signed；由认证机构签发的证书请用“identity import”导入。")
        return 2
    passphrase = read_passphrase("请设置保护私钥的口令：", confirm=True)
    ident = identities.create_self_signed(
        name=args.name,
        organisation=args.org,
        passphrase=passphrase,
        valid_days=args.valid_days,
        key_type="rsa" if args.rsa else "ec",
    )
    print("已创建自签名签名身份：")
    _print_identity(ident)
    print(f"证书 SHA-256 指纹：{ident.certificate_sha256}")
    return 0


def cmd_identity_import(args: argparse.Namespace) -> int:
    from app.signing import identities

    passphrase = read_passphrase(f"请输入证书文件 {os.path.basename(args.file)} 的口令：")
    store = None
    if args.new_passphrase:     # e.g. a CA's 6-digit PIN: too short to protect the stored key
        store = read_passphrase(f"请设置保存私钥的新口令（至少 {identities.MIN_PASSPHRASE_LENGTH} 个字符）：",
                                confirm=True, env=NEW_PASSPHRASE_ENV)
    try:
        ident = identities.import_pkcs12(args.file, passphrase=passphrase, store_passphrase=store,
                                         display_name=args.name)
    except identities.WeakPassphrase as exc:
        if store is not None:
            raise
        raise identities.WeakPassphrase(   # the certificate's passphrase was right, only too short to store with
            f"证书口令正确，但少于 {identities.MIN_PASSPHRASE_LENGTH} 个字符，不能用来加密保存私钥："
            f"请加上 --new-passphrase 设置新的保存口令（或设置环境变量 {NEW_PASSPHRASE_ENV}）。") from exc
    print(f"已导入签名身份（私钥以{'新' if store is not None else '原'}口令加密保存）：")
    _print_identity(ident)
    print(f"证书 SHA-256 指纹：{ident.certificate_sha256}")
    return 0


def cmd_identity_list(args: argparse.Namespace) -> int:
    from app.signing import identities

    found = identities.list_identities()
    if args.json:
        print(json.dumps([i.to_dict() for i in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        print(f"还没有签名身份。（保存位置：{identities.identities_dir()}）")
        return 0
    for ident in found:
        _print_identity(ident)
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from app.signing import batch
    from app.signing.certs import load_trust_roots

    if args.summary:
        from pathlib import Path

        from app.cli.common import check_output

        check_output(Path(args.summary), force=args.force, inputs=args.packages)
    roots = [cert for path in args.trust or [] for cert in load_trust_roots(path)]
    paths = batch.expand(args.packages)
    if len(paths) == 1 and len(args.packages) == 1 and not args.summary:
        return _verify_one(paths[0], roots, as_json=args.json)
    entries = batch.verify_all(paths, trust_roots=roots)
    if args.summary:
        batch.write_summary_xlsx(entries, args.summary)
    if args.json:
        print(json.dumps([_entry_json(e) for e in entries], ensure_ascii=False, indent=2))
    else:
        _print_summary(entries)
        if args.summary:
            print(f"汇总表已写入：{args.summary}")
    if any(e.verdict is None and not e.refused for e in entries):
        return 2
    return 0 if all(e.ok for e in entries) else 1


def _verify_one(path: Any, roots: list[Any], *, as_json: bool) -> int:
    from app.signing.verify import verify_package

    try:
        verdict = verify_package(path, trust_roots=roots)
    except HostileArchive as exc:
        if as_json:
            print(json.dumps({"path": str(path), "ok": False, "refused": True, "problems": exc.problems},
                             ensure_ascii=False, indent=2))
        else:
            print(f"申报包：{path}\n结论：拒绝处理，未验证。")
        _err(str(exc))
        return 1
    if as_json:
        print(json.dumps(verdict.to_dict(), ensure_ascii=False, indent=2))
    else:
        print("\n".join(verdict.report_lines()))
    return 0 if verdict.ok else 1


def _entry_json(entry: Any) -> dict[str, Any]:
    if entry.verdict is not None:
        return entry.verdict.to_dict()
    return {"path": str(entry.path), "ok": False, "refused": entry.refused, "problems": [entry.error]}


def _print_summary(entries: list[Any]) -> None:
    """One line per package: conclusion, city, stage and version, date, signer, signature, conditions, problems."""
    from app.signing import batch

    table = batch.summary(entries)
    width = len(batch.FIXED_COLUMNS)
    passed = sum(1 for e in entries if e.ok)
    print(f"共 {len(entries)} 个申报包：{passed} 个通过，{len(entries) - passed} 个未通过或无法验证。")
    for row in table.rows:
        marks = row[width:-2]
        conditions = f"条件 {marks.count('满足')}/{len(marks)}" if marks else "条件 —"
        print("  ".join(x for x in (f"[{row[1]}]", row[0], row[2], row[3], row[4], row[5], row[6], conditions,
                                     f"问题 {row[-2]}") if x))
        if row[-1]:
            print(f"    {row[-1][:300]}")
    print("（单个申报包的详细报告：pilotzone verify 该文件）")


def register(subparsers: Any) -> None:
    """Add ``identity …`` and ``verify`` to an argparse sub-parsers object."""
    p_ident = subparsers.add_parser(
        "identity", help="管理签名身份（证书与私钥）",
        description="管理签名身份：新建自签名身份、导入机构的 PKCS#12 证书、列出已保存的身份。私钥只以加密形式"
        "保存在用户数据文件夹中；口令取自环境变量 PILOTZONE_PASSPHRASE 或在终端中输入，不会被保存。",
        epilog="退出状态：0 成功；2 口令不正确、证书无效或其他输入错误。")

    def identity_help(_args: argparse.Namespace) -> int:
        p_ident.print_help(sys.stderr)
        return 2

    p_ident.set_defaults(func=identity_help)
    sub = p_ident.add_subparsers(dest="identity_command", metavar="{new,import,list}")

    p_new = sub.add_parser("new", help="新建签名身份", description="新建自签名签名身份（只能证明文件签名后未被改动，"
                           "不能证明签名人身份）。", epilog="退出状态：0 成功；2 口令太短或输入错误。")
    p_new.add_argument("--self-signed", action="store_true", help="生成自签名证书")
    p_new.add_argument("--name", required=True, help="签名人姓名（证书 CN）")
    p_new.add_argument("--org", required=True, help="单位名称（证书 O）")
    p_new.add_argument("--valid-days", type=int, default=730, help="有效天数（1–36500，默认 730）")
    p_new.add_argument("--rsa", action="store_true", help="使用 RSA-3072 密钥（默认 EC P-256）")
    p_new.set_defaults(func=cmd_identity_new)

    p_imp = sub.add_parser("import", help="导入 PKCS#12 证书（.p12/.pfx）",
                           description="导入机构的 PKCS#12 证书（.p12/.pfx），私钥以原口令加密保存；"
                                       "--new-passphrase 改用新口令保存（证书口令少于 8 个字符时必须如此）。",
                           epilog="退出状态：0 成功；2 口令不正确、口令太短或证书文件无效。")
    p_imp.add_argument("file", help="证书文件路径")
    p_imp.add_argument("--name", help="显示名称（默认取证书中的姓名）")
    p_imp.add_argument("--new-passphrase", action="store_true",
                       help="以新口令加密保存私钥（交互输入两次，或取环境变量 PILOTZONE_NEW_PASSPHRASE）")
    p_imp.set_defaults(func=cmd_identity_import)

    p_list = sub.add_parser("list", help="列出已保存的签名身份", description="列出已保存的签名身份。",
                            epilog="退出状态：0 成功。")
    p_list.add_argument("--json", action="store_true", help="以 JSON 输出")
    p_list.set_defaults(func=cmd_identity_list)

    p_verify = subparsers.add_parser(
        "verify", help="验证申报包（zip、文件夹或光盘映像 ISO）的完整性与签名，可一次验证多个",
        description="离线验证申报包：逐一核对清单 manifest.json 所列的每个文件（缺少、被改动、多出的文件都会列出），"
        "以及清单和方案 PDF 的数字签名。可以是 zip 压缩包、文件夹（插入的光盘或 U 盘）或光盘映像 ISO；"
        "给出一个不是申报包的文件夹时，验证其中的全部申报包。多个申报包时每个一行汇总，遇到失败也会继续验证其余的。"
        "签名只证明文件在签名之后未被改动；它不是 GB/T 38540 电子签章，签名人身份只有在 --trust 给出的可信根证书能验证时才算核实。",
        epilog="退出状态：0 全部验证通过；1 有申报包未通过（含被拒绝处理的不安全输入）；2 有输入无法读取或不是申报包，"
        "或汇总表文件已存在（未加 --force）。")
    p_verify.add_argument("packages", nargs="+", metavar="申报包", help="zip 文件、申报包文件夹、ISO 文件，或存放多个申报包的文件夹")
    p_verify.add_argument("--json", action="store_true", help="以 JSON 输出验证结果")
    p_verify.add_argument("--trust", action="append", metavar="根证书.pem",
                          help="可信根证书（PEM 或 DER）：签名证书能验证到它时，才认为签名人身份已核实；可多次给出")
    p_verify.add_argument("--summary", metavar="汇总.xlsx", help="把每个申报包一行的汇总表写入 Excel 文件")
    p_verify.add_argument("--force", action="store_true", help="覆盖已存在的汇总表文件")
    p_verify.set_defaults(func=cmd_verify)
