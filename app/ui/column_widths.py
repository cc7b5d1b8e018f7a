"""Table columns sized to their content, the important ones always in view, widths the user set remembered.

A register is shown in a card about 700 px wide at 1440 × 900 (the
navigation tree and the gap panel take the rest).  Sized naively, long
policy titles push the starred 「5G基站数（个）*」 column off to the right,
where a typed value is invisible until one scrolls.  ``ColumnFitter``:

* measures each column's natural width (header and the first rows), capped
  so one long title cannot take the whole table — the text is elided and the
  cell's tooltip has it whole;
* when the columns up to the last one that must be seen (a register's last
  required column) do not fit, narrows the shrinkable ones — optional
  columns first, then required text columns — down to their minimum
  (``fit_widths``, plain arithmetic, tested on its own);
* pins a column the user resized and keeps its width in the settings
  (``columns/<table name>``), for every dossier.
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from app.ui import settings as prefs

PADDING = 14


def fit_widths(natural: Sequence[int], minimum: Sequence[int], available: int, must_show: int,
               priority: Sequence[int] | None = None) -> list[int]:
    """Widths for the columns so that columns ``0..must_show`` fit in ``available`` pixels if they can.

    Columns shrink from ``natural`` towards ``minimum``, lower ``priority`` first (all 0 when not given),
    each group in proportion to the room it has.  Columns after ``must_show`` keep their natural width.
    """
    widths = list(natural)
    last = min(must_show, len(widths) - 1)
    ranks = list(priority) if priority else [0] * len(widths)
    for level in sorted(set(ranks)):
        excess = sum(widths[: last + 1]) - available
        if excess <= 0:
            break
        group = [c for c in range(last + 1) if ranks[c] == level and widths[c] > minimum[c]]
        room = sum(widths[c] - minimum[c] for c in group)
        if room <= 0:
            continue
        take = min(excess, room)
        cuts = {c: (widths[c] - minimum[c]) * take // room for c in group}
        remainder = take - sum(cuts.values())
        for c in sorted(group, key=lambda c: widths[c] - minimum[c] - cuts[c], reverse=True):
            if remainder <= 0:
                break
            if widths[c] - cuts[c] > minimum[c]:
                cuts[c] += 1
                remainder -= 1
        for c in group:
            widths[c] -= cuts[c]
    return widths


class ColumnFitter(QObject):
    """Keeps the columns of ``view`` fitted (see module docstring); ``refit()`` after the content changed."""

    def __init__(self, view: QTableView, name: str, *, caps: Sequence[int], minimums: Sequence[int],
                 must_show: int = -1, priority: Sequence[int] | None = None, grow: int | None = None) -> None:
        super().__init__(view)
        self.view, self.name = view, name
        self.caps, self.minimums, self.priority = list(caps), list(minimums), list(priority) if priority else None
        self.must_show = must_show if must_show >= 0 else len(self.caps) - 1
        self.grow = grow              # the column that takes what room is left (e.g. a title), if any
        self._natural: list[int] = []
        self._fitting = False
        self.pinned: dict[int, int] = _load(name)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setResizeContentsPrecision(60)        # measure the first rows, not thousands
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header.sectionResized.connect(self._on_user_resize)
        view.installEventFilter(self)       # not viewport(): a plain QWidget* costs PySide ~20 ms once
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refit)
        self.refit()

    def schedule(self) -> None:
        """Refit in the next event-loop turn (several content changes in one turn measure once)."""
        self._timer.start()

    def refit(self) -> None:
        """Measure the content again and apply."""
        view, header = self.view, self.view.horizontalHeader()
        self._natural = []
        for c in range(len(self.caps)):
            content = max(view.sizeHintForColumn(c), header.sectionSizeHint(c)) + PADDING
            self._natural.append(min(content, self.caps[c]))
        self.apply()

    def apply(self) -> None:
        """Fit the measured widths to the viewport as it is now."""
        if not self._natural:
            return
        natural = [self.pinned.get(c, w) for c, w in enumerate(self._natural)]
        minimum = [self.pinned.get(c, min(m, w)) for c, (m, w) in enumerate(zip(self.minimums, natural))]
        available = self.available()
        widths = fit_widths(natural, minimum, available, self.must_show, self.priority)
        spare = available - sum(widths)
        if self.grow is not None and spare > 0 and self.grow not in self.pinned:
            widths[self.grow] += spare
        self._fitting = True
        try:
            for c, width in enumerate(widths):
                self.view.horizontalHeader().resizeSection(c, width)
        finally:
            self._fitting = False

    def available(self) -> int:
        """The viewport's width: the view less its frame, row header and (when shown) vertical scroll bar."""
        width = self.view.maximumViewportSize().width()
        bar = self.view.verticalScrollBar()
        if bar.isVisible():
            width -= bar.width()
        return width

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.apply()
        return False

    def _on_user_resize(self, index: int, _old: int, new: int) -> None:
        if self._fitting or index >= len(self.caps):
            return
        self.pinned[index] = new
        _save(self.name, self.pinned)


def _load(name: str) -> dict[int, int]:
    text = prefs.settings().get(prefs.column_widths_key(name))
    pinned: dict[int, int] = {}
    for part in text.split(","):
        column, _, width = part.partition(":")
        if column.strip().isdigit() and width.strip().isdigit():
            pinned[int(column)] = int(width)
    return pinned


def _save(name: str, pinned: dict[int, int]) -> None:
    prefs.settings().set(prefs.column_widths_key(name), ",".join(f"{c}:{w}" for c, w in sorted(pinned.items())))
