# SPDX-License-Identifier: GPL-3.0-or-later
"""The Sent tab's table: one row per log item, cells made only for the rows on screen."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyle, QTableView

from inmail_studio.core.outreach.model import LogItem
from inmail_studio.ui.outreach.texts import OUTCOMES, kind_label, outcome_label, tr, when

COLUMNS = (
    ("person", QT_TRANSLATE_NOOP("Outreach", "Person")),
    ("kind", QT_TRANSLATE_NOOP("Outreach", "Kind")),
    ("template", QT_TRANSLATE_NOOP("Outreach", "Template")),
    ("list", QT_TRANSLATE_NOOP("Outreach", "List")),
    ("sent", QT_TRANSLATE_NOOP("Outreach", "Sent")),
    ("outcome", QT_TRANSLATE_NOOP("Outreach", "Outcome")),
)
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's LogItem
_ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ITEM_ROLE))
TEMPLATE_COLUMN = 2
SENT_COLUMN = 4
OUTCOME_COLUMN = 5
_SORT_KEYS: dict[str, Callable[[LogItem], object]] = {
    "person": lambda i: i.to_name.casefold(),
    "kind": lambda i: i.kind,
    "list": lambda i: i.list_name or "",
    "sent": lambda i: (i.sent_at, i.id),
    "outcome": lambda i: (i.outcome, i.outcome_at or i.sent_at),
}


class LogTableModel(QAbstractTableModel):
    """Holds the items shown (already filtered by the core). `no_reply(item)` says whether a pending
    item is past its follow-up delay, to show "No reply" instead of "Pending"."""

    # Read when the instance's own is gone: Python's collector may clear a model's attributes while
    # its C++ side still answers a view's rowCount() (seen once, at a test's teardown).
    _items: Sequence[LogItem] = ()

    def __init__(self, no_reply: Callable[[LogItem], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items = []
        self._no_reply = no_reply
        self._titles: dict[str, str] = {}

    def set_items(self, items: Sequence[LogItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> LogItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_id: int) -> int:
        """The row showing item `item_id`, or -1."""
        return next((row for row, item in enumerate(self._items) if item.id == item_id), -1)

    def replace_item(self, item: LogItem) -> None:
        """Show a changed item (a new outcome) in place, without re-filtering."""
        row = self.row_of(item.id)
        if row >= 0:
            self._items[row] = item
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def set_titles(self, titles: Mapping[str, str]) -> None:
        """Template ids to the titles the user knows them by (an id without one shows as is)."""
        self._titles = dict(titles)
        if self._items:
            column = TEMPLATE_COLUMN
            self.dataChanged.emit(self.index(0, column), self.index(len(self._items) - 1, column))

    def template_text(self, item: LogItem) -> str:
        """"Recruiter InMail · B": the template's title (its id when it has none) and the variant."""
        template = self._titles.get(item.template_id, item.template_id) if item.template_id else ""
        return " · ".join(part for part in (template, item.variant or "") if part)

    def retranslate(self) -> None:
        """Headers and cells again, in the window's new language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, len(COLUMNS) - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section][1])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in _ROLES:  # font, alignment, colours…: Qt asks ~9 roles a cell, this answers 3
            return None
        item = self.item(index.row())
        if item is None:
            return None
        if role == ITEM_ROLE:
            return item
        column = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        return (item.profile_url or None) if column == "person" else None

    def _text(self, item: LogItem, column: str) -> str:
        if column == "person":
            return item.to_name or item.profile_url
        if column == "kind":
            return kind_label(item.kind)
        if column == "template":
            return self.template_text(item)
        if column == "list":
            return item.list_name or ""
        if column == "sent":
            return when(item.sent_at)
        return self.outcome_text(item)

    def outcome_text(self, item: LogItem) -> str:
        """"Replied · 3-10-26 14:02", "No reply", "Pending"."""
        if item.outcome == "pending":
            return outcome_label("no-reply" if self._no_reply(item) else "pending")
        return f"{outcome_label(item.outcome)} · {when(item.outcome_at)}" if item.outcome_at else \
            outcome_label(item.outcome)

    def outcome_texts(self) -> list[str]:
        """Every wording the outcome column can show, in the window's language, with a wide time."""
        wide = datetime(2026, 12, 28, 22, 58, tzinfo=UTC)  # two-digit day, month and hour
        texts = [outcome_label(code) for code in OUTCOMES]
        return texts + [f"{outcome_label(code)} · {when(wide)}" for code in ("replied", "accepted", "declined")]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        name = COLUMNS[column][0]
        key = (lambda i: self.template_text(i).casefold()) if name == "template" else _SORT_KEYS[name]
        self.layoutAboutToBeChanged.emit()
        self._items.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)  # type: ignore[arg-type]
        self.layoutChanged.emit()



def outcome_width(view: QTableView, model: LogTableModel) -> int:
    """Pixels the outcome column of `view` needs for its longest wording in the window's language
    ("Replied · 28-12-2026 22:58"), whatever the rows show now."""
    metrics = view.fontMetrics()
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    widest = max(metrics.horizontalAdvance(text) for text in model.outcome_texts())
    return widest + margin + metrics.averageCharWidth()
