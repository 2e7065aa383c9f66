# SPDX-License-Identifier: GPL-3.0-or-later
"""The outreach log and its results in the window: the Sent, Follow-ups due and Results pages, the
contact-memory warning above the message and the quota counter for connection requests.

The warning and the variant line are built right after the first frame (window_parts.py); the
quota counter when a connection request is first open; each page, and the modules it needs, when
it is first opened (or asked for), where its stand-in tab was. Every page reads the log only when
shown; the Results page loads pyqtgraph only when it opens, and its summary is worked out on a
worker thread (ResultsLoader). What they do goes through the workspace.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QLabel, QWidget

from inmail_studio.core.compose import Composition
from inmail_studio.core.outreach.log import LogError
from inmail_studio.core.outreach.people import Person
from inmail_studio.ui.main_tabs import DUE, RESULTS, SENT, WRITE, install_tab
from inmail_studio.ui.outreach.texts import problem_text
from inmail_studio.ui.outreach.warning import ContactWarningBar
from inmail_studio.ui.translations import Retranslating

if TYPE_CHECKING:
    from inmail_studio.core.results.summary import ResultsSummary
    from inmail_studio.ui.main_window import MainWindow
    from inmail_studio.ui.outreach.due_view import DueView
    from inmail_studio.ui.outreach.sent_tab import SentTab
    from inmail_studio.ui.results.loader import ResultsLoader
    from inmail_studio.ui.results.quota import QuotaCounter
    from inmail_studio.ui.results.tab import ResultsTab

CONNECTION = "connection_request"


class VariantNote(Retranslating, QLabel):
    """A line above the message naming the A/B variant it is written in; hidden without one."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self._variant: str | None = None
        self._names: tuple[str, ...] = ()
        self._varies = ""  # "subject", "body" or "subjectbody"
        self.hide()

    def show_for(self, comp: Composition) -> None:
        self._variant = comp.variant
        variants = comp.template.variants if comp.template is not None else ()
        self._names = tuple(v.name for v in variants)
        self._varies = ("subject" if any(v.subject is not None for v in variants) else "") + \
                       ("body" if any(v.body is not None for v in variants) else "")
        self.retranslate()
        self.setVisible(self._variant is not None)

    def retranslate(self) -> None:
        if self._variant is None:
            return
        if self._varies == "subject":
            text = self.tr("A/B test of the subject line: this message uses %1 (of %2). The Results tab "
                           "compares them once enough have been sent.")
        elif self._varies == "body":
            text = self.tr("A/B test of the message: this one uses %1 (of %2). The Results tab compares them "
                           "once enough have been sent.")
        else:
            text = self.tr("A/B test of subject and message: this one uses %1 (of %2). The Results tab "
                           "compares them once enough have been sent.")
        self.setText(text.replace("%1", self._variant).replace("%2", " / ".join(self._names)))


