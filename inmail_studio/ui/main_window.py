# SPDX-License-Identifier: GPL-3.0-or-later
"""The main window: lays out the library, editor, prospect form, coach and preview, and wires them.

What the user does is the workspace's (core/workspace, through `DraftSession`); the parts are their
own modules: the editor header and banner (editor/header.py), actions and shortcuts (actions.py),
the prospect-list walk (prospects/walk.py). Only the layout and the first frame are decided here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import QFrame, QMainWindow, QScrollArea, QSplitter, QVBoxLayout, QWidget

from inmail_studio.core.compose import Composition
from inmail_studio.ui import dialogs
from inmail_studio.ui.actions import WindowActions
from inmail_studio.ui.coach.controller import LintController
from inmail_studio.ui.editor.banners import BannerSlot
from inmail_studio.ui.editor.fields import MessageEditor
from inmail_studio.ui.editor.header import EditedBanner, EditorHeader
from inmail_studio.ui.main_tabs import LeftTabs, MainTabs
from inmail_studio.ui.preview.mobile import MobilePreview
from inmail_studio.ui.prospects.form import ProspectForm
from inmail_studio.ui.send import SendActions
from inmail_studio.ui.session import DraftSession
from inmail_studio.ui.statusbar import StatusBar
from inmail_studio.ui.texts import describe, describe_any, draft_title
from inmail_studio.ui.window_parts import Parts

if TYPE_CHECKING:
    from inmail_studio.core.lint.model import LintResult
    from inmail_studio.ui.coach.panel import CoachPanel
    from inmail_studio.ui.drafts.panel import DraftsPanel
    from inmail_studio.ui.flow import MessageFlow
    from inmail_studio.ui.library.actions import TemplateActions
    from inmail_studio.ui.library.panel import LibraryPanel
    from inmail_studio.ui.prospects.panel import ProspectsPanel


def _message_flow(window: MainWindow) -> MessageFlow:
    """The open message's state and what follows sending it (ui/flow.py)."""
    from inmail_studio.ui.flow import MessageFlow

    return MessageFlow(window)


class MainWindow(QMainWindow):
    sig_complete = Signal()  # everything is built: see complete()

    def __init__(self, session: DraftSession) -> None:
        super().__init__()
        self.session = session
        self.setWindowTitle(self.tr("InMail Studio"))
        self.lint = LintController(self)
        self.send = SendActions(self, session)
        self.last_result: LintResult | None = None
        self._completed = self._complete_queued = False
        self._parts = Parts()
        self._lay_out()
        self.status = StatusBar()
        self.setStatusBar(self.status)
        self.window_actions = WindowActions(self)
        self.addToolBar(self.window_actions.toolbar())
        self.flow = _message_flow(self)
        self._wire()
        # "startup" lints after the usual pause, so the first paint does not wait for the coach.
        self._show_composition(session.composition, "startup")
        if session.workspace.notice is not None:
            QTimer.singleShot(0, self._show_store_notice)

    def _lay_out(self) -> None:
        # The template library, the coach and the hidden tabs are built right after the first frame
        # (window_parts.py): until then, stand-ins hold their place.
        self.left_tabs = LeftTabs()
        self.editor = MessageEditor(count_later=True)  # counters after the first frame: see complete
        self.header = EditorHeader()
        self.banner = EditedBanner()
        self.banner_slot = BannerSlot(self.banner)  # keeps its height: the editor never moves
        center = QWidget()
        self.center_layout = center_layout = QVBoxLayout(center)  # log_parts.py adds the contact warning
        for widget, stretch in ((self.header, 0), (self.banner_slot, 0), (self.editor, 1)):
            center_layout.addWidget(widget, stretch)
        self.form = ProspectForm()
        self.preview = MobilePreview()
        self.right = right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(QWidget())  # the coach's stand-in
        right.addWidget(self.preview)
        right.setStretchFactor(0, 1)
        middle = QSplitter(Qt.Orientation.Vertical)
        middle.addWidget(center)
        form_scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        form_scroll.setWidget(self.form)
        middle.addWidget(form_scroll)
        middle.setStretchFactor(0, 3)
        middle.setStretchFactor(1, 2)
        middle.setSizes([520, 300])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget, stretch in ((self.left_tabs, 0), (middle, 1), (right, 0)):
            splitter.addWidget(widget)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        splitter.setSizes([400, 580, 340])
        self.main_tabs = MainTabs(splitter)  # Write, then the log's pages (stand-ins until log_parts.py)
        self.setCentralWidget(self.main_tabs)

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
        self.lint.sig_result.connect(self._on_lint_result)
        self.lint.sig_failed.connect(self._on_lint_failed)
        self.setTabOrder(self.editor.subject, self.editor.body)

    # finishing start-up -------------------------------------------------------------------
    def complete(self) -> None:
        """Build what the first frame does not show; runs right after it, or on first use.

        That is the template library, the coach, the Drafts and Prospects tabs, what the template
        buttons and Settings open, the keyboard shortcuts (window_parts.py), then the prospect form's
        fields and the placeholder colours.
        """
        if self._completed:
            return
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
            self.complete()
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
        self.setWindowTitle(f"{draft_title(comp.draft.display_title)} — InMail Studio")
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
        if event.type() == QEvent.Type.PaletteChange:
            self._show_composition(self.session.composition, "kind")
        elif event.type() == QEvent.Type.LanguageChange:  # "Untitled draft" in the new language
            self.setWindowTitle(f"{draft_title(self.session.draft.display_title)} — InMail Studio")
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.session.save_now()
        self.lint.shutdown()
        if self._parts.log is not None:
            self._parts.log.shutdown()
        super().closeEvent(event)
