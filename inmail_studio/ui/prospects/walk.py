# SPDX-License-Identifier: GPL-3.0-or-later
"""The prospect-list walk in the window: choose a list and its template, open a person, go to the
next one, mark a reply. The rules are the workspace's (core/workspace/people.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QListWidgetItem

if TYPE_CHECKING:
    from inmail_studio.ui.prospects.panel import ProspectsPanel

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # a row's prospect id


class ProspectWalk(QObject):
    """Wires the panel's list, template, people and walk buttons to the workspace."""

    def __init__(self, panel: ProspectsPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.session = panel.session
        self.people = panel.people_actions
        panel.lists.currentIndexChanged.connect(self.list_changed)
        panel.template.currentIndexChanged.connect(self.template_changed)
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
        panel.refresh_people()

    @Slot(int)
    def template_changed(self, _index: int) -> None:
        list_id = self.panel.current_list_id()
        if list_id is not None:
            self.session.run(self.people.set_list_template, list_id, self.panel.template.currentData())

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
        for row in range(panel.people.count()):
            if panel.people.item(row).data(ID_ROLE) == step.prospect_id:
                panel.people.setCurrentRow(row)
                return

    @Slot()
    def replied(self) -> None:
        prospect_id = self.panel.current_prospect_id()
        if prospect_id is not None:
            self.session.run(self.people.mark_replied, prospect_id)

