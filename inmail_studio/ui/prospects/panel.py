# SPDX-License-Identifier: GPL-3.0-or-later
"""The Prospects tab: a list, its template, its people and their status (the walk is in walk.py,
importing and forgetting in files.py)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inmail_studio.core.prospects.model import STATUSES, Prospect
from inmail_studio.ui import labels
from inmail_studio.ui.delegates import TwoLineDelegate
from inmail_studio.ui.prospects.files import ProspectFiles
from inmail_studio.ui.prospects.template_picker import TemplatePicker
from inmail_studio.ui.prospects.walk import ID_ROLE, ProspectWalk
from inmail_studio.ui.session import DraftSession
from inmail_studio.ui.translations import Retranslating


class ProspectsPanel(Retranslating, QWidget):
    """Shows the workspace's prospect lists; `sig_message(text)` reports what happened, for the status bar."""

    sig_message = Signal(str)

    def __init__(self, session: DraftSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.people_actions = session.workspace.people
        self._build_widgets()
        self._lay_out()
        self.walk = ProspectWalk(self)
        self.files = ProspectFiles(self)
        self.status_filter.currentIndexChanged.connect(self.refresh_people)
        self.people.currentItemChanged.connect(self._update_person_buttons)
        session.sig_prospect_changed.connect(self.show_prospect)
        session.sig_lists_changed.connect(self.refresh_counts)
        self.retranslate()
        self.refresh_templates()
        self.refresh_lists()

    def retranslate(self) -> None:
        """Every text of the panel, its lists and rows included, in the window's language."""
        self.lists.setAccessibleName(self.tr("Prospect list"))
        self.import_button.setText(self.tr("Import CSV…"))
        self.template.setAccessibleName(self.tr("Template for this list"))
        self.template_label.setText(self.tr("Template"))
        self.follow_up.setAccessibleName(self.tr("Follow-up template for this list"))
        self.follow_up_label.setText(self.tr("Follow-up"))
        self.status_filter.setAccessibleName(self.tr("Show prospects"))
        self.status_filter.setItemText(0, self.tr("Everyone"))
        for index, status in enumerate(STATUSES, start=1):
            self.status_filter.setItemText(index, labels.label(labels.STATUSES, status))
        self.people.setAccessibleName(self.tr("Prospects"))
        for button, text in ((self.next_button, self.tr("Next prospect ›")), (self.replied_button, self.tr("Replied")),
                             (self.export_button, self.tr("Export data…")), (self.delete_button, self.tr("Delete…")),
                             (self.delete_list_button, self.tr("Delete list…"))):
            button.setText(text)
        if self.window().isVisible():  # the lists and rows hold words too; a closed window reads nothing
            self.refresh_templates()
            self.refresh_lists()

    def _build_widgets(self) -> None:
        self.lists = QComboBox()
        self.import_button = QPushButton()
        self.template = TemplatePicker()  # grouped by kind and language, searchable
        self.template_label = QLabel()
        self.follow_up = TemplatePicker()  # the list's follow-up template
        self.follow_up_label = QLabel()
        for combo in (self.lists, self.template, self.follow_up):  # long names must not widen the whole column
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        self.status_filter = QComboBox()
        for status in ("", *STATUSES):
            self.status_filter.addItem("", status)
        self.left_label = QLabel()
        self.people = QListWidget()
        TwoLineDelegate.install(self.people)
        self.people.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.people.setAlternatingRowColors(True)
        self.next_button, self.replied_button, self.export_button = QPushButton(), QPushButton(), QPushButton()
        self.delete_button, self.delete_list_button = QPushButton(), QPushButton()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.lists, 1)
        top.addWidget(self.import_button)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_label)
        template_row.addWidget(self.template, 1)
        follow_up_row = QHBoxLayout()
        follow_up_row.addWidget(self.follow_up_label)
        follow_up_row.addWidget(self.follow_up, 1)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.status_filter)
        filter_row.addWidget(self.left_label, 1)
        walk = QHBoxLayout()
        walk.addWidget(self.replied_button)
        walk.addWidget(self.next_button, 1)
        manage = QHBoxLayout()
        for button in (self.export_button, self.delete_button, self.delete_list_button):
            manage.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for row in (top, template_row, follow_up_row, filter_row):
            layout.addLayout(row)
        layout.addWidget(self.people, 1)
        layout.addLayout(walk)
        layout.addLayout(manage)

    # what is shown ----------------------------------------------------------------------------
    def current_list_id(self) -> int | None:
        return self.lists.currentData()

    def current_prospect_id(self) -> int | None:
        item = self.people.currentItem()
        return item.data(ID_ROLE) if item else None

    def current_prospect(self) -> Prospect | None:
        return self.people_actions.get(self.current_prospect_id())

    def refresh_templates(self) -> None:
        self.template.none_text = self.tr("(choose a template)")
        self.template.set_templates(self.session.library, self.template.currentData())
        self.follow_up.none_text = self.tr("(no follow-up template)")
        self.follow_up.set_templates([t for t in self.session.library if t.kind == "follow_up"],
                                     self.follow_up.currentData())

    def refresh_lists(self, select: int | None = None) -> None:
        keep = select if select is not None else self.current_list_id()
        self.lists.blockSignals(True)
        self.lists.clear()
        for lst in self.people_actions.lists():
            self.lists.addItem(f"{lst.name} ({lst.total})", lst.id)
        if not self.lists.count():
            self.lists.addItem(self.tr("No lists yet: import a CSV"), None)
        self.lists.setCurrentIndex(max(0, self.lists.findData(keep)))
        self.lists.blockSignals(False)
        self.walk.list_changed()

    @Slot()
    def refresh_people(self) -> None:
        lst = self.people_actions.get_list(self.current_list_id())
        keep = self.current_prospect_id()
        self.people.blockSignals(True)
        self.people.clear()
        if lst is not None:
            for p in self.people_actions.people(lst.id, self.status_filter.currentData() or None):
                item = QListWidgetItem(self._label(p))
                item.setData(ID_ROLE, p.id)
                self.people.addItem(item)
                if p.id == keep:
                    self.people.setCurrentItem(item)
        self.people.blockSignals(False)
        self.refresh_counts()
        for button in (self.next_button, self.delete_list_button):
            button.setEnabled(lst is not None)
        self._update_person_buttons()

    @Slot()
    def refresh_counts(self) -> None:
        lst = self.people_actions.get_list(self.current_list_id())
        number = QLocale().toString
        left = self.tr("%1 of %2 left").replace("%1", number(lst.left)).replace("%2", number(lst.total)) if lst else ""
        self.left_label.setText(left)

    @Slot(int)
    def show_prospect(self, prospect_id: int) -> None:
        """A person's status changed: their row says so."""
        for row in range(self.people.count()):
            item = self.people.item(row)
            if item.data(ID_ROLE) == prospect_id and (prospect := self.people_actions.get(prospect_id)):
                item.setText(self._label(prospect))
        self.refresh_counts()
        self._update_person_buttons()  # the row may have been selected quietly, following the open message

    def _label(self, p: Prospect) -> str:
        company = f" — {p.company}" if p.company else ""
        return f"{p.name}{company}\n{labels.label(labels.STATUSES, p.status)}"

    @Slot()
    def _update_person_buttons(self) -> None:
        for button in (self.replied_button, self.export_button, self.delete_button):
            button.setEnabled(self.people.currentItem() is not None)

    # kept for callers of the panel ---------------------------------------------------------------
    def next_prospect(self) -> None:
        self.walk.next_prospect()

    def import_path(self, path: str, mapping: list[str | None] | None = None, name: str = "") -> int | None:
        return self.files.import_path(path, mapping, name)
