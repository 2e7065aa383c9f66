# SPDX-License-Identifier: GPL-3.0-or-later
"""The window as a recruiter uses it: template → prospect → coach → copy → sent, and drafts kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from inmail_studio.core import Severity

SECOND_QUESTION = " Could you also send me your CV?"


def choose_test_template(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.library_panel.search, "Test recruiter")
    assert window.library_panel.current_id() == "test-recruit-note"
    qtbot.mouseClick(window.library_panel.use_button, Qt.MouseButton.LeftButton)


def fill(qtbot, window, values: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    for name, value in values.items():
        field = window.form.fields[name]
        if value.isascii():
            qtbot.keyClicks(field, value)
        else:  # QTest cannot type letters beyond ASCII; insert() edits as the user would
            field.setFocus()
            field.insert(value)


def latest_result(qtbot, window):  # type: ignore[no-untyped-def]
    """Wait until the coach has linted exactly what the editor shows."""
    def current() -> bool:
        result = window.last_result
        return (result is not None and not window.lint.busy
                and result.metrics.body_chars == len(window.editor.text()[1]))
    qtbot.waitUntil(current, timeout=5000)
    return window.last_result


def test_choosing_a_template_fills_the_form(qtbot, window) -> None:
    choose_test_template(qtbot, window)
    assert list(window.form.fields) == ["first_name", "topic", "event"]  # the person first
    labels = [window.form._form.labelForField(edit).text() for edit in window.form.fields.values()]
    assert labels == ["First name", "Topic", "Event"]
    subject, body = window.editor.text()
    assert subject == "Your talk on {{ topic }}"
    assert body.startswith("Hi {{ first_name }},")


def test_filling_the_form_updates_message_and_coach(qtbot, window) -> None:
    choose_test_template(qtbot, window)
    before = latest_result(qtbot, window)
    assert "{{ first_name }}" in before.metrics.unfilled_placeholders
    fill(qtbot, window, {"first_name": "Sanne", "topic": "platform teams", "event": "DevOpsDays"})
    subject, body = window.editor.text()
    assert subject == "Your talk on platform teams"
    assert "Hi Sanne," in body and "at DevOpsDays." in body
    after = latest_result(qtbot, window)
    assert after.metrics.unfilled_placeholders == ()
    assert not after.has_errors
    assert window.coach.score_label.text() == str(after.score)


def test_typing_a_second_question_adds_a_multiple_asks_warning(qtbot, window) -> None:
    choose_test_template(qtbot, window)
    fill(qtbot, window, {"first_name": "Sanne", "topic": "platform teams", "event": "DevOpsDays"})
    assert latest_result(qtbot, window).metrics.cta_count == 1
    body = window.editor.body
    cursor = body.textCursor()
    cursor.setPosition(body.toPlainText().index("week?") + len("week?"))
    body.setTextCursor(cursor)
    qtbot.keyClicks(body, SECOND_QUESTION)
    result = latest_result(qtbot, window)
    # The call-to-action rule may add an info (a meeting asked for at first contact); the asks are its warnings.
    asks = [f for f in result.findings if f.rule == "call-to-action" and f.severity is not Severity.INFO]
    assert [f.severity for f in asks] == [Severity.WARNING, Severity.WARNING]
    text = window.editor.text()[1]
    assert text[asks[1].start:asks[1].end] == SECOND_QUESTION.strip()
    messages = [item.text() for item in window.coach.finding_items()]
    assert "Ask 2 of 2 (“Could you also send me your…”): several asks compete for one reply." in messages


def test_clicking_a_finding_selects_its_span(qtbot, window) -> None:
    choose_test_template(qtbot, window)
    fill(qtbot, window, {"first_name": "Sanne", "topic": "platform teams"})  # event left empty
    result = latest_result(qtbot, window)
    placeholder = next(f for f in result.findings if f.rule == "unfilled-placeholder")
    # a template's variable left empty is listed as "to fill in" (issue 12); its row points at the placeholder
    item = next(i for i in window.coach.finding_items() if i.data(Qt.ItemDataRole.UserRole + 1) == placeholder)
    rect = window.coach.findings.visualItemRect(item)
    qtbot.mouseClick(window.coach.findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.body.textCursor().selectedText() == "{{ event }}"
    assert window.editor.selected_span() == ("body", placeholder.start, placeholder.end)
    assert "Still empty" in window.coach.detail.text()


def test_copy_puts_exactly_the_rendered_text_on_the_clipboard(qtbot, window, dialogs) -> None:
    choose_test_template(qtbot, window)
    fill(qtbot, window, {"first_name": "Zoë", "topic": "platform teams", "event": "DevOpsDays"})
    latest_result(qtbot, window)
    clipboard = QGuiApplication.clipboard()
    window.send.copy_message()
    assert clipboard.text() == ("Hi Zoë,\n\nI enjoyed your talk on platform teams at DevOpsDays.\n\n"
                                "Would you be open to a short call next week?\n\nBest,\nJoost")
    window.send.copy_subject()
    assert clipboard.text() == "Your talk on platform teams"
    window.send.copy_all()
    assert clipboard.text().startswith("Your talk on platform teams\n\nHi Zoë,")
    assert dialogs.questions == []  # no errors, so nothing was asked


def test_copying_a_message_with_errors_asks_first(qtbot, window, dialogs) -> None:
    choose_test_template(qtbot, window)
    latest_result(qtbot, window)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("before")
    dialogs.answer_yes = False
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(dialogs.questions) == 1 and "{{ first_name }}" in dialogs.questions[0]
    assert clipboard.text() == "before"
    dialogs.answer_yes = True
    window.send.copy_message()
    assert clipboard.text() == window.editor.text()[1]


def test_autosave_then_a_new_window_restores_the_draft(qtbot, make_window) -> None:
    first = make_window()
    qtbot.keyClicks(first.editor.subject, "Your keynote on hiring")
    qtbot.keyClicks(first.editor.body, "Hi Anna, I liked your keynote. Would you be open to a call?")
    qtbot.waitUntil(lambda: not first.session.dirty, timeout=5000)  # autosaved, not closed
    draft_id = first.session.draft.id
    second = make_window()
    assert second.session.draft.id == draft_id
    assert second.editor.text() == ("Your keynote on hiring",
                                    "Hi Anna, I liked your keynote. Would you be open to a call?")


def test_mark_as_sent_records_the_message(qtbot, window) -> None:
    choose_test_template(qtbot, window)
    fill(qtbot, window, {"first_name": "Sanne", "topic": "platform teams", "event": "DevOpsDays"})
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    window.send.mark_sent()  # twice: still one record
    [record] = window.session.workspace.store.sent.items()
    assert record.template_id == "test-recruit-note"
    assert "already" in window.statusBar().currentMessage()
    assert "Sanne" in record.body
    assert record.body == window.editor.text()[1]
    assert "sent ·" in window.drafts_panel.list.currentItem().text()  # the drafts list shows it too


def test_a_corrupt_database_is_moved_aside_with_a_message(qtbot, paths, make_window, dialogs) -> None:
    paths.data.mkdir(parents=True, exist_ok=True)
    paths.database.write_bytes(b"this is not a database" * 100)
    window = make_window()
    qtbot.waitUntil(lambda: bool(dialogs.messages), timeout=3000)
    assert "moved aside" in dialogs.messages[0]
    moved = [p for p in paths.data.iterdir() if ".broken-" in p.name]
    assert len(moved) == 1 and moved[0].read_bytes().startswith(b"this is not a database")
    qtbot.keyClicks(window.editor.body, "Still works")
    assert window.session.save_now()


def test_a_restored_template_draft_gets_its_form_back(qtbot, make_window) -> None:
    first = make_window()
    choose_test_template(qtbot, first)
    fill(qtbot, first, {"first_name": "Sanne"})
    first.session.save_now()
    second = make_window()
    qtbot.waitUntil(lambda: list(second.form.fields) == ["first_name", "topic", "event"], timeout=3000)
    assert second.form.fields["first_name"].text() == "Sanne"
    assert second.editor.text()[1].startswith("Hi Sanne,")


def _first_frame(qtbot, window):  # type: ignore[no-untyped-def]
    """Show the window; return the splitter sizes and window size of its first frame."""
    from PySide6.QtCore import QEvent, QObject

    seen: list[tuple[list[int], tuple[int, int]]] = []

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]  # noqa: N802
            if event.type() == QEvent.Type.Paint and not seen:
                seen.append((window.centralWidget().sizes(), window.size().toTuple()))
            return False

    watch = FirstPaint()
    window.installEventFilter(watch)
    window.show()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    window.removeEventFilter(watch)
    return seen[0]


def test_the_window_shows_first_and_completes_itself_right_after(qtbot, paths, dialogs) -> None:
    from inmail_studio.app import build_window

    window = build_window(paths)
    qtbot.addWidget(window)
    window.resize(1320, 820)
    try:
        assert not window.is_complete  # the hidden tabs and shortcuts wait for the first frame
        window.left_tabs.setCurrentIndex(2)  # whichever tab is open stays open
        with qtbot.waitSignal(window.sig_complete, timeout=5000):  # ...and need no one to ask for them
            first = _first_frame(qtbot, window)
        assert window.left_tabs.widget(1) is window.drafts_panel
        assert window.left_tabs.widget(2) is window.prospects_panel
        assert [window.left_tabs.tabText(i) for i in range(3)] == ["Templates", "Drafts", "Prospects"]
        assert window.left_tabs.currentWidget() is window.prospects_panel
        assert window.window_actions.sent.shortcut().toString() == "Ctrl+Return"
        assert "Ctrl+Shift+C" in window.window_actions.copy_message.toolTip()
        qtbot.wait(50)
        # nothing moves once the hidden parts are in: the first frame was the real layout
        assert (window.centralWidget().sizes(), window.size().toTuple()) == first
        assert dialogs.messages == []
    finally:
        window.close()
        window.session.workspace.store.close()


def test_a_part_that_cannot_be_built_after_the_first_frame_is_reported(qtbot, paths, dialogs,
                                                                       monkeypatch) -> None:
    from inmail_studio.app import build_window
    from inmail_studio.core.store import StoreError
    from inmail_studio.ui.prospects.panel import ProspectsPanel

    def refuse(_self) -> None:  # type: ignore[no-untyped-def]
        raise StoreError("store.failed", detail="the prospect lists could not be read")

    monkeypatch.setattr(ProspectsPanel, "refresh_lists", refuse)
    window = build_window(paths)
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitUntil(lambda: bool(dialogs.messages), timeout=5000)
        assert "could not be read" in dialogs.messages[0]
        assert window.left_tabs.widget(1) is window.drafts_panel  # what was built before still works
        qtbot.keyClicks(window.editor.subject, "Your keynote on hiring")
        drafts = window.drafts_panel.list
        qtbot.waitUntil(lambda: "Your keynote on hiring" in drafts.item(0).text(), timeout=5000)
    finally:
        window.close()
        window.session.workspace.store.close()


def test_placeholders_left_in_the_text_are_coloured(qtbot, window) -> None:
    window.editor.body.setFocus()
    qtbot.keyClicks(window.editor.body, "Hi [Naam], your post on {{ topic }} made me think.")
    block = window.editor.body.document().firstBlock()
    text = block.text()
    coloured = sorted(text[r.start:r.start + r.length] for r in block.layout().formats()
                      if r.format.background().style() != Qt.BrushStyle.NoBrush)
    assert coloured == ["[Naam]", "{{ topic }}"]

