# SPDX-License-Identifier: GPL-3.0-or-later
"""Typing "x" as a person's detail: the message keeps it to fill in and the coach says it looks empty."""

from __future__ import annotations

from pathlib import Path

CONNECTIONS = Path(__file__).parent.parent / "data" / "walk" / "Connections.csv"
SENIOR = "nl-recruit-inmail-senior-candidate"


def test_a_one_letter_detail_looks_empty_to_the_coach(qtbot, window) -> None:
    panel = window.prospects_panel
    window.left_tabs.setCurrentWidget(panel)
    assert panel.import_path(str(CONNECTIONS)) is not None and panel.template.select_id(SENIOR)
    for name, value in (("hiring_company", "Stichting Rivierzorg"), ("role", "directeur bedrijfsvoering"),
                        ("sender_name", "Wouter Bakker"), ("challenge", "x")):
        field = window.form.fields[name]
        field.setFocus()
        field.selectAll()
        qtbot.keyClicks(field, value)
    subject, body = window.editor.text()
    assert "{{ challenge }}" in subject + body and " x " not in body  # "x" is not a detail: still to fill in

    def judged() -> bool:
        result = window.last_result
        return result is not None and not window.lint.busy and result.metrics.body_chars == len(body)
    qtbot.waitUntil(judged, timeout=5000)
    assert window.coach.to_fill() == ["challenge"]
    rows = [item.text() for item in window.coach.finding_items()]
    assert rows[0] == "Challenge: looks empty", rows
    assert window.coach.score_label.text() == "\u2014"  # no score, let alone "ready to send"
