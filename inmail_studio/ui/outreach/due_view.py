# SPDX-License-Identifier: GPL-3.0-or-later
"""The Due view: people whose message is still pending after the follow-up delay, with no follow-up yet."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inmail_studio.core.outreach.followup import DueEntry
from inmail_studio.core.outreach.log import OutreachLog
from inmail_studio.ui.outreach.texts import day, kind_label, tr
from inmail_studio.ui.translations import Retranslating

COLUMNS = (
    QT_TRANSLATE_NOOP("Outreach", "Person"),
    QT_TRANSLATE_NOOP("Outreach", "Kind"),
    QT_TRANSLATE_NOOP("Outreach", "Sent"),
    QT_TRANSLATE_NOOP("Outreach", "Overdue"),
    QT_TRANSLATE_NOOP("Outreach", "List"),
    QT_TRANSLATE_NOOP("Outreach", "Template"),
)


class DueTableModel(QAbstractTableModel):
    """The due entries, most overdue first; cells are made only for the rows on screen."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[DueEntry] = []
        self.titles: dict[str, str] = {}

    def set_titles(self, titles: Mapping[str, str]) -> None:
        """Template ids to the titles the user knows them by (an id without one shows as is)."""
        self.titles = dict(titles)
        if self.entries:
            column = len(COLUMNS) - 1
            self.dataChanged.emit(self.index(0, column), self.index(len(self.entries) - 1, column))

    def set_entries(self, entries: list[DueEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        item = entry.item
        column = index.column()
        if column == 0:
            return item.to_name or item.profile_url
        if column == 1:
            return kind_label(item.kind)
        if column == 2:
            return day(item.sent_at)
        if column == 3:
            return self.tr("%n day(s)", "", entry.days_overdue) if entry.days_overdue else self.tr("today")
        if column == 4:
            return item.list_name or ""
        return self.titles.get(item.template_id, item.template_id) if item.template_id else ""


class DueView(Retranslating, QWidget):
    """Fed by an OutreachLog. `sig_write_follow_up(item_id)`: the user wants to write a follow-up to
    the person of log item `item_id` (the window opens a draft for them with the list's follow-up
    template). `sig_show_item(item_id)`: show that message in the Sent tab."""

    sig_write_follow_up = Signal(int)
    sig_show_item = Signal(int)

    def __init__(self, log: OutreachLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log = log
        self.entries: list[DueEntry] = []
        self.summary = QLabel(wordWrap=True)
        self.model = DueTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.write_button, self.show_button = QPushButton(), QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.activated.connect(self._on_row_activated)
        self.write_button.clicked.connect(self._on_write_clicked)
        self.show_button.clicked.connect(self._on_show_clicked)
        self.stale = True  # worked out when first shown
        self.retranslate()

    def retranslate(self) -> None:
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self.write_button.setText(self.tr("Write a follow-up"))
        self.show_button.setText(self.tr("Show what was sent"))
        self._fill()

    def set_titles(self, titles: Mapping[str, str]) -> None:
        """Name templates by their titles (template id -> title) instead of their ids."""
        self.model.set_titles(titles)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self.stale:
            self.refresh()

    @Slot()
    @Slot(int)
    def refresh(self, _item_id: int = 0) -> None:
        """Work out who is due now (connect it to an outcome change or a message marked sent);
        while hidden, only note that it must (it works it out when shown). See SentTab.refresh."""
        if not self.isVisible():
            self.stale = True
            return
        self.stale = False
        self.entries = self.log.due()
        self._fill()

    def _fill(self) -> None:
        if self.entries:  # widths from the first 100 rows: Qt would ask every row, ~9 roles a cell
            self.model.set_entries(self.entries[:100])
            self.table.resizeColumnsToContents()
        self.model.set_entries(self.entries)
        days = {self.log.settings.delay(kind).days for kind in ("inmail", "connection_request")}
        if self.entries:
            text = self.tr("%n people are due a follow-up: no answer, and nothing sent since.", "", len(self.entries))
        else:
            text = self.tr("Nobody is due a follow-up.")
        if len(days) == 1:
            text += " " + self.tr("Follow-up delay: %n day(s).", "", days.pop())
        self.summary.setText(text)
        self._on_selection_changed()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()].item.id if rows else None

    @Slot()
    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, *_selection: QItemSelection) -> None:
        chosen = self.selected_id() is not None
        self.write_button.setEnabled(chosen)
        self.show_button.setEnabled(chosen)

    @Slot(QModelIndex)
    def _on_row_activated(self, index: QModelIndex) -> None:
        self.sig_write_follow_up.emit(self.entries[index.row()].item.id)

    @Slot()
    def _on_write_clicked(self) -> None:
        if (item_id := self.selected_id()) is not None:
            self.sig_write_follow_up.emit(item_id)

    @Slot()
    def _on_show_clicked(self) -> None:
        if (item_id := self.selected_id()) is not None:
            self.sig_show_item.emit(item_id)
