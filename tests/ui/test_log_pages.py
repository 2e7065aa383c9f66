# SPDX-License-Identifier: GPL-3.0-or-later
"""The outreach log in the window as a user reaches it: the Sent, Follow-ups due and Results pages,
the contact warning, the quota counter, the zero-credit question and the settings."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from inmail_studio.core.paths import Paths
from inmail_studio.core.results.settings import ResultsSettings
from inmail_studio.core.workspace import Workspace
from inmail_studio.ui.main_tabs import DUE, RESULTS, SENT, WRITE
from inmail_studio.ui.outreach.due_view import DueView
from inmail_studio.ui.outreach.sent_tab import SentTab
from inmail_studio.ui.results.tab import ResultsTab


def seed(paths: Paths, *entries: tuple[str, str, int]) -> None:
    """Log messages (kind, person, days ago) before the window opens."""
    ws = Workspace.open(paths)
    try:
        now = ws.log.clock()
        for kind, name, days in entries:
            ws.log.add(kind=kind, to_name=name, body=f"Hi {name}, shall we talk?", sent_at=now - timedelta(days=days),
                       subject="A question" if kind == "inmail" else "")
    finally:
        ws.store.close()


def test_the_log_pages_are_tabs_of_the_window_built_when_first_opened(qtbot, window) -> None:
    tabs = window.main_tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Write", "Sent", "Follow-ups due", "Results"]
    assert tabs.currentIndex() == WRITE
    assert not isinstance(tabs.widget(SENT), SentTab)  # a stand-in until opened
    for index, page in ((SENT, SentTab), (DUE, DueView), (RESULTS, ResultsTab)):
        tabs.setCurrentIndex(index)
        assert isinstance(tabs.widget(index), page) and tabs.currentIndex() == index
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Write", "Sent", "Follow-ups due", "Results"]


def test_a_message_marked_sent_shows_in_the_sent_tab(qtbot, window) -> None:
    qtbot.keyClicks(window.editor.subject, "A question")
    qtbot.keyClicks(window.editor.body, "Hi Anna, would you be open to a short call next week?")
    window.send.mark_sent()
    window.main_tabs.setCurrentIndex(SENT)
    sent = window.main_tabs.widget(SENT)
    assert sent.model.rowCount() == 1
    sent.table.selectRow(0)
    assert "Hi Anna" in sent.detail.body.toPlainText()


def test_write_a_follow_up_opens_a_draft_for_that_person(qtbot, paths, make_window) -> None:
    seed(paths, ("inmail", "Bram Jansen", 12))
    window = make_window()
    window.main_tabs.setCurrentIndex(DUE)
    due = window.main_tabs.widget(DUE)
    assert due.model.rowCount() == 1
    due.table.selectRow(0)
    qtbot.mouseClick(due.write_button, Qt.MouseButton.LeftButton)
    assert window.main_tabs.currentIndex() == WRITE
    draft = window.session.draft
    assert (draft.kind, draft.title) == ("follow_up", "Follow-up: Bram Jansen")
    assert draft.values["first_name"] == "Bram"


def test_starting_a_message_to_someone_written_to_lately_warns(qtbot, paths, make_window) -> None:
    seed(paths, ("inmail", "Anna de Vries", 3))
    window = make_window()
    warning = window._parts.log.warning
    assert warning.isHidden()
    window.session.use_template("test-recruit-note")
    window.session.set_value("first_name", "Anna")
    window.session.set_value("last_name", "de Vries")
    assert warning.isVisible()
    assert "Anna de Vries" in warning.text.text()
    qtbot.mouseClick(warning.show_button, Qt.MouseButton.LeftButton)
    assert window.main_tabs.currentIndex() == SENT
    assert window.main_tabs.widget(SENT).selected_item().to_name == "Anna de Vries"


def test_the_quota_counter_shows_for_a_connection_request_only(qtbot, paths, make_window) -> None:
    seed(paths, *(("connection_request", f"P{i}", 1) for i in range(3)))
    window = make_window()
    quota = window._parts.log.quota
    assert quota.isHidden()
    window.session.set_kind("connection_request")
    assert quota.isVisible()
    assert "3 of about 100" in quota.invitations_label.text()
    window.session.set_kind("inmail")
    assert quota.isHidden()


def test_an_inmail_at_zero_credits_asks_first_and_no_keeps_it_unsent(qtbot, paths, make_window, dialogs) -> None:
    seed(paths, *(("inmail", f"P{i}", 0) for i in range(5)))  # Premium Career: 5 a month, all spent
    ws = Workspace.open(paths)
    ws.results.save_settings(ResultsSettings(plan="premium_career"))  # no plan chosen: nothing to run out of
    ws.store.close()
    window = make_window()
    qtbot.keyClicks(window.editor.subject, "A question")
    qtbot.keyClicks(window.editor.body, "Hi Anna, would you be open to a short call next week?")
    dialogs.answer_yes = False
    window.send.mark_sent()
    assert len(dialogs.questions) == 1 and "0" in dialogs.questions[0]
    assert len(window.session.workspace.log.items()) == 5
    dialogs.answer_yes = True
    window.send.mark_sent()
    assert len(window.session.workspace.log.items()) == 6


def test_the_results_page_loads_its_charts_when_opened(qtbot, paths, make_window) -> None:
    seed(paths, *(("inmail", f"P{i}", 40 + i) for i in range(12)))
    window = make_window()
    window.main_tabs.setCurrentIndex(RESULTS)
    tab = window.main_tabs.widget(RESULTS)
    assert tab.built
    qtbot.waitUntil(lambda: tab.summary is not None and tab.summary.total_sent == 12, timeout=5000)
    assert not tab.showing_empty_state


@pytest.fixture
def accept_settings(monkeypatch):  # type: ignore[no-untyped-def]
    """Settings answers OK after `change(dialog)` ran on it."""
    from inmail_studio.ui.settings.dialog import SettingsDialog

    changes = []

    def exec_(dialog: SettingsDialog) -> int:
        for change in changes:
            change(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    return changes


def test_settings_keep_the_follow_up_delay_and_the_plan(qtbot, paths, make_window, accept_settings) -> None:
    seed(paths, ("inmail", "Cas", 4))
    window = make_window()
    window.main_tabs.setCurrentIndex(DUE)
    due = window.main_tabs.widget(DUE)
    assert due.model.rowCount() == 0

    def change(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.outreach_box.delays["inmail"].setValue(3)
        dialog.results_form.plan.setCurrentIndex(dialog.results_form.plan.findData("sales_navigator"))

    accept_settings.append(change)
    window.window_actions.settings.trigger()
    ws = window.session.workspace
    assert ws.log.settings.delay("inmail").days == 3
    assert ws.results.settings.plan == "sales_navigator"
    assert due.model.rowCount() == 1  # Cas is due now


def test_a_message_from_an_a_b_template_says_its_variant_and_is_logged_with_it(qtbot, window) -> None:
    note = window._parts.log.variant
    assert note.isHidden()
    window.session.use_template("en-recruit-inmail-ab-subject")
    variant = window.session.composition.variant
    assert variant in ("A", "B")
    assert note.isVisible() and f"subject line: this message uses {variant} (of A / B)" in note.text()
    window.send.mark_sent()
    assert window.session.workspace.log.items()[0].variant == variant
    window.session.use_template("test-recruit-note")
    assert note.isHidden()


def test_pyqtgraph_loads_when_results_opens_not_with_the_window(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os
    import subprocess
    import sys

    script = """
import sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from inmail_studio.app import build_window
from inmail_studio.core.paths import Paths, resources_dir
app = QApplication([])
window = build_window(Paths(resources=resources_dir(), data=Path(sys.argv[1])))
window.show()
loop = QEventLoop()
QTimer.singleShot(300, loop.quit)
loop.exec()
print(window.is_complete, 'pyqtgraph' in sys.modules)
window.main_tabs.setCurrentIndex(3)
print('pyqtgraph' in sys.modules)
window.close()
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "data")], capture_output=True, text=True,
                          env=env, timeout=60, check=True)
    assert done.stdout.split() == ["True", "False", "True"]


def test_turning_an_a_b_subject_template_into_a_connection_request_is_refused_in_words(
        qtbot, window, dialogs, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from inmail_studio.ui.library.template_dialog import TemplateDialog

    def exec_(dialog: TemplateDialog) -> int:
        dialog.kind.setCurrentIndex(dialog.kind.findData("connection_request"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TemplateDialog, "exec", exec_)
    window.template_actions.edit_template("en-recruit-inmail-ab-subject")
    assert dialogs.messages and "A/B variants" in dialogs.messages[-1]
    assert window.session.library.get("en-recruit-inmail-ab-subject").kind == "inmail"


def test_a_list_written_with_an_a_b_template_is_compared_on_the_results_page(qtbot, window) -> None:
    from inmail_studio.core.prospects.model import Prospect

    ws = window.session.workspace
    people = [Prospect(first_name=f"P{i}", company="Acme") for i in range(6)]
    lst = ws.store.prospects.create_list("Devs", people, template_id="en-recruit-inmail-ab-subject")
    for prospect in ws.people.people(lst.id):
        window.session.open_prospect(prospect.id)
        window.send.mark_sent()
    assert sorted(item.variant for item in ws.log.items()) == ["A", "A", "A", "B", "B", "B"]
    window.main_tabs.setCurrentIndex(RESULTS)
    tab = window.main_tabs.widget(RESULTS)
    qtbot.waitUntil(lambda: tab.summary is not None and tab.summary.total_sent == 6, timeout=5000)
    assert [(t, a, b) for t, a, b, _ in tab.summary.comparisons] == [("en-recruit-inmail-ab-subject", "A", "B")]


def test_a_failed_results_computation_is_told_in_words_and_retried(qtbot, window, capsys) -> None:
    parts = window._parts.log
    parts.loader.sig_failed.emit("Traceback (most recent call last):\n  File \"x.py\"\nKeyError: 'b'")
    message = window.status.currentMessage()
    assert "Traceback" not in message and "KeyError" not in message and "Results tab" in message
    assert "KeyError" in capsys.readouterr().err  # kept for a bug report
    window.main_tabs.setCurrentIndex(RESULTS)
    tab = window.main_tabs.widget(RESULTS)
    qtbot.waitUntil(lambda: tab.summary is not None, timeout=5000)


def test_the_sent_and_due_pages_name_templates_by_their_titles(qtbot, paths, make_window) -> None:
    ws = Workspace.open(paths)
    try:
        ws.log.add(kind="inmail", to_name="Bram Jansen", subject="A question", body="Hi Bram, shall we talk?",
                   template_id="test-recruit-note", sent_at=ws.log.clock() - timedelta(days=12))
    finally:
        ws.store.close()
    window = make_window()
    window.main_tabs.setCurrentIndex(SENT)
    sent = window.main_tabs.widget(SENT)
    assert sent.model.index(0, 2).data() == "Test recruiter InMail"
    templates = sent.filters.templates
    assert [templates.itemText(i) for i in range(templates.count())] == ["All templates", "Test recruiter InMail"]
    sent.table.selectRow(0)
    assert sent.detail.template.text() == "Test recruiter InMail"
    window.main_tabs.setCurrentIndex(DUE)
    due = window.main_tabs.widget(DUE)
    assert due.model.index(0, 5).data() == "Test recruiter InMail"
