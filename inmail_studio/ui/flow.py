# SPDX-License-Identifier: GPL-3.0-or-later
"""The open message's state in the window, and what follows sending it.

A template's empty variables are "to fill in" (neutral), not errors; a sent message is a record,
read-only with its time, with "Write a follow-up"; "Mark as sent" asks first when the text still
has errors, offers an undo and moves on to the next person of the list. The rules are the
workspace's (core/workspace); this only shows them and wires the window's parts.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from inmail_studio.core.compose import Composition, list_wide_of
from inmail_studio.ui import dialogs

if TYPE_CHECKING:
    from inmail_studio.core.lint.model import LintResult
    from inmail_studio.ui.main_window import MainWindow


class MessageFlow(QObject):
    """Made by the window once its parts exist. `sig_message(text)` is for the status bar;
    `sig_sent(prospect_id)` fires after a message to a list's person was marked sent."""

    sig_message = Signal(str)
    sig_sent = Signal(int)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.sent_at: datetime | None = None  # when the open draft was sent (None: not sent)
        self._shown: tuple[object, ...] | None = None  # the state `show` last put on screen
        window.banner_slot.sent.sig_follow_up_requested.connect(self.write_follow_up)
        self.session.sig_sent_changed.connect(self._on_sent_changed)

    # showing --------------------------------------------------------------------------------------
    def show(self, comp: Composition, source: str) -> None:
        """Called for every change of the open draft: the banner, read-only state and actions. At
        "startup" the sent log is not read yet (the first frame waits for nothing): see `refresh`."""
        if source in ("open", "template"):
            self._read_sent_at()
        state = (comp.template is not None and comp.draft.edited, self.sent_at, comp.kind == "inmail")
        if state == self._shown:
            return  # typing: nothing to change, and nothing done on every key
        self._shown = state
        edited, sent_at, has_subject = state
        w = self.window
        w.banner_slot.show_state(edited, sent_at)
        record = sent_at is not None
        if w.is_complete:  # the coach is built after the first frame; complete() shows this state again
            w.coach.set_sent(record)
        for editor in (w.editor.subject, w.editor.body):
            editor.setReadOnly(record)
        w.form.setEnabled(not record)
        w.header.setEnabled(not record)
        w.window_actions.copy_subject.setEnabled(has_subject)  # only an InMail has a subject
        w.window_actions.sent.setEnabled(not record)

    def show_result(self, result: LintResult) -> None:
        """The coach's result, with a template's empty variables as "to fill in" (not red errors)
        while the text is the template's own; a placeholder typed by hand stays an error."""
        from inmail_studio.core.coach_view import still_to_fill  # with the first result, after the first frame
        from inmail_studio.core.details import empty_details

        comp = self.session.composition
        d = comp.draft
        empty = empty_details(comp.template, d.values)  # "x", "n/a": not in the text, still to fill in
        values = {k: v for k, v in d.values.items() if k not in empty}
        to_fill, rest = still_to_fill(result.findings, d.subject, d.body, comp.variables, values, d.edited)
        shown = replace(result, findings=tuple(rest)) if to_fill else result
        self.window.coach.show_result(shown, to_fill=to_fill, looks_empty=empty)
        self.window.editor.show_findings(shown)

    @staticmethod
    def list_wide(comp: Composition) -> list[str]:
        """The open template's list-wide variables, for the form's second group ([] without one)."""
        return list(list_wide_of(comp.template))

    def _read_sent_at(self) -> None:
        draft = self.session.draft
        item = self.session.workspace.sending.last_sent(draft.id) if draft.id else None
        self.sent_at = item.sent_at if item is not None else None

    @Slot()
    def refresh(self) -> None:
        """Read again whether the open draft was sent, and show it."""
        self._read_sent_at()
        self.show(self.session.composition, "sent")

    @Slot()
    def _on_sent_changed(self) -> None:
        self.refresh()

    # sending --------------------------------------------------------------------------------------
    @Slot()
    def mark_sent(self) -> None:
        """Log the message as sent (asking first when it still has errors), offer an undo and go
        on to the next person when it was a first message to someone on a list (a follow-up comes
        from the Due view: the list walk stays where it is)."""
        if self.sent_at is not None:
            self.sig_message.emit(self.tr("This message was already marked as sent."))
            return
        if not self._confirm():
            return
        prospect_id = self.session.draft.prospect_id
        sent = self.session.mark_sent()
        if sent is None:
            return  # refused: the status bar says why
        if sent.item is None:
            self.sig_message.emit(self.tr("This message was already marked as sent."))
            return
        item_id = sent.item.id
        self.window.status.offer_undo(self.tr("Marked as sent."), lambda: self._undo_sent(item_id, prospect_id))
        if prospect_id is not None and sent.item.kind != "follow_up":
            self.sig_sent.emit(prospect_id)

    def _confirm(self) -> bool:
        from inmail_studio.core.lint.engine import lint
        from inmail_studio.core.lint.model import Severity

        result = lint(self.session.workspace.desk.message())  # the text as it is now
        if not result.has_errors:
            return True
        messages = dict.fromkeys(f.message for f in result.by_severity(Severity.ERROR))  # once each
        listing = "\n".join(f"• {message}" for message in list(messages)[:5])
        return dialogs.ask_yes_no(self.window, self.tr("Mark as sent with errors?"),
                                  self.tr("This message still has errors:\n\n%s\n\nMark it as sent anyway?") % listing,
                                  self.tr("Mark as sent"), self.tr("Keep editing"))

    def _undo_sent(self, item_id: int, prospect_id: int | None) -> str:
        self.session.run(self.session.workspace.sending.undo_sent, item_id)
        if prospect_id is not None:
            self.session.open_prospect(prospect_id)  # back to the person it was for
        return self.tr("No longer marked as sent.")

    def mark_replied(self, prospect_id: int) -> None:
        """They answered: record it now, with an undo."""
        people = self.session.workspace.people
        if self.session.run(people.mark_replied, prospect_id) is None:
            return
        self.window.status.offer_undo(self.tr("Marked as replied."), lambda: self._undo_replied(prospect_id))

    def _undo_replied(self, prospect_id: int) -> str:
        self.session.run(self.session.workspace.people.undo_replied, prospect_id)
        return self.tr("No longer marked as replied.")

    @Slot()
    def write_follow_up(self) -> None:
        """A new draft for the same person: the list's follow-up template when it has one."""
        from inmail_studio.core.workspace import campaign

        if self.session.run(campaign.start_follow_up, self.session.workspace, self.tr("Follow-up: %s")) is None:
            return
        comp, people = self.session.composition, self.session.workspace.people
        person = people.get(comp.draft.prospect_id)
        lst = people.get_list(person.list_id) if person is not None else None
        if comp.template is None and lst is not None:
            self.window.status.warn(self.tr("The list “%1” has no follow-up template: choose one under Prospects → "
                                            "Follow-up, or pick one in the Templates tab to fill this message for "
                                            "%2.").replace("%1", lst.name).replace("%2", person.name))
