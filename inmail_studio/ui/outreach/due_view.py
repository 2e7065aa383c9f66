# SPDX-License-Identifier: GPL-3.0-or-later
"""The Due view: people whose message is still pending after the follow-up delay, with no follow-up yet."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inmail_studio.core.outreach.followup import DueEntry
from inmail_studio.core.outreach.log import OutreachLog
from inmail_studio.ui.outreach.texts import day, kind_label

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class DueView(QWidget):
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
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.write_button, self.show_button = QPushButton(), QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.tree.itemSelectionChanged.connect(self._on_selection_changed)
        self.tree.itemActivated.connect(self._on_item_activated)
        self.write_button.clicked.connect(self._on_write_clicked)
        self.show_button.clicked.connect(self._on_show_clicked)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Person"), self.tr("Kind"), self.tr("Sent"), self.tr("Overdue"),
                                   self.tr("List"), self.tr("Template")])
        self.write_button.setText(self.tr("Write a follow-up"))
        self.show_button.setText(self.tr("Show what was sent"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot()
    def refresh(self) -> None:
        """Work out who is due now (call after an outcome changed or a message was sent)."""
        self.log.refresh()
        self.entries = self.log.due()
        self._fill()

    def _fill(self) -> None:
        self.tree.clear()
        rows = []
        for entry in self.entries:
            item = entry.item
            overdue = self.tr("%n day(s)", "", entry.days_overdue) if entry.days_overdue else self.tr("today")
            row = QTreeWidgetItem([item.to_name or item.profile_url, kind_label(item.kind), day(item.sent_at),
                                   overdue, item.list_name or "", item.template_id or ""])
            row.setData(0, ENTRY_ROLE, item.id)
            rows.append(row)
        self.tree.addTopLevelItems(rows)
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
        chosen = self.tree.selectedItems()
        return int(chosen[0].data(0, ENTRY_ROLE)) if chosen else None

    @Slot()
    def _on_selection_changed(self) -> None:
        chosen = self.selected_id() is not None
        self.write_button.setEnabled(chosen)
        self.show_button.setEnabled(chosen)

    @Slot(QTreeWidgetItem, int)
    def _on_item_activated(self, row: QTreeWidgetItem, _column: int) -> None:
        self.sig_write_follow_up.emit(int(row.data(0, ENTRY_ROLE)))

    @Slot()
    def _on_write_clicked(self) -> None:
        if (item_id := self.selected_id()) is not None:
            self.sig_write_follow_up.emit(item_id)

    @Slot()
    def _on_show_clicked(self) -> None:
        if (item_id := self.selected_id()) is not None:
            self.sig_show_item.emit(item_id)
