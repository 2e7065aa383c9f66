# SPDX-License-Identifier: GPL-3.0-or-later
"""The window's handle on the workspace: runs its actions, autosaves, and tells the widgets what changed.

Every action is the application layer's (core/workspace); this class only turns the `Changes` an
action returns into signals, words a refused write for the status bar, and keeps the autosave timer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from inmail_studio.core.compose import Composition
from inmail_studio.core.draft import Draft
from inmail_studio.core.errors import CoreError
from inmail_studio.core.settings import Preferences
from inmail_studio.core.templates import TemplateLibrary
from inmail_studio.core.workspace.changes import Changes
from inmail_studio.ui.texts import describe, draft_title

if TYPE_CHECKING:
    from inmail_studio.core.workspace.sending import Sent
    from inmail_studio.core.workspace.workspace import Workspace

AUTOSAVE_MS = 700


class DraftSession(QObject):
    """Runs workspace actions for the window.

    `sig_changed(composition, source)` says what changed in the open draft: "open" (another draft),
    "template" (a template was applied), "value" (a form field), "text" (the user typed) or "kind"
    (kind, language or preferences). The other signals follow the other parts of `Changes`.
    """

    sig_changed = Signal(object, str)
    sig_drafts_changed = Signal()
    sig_save_failed = Signal(str)  # a refused write, in words for the status bar
    sig_saved = Signal()
    sig_notice = Signal(str)  # something the user should read (the draft was kept as a copy)
    sig_prospect_changed = Signal(int)  # a prospect's status changed
    sig_lists_changed = Signal()  # prospect lists or their counts changed
    sig_sent_changed = Signal()  # the sent log changed
    sig_preferences_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QObject | None = None, defer_template: bool = False) -> None:
        """Opens the draft open last time; `defer_template` leaves its template to be looked up after
        the window's first frame (`refresh_template()`, or the first edit)."""
        super().__init__(parent)
        self.workspace = workspace
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)
        workspace.desk.restore_last(defer_template)

    # what the window reads ------------------------------------------------------------------
    @property
    def composition(self) -> Composition:
        return self.workspace.desk.composition

    @property
    def draft(self) -> Draft:
        return self.workspace.desk.draft

    @property
    def dirty(self) -> bool:
        return self.workspace.desk.dirty

    @property
    def preferences(self) -> Preferences:
        return self.workspace.preferences

    @property
    def library(self) -> TemplateLibrary:
        return self.workspace.library

    # running actions ----------------------------------------------------------------------------
    def run(self, action: Callable[..., Any], *args: Any) -> Any:
        """Run a workspace action and announce what it changed; a refused write (`CoreError`) is
        reported through `sig_save_failed` and gives None. Returns what the action returned."""
        try:
            result = action(*args)
        except CoreError as exc:
            self.sig_save_failed.emit(describe(exc))
            return None
        changes = result if isinstance(result, Changes) else getattr(result, "changes", None)
        if isinstance(changes, Changes):
            self.announce(changes)
        return result

    def announce(self, changes: Changes) -> None:
        """Emit the signals for `changes`, and start the autosave when the draft has unsaved changes."""
        if self.workspace.desk.dirty:
            self._timer.start()
        if changes.composition:
            self.sig_changed.emit(self.composition, changes.composition)
        if changes.drafts:
            self.sig_drafts_changed.emit()
        for prospect_id in sorted(changes.prospects):
            self.sig_prospect_changed.emit(prospect_id)
        if changes.lists:
            self.sig_lists_changed.emit()
        if changes.sent:
            self.sig_sent_changed.emit()
        if changes.preferences:
            self.sig_preferences_changed.emit()
        if changes.notice is not None and changes.notice.code == "draft.kept_as_copy":
            self._kept_as_copy(str(changes.notice.params.get("title", "")), int(changes.notice.params["draft_id"]))

    def _kept_as_copy(self, title: str, draft_id: int) -> None:
        # The app is open twice on this draft and the other window saved first: both texts are
        # kept, this one as a new draft, named so the user can tell them apart.
        title = self.tr("%s (from a second window)") % draft_title(title)
        self.run(self.workspace.drafts.rename, draft_id, title)
        self.sig_notice.emit(self.tr(
            "This draft was changed in another InMail Studio window. Your text here was kept "
            "as a separate draft, “%s”; the other version is unchanged.") % title)

    # the open draft ------------------------------------------------------------------------------
    def use_template(self, template_id: str) -> None:
        self.run(self.workspace.desk.use_template, template_id)

    def set_value(self, name: str, value: str) -> None:
        self.run(self.workspace.desk.set_value, name, value)

    def set_text(self, subject: str, body: str) -> None:
        self.run(self.workspace.desk.set_text, subject, body)

    def set_kind(self, kind: str) -> None:
        self.run(self.workspace.desk.set_kind, kind)

    def set_language(self, language: str) -> None:
        self.run(self.workspace.desk.set_language, language)

    def reapply_template(self) -> None:
        self.run(self.workspace.desk.reapply_template)

    def refresh_template(self) -> None:
        """The library changed: pick up the new version of this draft's template."""
        self.run(self.workspace.desk.refresh_template)

    def set_preferences(self, preferences: Preferences) -> None:
        self.run(self.workspace.set_preferences, preferences)

    @Slot()
    def save_now(self) -> bool:
        """Save the open draft now; False (and a retry after the next pause) when it was refused."""
        self._timer.stop()
        if not self.workspace.desk.dirty:
            return True
        try:
            changes = self.workspace.desk.save()
        except CoreError as exc:
            self.sig_save_failed.emit(describe(exc))
            self._timer.start()  # try again after the next pause; the text stays in the window
            return False
        self.announce(changes)
        self.sig_saved.emit()
        return True

    # drafts --------------------------------------------------------------------------------------
    def new_draft(self) -> None:
        self.run(self.workspace.drafts.new)

    def open_draft(self, draft_id: int) -> None:
        self.run(self.workspace.drafts.open, draft_id)

    def rename_draft(self, draft_id: int, title: str) -> None:
        self.run(self.workspace.drafts.rename, draft_id, title)

    def duplicate_draft(self, draft_id: int) -> None:
        original = self.workspace.drafts.get(draft_id)
        title = self.tr("%s (copy)") % draft_title(original.display_title if original else "")
        self.run(self.workspace.drafts.duplicate, draft_id, title)

    def delete_draft(self, draft_id: int) -> None:
        """To the bin; `restore_draft` undoes it. The open draft moves to the next one."""
        self.run(self.workspace.drafts.delete, draft_id)

    def restore_draft(self, draft_id: int) -> None:
        self.run(self.workspace.drafts.restore, draft_id)

    # sending -------------------------------------------------------------------------------------
    def mark_sent(self) -> Sent | None:
        """Log the open draft as sent; None when the write was refused."""
        return self.run(self.workspace.sending.mark_sent)

    def open_prospect(self, prospect_id: int) -> None:
        """Write to one person of a list: their draft, or a new one from the list's template."""
        self.run(self.workspace.people.open, prospect_id)
