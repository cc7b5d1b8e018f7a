"""Command-line sub-commands for identities and package verification.

``app.cli`` calls :func:`register` with its sub-parsers object and runs the
chosen handler inside its error guard; every handler returns the exit code::

    pilotzone identity new --self-signed --name NAME --org ORG [--valid-days N] [--rsa]
    pilotzone identity import FILE.p12 [--name NAME]
    pilotzone identity list
    pilotzone verify PKG.zip [--json]

Passphrases come from the environment variable ``PILOTZONE_PASSPHRASE`` or an
interactive ``getpass`` prompt — never from the command line.

Exit codes: 0 success / package verified; 1 verification failed (including a
package refused as unsafe); 2 unreadable input, wrong passphrase or other
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


class _InputError(SigningError):
    """A usage problem (e.g. no passphrase available) reported with exit code 2."""


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def read_passphrase(prompt: str, *, confirm: bool = False) -> str:
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        return from_env
    if not sys.stdin or not sys.stdin.isatty():
        raise _InputError(f"需要口令：请设置环境变量 {PASSPHRASE_ENV}，或在终端中交互输入。")
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
    ident = identities.import_pkcs12(args.file, passphrase=passphrase, display_name=args.name)
    print("已导入签名身份（私钥以原口令加密保存）：")
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
    from app.signing.archive import DEFAULT_LIMITS
    from app.signing.verify import verify_package

    try:
        verdict = verify_package(args.package, limits=DEFAULT_LIMITS)
    except HostileArchive as exc:
        if args.json:
            print(json.dumps({"path": args.package, "ok": False, "refused": True, "problems": exc.problems},
                             ensure_ascii=False, indent=2))
        else:
            print(f"申报包：{args.package}\n结论：验证未通过。")
        _err(str(exc))
        return 1
    if args.json:
        print(json.dumps(verdict.to_dict(), ensure_ascii=False, indent=2))
    else:
        print("\n".join(verdict.report_lines()))
    return 0 if verdict.ok else 1


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
    p_new.add_argument("--valid-days", type=int, default=730, help="有效天数（默认 730）")
    p_new.add_argument("--rsa", action="store_true", help="使用 RSA-3072 密钥（默认 EC P-256）")
    p_new.set_defaults(func=cmd_identity_new)

    p_imp = sub.add_parser("import", help="导入 PKCS#12 证书（.p12/.pfx）",
                           description="导入机构的 PKCS#12 证书（.p12/.pfx），私钥以原口令加密保存。",
                           epilog="退出状态：0 成功；2 口令不正确或证书文件无效。")
    p_imp.add_argument("file", help="证书文件路径")
    p_imp.add_argument("--name", help="显示名称（默认取证书中的姓名）")
    p_imp.set_defaults(func=cmd_identity_import)

    p_list = sub.add_parser("list", help="列出已保存的签名身份", description="列出已保存的签名身份。",
                            epilog="退出状态：0 成功。")
    p_list.add_argument("--json", action="store_true", help="以 JSON 输出")
    p_list.set_defaults(func=cmd_identity_list)

    p_verify = subparsers.add_parser(
        "verify", help="验证申报包（zip）的完整性与签名",
        description="离线验证申报包：每个文件的大小和 SHA-256、清单的签名、PDF 中的签名；不访问网络。",
        epilog="退出状态：0 全部通过；1 验证未通过（包括被拒绝的不安全压缩包）；2 文件无法读取。")
    p_verify.add_argument("package", help="申报包 zip 文件")
    p_verify.add_argument("--json", action="store_true", help="以 JSON 输出验证结果")
    p_verify.set_defaults(func=cmd_verify)
