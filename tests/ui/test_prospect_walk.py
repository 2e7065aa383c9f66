# SPDX-License-Identifier: GPL-3.0-or-later
"""Working through a prospect list: fill, copy, mark sent, next — statuses and clipboard checked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

PEOPLE = [("Sanne", "de Vries", "platform teams"), ("Ruud", "van der Zwaag", "flaky tests"),
          ("Zoë", "Dekker", "hybrid onboarding")]


def write_list(tmp_path):  # type: ignore[no-untyped-def]
    rows = ["Voornaam;Achternaam;Bedrijf;Topic;Event"]
    rows += [f"{first};{last};Acme;{topic};DevOpsDays" for first, last, topic in PEOPLE]
    path = tmp_path / "prospects.csv"
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("utf-8-sig"))
    return path


def open_list(qtbot, window, tmp_path):  # type: ignore[no-untyped-def]
    panel = window.prospects_panel
    window.left_tabs.setCurrentWidget(panel)
    list_id = panel.import_path(str(write_list(tmp_path)))
    assert list_id is not None and panel.people.count() == 3
    panel.template.setCurrentIndex(panel.template.findData("test-recruit-note"))
    return panel


def test_walking_three_prospects(qtbot, window, tmp_path, dialogs) -> None:
    panel = open_list(qtbot, window, tmp_path)
    assert panel.left_label.text() == "3 of 3 left"
    panel.people.setCurrentRow(0)
    clipboard = QGuiApplication.clipboard()
    for index, (first, _last, topic) in enumerate(PEOPLE):
        subject, body = window.editor.text()
        assert subject == f"Your talk on {topic}"
        assert body.startswith(f"Hi {first},") and "at DevOpsDays." in body
        window.send.copy_message()
        assert clipboard.text() == body
        # mark as sent: the walk goes on to the next person by itself (issue 12)
        qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert panel.left_label.text() == f"{2 - index} of 3 left"
    assert [window.session.workspace.store.prospects.get(panel.people.item(i).data(Qt.ItemDataRole.UserRole + 1)).status
            for i in range(3)] == ["sent", "sent", "sent"]
    assert "Sent" in panel.people.item(2).text()
    assert dialogs.questions == []  # nothing had errors, so copying asked nothing
    sent = window.session.workspace.store.sent.items()
    assert sorted(r.body.split(",")[0] for r in sent) == sorted(f"Hi {first}" for first, _, _ in PEOPLE)


def test_edits_are_kept_as_that_prospects_draft(qtbot, window, tmp_path) -> None:
    panel = open_list(qtbot, window, tmp_path)
    panel.people.setCurrentRow(1)
    body = window.editor.body
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, " PS: loved the demo.")
    edited = window.editor.text()[1]
    panel.people.setCurrentRow(0)  # moving on saves the draft
    assert window.editor.text()[1].startswith("Hi Sanne,")
    assert panel.current_prospect().status == "todo"
    panel.people.setCurrentRow(1)
    assert window.editor.text()[1] == edited
    assert panel.current_prospect().status == "drafted"
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("drafted"))
    assert panel.people.count() == 1 and "Ruud" in panel.people.item(0).text()


def test_the_coach_checks_the_current_prospects_details(qtbot, window, tmp_path) -> None:
    panel = open_list(qtbot, window, tmp_path)
    panel.people.setCurrentRow(2)
    qtbot.waitUntil(lambda: window.last_result is not None and not window.lint.busy
                    and window.last_result.metrics.body_chars == len(window.editor.text()[1]), timeout=5000)
    assert not any(f.rule == "personalisation" for f in window.last_result.findings)
    body = window.editor.body
    body.selectAll()
    qtbot.keyClicks(body, "Hi Zoe, would you be open to a short call next week?")
    qtbot.waitUntil(lambda: any(f.rule == "personalisation" for f in (window.last_result.findings if
                                window.last_result else ())), timeout=5000)
    finding = next(f for f in window.last_result.findings if f.rule == "personalisation")
    assert "topic" in finding.hint and "event" in finding.hint


def test_deleting_a_prospect_asks_and_forgets_them(qtbot, window, tmp_path, dialogs) -> None:
    panel = open_list(qtbot, window, tmp_path)
    panel.people.setCurrentRow(2)
    window.session.save_now()
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert "Zoë Dekker" in dialogs.questions[0] and "1 draft" in dialogs.questions[0]
    assert panel.people.count() == 2
    window.session.save_now()
    raw = b"".join(p.read_bytes() for p in window.session.workspace.store.path.parent.glob("inmail-studio.sqlite3*"))
    assert b"Dekker" not in raw


def test_a_follow_up_marked_sent_leaves_the_walk_where_it_is(qtbot, window, tmp_path, dialogs) -> None:
    # a fresh-eyes recruiter sent a follow-up and the walk jumped on, saying "everyone in this list
    # has been written to": a follow-up is no step of the list's first messages
    panel = open_list(qtbot, window, tmp_path)
    panel.people.setCurrentRow(0)
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Sanne's first message
    panel.people.setCurrentRow(0)
    said: list[str] = []
    panel.sig_message.connect(said.append)
    window.flow.write_follow_up()
    assert window.session.draft.kind == "follow_up" and panel.current_prospect().first_name == "Sanne"
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [i.kind for i in window.session.workspace.store.sent.items()].count("follow_up") == 1
    assert panel.current_prospect().first_name == "Sanne" and said == []
