# SPDX-License-Identifier: GPL-3.0-or-later
"""The Sent tab: every sent message, searchable and filterable, with its outcome buttons and undo."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inmail_studio.core.errors import CoreError
from inmail_studio.core.outreach.followup import no_reply
from inmail_studio.core.outreach.log import LogError, OutreachLog
from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.outreach.people import Person
from inmail_studio.core.workspace.changes import Changes
from inmail_studio.ui import dialogs
from inmail_studio.ui.outreach.actions_bar import SentActionsBar
from inmail_studio.ui.outreach.detail import SentDetail
from inmail_studio.ui.outreach.filters import LogFilterBar
from inmail_studio.ui.outreach.table import (
    OUTCOME_COLUMN,
    SENT_COLUMN,
    TEMPLATE_COLUMN,
    LogTableModel,
    outcome_width,
)
from inmail_studio.ui.outreach.texts import day, problem_text
from inmail_studio.ui.texts import describe_any
from inmail_studio.ui.translations import Retranslating


class OutcomeActions(Protocol):
    """Who records an outcome when it must do more than the log (the workspace's `sending`, which
    also moves the prospect's status along). Both raise LogError or a store error."""

    def record_outcome(self, item_id: int, outcome: str, at: datetime | None = None) -> object: ...
    def undo_outcome(self, item_id: int) -> object: ...
    def forget(self, person: Person, prospect_id: int | None = None) -> Changes: ...


class SentTab(Retranslating, QWidget):
    """Fed by an OutreachLog (the application layer); never touches storage itself. Outcomes go
    through `outcomes` when given (the workspace's `sending`), else straight to the log.

    `sig_outcome_changed(item_id)` after an outcome was set or undone here (the Due view and the
    Results tab refresh on it); `sig_exported(path)` after an export was written; `sig_imported`
    after LinkedIn's export was imported (the tab has refreshed itself); `sig_forgotten(changes)`
    after "Forget this person…" (through `outcomes`: everything about them, `Workspace.forget`;
    without it, their messages in the log), with the workspace's `Changes`.
    """

    sig_outcome_changed = Signal(int)
    sig_exported = Signal(str)
    sig_imported = Signal(object)  # ImportSummary, after LinkedIn's export was imported
    sig_forgotten = Signal(object)  # Changes: a person was forgotten

    def __init__(self, log: OutreachLog, outcomes: OutcomeActions | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log = log
        self._outcomes = outcomes
        self.stale = True  # the log is read when the tab is first shown, not while the window starts
        self._undo: list[int] = []  # items whose outcome was changed here, last one last
        self.filters = LogFilterBar()
        self.model = LogTableModel(self._is_no_reply, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(SENT_COLUMN, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(TEMPLATE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self._sized = False
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail = SentDetail()
        self.actions = SentActionsBar(log)
        a = self.actions
        self.buttons, self.undo_button, self.export_button = a.buttons, a.undo_button, a.export_button
        self.import_button, self.forget_button, self.count = a.import_button, a.forget_button, a.count
        self._lay_out()
        self.filters.sig_query_changed.connect(self._apply_filters)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        a.sig_outcome_chosen.connect(self.set_outcome)
        a.import_button.sig_imported.connect(self._on_imported)
        a.undo_button.clicked.connect(self.undo)
        a.export_button.clicked.connect(self._on_export_clicked)
        a.forget_button.clicked.connect(self._on_forget_clicked)
        self.retranslate()

    def _lay_out(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.actions)

    def retranslate(self) -> None:
        self.model.retranslate()
        self._fit_outcome_column()
        self.stale = self.stale or not self.isVisible()  # a hidden tab reads the log when next shown
        if not self.stale:
            self._show_selected()

    def set_titles(self, titles: Mapping[str, str]) -> None:
        """Name templates by their titles (id -> title; an id without one shows as is)."""
        self.model.set_titles(titles)
        self.filters.set_titles(titles)
        if not self.stale:
            self._show_selected()

    # showing ---------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self.stale:
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Show the log as it is now, filtered (after a message was marked sent, an outcome set, an
        import); while the tab is hidden, only note that it must (it reads when shown). The log
        re-reads after its own writes; a write elsewhere must call `log.refresh()` first (the
        workspace's mark sent does)."""
        if not self.isVisible():
            self.stale = True
            return
        self.stale = False
        self.filters.set_choices(self.log.items())
        self._apply_filters()

    def _apply_filters(self) -> None:
        chosen = self.selected_item()
        items = self.log.items(self.filters.query(self.log.clock().date()))
        if not self._sized and items:
            self._sized = True  # widths from the first 100 rows: Qt would ask every row, ~9 roles a cell
            self.model.set_items(items[:100])
            self.table.resizeColumnsToContents()
            self._fit_outcome_column()
        self.model.set_items(items)
        sort = (header := self.table.horizontalHeader()).sortIndicatorSection(), header.sortIndicatorOrder()
        if sort[0] < self.model.columnCount() and sort != (SENT_COLUMN, Qt.SortOrder.DescendingOrder):
            self.model.sort(*sort)  # the log comes newest first (by time, then id): Sent's own order
        self.actions.set_count(self.model.rowCount())
        if chosen is not None and (row := self.model.row_of(chosen.id)) >= 0:
            self.table.selectRow(row)
        else:
            self._show_selected()

    def _fit_outcome_column(self) -> None:  # whole, as the template's title (stretched) gives way
        self.table.horizontalHeader().resizeSection(OUTCOME_COLUMN, outcome_width(self.table, self.model))

    def selected_item(self) -> LogItem | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.item(rows[0].row()) if rows else None

    def show_item(self, item_id: int) -> bool:
        """Select item `item_id` (clearing the filters when they hide it); False when it is not in the log."""
        if self.stale:
            self.stale = False
            self.filters.set_choices(self.log.items())
            self._apply_filters()
        row = self.model.row_of(item_id)
        if row < 0:
            self.filters.search.clear()
            for combo in (self.filters.lists, self.filters.templates, self.filters.kinds, self.filters.languages,
                          self.filters.outcomes, self.filters.period):
                combo.setCurrentIndex(0)
            self._apply_filters()
            row = self.model.row_of(item_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        return row >= 0

    def _is_no_reply(self, item: LogItem) -> bool:
        return no_reply(item, self.log.clock(), self.log.settings)

    def _show_selected(self) -> None:
        item = self.selected_item()
        self.detail.show_item(item, self.model.outcome_text(item) if item else "",
                              self.model.template_text(item) if item else None)
        self.actions.show_for(item, self._undo_target())

    # acting ----------------------------------------------------------------------------------------
    def set_outcome(self, outcome: str) -> None:
        """Give the selected message `outcome`, now; Undo puts the previous one back. For a follow-up's
        answer, offer it to the InMail still open before it (`OutreachLog.still_open_before`)."""
        item = self.selected_item()
        if item is not None and (changed := self._apply(item.id, outcome)) is not None:
            self._undo.append(item.id)
            self._after_change(changed)
            inmail = self.log.still_open_before(changed)
            if inmail is not None and _inmail_too(self, inmail) and (also := self._apply(inmail.id, outcome)):
                self._undo.append(inmail.id)
                self._after_change(also)

    def _apply(self, item_id: int, outcome: str | None) -> LogItem | None:
        """Give message `item_id` `outcome` (None: undo its last change), through the application
        layer when there is one; a refusal is shown and gives None."""
        try:
            if self._outcomes is not None:
                _ = self._outcomes.undo_outcome(item_id) if outcome is None else \
                    self._outcomes.record_outcome(item_id, outcome)
                return self.log.get(item_id)
            return self.log.undo_outcome(item_id) if outcome is None else self.log.set_outcome(item_id, outcome)
        except (LogError, CoreError) as exc:
            dialogs.inform(self, self.tr("Nothing undone") if outcome is None else self.tr("Outcome not saved"),
                           problem_text(exc))
            return None

    def _undo_target(self) -> LogItem | None:
        """The message whose outcome Undo would put back, if any (none once it is forgotten)."""
        return next((item for item in self.log.items() if item.id == self._undo[-1]), None) if self._undo else None

    def drop_undo(self) -> None:
        """Forget what Undo here would put back (hide `undo_button` too): a newer undo is offered elsewhere."""
        self._undo.clear()

    @Slot()
    def undo(self) -> None:
        """Undo the last outcome change made in this tab, and show whose it was."""
        if not self._undo:
            return
        item_id = self._undo.pop()
        if (changed := self._apply(item_id, None)) is None:
            self._show_selected()
            return
        self._after_change(changed)
        if (row := self.model.row_of(item_id)) >= 0:
            self.table.selectRow(row)  # show whose outcome went back, even when another row was selected

    def _after_change(self, item: LogItem) -> None:
        self.model.replace_item(item)
        self._show_selected()
        self.sig_outcome_changed.emit(item.id)

    def export(self, path: str | Path) -> int:
        """Write the messages shown (filters applied) to a .csv or .json file."""
        shown = [self.model.item(row) for row in range(self.model.rowCount())]
        return self.log.export(path, [item for item in shown if item is not None])

    @Slot()
    def _on_export_clicked(self) -> None:
        _export_chosen(self)

    @Slot()
    def _on_forget_clicked(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        name = item.to_name or item.profile_url
        question = (self.tr("Remove everything stored about %1: every message to them, their drafts and their "
                            "prospect records? This cannot be undone.") if self._outcomes is not None else
                    self.tr("Remove every message to %1 from the log? This cannot be undone.")).replace("%1", name)
        if not dialogs.ask_yes_no(self, self.tr("Forget this person"), question, self.tr("Forget"),
                                  self.tr("Keep")):
            return
        try:
            if self._outcomes is not None:
                changes = self._outcomes.forget(Person.of(item), item.prospect_id)
            else:
                self.log.forget(Person.of(item))
                changes = Changes(sent=True)
        except CoreError as exc:
            dialogs.inform(self, self.tr("Nothing forgotten"), describe_any(exc))
            return
        self.log.refresh()
        kept = {i.id for i in self.log.items()}
        self._undo = [item_id for item_id in self._undo if item_id in kept]
        self.refresh()
        self.sig_forgotten.emit(changes)

    @Slot(object)
    def _on_imported(self, summary: object) -> None:
        self.refresh()
        self.sig_imported.emit(summary)

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_selected()


def _export_chosen(tab: SentTab) -> None:
    """Ask where to export the messages `tab` shows, write them (.csv unless .json is chosen) and
    say so with `sig_exported`; a file that cannot be written is reported, nothing raised."""
    translate = QCoreApplication.translate
    path = dialogs.choose_save_file(tab, translate("SentTab", "Export the sent messages"), "sent-messages.csv",
                                    translate("SentTab", "CSV for spreadsheets (*.csv);;JSON (*.json)"))
    if not path:
        return
    if Path(path).suffix.lower() not in (".csv", ".json"):
        path += ".csv"
    try:
        tab.export(path)
    except (OSError, CoreError) as exc:
        reason = (exc.strerror or str(exc)) if isinstance(exc, OSError) else describe_any(exc)
        dialogs.inform(tab, translate("SentTab", "Export failed"),
                       translate("SentTab", "%1 cannot be written: %2").replace("%1", str(path)).replace("%2", reason))
        return
    tab.sig_exported.emit(str(path))


def _inmail_too(tab: SentTab, inmail: LogItem) -> bool:
    """Ask whether the follow-up's answer came in the conversation of `inmail` (then LinkedIn
    returns its credit, and its outcome should say so); the safe answer, no, changes nothing."""
    translate = QCoreApplication.translate
    question = translate("SentTab", "Your InMail to %1 of %2 has no answer yet. Did they answer in that "
                                    "conversation? Then mark the InMail the same: LinkedIn returns its credit.")
    return dialogs.ask_yes_no(tab, translate("SentTab", "The InMail too?"),
                              question.replace("%1", inmail.to_name or inmail.profile_url).replace(
                                  "%2", day(inmail.sent_at)),
                              translate("SentTab", "Mark the InMail too"), translate("SentTab", "Only the follow-up"))
