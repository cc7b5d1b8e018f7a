"""Numbering of the evidence (证明材料) for the submission.

Every evidence item becomes 「附件N」, numbered in the order of the 评审指标:
items are sorted by the catalogue position of the first indicator they
support (unlinked items last), then by the order they were added.  The same
numbers are used in the plan's citations, the evidence index, the
cross-reference table and the file names inside the package.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath

from app.models.catalogue import Catalogue
from app.models.dossier import Dossier, EvidenceItem

EVIDENCE_FOLDER = "证明材料"
_UNSAFE = re.compile(r'[\\/:*?"<>|;\x00-\x1f]+')    # also unusable on a disc (Joliet forbids ";")
NAME_LIMIT = 64     # characters of one file name: the most a Joliet disc (ISO 9660) keeps


@dataclass(frozen=True)
class NumberedEvidence:
    item: EvidenceItem
    seq: int

    @property
    def label(self) -> str:
        return f"附件{self.seq}"

    @property
    def archive_name(self) -> str:
        """The member name inside the package, e.g. 证明材料/附件3-专项政策文件.pdf (at most 64 characters, so
        that a disc image keeps it whole)."""
        suffix = PurePosixPath(self.item.filename).suffix.lower()
        if not re.fullmatch(r"\.[0-9a-z]{1,8}", suffix):
            suffix = ""
        stem = _UNSAFE.sub("_", (self.item.title or PurePosixPath(self.item.filename).stem)).strip(" ._") or "材料"
        name = f"{self.label}-{stem}{suffix}"
        while utf16_length(name) > NAME_LIMIT:          # counted as a disc counts (UTF-16 units)
            stem = stem[:-1]
            name = f"{self.label}-{stem}{suffix}"
        return f"{EVIDENCE_FOLDER}/{name}"


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def number_evidence(dossier: Dossier, catalogue: Catalogue) -> list[NumberedEvidence]:
    position = {ind.id: i for i, ind in enumerate(catalogue.indicators())}
    last = len(position)

    def key(pair: tuple[int, EvidenceItem]) -> tuple[int, int]:
        index, item = pair
        linked = [position[i] for i in item.indicators if i in position]
        return (min(linked) if linked else last, index)

    ordered = [item for _, item in sorted(enumerate(dossier.evidence), key=key)]
    return [NumberedEvidence(item, seq) for seq, item in enumerate(ordered, start=1)]


def labels_by_indicator(numbered: list[NumberedEvidence]) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    for entry in numbered:
        for ind_id in entry.item.indicators:
            result.setdefault(ind_id, []).append(entry.label)
    return result
