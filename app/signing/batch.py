"""Checking many packages at once, for the receiving side (a province gets 20 or more city packages).

``expand`` turns what the user gave — package files, package folders, folders *of* packages — into the list
of packages; ``verify_all`` verifies each one and never stops at the first failure (a refused or unreadable
input is a row that says why); ``summary`` makes one row per package (city, version date, signer, signature
state, the six starred conditions as recorded, problems), shown on screen by the verify dialog, printed by
``pilotzone verify``, and written as .xlsx by ``write_summary_xlsx``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from app.progress import Progress
from app.translatable import Joined

from .archive import DEFAULT_LIMITS, ArchiveLimits
from .errors import HostileArchive, PackageUnreadable
from .verify import MANIFEST_NAME, PackageVerdict, verify_package
from .verify_words import joined, words
from .wording import chinese_date, condition_title

PACKAGE_SUFFIXES = (".zip", ".iso")
FIXED_COLUMNS = ("申报包", "结论", "城市", "阶段", "版本日期", "签名人", "签名", "清单校验值")
TAIL_COLUMNS = ("问题数", "问题")


@dataclass
class BatchEntry:
    """One input: its verdict, or why it could not be verified (``error``; ``refused`` for unsafe input)."""

    path: Path
    verdict: PackageVerdict | None = None
    error: str = ""
    refused: bool = False

    @property
    def ok(self) -> bool:
        return self.verdict is not None and self.verdict.ok


@dataclass
class Summary:
    headers: list[str]
    rows: list[list[str]]
    condition_names: list[str] = field(default_factory=list)   # full titles of the condition columns


def is_package_folder(folder: Path) -> bool:
    return (folder / MANIFEST_NAME).is_file()


def find_packages(folder: Path) -> list[Path]:
    """The packages directly inside ``folder``: .zip and .iso files, and folders holding a manifest.json."""
    found = []
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.is_symlink() or entry.name.startswith("."):
            continue
        if entry.is_file() and entry.suffix.lower() in PACKAGE_SUFFIXES:
            found.append(entry)
        elif entry.is_dir() and is_package_folder(entry):
            found.append(entry)
    return found


def expand(paths: Sequence[str | os.PathLike[str]]) -> list[Path]:
    """Each path as given, except a folder that is not itself a package: the packages inside it."""
    result: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir() and not path.is_symlink() and not is_package_folder(path):
            result += find_packages(path) or [path]     # an empty folder stays: its row says there is nothing
        else:
            result.append(path)
    return result


def verify_all(paths: Sequence[Path], *, trust_roots: Sequence[Any] = (), limits: ArchiveLimits = DEFAULT_LIMITS,
               progress: Progress | None = None) -> list[BatchEntry]:
    """Verify every package; a failure is recorded in its entry and the next one is verified."""
    progress = progress or Progress()
    entries = []
    for index, path in enumerate(paths):
        progress.report(index, len(paths), words("verifying", i=index + 1, n=len(paths), name=path.name))
        progress.check()
        try:
            entries.append(BatchEntry(path, verify_package(path, limits=limits, trust_roots=trust_roots)))
        except HostileArchive as exc:
            entries.append(BatchEntry(path, error=str(exc), refused=True))
        except PackageUnreadable as exc:
            entries.append(BatchEntry(path, error=str(exc)))
        except OSError as exc:
            from app.errors import describe_os_error

            entries.append(BatchEntry(path, error=describe_os_error(exc)))
    progress.report(len(paths), len(paths), words("done"))
    return entries


def _signature_state(verdict: PackageVerdict) -> str:
    if not verdict.signed:
        return words("no_signature")
    if not verdict.signature_valid:
        return words("invalid")
    kind = words("self_signed_short" if verdict.signer is not None and verdict.signer.self_signed else "organisation")
    if verdict.trusted is True:
        return words("trusted", kind=kind)
    if verdict.trusted is False:
        return words("untrusted", kind=kind)
    return words("unchecked", kind=kind)


def _stage_cell(manifest: dict[str, Any]) -> str:
    """「正式稿 第2版」."""
    stage = words(manifest["stage"]) if manifest.get("stage") in ("final", "draft") else ""
    revision = manifest.get("revision")
    return words("stage_revision", stage=stage, n=revision) if isinstance(revision, int) else stage


def conclusion(entry: BatchEntry) -> str:
    if entry.verdict is None:
        return "拒绝处理" if entry.refused else "无法验证"
    from .report import state

    return {"ok": "通过", "warn": "条件未满足", "fail": "未通过"}[state(entry.verdict)]


def summary(entries: Sequence[BatchEntry]) -> Summary:
    """One row per package; the condition columns are the indicators the packages record, in their order."""
    codes: dict[str, str] = {}
    for entry in entries:
        for c in entry.verdict.starred_conditions if entry.verdict else []:
            key = str(c.get("indicator_code") or c.get("name") or "")
            codes.setdefault(key, condition_title(c))
    headers = [*FIXED_COLUMNS, *(f"★{code}" for code in codes), *TAIL_COLUMNS]
    rows = []
    for entry in entries:
        v = entry.verdict
        if v is None:
            rows.append([entry.path.name, conclusion(entry), *[""] * (len(FIXED_COLUMNS) - 2), *[""] * len(codes),
                         "1", entry.error])
            continue
        m = v.manifest or {}
        recorded = {str(c.get("indicator_code") or c.get("name") or ""): c for c in v.starred_conditions}
        marks = [("满足" if recorded[k].get("passed") is True else "未满足") if k in recorded else "—" for k in codes]
        signer = v.signer.common_name if v.signer else str((m.get("signer") or {}).get("name", "")) if m else ""
        rows.append([
            entry.path.name, conclusion(entry), Joined(str(c) for c in m.get("cities") or []), _stage_cell(m),
            chinese_date(m.get("version_date") or m.get("generated_at")) if m else "",
            signer, _signature_state(v), v.manifest_sha256[:16], *marks,
            str(v.problem_count), joined(v.problems + v.condition_problems, "problem_separator"),
        ])
    return Summary(headers, rows, list(codes.values()))


def write_summary_xlsx(entries: Sequence[BatchEntry], target: str | os.PathLike[str]) -> Path:
    """The summary as an Excel workbook (one sheet, frozen header, the condition titles as header notes)."""
    from io import BytesIO

    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill

    from app.files import atomic_write_bytes

    table = summary(entries)
    book = Workbook()
    sheet = book.active
    sheet.title = "验证汇总"
    sheet.append(table.headers)
    for row in table.rows:
        sheet.append([*map(str, row[:-2]), int(row[-2]), str(row[-1])])   # 问题数 as a number Excel can sum
    first_condition = len(FIXED_COLUMNS) + 1
    for offset, title in enumerate(table.condition_names):
        sheet.cell(row=1, column=first_condition + offset).comment = Comment(title, "先导区申报助手")
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    red, green = PatternFill("solid", fgColor="FCE8E6"), PatternFill("solid", fgColor="E6F4EA")
    for row in sheet.iter_rows(min_row=2):
        row[1].fill = green if row[1].value == "通过" else red
        row[-1].alignment = Alignment(wrap_text=True, vertical="top")
    widths = [28, 12, 14, 14, 16, 12, 26, 18, *[10] * len(table.condition_names), 8, 80]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[sheet.cell(row=1, column=index).column_letter].width = width
    sheet.freeze_panes = "B2"
    buffer = BytesIO()
    book.save(buffer)
    return atomic_write_bytes(target, buffer.getvalue())
