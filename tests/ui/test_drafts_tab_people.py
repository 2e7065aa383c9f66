# SPDX-License-Identifier: GPL-3.0-or-later
"""The Drafts tab holds every unfinished message, a list's people's too, under the person's name and
list; a sent one says "sent" with the same time everywhere, and the coach never calls it "ready to send"."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt

from inmail_studio.core.lint.engine import lint
from inmail_studio.core.message import Message
from inmail_studio.ui.coach.panel import CoachPanel
from inmail_studio.ui.outreach.texts import when as sent_tab_when

CONNECTIONS = Path(__file__).parent.parent / "data" / "walk" / "Connections.csv"
SENIOR = "nl-recruit-inmail-senior-candidate"


def rows(window) -> list[str]:  # type: ignore[no-untyped-def]
    drafts = window.drafts_panel.list
    return [drafts.item(i).text() for i in range(drafts.count())]


def open_walk(window):  # type: ignore[no-untyped-def]
    panel = window.prospects_panel
    window.left_tabs.setCurrentWidget(panel)
    assert panel.import_path(str(CONNECTIONS)) is not None
    assert panel.template.select_id(SENIOR)
    return panel


def test_unsent_list_drafts_are_in_the_drafts_tab_by_name_and_list(qtbot, window) -> None:
    panel = open_walk(window)
    list_name = window.session.workspace.people.get_list(panel.current_list_id()).name
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # on to the second person
    shown = rows(window)
    for name in ("Karin van Leeuwen", "Jeroen"):
        row = next((r for r in shown if r.startswith(name)), None)
        assert row is not None, (name, shown)  # drafted, not sent, and still listed
        assert row.endswith(f" · {list_name}") and "sent" not in row, row
    karin = next(i for i in range(window.drafts_panel.list.count())
                 if window.drafts_panel.list.item(i).text().startswith("Karin"))
    qtbot.mouseClick(window.drafts_panel.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.drafts_panel.list.visualItemRect(window.drafts_panel.list.item(karin)).center())
    assert window.session.workspace.people.get(window.session.draft.prospect_id).first_name == "Karin"


def test_a_sent_message_has_one_time_everywhere_and_is_not_ready_to_send(qtbot, window, dialogs) -> None:
    open_walk(window)
    karin_draft = window.session.draft.id
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # asked, answered yes
    item = window.session.workspace.sending.last_sent(karin_draft)
    assert item is not None
    row = next(r for r in rows(window) if r.startswith("Karin van Leeuwen"))
    assert f"\nsent · {sent_tab_when(item.sent_at)}" in row  # the Sent tab's wording of the log's time
    window.session.open_draft(karin_draft)
    assert window.banner_slot.sent.label.text().startswith(f"Sent {sent_tab_when(item.sent_at)}.")
    assert window.coach.sent


def test_the_coach_says_sent_not_ready_to_send(qtbot) -> None:
    coach = CoachPanel()
    qtbot.addWidget(coach)
    clean = replace(lint(Message(kind="connection_request", body="Hi Sanne, shall we connect?")), findings=())
    coach.show_result(clean)
    assert coach.findings.item(0).text() == "Nothing to fix: this message is ready to send."
    coach.set_sent(True)
    texts = [coach.findings.item(i).text() for i in range(coach.findings.count())]
    assert texts == ["Nothing to fix; this message has been sent."]
    assert not any("ready to send" in t for t in texts)
