# SPDX-License-Identifier: GPL-3.0-or-later
"""The coach names what each ask asks for (issue 10), after the count of asks, in the window's language."""

from __future__ import annotations

from inmail_studio.core.lint.engine import lint
from inmail_studio.core.message import Message
from inmail_studio.ui.coach.panel import CoachPanel

TWO_ASKS = Message(kind="inmail", language="nl", body=(
    "Hoi Sanne,\n\nIk las je stuk over roosters in de thuiszorg.\n\n"
    "Staat invalplanning bij jullie dit jaar op de agenda? Heb je volgende week tijd voor een kort belletje?\n\n"
    "Groet,\nJoost"))


def test_the_summary_names_each_asks_kind_in_order_in_english_and_dutch(qtbot, ui_language) -> None:
    result = lint(TWO_ASKS)
    assert result.metrics.cta_kinds == ("interest", "meeting")
    coach = CoachPanel()
    qtbot.addWidget(coach)
    coach.show_result(result)
    assert "2 asks: interest, call or meeting" in coach.summary_label.text()
    ui_language.set_language("nl")
    coach.show_result(result)
    assert "2 verzoeken: interesse, gesprek of afspraak" in coach.summary_label.text()


def test_a_message_without_an_ask_names_no_kind(qtbot, ui_language) -> None:
    coach = CoachPanel()
    qtbot.addWidget(coach)
    body = "Hi Sam,\n\nGreat talk yesterday.\n\nBest,\nAnn"
    coach.show_result(lint(Message(kind="inmail", language="en", body=body)))
    assert "0 asks" in coach.summary_label.text() and "0 asks:" not in coach.summary_label.text()
