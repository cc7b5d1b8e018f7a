"""The result of a merge as a new ``.pzd``: the merged dossier, both histories, the versions, the attachments.

``merge.plan_merge`` decides value by value; this module builds the file (``write_merge``):

* the dossier from the merged values (``assemble``): records and evidence in the first copy's order with the
  second copy's additions after their neighbours; evidence with the same SHA-256 added on both sides kept
  once (its indicator links united); validated like an imported exchange document;
* the history: every row of both copies once, in time order, then one ``how="merge"`` row per conflict
  (old = the value not taken, new = the value taken) and the merge entry (``meta/stage`` → draft, naming
  both files) — so the next merge with either input finds everything already there;
* the finalised versions of both (a revision number finalised differently on each side keeps the first
  copy's; the other is renumbered after the last and its note says where it came from);
* the attachments, copied from whichever input holds them, verified by hash.

The file is built under a temporary name and renamed into place; the inputs are opened read-only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.models.dossier import Dossier, now_iso
from app.models.exchange import dossier_from_json, dossier_to_json
from app.models.storage.build import Logs, build_file
from app.models.storage.locking import is_stale, read_lock
from app.models.storage.merge_words import words
from app.models.storage.rows import dumps

if TYPE_CHECKING:
    from app.models.storage.merge import MergePlan, Side
    from app.models.storage.merge_inputs import HistoryRow

META = ("title", "applicant", "contact", "signing_identity")


@dataclass
class MergeOutcome:
    path: Path
    contained: str = ""                 # "a" / "b": one input already held everything; the result is that copy
    from_a: int = 0
    from_b: int = 0
    conflicts: int = 0
    missing: list[str] = field(default_factory=list)   # attachments neither input holds

    def describe(self, a_name: str, b_name: str) -> str:
        """What was merged (a phrase, ``merge_words``)."""
        if self.contained:
            fuller, other = (a_name, b_name) if self.contained == "a" else (b_name, a_name)
            text = words("contained", fuller=fuller, other=other, name=self.path.name)
        else:
            text = words("merged", name=self.path.name, a=a_name, from_a=self.from_a, b=b_name, from_b=self.from_b,
                         conflicts=self.conflicts)
        if self.missing:
            text = words("with_missing", outcome=text, missing=words("missing", n=len(self.missing)))
        return text


def write_merge(plan: "MergePlan", dest: Path | str, *, author: str = "", overwrite: bool = False) -> MergeOutcome:
    """Write the merged dossier to ``dest`` (a new file; neither input is touched)."""
    from app.models.storage.merge import MergeError, count_changes

    dest = Path(dest)
    for side in (plan.a, plan.b):
        if dest.resolve() == side.copy.path.resolve():
            raise MergeError(words("onto_input", name=dest.name))
    if dest.exists():
        holder = read_lock(dest)
        if not overwrite:
            raise MergeError(words("exists", name=dest.name))
        if holder is not None and not is_stale(holder):
            raise MergeError(words("in_use", name=dest.name, holder=holder.describe()))
    if plan.contained:
        source = plan.a.copy if plan.contained == "a" else plan.b.copy
        logs = Logs([_stored(r) for r in source.rows], source.versions, source.revision)
        missing = build_file(dest, source.dossier, logs=logs, blob_sources=[source.path])
        return MergeOutcome(dest, contained=plan.contained, missing=sorted(missing))
    now = now_iso()
    dossier = plan.result(now)
    versions, revision = _versions(plan)
    history = _history(plan, author, now, revision)
    missing = build_file(dest, dossier, logs=Logs(history, versions, revision),
                         blob_sources=[plan.a.copy.path, plan.b.copy.path])
    return MergeOutcome(dest, from_a=count_changes(plan.from_a) + _chosen(plan, "a"),
                        from_b=count_changes(plan.from_b) + _chosen(plan, "b"), conflicts=len(plan.conflicts),
                        missing=sorted(missing))


def _chosen(plan: "MergePlan", side: str) -> int:
    return sum(1 for c in plan.conflicts if c.choice == side)


# -- the dossier ------------------------------------------------------------------------------------------
def assemble(plan: "MergePlan", values: dict[str, Any], now: str) -> Dossier:
    """The merged dossier from its values (``MergePlan.resolved_leaves``), validated as an exchange document."""
    a, b = plan.a.copy.dossier, plan.b.copy.dossier
    catalogue = plan.catalogue
    data = dossier_to_json(a)
    data.update({key: values.get(f"meta/{key}") or "" for key in META})
    data.update(stage="draft", updated_at=now)
    cells: dict[tuple[str, str], dict[str, Any]] = {}
    answers: dict[str, dict[str, Any]] = {}
    evidence: dict[str, dict[str, Any]] = {}
    data["attestations"], data["plan_texts"] = {}, {}
    for leaf, value in values.items():
        parts = leaf.split("/")
        head = parts[0]
        if head == "registers":
            record = cells.setdefault((parts[1], parts[2]), {})
            if len(parts) == 4:
                record[parts[3]] = value
        elif head == "indicators":
            body = answers.setdefault(parts[1], {"fields": {}, "narrative": "", "targets": {}})
            if parts[2] == "fields":
                body["fields"][parts[3]] = value
            elif parts[2] == "narrative":
                body["narrative"] = value
            elif parts[2] == "targets":
                years = body["targets"].setdefault(parts[3], [None] * catalogue.pilot_years)
                years[int(parts[4]) - 1] = value
        elif head == "evidence":
            evidence[parts[1]] = dict(value)
        elif head == "attestations":
            data["attestations"][parts[1]] = value
        elif head == "plan_texts":
            data["plan_texts"][parts[1]] = value
    data["registers"] = {}
    for reg in [*a.registers, *(r for r in b.registers if r not in a.registers)]:
        present = {rid for (r, rid) in cells if r == reg and values.get(f"registers/{reg}/{rid}")}
        order = _order([x.id for x in a.registers.get(reg, [])], [x.id for x in b.registers.get(reg, [])], present)
        columns = [c.id for c in catalogue.register(reg).columns]
        data["registers"][reg] = [{"id": rid, **{c: cells[(reg, rid)][c] for c in columns if c in cells[(reg, rid)]}}
                                  for rid in order]
    order = [*a.indicators, *(i for i in b.indicators if i not in a.indicators), *answers]
    data["indicators"] = {ind: answers[ind] for ind in dict.fromkeys(order) if ind in answers}
    ids = _order([e.id for e in a.evidence], [e.id for e in b.evidence], set(evidence))
    data["evidence"] = _deduplicated([evidence[i] for i in ids], {e.id for e in a.evidence})
    return dossier_from_json(data, catalogue)


def _order(first: list[str], second: list[str], keep: set[str]) -> list[str]:
    """``first``'s order, with ``second``'s additions placed after the item they follow there."""
    out = [i for i in first if i in keep]
    placed = set(out)
    previous: str | None = None
    for item in second:
        if item in keep and item not in placed:
            out.insert(out.index(previous) + 1 if previous is not None else 0, item)
            placed.add(item)
        if item in placed:
            previous = item
    return out + sorted(keep - placed)


def _deduplicated(items: list[dict[str, Any]], first_ids: set[str]) -> list[dict[str, Any]]:
    """An item the second copy added whose content the first copy already holds is dropped (its links kept)."""
    first_by_hash: dict[str, dict[str, Any]] = {}
    for item in items:
        if item["id"] in first_ids:
            first_by_hash.setdefault(item["sha256"], item)
    out = []
    for item in items:
        same = first_by_hash.get(item["sha256"])
        if same is not None and item["id"] not in first_ids:
            same["indicators"] = list(dict.fromkeys([*same["indicators"], *item["indicators"]]))
            continue
        out.append(item)
    return out


# -- history and versions ---------------------------------------------------------------------------------
def _stored(row: "HistoryRow") -> tuple[Any, ...]:
    return (row.at, row.author, row.path, row.old, row.new, row.how, row.revision, row.description)


def _instant(text: str) -> float:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return 0.0
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.astimezone(timezone.utc).timestamp()


def _history(plan: "MergePlan", author: str, now: str, revision: int) -> list[tuple[Any, ...]]:
    from app.models.storage.merge import count_changes

    a, b = plan.a, plan.b
    rows = [(row, 0) for row in a.copy.rows] + [(row, 1) for row, own in zip(b.copy.rows, b.own) if own]
    rows.sort(key=lambda item: (_instant(item[0].at), item[1], item[0].seq))
    out = [_stored(row) for row, _ in rows]
    who = author or "合并"
    for conflict in plan.conflicts:
        chosen, rejected = (a, b) if conflict.choice == "a" else (b, a)
        out.append((now, who, conflict.key, _json(_value(rejected, conflict)), _json(_value(chosen, conflict)),
                    "merge", revision, f"合并冲突：采用“{chosen.copy.label}”的修改"))
    out.append((now, who, "meta/stage", dumps(a.copy.dossier.stage), dumps("draft"), "merge", revision,
                f"合并副本“{a.copy.label}”与“{b.copy.label}”：采用“{b.copy.label}”的修改 {count_changes(plan.from_b)} 处，"
                f"解决冲突 {len(plan.conflicts)} 处；合并结果为草稿"))
    return out


def _value(side: "Side", conflict: Any) -> Any:
    if conflict.key.startswith("registers/") and conflict.key.count("/") == 2:
        if conflict.key not in side.current:
            return None
        return {"id": conflict.key.rsplit("/", 1)[1],
                **{leaf.rsplit("/", 1)[1]: side.current[leaf] for leaf in conflict.leaves[1:] if leaf in side.current}}
    return side.current.get(conflict.key)


def _json(value: Any) -> str | None:
    return None if value is None else dumps(value)


def _versions(plan: "MergePlan") -> tuple[list[tuple[Any, ...]], int]:
    a, b = plan.a.copy, plan.b.copy
    out = {v[0]: v for v in a.versions}
    for version in b.versions:
        number = version[0]
        if number in out and out[number][4] == version[4]:
            continue
        if number in out:
            note = f"{version[3]}（来自“{b.label}”的第 {number} 版）".lstrip()
            version = (max(out) + 1, version[1], version[2], note, *version[4:])
        out[version[0]] = version
    revision = max(a.revision, b.revision, max(out, default=0) + 1)
    return [out[n] for n in sorted(out)], revision
