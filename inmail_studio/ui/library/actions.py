# SPDX-License-Identifier: GPL-3.0-or-later
"""What the library's buttons and the settings do: dialogs in, saved files and preferences out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget

from inmail_studio.core.templates import Template
from inmail_studio.core.workspace.changes import Changes
from inmail_studio.ui import dialogs
from inmail_studio.ui.session import DraftSession

if TYPE_CHECKING:
    from inmail_studio.ui.results.settings_form import ResultsSettingsForm
    from inmail_studio.ui.settings.dialog import SettingsDialog


class TemplateActions(QObject):
    sig_library_changed = Signal()

    def __init__(self, window: QWidget, session: DraftSession) -> None:
        super().__init__(window)
        self.window = window
        self.session = session

    def connect_panel(self, panel) -> None:  # type: ignore[no-untyped-def]
        self.panel = panel
        panel.sig_new_requested.connect(self.new_template)
        panel.sig_edit_requested.connect(self.edit_template)
        panel.sig_duplicate_requested.connect(self.duplicate_template)
        panel.sig_delete_requested.connect(self.delete_template)

    def _edit(self, template: Template) -> None:
        from inmail_studio.ui.library.template_dialog import TemplateDialog  # built on first use

        dialog = TemplateDialog(template, self.session.preferences, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            edited = dialog.template()
        except ValueError:  # the only check the dialog cannot keep: subject variants need an InMail
            dialogs.inform(self.window, self.tr("Template not saved"),
                           self.tr("This template compares subject lines (A/B variants), so it stays an InMail. "
                                   "To make another kind of message from it, remove the variants from its file "
                                   "first."))
            return
        if not template.title:  # a new one gets an id from its title
            edited = edited.with_changes(id=self.session.library.unique_id(edited.title))
        saved = self.session.library.save(edited)
        self.panel.select(saved.id)
        self.session.refresh_template()
        self.sig_library_changed.emit()

    @Slot()
    def new_template(self) -> None:
        from inmail_studio.core.greeting import greeting
        from inmail_studio.ui.translations import current_ui_language

        language = self.session.preferences.default_language  # the message language from Settings...
        language = language if language != "auto" else current_ui_language()  # ...else the window's own
        draft = Template(id="new", title="", kind="inmail", language=language, description="", subject="",
                         body=greeting(language, "{{ first_name }}") + "\n\n", goal="networking")
        self._edit(draft)

    @Slot(str)
    def edit_template(self, template_id: str) -> None:
        if template := self.session.library.get(template_id):
            self._edit(template)

    @Slot(str)
    def duplicate_template(self, template_id: str) -> None:
        template = self.session.library.get(template_id)
        if template is None:
            return
        copy = template.with_changes(id=self.session.library.unique_id(f"{template.id}-copy"),
                                     title=f"{template.title} (copy)", builtin=False)
        saved = self.session.library.save(copy)
        self.panel.select(saved.id)
        self.sig_library_changed.emit()

    @Slot(str)
    def delete_template(self, template_id: str) -> None:
        template = self.session.library.get(template_id)
        if template is None or template.builtin:
            return
        if dialogs.ask_yes_no(self.window, self.tr("Delete template"),
                              self.tr("Delete your template “%s”? This cannot be undone.") % template.title,
                              self.tr("Delete"), self.tr("Keep it")):
            self.session.library.delete(template_id)
            self.panel.refresh()
            self.session.refresh_template()
            self.sig_library_changed.emit()

    @Slot()
    def open_settings(self) -> None:
        from inmail_studio.ui import translations
        from inmail_studio.ui.settings.dialog import SettingsDialog

        ws = self.session.workspace
        dialog = SettingsDialog(self.session.preferences, self.window, translations.saved_choice(),
                                ws.log.settings, ws.results.settings)
        dialog.results_form.sig_real_balance.connect(lambda n: self._set_real_balance(n, dialog.results_form))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.session.set_preferences(dialog.preferences())
            self.session.run(self._save_log_settings, dialog)
            translations.choose(dialog.ui_language())  # the window switches at once

    def _save_log_settings(self, dialog: SettingsDialog) -> Changes:
        ws = self.session.workspace
        ws.log.save_settings(dialog.outreach_box.settings())
        ws.results.save_settings(dialog.results_form.settings())
        return Changes(sent=True)  # the Due view, the Results tab and the quotas follow

    def _set_real_balance(self, balance: int, form: ResultsSettingsForm) -> None:
        """Count from LinkedIn's own balance from now on; the form says so once it is stored."""
        def keep() -> Changes:
            self.session.workspace.results.set_real_balance(balance)
            return Changes(sent=True)

        if self.session.run(keep) is not None:
            form.confirm_balance(balance)
