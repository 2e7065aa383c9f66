# SPDX-License-Identifier: GPL-3.0-or-later
"""The coach shows the personal detail it counted, in green, and a click selects it in the text."""

from __future__ import annotations

from PySide6.QtCore import Qt

from inmail_studio.core.lint.engine import lint
from inmail_studio.core.message import Message
from inmail_studio.ui import theme
from inmail_studio.ui.coach.panel import CoachPanel

BODY = ("Hi Anna, I read your piece on pricing for SaaS twice last week. "
        "Would you be open to comparing notes on annual plans?")


def test_the_detail_counted_is_shown_as_good_and_selects_its_span(qtbot) -> None:
    coach = CoachPanel()
    qtbot.addWidget(coach)
    result = lint(Message(kind="connection_request", body=BODY, language="en"))
    assert result.highlights, "the message names a detail of the reader's"
    coach.show_result(result)
    rows = coach.highlight_items()
    assert [row.text() for row in rows] == [f"Personal: “{h.text}”" for h in result.highlights]
    assert "pricing" in rows[0].text()
    assert rows[0].foreground().color() == theme.ok_color()
    assert rows[0] not in coach.finding_items()  # not counted among the findings
    picked: list[object] = []
    coach.sig_finding_activated.connect(picked.append)
    rect = coach.findings.visualItemRect(rows[0])
    qtbot.mouseClick(coach.findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    span = result.highlights[0]
    assert picked and (picked[0].field, picked[0].start, picked[0].end) == (span.field, span.start, span.end)
    assert "counted this as a detail" in coach.detail.text()


def test_a_generic_message_shows_no_good_row(qtbot) -> None:
    coach = CoachPanel()
    qtbot.addWidget(coach)
    result = lint(Message(kind="connection_request", body="Hi Anna, I came across your profile. Shall we connect?",
                          language="en"))
    coach.show_result(result)
    assert coach.highlight_items() == []
    assert not any(coach.findings.item(i).text().startswith("Good") for i in range(coach.findings.count()))
