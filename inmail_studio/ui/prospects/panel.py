# SPDX-License-Identifier: GPL-3.0-or-later
"""Work through a prospect list: one person at a time, their message drafted, sent, next."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inmail_studio.core.prospects.model import STATUS_LABELS, STATUSES, Prospect
from inmail_studio.core.store import StoreError
from inmail_studio.ui import dialogs
from inmail_studio.ui.delegates import TwoLineDelegate
from inmail_studio.ui.session import DraftSession
from inmail_studio.ui.texts import describe

_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_SHARED_KEY = "list_values:{}"


class ProspectsPanel(QWidget):
    """`sig_message(text)` reports what happened, for the status bar."""

    sig_message = Signal(str)

    def __init__(self, session: DraftSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.store = session.store
        self.lists = QComboBox()
        self.lists.setAccessibleName(self.tr("Prospect list"))
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Template for this list"))
        for combo in (self.lists, self.template):  # long names must not widen the whole column
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Show prospects"))
        self.status_filter.addItem(self.tr("Everyone"), "")
        for status in STATUSES:
            self.status_filter.addItem(self.tr(STATUS_LABELS[status]), status)
        self.left_label = QLabel()
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("Prospects"))
        TwoLineDelegate.install(self.people)
        self.people.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.people.setAlternatingRowColors(True)
        self.next_button = QPushButton(self.tr("Next prospect ›"))
        self.replied_button = QPushButton(self.tr("Replied"))
        self.export_button = QPushButton(self.tr("Export data…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_list_button = QPushButton(self.tr("Delete list…"))

        top = QHBoxLayout()
        top.addWidget(self.lists, 1)
        top.addWidget(self.import_button)
        template_row = QHBoxLayout()
        template_row.addWidget(QLabel(self.tr("Template")))
        template_row.addWidget(self.template, 1)
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
        layout.addLayout(top)
        layout.addLayout(template_row)
        layout.addLayout(filter_row)
        layout.addWidget(self.people, 1)
        layout.addLayout(walk)
        layout.addLayout(manage)

        self.import_button.clicked.connect(self._on_import_clicked)
        self.lists.currentIndexChanged.connect(self._on_list_changed)
        self.template.currentIndexChanged.connect(self._on_template_changed)
        self.status_filter.currentIndexChanged.connect(self.refresh_people)
        self.people.currentItemChanged.connect(self._on_person_changed)
        self.next_button.clicked.connect(self.next_prospect)
        self.replied_button.clicked.connect(self._on_replied_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.delete_list_button.clicked.connect(self._on_delete_list_clicked)
        session.sig_prospect_changed.connect(self._on_prospect_changed)
        session.sig_changed.connect(self._on_session_changed)
        self.refresh_templates()
        self.refresh_lists()

    # what is shown ----------------------------------------------------------------------
    def current_list_id(self) -> int | None:
        return self.lists.currentData()

    def current_prospect(self) -> Prospect | None:
        item = self.people.currentItem()
        return self.store.prospects.get(item.data(_ID_ROLE)) if item else None

    def refresh_templates(self) -> None:
        keep = self.template.currentData()
        self.template.blockSignals(True)
        self.template.clear()
        self.template.addItem(self.tr("(choose a template)"), None)
        for t in sorted(self.session.library, key=lambda t: t.title.casefold()):
            self.template.addItem(f"{t.title} ({t.language.upper()})", t.id)
        self.template.setCurrentIndex(max(0, self.template.findData(keep)))
        self.template.blockSignals(False)

    def refresh_lists(self, select: int | None = None) -> None:
        keep = select if select is not None else self.current_list_id()
        self.lists.blockSignals(True)
        self.lists.clear()
        for lst in self.store.prospects.lists():
            self.lists.addItem(f"{lst.name} ({lst.total})", lst.id)
        if not self.lists.count():
            self.lists.addItem(self.tr("No lists yet: import a CSV"), None)
        self.lists.setCurrentIndex(max(0, self.lists.findData(keep)))
        self.lists.blockSignals(False)
        self._on_list_changed()

    @Slot()
    def refresh_people(self) -> None:
        list_id = self.current_list_id()
        keep = self.people.currentItem().data(_ID_ROLE) if self.people.currentItem() else None
        self.people.blockSignals(True)
        self.people.clear()
        lst = self.store.prospects.get_list(list_id) if list_id is not None else None
        if lst is not None:
            for p in self.store.prospects.in_list(lst.id, self.status_filter.currentData() or None):
                item = QListWidgetItem(self._label(p))
                item.setData(_ID_ROLE, p.id)
                self.people.addItem(item)
                if p.id == keep:
                    self.people.setCurrentItem(item)
            self.left_label.setText(self.tr("%1 of %2 left").replace("%1", str(lst.left)).replace("%2", str(lst.total)))
        else:
            self.left_label.setText("")
        self.people.blockSignals(False)
        for button in (self.next_button, self.delete_list_button):
            button.setEnabled(lst is not None)
        self._update_person_buttons()

    def _label(self, p: Prospect) -> str:
        company = f" — {p.company}" if p.company else ""
        return f"{p.name}{company}\n{self.tr(STATUS_LABELS[p.status])}"

    def _update_person_buttons(self) -> None:
        for button in (self.replied_button, self.export_button, self.delete_button):
            button.setEnabled(self.people.currentItem() is not None)

    # importing ----------------------------------------------------------------------------
    @Slot()
    def _on_import_clicked(self) -> None:
        path = dialogs.choose_open_file(self, self.tr("Import prospects"), self.tr("CSV files (*.csv *.txt)"))
        if not path:
            return
        from inmail_studio.core.prospects.importer import ProspectImportError, preview_csv

        try:
            preview = preview_csv(path)
        except ProspectImportError as exc:
            dialogs.inform(self, self.tr("Import prospects"), str(exc))
            return
        from inmail_studio.ui.prospects.mapping import MappingDialog

        dialog = MappingDialog(preview, Path(path).stem, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.import_path(path, dialog.mapping(), dialog.name.text())

    def import_path(self, path: str, mapping: list[str | None] | None = None, name: str = "") -> int | None:
        """Import a file as a new list and show it; returns the list's id."""
        from inmail_studio.core.prospects.importer import ProspectImportError, read_csv

        try:
            result = read_csv(path, mapping)
            lst = self.store.prospects.create_list(name or Path(path).stem, result.prospects, source=Path(path).name,
                                                   template_id=self.template.currentData())
        except ProspectImportError as exc:
            dialogs.inform(self, self.tr("Import prospects"), str(exc))
            return None
        except StoreError as exc:
            dialogs.inform(self, self.tr("Import prospects"), describe(exc))
            return None
        report = self.tr("Imported %n prospect(s)", "", len(result.prospects))
        if result.merged:
            report += self.tr("; %n duplicate row(s) merged", "", result.merged)
        if result.bad_rows:
            lines = "\n".join(f"line {b.line}: {b.reason}" for b in result.bad_rows[:15])
            more = len(result.bad_rows) - 15
            extra = f"\n… and {more} more" if more > 0 else ""
            dialogs.inform(self, self.tr("Import prospects"),
                           f"{report}.\n\n{self.tr('These rows were skipped:')}\n{lines}{extra}")
        self.sig_message.emit(report + ".")
        self.refresh_lists(select=lst.id)
        return lst.id

    # walking the list ---------------------------------------------------------------------
    @Slot(int)
    def _on_list_changed(self, _index: int = 0) -> None:
        lst = self.store.prospects.get_list(self.current_list_id()) if self.current_list_id() is not None else None
        self.template.blockSignals(True)
        self.template.setCurrentIndex(max(0, self.template.findData(lst.template_id if lst else None)))
        self.template.blockSignals(False)
        self.refresh_people()

    @Slot(int)
    def _on_template_changed(self, _index: int) -> None:
        list_id = self.current_list_id()
        if list_id is None:
            return
        self.store.prospects.set_list_template(list_id, self.template.currentData())
        prospect = self.current_prospect()
        if prospect is not None and self.template.currentData():
            self.session.retemplate(self.template.currentData(), {**self.shared_values(), **prospect.values()})

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_person_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        self._update_person_buttons()
        prospect = self.store.prospects.get(current.data(_ID_ROLE)) if current else None
        if prospect is not None:
            self.session.open_prospect(prospect, self.template.currentData(), self.shared_values())

    @Slot()
    def next_prospect(self) -> None:
        """The next person still to do (or drafted) after the current one, wrapping around."""
        count = self.people.count()
        start = self.people.currentRow()
        for step in range(1, count + 1):
            item = self.people.item((start + step) % count)
            prospect = self.store.prospects.get(item.data(_ID_ROLE))
            if prospect is not None and prospect.status in ("todo", "drafted"):
                if (start + step) % count < start:
                    self.sig_message.emit(self.tr("Back at the top of the list."))
                self.people.setCurrentItem(item)
                return
        self.sig_message.emit(self.tr("Everyone in this list has been written to."))

    def shared_values(self) -> dict[str, str]:
        list_id = self.current_list_id()
        return dict(self.store.settings.get(_SHARED_KEY.format(list_id), {})) if list_id is not None else {}

    @Slot(object, str)
    def _on_session_changed(self, composition, source: str) -> None:  # type: ignore[no-untyped-def]
        """Values typed for variables no prospect has (the sender's name) carry over to the next one."""
        prospect = self.current_prospect()
        if source != "value" or prospect is None or composition.draft.prospect_id != prospect.id:
            return
        own = prospect.values()
        shared = {k: v for k, v in composition.draft.values.items() if k not in own}
        self.store.settings.set(_SHARED_KEY.format(self.current_list_id()), shared)

    @Slot(int)
    def _on_prospect_changed(self, prospect_id: int) -> None:
        for row in range(self.people.count()):
            item = self.people.item(row)
            if item.data(_ID_ROLE) == prospect_id and (prospect := self.store.prospects.get(prospect_id)):
                item.setText(self._label(prospect))
        lst = self.store.prospects.get_list(self.current_list_id()) if self.current_list_id() is not None else None
        if lst is not None:
            self.left_label.setText(self.tr("%1 of %2 left").replace("%1", str(lst.left)).replace("%2", str(lst.total)))

    @Slot()
    def _on_replied_clicked(self) -> None:
        if prospect := self.current_prospect():
            self.store.prospects.set_status(prospect.id, "replied")
            self._on_prospect_changed(prospect.id)

    # personal data --------------------------------------------------------------------------
    @Slot()
    def _on_export_clicked(self) -> None:
        prospect = self.current_prospect()
        if prospect is None:
            return
        path = dialogs.choose_save_file(self, self.tr("Export everything about %s") % prospect.name,
                                        f"{prospect.name}.json", self.tr("JSON files (*.json)"))
        if path:
            from inmail_studio.core.prospects import export_person
            from inmail_studio.core.workspace.people import everything_about

            export_person(everything_about(self.store, prospect.id) or {}, path)
            self.sig_message.emit(self.tr("Exported everything stored about %s.") % prospect.name)

    @Slot()
    def _on_delete_clicked(self) -> None:
        prospect = self.current_prospect()
        if prospect is None:
            return
        from inmail_studio.core.workspace.people import dependents

        drafts, sent = dependents(self.store, prospect.id)
        question = self.tr("Delete %s and every detail stored about them?") % prospect.name
        if drafts or sent:
            question += "\n\n" + self.tr("This also deletes %1 draft(s) and %2 sent message(s) for them.").replace(
                "%1", str(drafts)).replace("%2", str(sent))
        if not dialogs.ask_yes_no(self, self.tr("Delete prospect"), question, self.tr("Delete"), self.tr("Keep")):
            return
        if self.session.draft.prospect_id == prospect.id:
            self.session.new_draft()
        self.store.prospects.delete(prospect.id)
        self.refresh_people()
        self.sig_message.emit(self.tr("Deleted %s.") % prospect.name)

    @Slot()
    def _on_delete_list_clicked(self) -> None:
        lst = self.store.prospects.get_list(self.current_list_id()) if self.current_list_id() is not None else None
        if lst is None:
            return
        if not dialogs.ask_yes_no(self, self.tr("Delete list"),
                                  self.tr("Delete the list “%1” with its %2 prospects, their drafts and sent "
                                          "messages?").replace("%1", lst.name).replace("%2", str(lst.total)),
                                  self.tr("Delete"), self.tr("Keep")):
            return
        if self.session.draft.prospect_id is not None:
            self.session.new_draft()
        self.store.prospects.delete_list(lst.id)
        self.refresh_lists()