class LogParts(QObject):
    """Owns the log's pages and keeps them current: after a message is marked sent, an outcome
    set, a follow-up written or the settings changed (the session's `sig_sent_changed`)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = s = window.session
        self._pages: dict[int, QWidget] = {}  # SENT, DUE, RESULTS: built when first opened (page())
        self._titles: dict[str, str] = {}
        self._loader: ResultsLoader | None = None
        self._quota: QuotaCounter | None = None
        self._results_stale = True
        self.warning = ContactWarningBar(s.workspace.log)
        self.variant = VariantNote()
        layout = window.center_layout
        layout.insertWidget(layout.indexOf(window.editor), self.warning)
        layout.insertWidget(layout.indexOf(window.header) + 1, self.variant)
        self._wire()
        self.set_titles()
        self.show_composition(s.composition, "open")

    def _wire(self) -> None:
        s, w = self.session, self.window
        s.sig_changed.connect(self.show_composition)
        s.sig_sent_changed.connect(self.log_changed)
        self.warning.sig_show_item.connect(self.show_sent_item)
        w.main_tabs.currentChanged.connect(self._on_page_changed)

    # the parts built on first use ---------------------------------------------------------------
    def page(self, index: int) -> QWidget:
        """The Sent, Follow-ups due or Results page (`index` from main_tabs.py), built and put where
        its stand-in tab was the first time it is opened or asked for."""
        page = self._pages.get(index)
        if page is None:
            page = self._pages[index] = self._build_page(index)
            tabs = self.window.main_tabs
            blocked = tabs.blockSignals(True)  # swapping the stand-in is no change of page
            try:
                install_tab(tabs, index, page)
            finally:
                tabs.blockSignals(blocked)
        return page

    def _build_page(self, index: int) -> QWidget:
        s, ws = self.session, self.session.workspace
        page: SentTab | DueView | ResultsTab
        if index == SENT:
            from inmail_studio.ui.outreach.sent_tab import SentTab

            page = SentTab(ws.log, ws.sending)
            page.sig_outcome_changed.connect(self._on_outcome_changed)
            for forget in (page.drop_undo, page.undo_button.hide):  # one Undo on screen at a time
                self.window.status.undo.sig_offered.connect(forget)
            page.sig_imported.connect(self.log_changed)
            page.sig_forgotten.connect(s.announce)  # everything about the person went: lists, drafts, the log
            page.sig_exported.connect(self._on_exported)
        elif index == DUE:
            from inmail_studio.ui.outreach.due_view import DueView

            page = DueView(ws.log)
            page.sig_write_follow_up.connect(self.write_follow_up)
            page.sig_show_item.connect(self.show_sent_item)
        else:
            from inmail_studio.ui.results.tab import ResultsTab

            page = ResultsTab()
        page.set_titles(self._titles)
        return page

    @property
    def sent(self) -> SentTab:
        return self.page(SENT)  # type: ignore[return-value]

    @property
    def due(self) -> DueView:
        return self.page(DUE)  # type: ignore[return-value]

    @property
    def results(self) -> ResultsTab:
        return self.page(RESULTS)  # type: ignore[return-value]

    @property
    def loader(self) -> ResultsLoader:
        """Works out the Results page's summary on a worker thread; made when first asked for."""
        if self._loader is None:
            from inmail_studio.ui.results.loader import ResultsLoader

            self._loader = ResultsLoader(self)
            self._loader.sig_summary.connect(self._on_summary)
            self._loader.sig_failed.connect(self._on_results_failed)
        return self._loader

    @property
    def quota(self) -> QuotaCounter:
        """The quota counter under the header (shown for a connection request); made when first needed."""
        if self._quota is None:
            from inmail_studio.ui.results.quota import QuotaCounter

            self._quota = QuotaCounter()
            self._quota.hide()
            self._quota.sig_limit_reached.connect(self._on_limit_reached)
            layout = self.window.center_layout
            layout.insertWidget(layout.indexOf(self.variant) + 1, self._quota)
        return self._quota

    # keeping the pages current ------------------------------------------------------------------
    @Slot(object, str)
    def show_composition(self, comp: Composition, source: str) -> None:
        """A message started or changed: warn about earlier contact with its person (when it was
        opened or its person typed), and show the quotas for a connection request."""
        if source == "text":
            return
        self.variant.show_for(comp)
        self.warning.show_for(Person.from_values(comp.draft.values), comp.draft.id or None, comp.draft.kind)
        if source != "value":
            self.update_quota(comp)

    def update_quota(self, comp: Composition | None = None) -> None:
        comp = comp or self.session.composition
        visible = comp.kind == CONNECTION
        if visible:
            ws = self.session.workspace
            self.quota.set_quotas(*ws.results.quotas(ws.preferences.account))
        if visible or self._quota is not None:
            self.quota.setVisible(visible)

    @Slot()
    @Slot(object)
    def log_changed(self, *_args: object) -> None:
        """The log or its settings changed: every page shows it anew (hidden pages when shown; a page
        not built yet reads it when built)."""
        for index in (SENT, DUE):
            if index in self._pages:
                self._pages[index].refresh()  # type: ignore[attr-defined]
        draft = self.session.draft
        self.warning.show_for(Person.from_values(draft.values), draft.id or None, draft.kind)
        self.update_quota()
        self._results_stale = True
        if self.window.main_tabs.currentIndex() == RESULTS:
            self.request_results()

    @Slot(int)
    def _on_outcome_changed(self, item_id: int) -> None:
        self.window.status.undo.withdraw()  # the Sent tab's own Undo is the newest now
        item = self.session.workspace.log.get(item_id)
        if item.prospect_id is not None:
            self.session.sig_prospect_changed.emit(item.prospect_id)
            self.session.sig_lists_changed.emit()
        self.log_changed()

    def request_results(self) -> None:
        ws = self.session.workspace
        self._results_stale = False
        from inmail_studio.ui.results.loader import Job

        self.loader.request(Job(ws.log.items(), ws.results.settings, ws.log.clock(), ws.results.adjustments()))

    @Slot(object)
    def _on_summary(self, summary: ResultsSummary | None) -> None:
        self.results.set_summary(summary)

    def set_titles(self) -> None:
        """The template titles the Sent, Follow-ups due and Results pages name templates by."""
        self._titles = titles = {t.id: t.title for t in self.session.library}
        for page in self._pages.values():
            page.set_titles(titles)  # type: ignore[attr-defined]  # a page built later gets them then

    @Slot(int)
    def _on_page_changed(self, index: int) -> None:
        if index != WRITE:
            self.page(index)
        if index == RESULTS and self._results_stale:
            self.request_results()

    # what the pages ask for ---------------------------------------------------------------------
    @Slot(int)
    def write_follow_up(self, item_id: int) -> None:
        """Open a follow-up draft for the person of `item_id` on the Write page."""
        ws = self.session.workspace
        try:
            if self.session.run(ws.write_follow_up, item_id, self.tr("Follow-up: %s")) is None:
                return  # the store refused: the status bar says why
        except LogError as exc:  # the message left the log meanwhile (forgotten, undone elsewhere)
            self.window.status.warn(problem_text(exc))
            if DUE in self._pages:
                self.due.refresh()
            return
        self.window.main_tabs.setCurrentIndex(WRITE)
        self.window.editor.body.setFocus()

    @Slot(int)
    def show_sent_item(self, item_id: int) -> None:
        self.window.main_tabs.setCurrentIndex(SENT)
        self.sent.show_item(item_id)

    @Slot(str)
    def _on_exported(self, path: str) -> None:
        self.window.status.say(self.tr("Saved the messages shown to %s.") % path)

    @Slot(str)
    def _on_results_failed(self, details: str) -> None:
        print(details, file=sys.stderr)  # for a bug report; the user gets words, not a traceback
        self._results_stale = True
        self.window.status.warn(self.tr("The results could not be worked out this time; they are tried again "
                                        "when you next open the Results tab."))

    @Slot(str)
    def _on_limit_reached(self, code: str) -> None:
        if code == "notes":
            self.window.status.warn(self.tr("This month's personal notes are used up."))
        else:
            self.window.status.warn(self.tr("You reached the weekly number of invitations."))

    def shutdown(self) -> None:
        """Stop the results worker (the window is closing)."""
        if self._loader is not None:
            self._loader.shutdown()
