# SPDX-License-Identifier: GPL-3.0-or-later
"""The main window: the library, editor, prospect form, coach and preview, wired to the workspace.

What the user does is the workspace's (core/workspace, through `DraftSession`); the parts are their
own modules: the layout and the first frame (first_frame.py), the editor header and banner
(editor/header.py), actions and shortcuts (actions.py), what is built after the first frame
(window_parts.py), the prospect-list walk (prospects/walk.py). The order of start-up is decided here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import QMainWindow

from inmail_studio.ui import dialogs, first_frame
from inmail_studio.ui.actions import WindowActions
from inmail_studio.ui.coach.controller import LintController
from inmail_studio.ui.statusbar import StatusBar
from inmail_studio.ui.texts import describe, describe_any
from inmail_studio.ui.window_parts import Parts

if TYPE_CHECKING:
    from inmail_studio.core.compose import Composition
    from inmail_studio.core.lint.model import LintResult
    from inmail_studio.core.workspace.first_look import FirstLook
    from inmail_studio.ui.coach.panel import CoachPanel
    from inmail_studio.ui.drafts.panel import DraftsPanel
    from inmail_studio.ui.flow import MessageFlow
    from inmail_studio.ui.library.actions import TemplateActions
    from inmail_studio.ui.library.panel import LibraryPanel
    from inmail_studio.ui.prospects.panel import ProspectsPanel
    from inmail_studio.ui.send import SendActions
    from inmail_studio.ui.session import DraftSession


class MainWindow(QMainWindow):
    sig_complete = Signal()  # everything is built: see complete()

    def __init__(self, open_session: Callable[[], DraftSession], look: FirstLook | None = None) -> None:
        """`open_session` opens the workspace. With a `look` (the draft it will restore, read ahead:
        core/workspace/first_look.py) that waits until right after the first frame, so the first
        frame waits for nothing; without one it happens here."""
        super().__init__()
        self._open_session = open_session
        self._session: DraftSession | None = None
        self._look = look
        self.setWindowTitle(self.tr("InMail Studio"))
        self.lint = LintController(self)
        self.last_result: LintResult | None = None
        self._completed = self._complete_queued = False
        self._parts = Parts()
        first_frame.lay_out(self)
        self.status = StatusBar()
        self.setStatusBar(self.status)
        self.window_actions = WindowActions(self)
        self.addToolBar(self.window_actions.toolbar())
        self.lint.sig_result.connect(self._on_lint_result)
        self.lint.sig_failed.connect(self._on_lint_failed)
        self.setTabOrder(self.editor.subject, self.editor.body)
        if look is None:
            self._start_session()
        else:
            first_frame.show_first_look(self, look)

    @property
    def session(self) -> DraftSession:
        """The open workspace's session (opened at once when asked for before the first frame)."""
        return self._session or self._start_session()

    def _start_session(self) -> DraftSession:
        """Open the workspace and show its draft: the one the first frame showed, with anything typed
        since carried over. "startup" lints after the usual pause."""
        from inmail_studio.ui.flow import MessageFlow
        from inmail_studio.ui.send import SendActions

        typed, look = self.editor.text(), self._look
        self._look = None  # tried once: a database that cannot be opened is reported, not retried on closing
        session = self._session = self._open_session()
        self.send: SendActions = SendActions(self, session)
        self.flow: MessageFlow = MessageFlow(self)
        self._wire()
        if look is not None:
            first_frame.carry_over(self, look, typed)
        self._show_composition(session.composition, "startup")
        if session.workspace.notice is not None:
            QTimer.singleShot(0, self._show_store_notice)
        return session

    def _wire(self) -> None:
        s, a = self.session, self.window_actions
        a.wire({a.new: self._on_new_draft, a.save: self._on_save, a.find: self._on_find,
                a.copy_subject: self.send.copy_subject, a.copy_message: self.send.copy_message,
                a.copy_all: self.send.copy_all, a.sent: self.flow.mark_sent, a.next: self._on_next_prospect,
                a.settings: self._on_settings})
        self.form.sig_value_changed.connect(s.set_value)
        self.editor.sig_text_edited.connect(s.set_text)
        self.header.sig_kind_chosen.connect(s.set_kind)
        self.header.sig_language_chosen.connect(s.set_language)
        self.banner.reapply_button.clicked.connect(s.reapply_template)
        s.sig_changed.connect(self._show_composition)
        s.sig_save_failed.connect(self.status.warn)
        s.sig_notice.connect(self._on_session_notice)
        self.send.sig_message.connect(self.status.say)
        self.flow.sig_message.connect(self.status.say)

    # finishing start-up -------------------------------------------------------------------
    def complete(self) -> None:
        """Build what the first frame does not show; runs right after it, or on first use.

        That is the workspace first (when the first frame showed the draft read ahead), then the
        template library, the coach, the Drafts and Prospects tabs, what the template buttons and
        Settings open, the keyboard shortcuts (window_parts.py), then the prospect form's fields,
        the counters and the placeholder colours.
        """
        if self._completed:
            return
        if self._session is None:
            self._start_session()  # first: the parts are built on it
        self._completed = True
        from inmail_studio.ui.window_parts import build_parts, forget_module_sources

        build_parts(self, self._parts)
        if self.session.workspace.desk.template_pending:
            self.session.refresh_template()  # the restored draft's template, read now
        self.flow.refresh()  # a sent message shows as a record (the sent log is read now)
        self._show_form()
        self.editor.start_counting()
        self.editor.start_highlighting()
        if self.last_result is not None:
            self._on_lint_result(self.last_result)
        forget_module_sources()  # every start-up module is loaded by now
        self.sig_complete.emit()

    @Slot()
    def _complete_after_first_frame(self) -> None:
        try:
            if not first_frame.or_stop(self, self.complete):
                self.close()  # nothing can be stored: the app ends, as run() ends it before the first frame
        except Exception as exc:  # the window is up: say what is missing instead of going on half-built in silence
            dialogs.inform(self, self.tr("InMail Studio"),
                           self.tr("Part of the window could not be built: %s\n\nYour drafts are saved. "
                                   "Please close InMail Studio and start it again.") % describe_any(exc))

    @property
    def is_complete(self) -> bool:
        return self._completed

    # the parts built after the first frame (built at once when asked for earlier)
    def _part(self, name: str) -> object:
        self.complete()
        part = getattr(self._parts, name)
        assert part is not None, f"the {name} part was not built: see the message about the part that failed"
        return part

    @property
    def library_panel(self) -> LibraryPanel:
        return self._part("library")  # type: ignore[no-any-return]

    @property
    def coach(self) -> CoachPanel:
        return self._part("coach")  # type: ignore[no-any-return]

    @property
    def drafts_panel(self) -> DraftsPanel:
        return self._part("drafts")  # type: ignore[no-any-return]

    @property
    def prospects_panel(self) -> ProspectsPanel:
        return self._part("prospects")  # type: ignore[no-any-return]

    @property
    def template_actions(self) -> TemplateActions:
        return self._part("template_actions")  # type: ignore[no-any-return]

    # showing state ------------------------------------------------------------------------
    @Slot(object, str)
    def _show_composition(self, comp: Composition, source: str) -> None:
        prefs = self.session.preferences
        if source in ("open", "template") and self._completed:
            self._show_form()  # before completion, complete() shows it
        elif source == "value":
            self.form.update_values(comp.draft.values)
        self.header.show_composition(comp)
        self.editor.set_kind(comp.kind, prefs.account, prefs.limits)
        if source != "text":
            self.editor.set_text(comp.draft.subject, comp.draft.body)
        self.flow.show(comp, source)
        if comp.error:
            self.status.warn(self.tr("The template could not be filled in: %s") % describe(comp.error))
        self.preview.show_message(comp.kind, comp.draft.subject, comp.draft.body, prefs.limits.subject_chars)
        self.setWindowTitle(first_frame.window_title(comp.draft.display_title))
        self.lint.request(comp.message(prefs), immediate=source in ("open", "template"))

    @Slot()
    def _show_form(self) -> None:
        comp = self.session.composition
        self.form.set_variables(comp.variables, comp.draft.values, self.flow.list_wide(comp))
        if comp.template:
            self.library_panel.select(comp.template.id)

    @Slot(object)
    def _on_lint_result(self, result: LintResult) -> None:
        self.last_result = result
        if not self._completed:
            return  # complete() shows it with the coach
        if self.session.draft.is_blank:
            self.coach.show_waiting()  # no errors to greet an empty page with
            self.editor.clear_findings()
            return
        self.flow.show_result(result)  # a template's empty variables as "to fill in"

    @Slot(str)
    def _on_lint_failed(self, error: str) -> None:
        self.status.warn(self.tr("The coach hit a problem: %s") % error.strip().splitlines()[-1])

    @Slot(str)
    def _on_session_notice(self, message: str) -> None:
        dialogs.inform(self, self.tr("Your draft"), message)

    def _show_store_notice(self) -> None:
        notice = self.session.workspace.notice
        if notice is not None:
            dialogs.inform(self, self.tr("Your data"), describe(notice))

    # user actions -------------------------------------------------------------------------
    @Slot()
    def _on_new_draft(self) -> None:
        self.session.new_draft()
        self.editor.body.setFocus()

    @Slot()
    def _on_save(self) -> None:
        if self.session.save_now():
            self.status.say(self.tr("Draft saved."))

    @Slot()
    def _on_next_prospect(self) -> None:
        self.prospects_panel.next_prospect()

    @Slot()
    def _on_settings(self) -> None:
        self.template_actions.open_settings()

    @Slot()
    def _on_find(self) -> None:
        self.left_tabs.setCurrentWidget(self.library_panel)
        self.library_panel.search.setFocus()
        self.library_panel.search.selectAll()

    @Slot(int)
    def offer_undo(self, draft_id: int) -> None:
        """A draft was deleted: offer to bring it back, for a moment."""
        def restore() -> str:
            self.session.restore_draft(draft_id)
            return self.tr("Draft restored.")

        self.status.offer_undo(self.tr("Draft deleted."), restore)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._completed and not self._complete_queued:
            # The window shows first; the hidden tabs, the shortcuts and the prospect form (it
            # needs the template parsed by Jinja2) follow a moment later.
            self._complete_queued = True
            QTimer.singleShot(0, self._complete_after_first_frame)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        session = self._session  # before it is open, the first look is on screen as it stays
        if event.type() == QEvent.Type.PaletteChange and session is not None:
            self._show_composition(session.composition, "kind")
        elif event.type() == QEvent.Type.LanguageChange:  # "Untitled draft" in the new language
            draft = session.draft if session is not None else self._look.draft if self._look else None
            if draft is not None:
                self.setWindowTitle(first_frame.window_title(draft.display_title))
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._look is not None and first_frame.typed_since(self._look, self.editor.text()):
            first_frame.or_stop(self, self._start_session)  # closed before it opened: what was typed is saved
        if self._session is not None:
            self._session.save_now()
        self.lint.shutdown()
        if self._parts.log is not None:
            self._parts.log.shutdown()
        super().closeEvent(event)
