"""`pilotzone check` and `pilotzone catalogue`: the six starred conditions and the indicator tree."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.cli.common import EXIT_FAILED, EXIT_OK, UserError
from app.models.assessment import Evaluation, evaluate
from app.models.catalogue import DEFAULT_EDITION, CatalogueError, available_editions, load_catalogue
from app.models.dossier import Dossier
from app.models.exchange import InvalidDossier, load_json_file
from app.models.numbers import format_rounded


def register(sub: argparse._SubParsersAction) -> None:
    check = sub.add_parser(
        "check", help="检查申报材料（.json 或 .pzd）的不可偏离条件和问题清单",
        description="按《“5G+工业互联网”融合应用先导区试点评审指标（2023年版）》检查申报材料：六项不可偏离条件"
        "是否满足、还差多少，以及问题清单（阻断、错误、提示）和完成度。",
        epilog="退出状态：0 六项不可偏离条件全部满足；1 有条件未满足；2 文件无法读取或不是有效的申报材料。")
    check.add_argument("file", help="申报材料（.json 交换文件或 .pzd 申报文件）")
    check.add_argument("--json", action="store_true", help="以 JSON 输出")
    check.set_defaults(func=cmd_check)
    cat = sub.add_parser("catalogue", help="列出评审指标",
                         description="列出评审指标（一级、二级、三级指标，分值，标*的不可偏离条件）。",
                         epilog="退出状态：0 成功；2 指标版本不存在。")
    cat.add_argument("--edition", default=DEFAULT_EDITION, help=f"指标版本（可用：{'、'.join(available_editions())}）")
    cat.add_argument("--json", action="store_true", help="以 JSON 输出")
    cat.set_defaults(func=cmd_catalogue)


def load_dossier(path: Path) -> Dossier:
    """A dossier from a `.json` exchange document or a `.pzd` dossier file."""
    if not path.exists():
        raise UserError(f"找不到文件：{path}")
    if path.suffix.lower() == ".pzd":
        try:
            from app.models.storage import DossierFileError, read_dossier
        except ImportError:  # storage not available in this build
            raise UserError("本程序版本不支持 .pzd 文件") from None
        try:
            return read_dossier(path)
        except DossierFileError as exc:
            raise UserError(str(exc)) from None
    try:
        return load_json_file(path)
    except InvalidDossier as exc:
        raise UserError(f"{path.name} 不是有效的申报材料：{exc}") from None


def cmd_check(args: argparse.Namespace) -> int:
    dossier = load_dossier(Path(args.file))
    try:
        catalogue = load_catalogue(dossier.catalogue_edition)
    except CatalogueError as exc:
        raise UserError(str(exc)) from None
    result = evaluate(dossier, catalogue)
    if args.json:
        out = {"dossier_id": dossier.id, "name": dossier.display_name(), "catalogue_edition": catalogue.edition,
               **result.to_json(), "lifecycle": lifecycle_json(dossier)}
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print(render_check(dossier, result))
    return EXIT_OK if result.all_passed else EXIT_FAILED


def lifecycle_json(dossier: Dossier) -> dict:
    """Where the dossier stands after 报送 (stage words, next due item, ratings) for ``check --json``."""
    from app.models.pilot_status import facts, next_due, stage_text

    f = facts(dossier)
    return {"stage": dossier.stage, "stage_label": stage_text(f), "next_due": next_due(f),
            "approved": f.approved or None, "reports": {str(k): v for k, v in f.reports.items()},
            "ratings": [{"year": y, "stars": n} for y, n in f.ratings]}


def _lifecycle_lines(dossier: Dossier) -> list[str]:
    from app.models.pilot_status import facts, next_due, ratings_text, stage_text

    f = facts(dossier)
    lines = [f"阶段：{stage_text(f)}；下一事项：{next_due(f)}"]
    if f.ratings:
        lines.append(f"星级评定：{ratings_text(f)}")
    return lines


def render_check(dossier: Dossier, result: Evaluation) -> str:
    lines = [f"{dossier.display_name()}：不可偏离条件 {result.passed_count}/{len(result.conditions)} 项满足",
             *_lifecycle_lines(dossier), ""]
    for c in result.conditions:
        mark = "✔ 满足" if c.passed else "✘ 不满足"
        lines.append(f"[{mark}] {c.name}")
        lines.append(f"    实测：{c.measured}；要求：{c.threshold}")
        for detail in c.details:
            lines.append(f"    · {detail}")
        if not c.passed:
            lines.append(f"    差距：{c.gap}")
    counts = {sev: 0 for sev in ("阻断", "错误", "提示")}
    for f in result.findings:
        counts[f.severity.label] += 1
    lines += ["", f"问题清单：阻断 {counts['阻断']} 项，错误 {counts['错误']} 项，提示 {counts['提示']} 项"]
    for f in result.findings:
        lines.append(f"  [{f.severity.label}] {f.message}")
    lines += ["", f"完成度（按一级指标分值加权，不是评审得分）：{format_rounded(result.overall_completeness * 100, 1)}%"]
    return "\n".join(lines)


def cmd_catalogue(args: argparse.Namespace) -> int:
    try:
        catalogue = load_catalogue(args.edition)
    except CatalogueError as exc:
        raise UserError(str(exc)) from None
    if args.json:
        print(json.dumps(catalogue.raw, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(catalogue.title)
    print(f"（{catalogue.source}）")
    print("标*指标为不可偏离条件。")
    for section in catalogue.sections:
        print(f"\n{section.code} {section.name}（{section.points}分）")
        for group in section.groups:
            print(f"  {group.code} {group.name}")
            for ind in group.indicators:
                star = "*" if ind.starred else " "
                print(f"   {star}{ind.code} {ind.name}")
                if ind.starred:
                    print(f"        不可偏离条件：{ind.condition}")
    return EXIT_OK
