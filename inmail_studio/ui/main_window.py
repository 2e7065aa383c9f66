# SPDX-License-Identifier: GPL-3.0-or-later
"""The main window: lays out the library, editor, prospect form, coach and preview, and wires them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from inmail_studio.core.compose import Composition
from inmail_studio.core.lint.model import LintResult
from inmail_studio.ui import dialogs
from inmail_studio.ui.coach.controller import LintController
from inmail_studio.ui.coach.panel import CoachPanel
from inmail_studio.ui.editor.fields import MessageEditor
from inmail_studio.ui.library.panel import KIND_LABELS, LibraryPanel
from inmail_studio.ui.preview.mobile import MobilePreview
from inmail_studio.ui.prospects.form import ProspectForm
from inmail_studio.ui.send import SendActions
from inmail_studio.ui.session import DraftSession
from inmail_studio.ui.texts import describe, describe_any, draft_title

if TYPE_CHECKING:
    from inmail_studio.ui.drafts.panel import DraftsPanel
    from inmail_studio.ui.library.actions import TemplateActions
    from inmail_studio.ui.prospects.panel import ProspectsPanel

STATUS_MS = 4000


class MainWindow(QMainWindow):
    sig_complete = Signal()  # everything is built: see complete()

    def __init__(self, session: DraftSession) -> None:
        super().__init__()
        self.session = session
        self.setWindowTitle(self.tr("InMail Studio"))
        self.lint = LintController(self)
        self.send = SendActions(self, session)
        self.last_result: LintResult | None = None
        self._form_pending = False

        self._completed = self._complete_queued = False
        self.library_panel = LibraryPanel(session.library)
        self.left_tabs = QTabWidget()
        self.left_tabs.addTab(self.library_panel, self.tr("Templates"))
        # The Drafts and Prospects tabs are hidden behind Templates: built right after the first frame.
        self.left_tabs.addTab(QWidget(), self.tr("Drafts"))
        self.left_tabs.addTab(QWidget(), self.tr("Prospects"))

        self.editor = MessageEditor()
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Message kind"))
        for kind, label in KIND_LABELS.items():
            self.kind_combo.addItem(self.tr(label), kind)
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Message language"))
        for code, label in (("auto", self.tr("Detect language")), ("en", "English"), ("nl", "Nederlands")):
            self.language_combo.addItem(label, code)
        self.edited_banner = QLabel(self.tr("You edited the text by hand, so the prospect form no longer "
                                            "changes it."), wordWrap=True)
        self.reapply_button = QPushButton(self.tr("Re-apply template"))
        banner = QHBoxLayout()
        banner.addWidget(self.edited_banner, 1)
        banner.addWidget(self.reapply_button)
        self.banner = QWidget()
        self.banner.setLayout(banner)
        header = QHBoxLayout()
        header.addWidget(QLabel(self.tr("<b>Message</b>")))
        header.addStretch(1)
        header.addWidget(self.kind_combo)
        header.addWidget(self.language_combo)
        center = QWidget()
        center_layout = QVBoxLayout(center)
        center_layout.addLayout(header)
        center_layout.addWidget(self.banner)
        center_layout.addWidget(self.editor, 1)

        self.form = ProspectForm()
        self.coach = CoachPanel()
        self.preview = MobilePreview()
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.coach)
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
        self.setCentralWidget(splitter)
        self.statusBar().setSizeGripEnabled(True)  # made now, so the first message does not shift the layout
        self._build_actions()
        self._wire()
        # "startup" lints after the usual pause, so the first paint does not wait for the coach.
        self._show_composition(session.composition, "startup")
        if session.store.notice:
            QTimer.singleShot(0, self._show_store_notice)

    # finishing start-up -------------------------------------------------------------------
    def complete(self) -> None:
        """Build what the first frame does not show; runs right after it, or on first use.

        That is the Drafts and Prospects tabs, what the template buttons and Settings open, the
        keyboard shortcuts, the prospect form and the placeholder colours, in that order.
        """
        if self._completed:
            return
        self._completed = True
        from inmail_studio.ui.drafts.panel import DraftsPanel
        from inmail_studio.ui.library.actions import TemplateActions
        from inmail_studio.ui.prospects.panel import ProspectsPanel

        s = self.session
        self._drafts_panel = DraftsPanel(s)
        self._install_tab(1, self._drafts_panel)
        self._drafts_panel.sig_deleted.connect(self._offer_undo)
        self._template_actions = TemplateActions(self, s)
        self._template_actions.connect_panel(self.library_panel)
        self._set_shortcuts()
        self._prospects_panel = ProspectsPanel(s)
        self._install_tab(2, self._prospects_panel)
        self._prospects_panel.sig_message.connect(self._on_status_message)
        self._template_actions.sig_library_changed.connect(self._prospects_panel.refresh_templates)
        if self._form_pending:
            self._show_form()
        self.editor.start_highlighting()
        self.sig_complete.emit()

    def _install_tab(self, index: int, panel: QWidget) -> None:
        """Put the built panel where its stand-in was, keeping the tab the user is on."""
        tabs = self.left_tabs
        current, label, stand_in = tabs.currentIndex(), tabs.tabText(index), tabs.widget(index)
        tabs.removeTab(index)
        tabs.insertTab(index, panel, label)
        tabs.setCurrentIndex(current)
        stand_in.deleteLater()

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

    @property
    def drafts_panel(self) -> DraftsPanel:
        self.complete()
        return self._drafts_panel

    @property
    def prospects_panel(self) -> ProspectsPanel:
        self.complete()
        return self._prospects_panel

    @property
    def template_actions(self) -> TemplateActions:
        self.complete()
        return self._template_actions

    # layout helpers -----------------------------------------------------------------------
    def _action(self, text: str, slot) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(self)  # QAction(text, parent) would build QIcon's Python types before the first frame
        action.setText(text)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(self.tr("New draft"), self._on_new_draft)
        self.save_action = self._action(self.tr("Save"), self._on_save)
        self.find_action = self._action(self.tr("Search templates"), self._on_find)
        self.copy_subject_action = self._action(self.tr("Copy subject"), self.send.copy_subject)
        self.copy_message_action = self._action(self.tr("Copy message"), self.send.copy_message)
        self.copy_all_action = self._action(self.tr("Copy all"), self.send.copy_all)
        self.sent_action = self._action(self.tr("Mark as sent"), self.send.mark_sent)
        self.next_action = self._action(self.tr("Next prospect"), self._on_next_prospect)
        self.settings_action = self._action(self.tr("Settings…"), self._on_settings)
        toolbar = QToolBar(self.tr("Main"), objectName="mainToolbar", movable=False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.save_action, None, self.copy_subject_action,
                       self.copy_message_action, self.copy_all_action, None, self.sent_action, self.next_action,
                       None, self.settings_action):
            toolbar.addSeparator() if action is None else toolbar.addAction(action)
        self.addToolBar(toolbar)

    def _set_shortcuts(self) -> None:
        from PySide6.QtGui import QKeySequence

        key = QKeySequence.StandardKey
        for action, shortcut in ((self.new_action, key.New), (self.save_action, key.Save),
                                 (self.find_action, key.Find), (self.copy_message_action, "Ctrl+Shift+C"),
                                 (self.sent_action, "Ctrl+Return"), (self.next_action, "Alt+Right"),
                                 (self.settings_action, key.Preferences)):
            sequence = QKeySequence(shortcut)
            action.setShortcut(sequence)
            native = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.text()} ({native})" if native else action.text())

    def _wire(self) -> None:
        s = self.session
        self.library_panel.sig_template_chosen.connect(s.use_template)
        self.form.sig_value_changed.connect(s.set_value)
        self.editor.sig_text_edited.connect(s.set_text)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.language_combo.currentIndexChanged.connect(self._on_language_changed)
        self.reapply_button.clicked.connect(s.reapply_template)
        s.sig_changed.connect(self._show_composition)
        s.sig_save_failed.connect(self._on_save_failed)
        s.sig_notice.connect(self._on_session_notice)
        self.send.sig_message.connect(self._on_status_message)
        self.lint.sig_result.connect(self._on_lint_result)
        self.lint.sig_failed.connect(self._on_lint_failed)
        self.coach.sig_finding_activated.connect(self.editor.select_finding)
        self.setTabOrder(self.library_panel.search, self.library_panel.list)
        self.setTabOrder(self.editor.subject, self.editor.body)

    # showing state ------------------------------------------------------------------------
    @Slot(object, str)
    def _show_composition(self, comp: Composition, source: str) -> None:
        prefs = self.session.preferences
        if source == "startup":
            self._form_pending = True  # filled once the window is on screen: see complete
        elif source in ("open", "template"):
            self._show_form()
        elif source == "value":
            self.form.update_values(comp.draft.values)
        self._select_data(self.kind_combo, comp.kind)
        self.kind_combo.setEnabled(comp.template is None)
        self._select_data(self.language_combo, comp.draft.language)
        self.editor.set_kind(comp.kind, prefs.account, prefs.limits)
        if source != "text":
            self.editor.set_text(comp.draft.subject, comp.draft.body)
        self.banner.setVisible(comp.template is not None and comp.draft.edited)
        if comp.error:
            self.statusBar().showMessage(self.tr("The template could not be filled in: %s") % comp.error)
        self.preview.show_message(comp.kind, comp.draft.subject, comp.draft.body, prefs.limits.subject_chars)
        self.setWindowTitle(f"{draft_title(comp.draft.display_title)} — InMail Studio")
        self.lint.request(comp.message(prefs), immediate=source in ("open", "template"))

    @Slot()
    def _show_form(self) -> None:
        self._form_pending = False
        comp = self.session.composition
        self.form.set_variables(comp.variables, comp.draft.values)
        if comp.template:
            self.library_panel.select(comp.template.id)

    @staticmethod
    def _select_data(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        if index >= 0 and index != combo.currentIndex():
            combo.blockSignals(True)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)

    @Slot(object)
    def _on_lint_result(self, result: LintResult) -> None:
        self.last_result = result
        if self.session.draft.is_blank:
            self.coach.show_waiting()  # no errors to greet an empty page with
            self.editor.clear_findings()
            return
        self.coach.show_result(result)
        self.editor.show_findings(result)

    @Slot(str)
    def _on_lint_failed(self, error: str) -> None:
        self.statusBar().showMessage(self.tr("The coach hit a problem: %s") % error.strip().splitlines()[-1])

    @Slot(str)
    def _on_save_failed(self, message: str) -> None:
        self.statusBar().showMessage(message)

    @Slot(str)
    def _on_session_notice(self, message: str) -> None:
        dialogs.inform(self, self.tr("Your draft"), message)

    @Slot(str)
    def _on_status_message(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MS)

    def _show_store_notice(self) -> None:
        if self.session.store.notice is not None:
            dialogs.inform(self, self.tr("Your data"), describe(self.session.store.notice))

    # user actions -------------------------------------------------------------------------
    @Slot()
    def _on_new_draft(self) -> None:
        self.session.new_draft()
        self.editor.body.setFocus()

    @Slot()
    def _on_save(self) -> None:
        if self.session.save_now():
            self.statusBar().showMessage(self.tr("Draft saved."), STATUS_MS)

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
    def _on_kind_changed(self, _index: int) -> None:
        self.session.set_kind(self.kind_combo.currentData())

    @Slot(int)
    def _on_language_changed(self, _index: int) -> None:
        self.session.set_language(self.language_combo.currentData())

    @Slot(int)
    def _offer_undo(self, draft_id: int) -> None:
        undo = QPushButton(self.tr("Undo"))
        undo.setObjectName("undoDelete")
        self.statusBar().addPermanentWidget(undo)
        self.statusBar().showMessage(self.tr("Draft deleted."), 10000)

        def restore() -> None:
            self.session.restore_draft(draft_id)
            self.statusBar().showMessage(self.tr("Draft restored."), STATUS_MS)
            undo.deleteLater()

        undo.clicked.connect(restore)
        QTimer.singleShot(10000, undo, undo.deleteLater)

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
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.session.save_now()
        self.lint.shutdown()
        super().closeEvent(event)
