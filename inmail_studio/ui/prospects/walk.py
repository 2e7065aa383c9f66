# SPDX-License-Identifier: GPL-3.0-or-later
"""The prospect-list walk in the window: choose a list and its template, open a person, go to the
next one, mark a reply. The rules are the workspace's (core/workspace/people.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QListWidgetItem

from inmail_studio.core.compose import Composition
from inmail_studio.core.workspace import campaign

if TYPE_CHECKING:
    from inmail_studio.ui.prospects.panel import ProspectsPanel

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # a row's prospect id


class ProspectWalk(QObject):
    """Wires the panel's list, template, people and walk buttons to the workspace.
    `sig_replied(prospect_id)` asks the window to record a reply (it offers the undo)."""

    sig_replied = Signal(int)

    def __init__(self, panel: ProspectsPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.session = panel.session
        self.people = panel.people_actions
        panel.lists.currentIndexChanged.connect(self.list_chosen)
        panel.template.currentIndexChanged.connect(self.template_changed)
        panel.follow_up.currentIndexChanged.connect(self.follow_up_changed)
        self.session.sig_changed.connect(self.follow_open_draft)
        panel.people.currentItemChanged.connect(self.person_changed)
        panel.next_button.clicked.connect(self.next_prospect)
        panel.replied_button.clicked.connect(self.replied)

    @Slot(int)
    def list_changed(self, _index: int = 0) -> None:
        """Another list: show its template and its people."""
        panel = self.panel
        lst = self.people.get_list(panel.current_list_id())
        panel.template.blockSignals(True)
        panel.template.setCurrentIndex(max(0, panel.template.findData(lst.template_id if lst else None)))
        panel.template.blockSignals(False)
        panel.follow_up.blockSignals(True)
        follow_up = campaign.follow_up_template(self.session.workspace, lst.id) if lst else None
        panel.follow_up.setCurrentIndex(max(0, panel.follow_up.findData(follow_up)))
        panel.follow_up.blockSignals(False)
        panel.refresh_people()

    @Slot(int)
    def list_chosen(self, _index: int = 0) -> None:
        """The user chose a list: show it and open its first person not done."""
        self.list_changed()
        self.open_first()

    def open_first(self) -> None:
        """Open the list's first person still to write to (nothing when everyone is done)."""
        list_id = self.panel.current_list_id()
        if list_id is not None:
            step = self.people.next_prospect(list_id, None, self.panel.status_filter.currentData() or None)
            if step.prospect_id is not None:
                self._select(step.prospect_id)

    @Slot(int)
    def follow_up_changed(self, _index: int) -> None:
        list_id = self.panel.current_list_id()
        if list_id is not None:
            self.session.run(campaign.set_follow_up_template, self.session.workspace, list_id,
                             self.panel.follow_up.currentData())

    @Slot(object, str)
    def follow_open_draft(self, comp: Composition, source: str) -> None:
        """The list and person selected follow the message that is open."""
        if source in ("open", "template") and comp.draft.prospect_id is not None:
            self.show_person(comp.draft.prospect_id)

    def show_person(self, prospect_id: int) -> None:
        """Select `prospect_id`'s list and row without opening anything."""
        panel = self.panel
        prospect = self.people.get(prospect_id)
        if prospect is None:
            return
        if panel.current_list_id() != prospect.list_id:
            panel.lists.blockSignals(True)
            panel.lists.setCurrentIndex(max(0, panel.lists.findData(prospect.list_id)))
            panel.lists.blockSignals(False)
            self.list_changed()
        panel.people.blockSignals(True)
        for row in range(panel.people.count()):
            if panel.people.item(row).data(ID_ROLE) == prospect_id:
                panel.people.setCurrentRow(row)
        panel.people.blockSignals(False)
        panel.show_prospect(prospect_id)

    @Slot(int)
    def after_sent(self, prospect_id: int) -> None:
        """A message to `prospect_id` was marked sent: on to the next person."""
        self.show_person(prospect_id)
        self.next_prospect()

    @Slot(int)
    def template_changed(self, _index: int) -> None:
        list_id = self.panel.current_list_id()
        if list_id is not None:
            self.session.run(self.people.set_list_template, list_id, self.panel.template.currentData())
            if self.panel.current_prospect_id() is None:
                self.open_first()

    @Slot(QListWidgetItem, QListWidgetItem)
    def person_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        prospect_id = self.panel.current_prospect_id() if current else None
        if prospect_id is not None:
            self.session.open_prospect(prospect_id)

    @Slot()
    def next_prospect(self) -> None:
        """The next person still to write to after the current one, going round to the top once."""
        panel = self.panel
        list_id = panel.current_list_id()
        if list_id is None:
            return
        shown = panel.status_filter.currentData() or None
        step = self.people.next_prospect(list_id, panel.current_prospect_id(), shown)
        if step.prospect_id is None:
            panel.sig_message.emit(self.tr("Everyone in this list has been written to."))
            return
        if step.wrapped:
            panel.sig_message.emit(self.tr("Back at the top of the list."))
        self._select(step.prospect_id)

    def _select(self, prospect_id: int) -> None:
        """Select a person's row as the user would: their message opens."""
        panel = self.panel
        for row in range(panel.people.count()):
            if panel.people.item(row).data(ID_ROLE) == prospect_id:
                panel.people.setCurrentRow(row)
                return

    @Slot()
    def replied(self) -> None:
        prospect_id = self.panel.current_prospect_id()
        if prospect_id is not None:
            self.sig_replied.emit(prospect_id)

