"""``pilotzone merge A.pzd B.pzd -o C.pzd``: two copies of one dossier combined into a new file.

The work is ``app.models.storage.merge`` (what each copy changed since they parted, conflicts) and
``merge_result.write_merge`` (the new file); neither input is modified.  Conflicts — the same value changed
differently in both copies, a record deleted in one and edited in the other — are listed side by side with
who changed what when; the command then writes nothing and exits 1, unless ``--prefer first|second`` says
which copy wins every conflict (the desktop app's 文件 › 合并副本… lets you choose one by one).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    cmd = subparsers.add_parser(
        "merge", help="合并同一份申报材料的两个副本（各自修改过的 .pzd），结果写入新文件",
        description="合并同一份申报材料的两个副本：找出两份各自修改的内容，合并到新文件（两个输入文件不会被修改）。"
                    "两份对同一内容改得不同时列出冲突；不加 --prefer 时不写文件，退出状态 1。",
        epilog="退出状态：0 已合并；1 有冲突未决定（未写文件）；2 文件无法读取、不是同一份申报材料或无法写入。")
    cmd.add_argument("first", metavar="A.pzd", help="第一个副本")
    cmd.add_argument("second", metavar="B.pzd", help="第二个副本")
    cmd.add_argument("-o", "--output", required=True, metavar="C.pzd", help="合并结果（新文件）")
    cmd.add_argument("--prefer", choices=("first", "second"),
                     help="有冲突时一律采用第一个（first）或第二个（second）副本的修改")
    cmd.add_argument("--force", action="store_true", help="覆盖已存在的输出文件")
    cmd.add_argument("--author", default="", help="记录在修改历史中的合并人姓名")
    cmd.set_defaults(func=cmd_merge)


def cmd_merge(args: argparse.Namespace) -> int:
    from app.cli.common import EXIT_FAILED, UserError, check_output
    from app.models.storage.merge import describe_side, plan_merge
    from app.models.storage.merge_result import write_merge

    first, second, out = Path(args.first), Path(args.second), Path(args.output)
    for path in (first, second):
        if not path.exists():
            raise UserError(f"找不到文件：{path}")
    if out.suffix.lower() != ".pzd":
        raise UserError(f"输出文件应以 .pzd 结尾：{out}")
    check_output(out, force=args.force, inputs=[first, second])
    plan = plan_merge(first, second)
    if plan.conflicts and not args.prefer:
        print(f"“{first.name}”和“{second.name}”有 {len(plan.conflicts)} 处冲突（同一内容两边改得不同）：")
        for number, conflict in enumerate(plan.conflicts, start=1):
            print(f"{number}. {conflict.label}" + ("（一方删除了记录，另一方修改了它）" if conflict.kind == "delete_edit" else ""))
            for name, side, who in ((first.name, "a", conflict.who_a), (second.name, "b", conflict.who_b)):
                print(f"   {name}：{describe_side(conflict, side, plan.catalogue)}  —— {_who(who)}")
        print("未写入文件。请用 --prefer first 或 --prefer second 指定采用哪一方，"
              "或在桌面程序中用“文件 › 合并副本…”逐项选择。", file=sys.stderr)
        return EXIT_FAILED
    if args.prefer:
        plan.choose_all("a" if args.prefer == "first" else "b")
    outcome = write_merge(plan, out, author=args.author, overwrite=args.force)
    print(outcome.describe(first.name, second.name))
    return 0


def _who(who: tuple[str, str] | None) -> str:
    if who is None:
        return "无修改记录"
    author, at = who
    return f"{author or '未署名'} 于 {at.replace('T', ' ')[:16]}"
