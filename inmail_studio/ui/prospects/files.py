# SPDX-License-Identifier: GPL-3.0-or-later
"""The Prospects tab's files and personal data: import a CSV, export what is held about a person,
forget a person or a whole list. The actions are the workspace's (core/workspace/people.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QDialog

from inmail_studio.ui import dialogs
from inmail_studio.ui.texts import bad_row, describe

if TYPE_CHECKING:
    from inmail_studio.core.prospects.importer import BadRow
    from inmail_studio.ui.prospects.panel import ProspectsPanel

SHOWN_BAD_ROWS = 15


class ProspectFiles(QObject):
    """Wires the panel's import, export and delete buttons."""

    def __init__(self, panel: ProspectsPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.session = panel.session
        self.people = panel.people_actions
        panel.import_button.clicked.connect(self._on_import_clicked)
        panel.export_button.clicked.connect(self._on_export_clicked)
        panel.delete_button.clicked.connect(self._on_delete_clicked)
        panel.delete_list_button.clicked.connect(self._on_delete_list_clicked)

    @Slot()
    def _on_import_clicked(self) -> None:
        title = self.tr("Import prospects")
        path = dialogs.choose_open_file(self.panel, title, self.tr("CSV files (*.csv *.txt)"))
        if not path:
            return
        from inmail_studio.core.prospects.importer import ProspectImportError

        try:
            preview = self.people.preview_file(path)
        except ProspectImportError as exc:
            dialogs.inform(self.panel, title, describe(exc))
            return
        from inmail_studio.ui.prospects.mapping import MappingDialog

        dialog = MappingDialog(preview, Path(path).stem, self.panel)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.import_path(path, dialog.mapping(), dialog.name.text())

    def import_path(self, path: str, mapping: list[str | None] | None = None, name: str = "") -> int | None:
        """Import a file as a new list and show it; returns the list's id (None when refused)."""
        from inmail_studio.core.errors import CoreError

        title = self.tr("Import prospects")
        try:
            imported = self.people.import_file(path, mapping, name, self.panel.template.currentData())
        except CoreError as exc:
            dialogs.inform(self.panel, title, describe(exc))
            return None
        result = imported.result
        report = self.tr("Imported %n prospect(s)", "", len(result.prospects))
        if result.merged:
            report += self.tr("; %n duplicate row(s) merged", "", result.merged)
        if result.bad_rows:
            dialogs.inform(self.panel, title, f"{report}.\n\n{self.tr('These rows were skipped:')}\n"
                                              f"{self._bad_rows(result.bad_rows)}")
        self.panel.sig_message.emit(report + ".")
        assert imported.list is not None
        self.panel.refresh_lists(select=imported.list.id)
        if imported.list.template_id:
            self.panel.walk.open_first()  # a new list with its template: its first person opens
        return imported.list.id

    def _bad_rows(self, rows: list[BadRow]) -> str:
        lines = "\n".join(self.tr("line %1: %2").replace("%1", str(b.line)).replace("%2", bad_row(b))
                          for b in rows[:SHOWN_BAD_ROWS])
        more = len(rows) - SHOWN_BAD_ROWS
        return lines + (("\n" + self.tr("… and %n more", "", more)) if more > 0 else "")

    @Slot()
    def _on_export_clicked(self) -> None:
        prospect = self.panel.current_prospect()
        if prospect is None or prospect.id is None:
            return
        path = dialogs.choose_save_file(self.panel, self.tr("Export everything about %s") % prospect.name,
                                        f"{prospect.name}.json", self.tr("JSON files (*.json)"))
        if path:
            try:
                self.people.export_person(prospect.id, path)
            except OSError as exc:
                dialogs.inform(self.panel, self.tr("Export"), exc.strerror or str(exc))
                return
            self.panel.sig_message.emit(self.tr("Exported everything stored about %s.") % prospect.name)

    @Slot()
    def _on_delete_clicked(self) -> None:
        prospect = self.panel.current_prospect()
        if prospect is None or prospect.id is None:
            return
        drafts, sent = self.people.dependents(prospect.id)
        question = self.tr("Delete %s and every detail stored about them?") % prospect.name
        if drafts or sent:
            question += "\n\n" + self._also_deleted(drafts, sent)
        if not dialogs.ask_yes_no(self.panel, self.tr("Delete prospect"), question, self.tr("Delete"),
                                  self.tr("Keep")):
            return
        if self.session.run(self.people.forget, prospect.id) is not None:
            self.panel.refresh_people()
            self.panel.sig_message.emit(self.tr("Deleted %s.") % prospect.name)

    def _also_deleted(self, drafts: int, sent: int) -> str:
        """"This also deletes 1 draft and 2 sent messages for them.", naming only what there is."""
        parts = [part for count, part in ((drafts, self.tr("%n draft(s)", "", drafts)),
                                          (sent, self.tr("%n sent message(s)", "", sent))) if count]
        if len(parts) == 2:
            return self.tr("This also deletes %1 and %2 for them.").replace("%1", parts[0]).replace("%2", parts[1])
        return self.tr("This also deletes %1 for them.").replace("%1", parts[0])

    @Slot()
    def _on_delete_list_clicked(self) -> None:
        lst = self.people.get_list(self.panel.current_list_id())
        if lst is None:
            return
        if not dialogs.ask_yes_no(self.panel, self.tr("Delete list"),
                                  self.tr("Delete the list “%1” with its %2 prospects, their drafts and sent "
                                          "messages?").replace("%1", lst.name).replace("%2", str(lst.total)),
                                  self.tr("Delete"), self.tr("Keep")):
            return
        if self.session.run(self.people.delete_list, lst.id) is not None:
            self.panel.refresh_lists()
