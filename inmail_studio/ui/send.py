# SPDX-License-Identifier: GPL-3.0-or-later
"""Getting the finished message out: copy it for LinkedIn (asking first if it still has errors),
then mark it as sent."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from inmail_studio.ui import dialogs
from inmail_studio.ui.session import DraftSession
from inmail_studio.ui.translations import current_ui_language


class SendActions(QObject):
    """`sig_message(text)` says what happened, for the status bar."""

    sig_message = Signal(str)

    def __init__(self, window: QWidget, session: DraftSession) -> None:
        super().__init__(window)
        self.window = window
        self.session = session

    def _copy(self, part: str, done: str) -> None:
        # Judge the text being copied, not the last (possibly older) coach result.
        from inmail_studio.core.lint.engine import lint
        from inmail_studio.core.lint.model import Severity

        desk = self.session.workspace.desk
        result = lint(desk.message(), ui_lang=current_ui_language())
        if result.has_errors:
            errors = result.by_severity(Severity.ERROR)
            listing = "\n".join(f"• {f.message}" for f in errors[:5])
            if not dialogs.ask_yes_no(self.window, self.tr("Copy with errors?"),
                                      self.tr("This message still has errors:\n\n%s\n\nCopy it anyway?") % listing,
                                      self.tr("Copy anyway"), self.tr("Keep editing")):
                return
        QGuiApplication.clipboard().setText(desk.copy_text(part))
        self.sig_message.emit(done)

    # Whole sentences: a translation cannot be built from "Copied %s" and a loose noun.
    @Slot()
    def copy_subject(self) -> None:
        if self.session.composition.kind != "inmail":  # a connection request or follow-up has none
            self.sig_message.emit(self.tr("Only an InMail has a subject: nothing was copied."))
            return
        self._copy("subject", self.tr("Copied the subject — paste it into LinkedIn."))

    @Slot()
    def copy_message(self) -> None:
        self._copy("body", self.tr("Copied the message — paste it into LinkedIn."))

    @Slot()
    def copy_all(self) -> None:
        self._copy("all", self.tr("Copied subject and message — paste them into LinkedIn."))

    @Slot()
    def mark_sent(self) -> None:
        if self.session.composition.kind == "inmail" and not self._credit_left_or_confirmed():
            return
        sent = self.session.mark_sent()
        if sent is None:
            return  # refused: the status bar says why
        if sent.item is None:
            self.sig_message.emit(self.tr("This message was already marked as sent."))
        elif self.session.draft.prospect_id is not None:
            self.sig_message.emit(self.tr("Marked as sent. Alt+Right goes to the next prospect."))
        else:
            self.sig_message.emit(self.tr("Marked as sent. Ctrl+N starts the next one."))

    def _credit_left_or_confirmed(self) -> bool:
        """An InMail costs a credit: at zero (as this app counts them), ask first. Already sent
        texts cost nothing again."""
        from inmail_studio.core.errors import CoreError
        from inmail_studio.ui.results.prompts import confirm_inmail_send

        ws = self.session.workspace
        try:
            if ws.sending.was_sent():
                return True
            book = ws.results.ledger()
        except CoreError:
            return True  # the log cannot be read: marking sent says why
        return confirm_inmail_send(self.window, book)
