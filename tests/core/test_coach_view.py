# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading ease on its 0-100 scale with a band; template variables still to fill in vs real errors."""

from __future__ import annotations

import pytest

from inmail_studio.core.coach_view import Ease, reading_ease, still_to_fill
from inmail_studio.core.lint.engine import lint
from inmail_studio.core.message import Message
from inmail_studio.core.templates import template_from_toml

TEMPLATE = template_from_toml('''
id = "t"
title = "T"
kind = "inmail"
language = "nl"
subject = "Uw ervaring met {{ challenge }}"
body = """
Beste {{ first_name }},

Bij {{ company }} heeft u {{ challenge }} geleid. Staat u open voor een gesprek van twintig minuten?

Groet,
Wouter
"""
''')


@pytest.mark.parametrize(("value", "score", "band"), [
    (116.5, 100, "very_easy"), (85.2, 85, "easy"), (72, 72, "fairly_easy"), (64.9, 65, "plain"),
    (55, 55, "fairly_hard"), (30, 30, "hard"), (12, 12, "very_hard"), (-48.3, 0, "very_hard"),
])
def test_reading_ease_is_clamped_to_its_scale_and_named_by_flesch_band(value: float, score: int, band: str) -> None:
    assert reading_ease(value) == Ease(score, band)


def _result(values: dict[str, str]):  # type: ignore[no-untyped-def]
    subject, body = TEMPLATE.render(values)
    return subject, body, lint(Message(kind="inmail", subject=subject, body=body, language="nl"))


def test_a_template_just_chosen_has_its_variables_to_fill_in_not_errors() -> None:
    subject, body, result = _result({})
    assert sum(f.rule == "unfilled-placeholder" for f in result.findings) >= 3
    found, rest = still_to_fill(result.findings, subject, body, TEMPLATE.variables, {}, edited=False)
    assert [name for name, _ in found] == ["challenge", "first_name", "company"]
    name, first = found[0]
    assert first.field == "subject" and subject[first.start:first.end] == "{{ challenge }}"
    assert not any(f.rule == "unfilled-placeholder" for f in rest)


def test_only_the_empty_variables_are_to_fill_in() -> None:
    values = {"first_name": "Karin", "company": "Zorggroep Noordrand"}
    subject, body, result = _result(values)
    found, _ = still_to_fill(result.findings, subject, body, TEMPLATE.variables, values, edited=False)
    assert [name for name, _ in found] == ["challenge"]


def test_a_placeholder_typed_or_left_by_hand_is_still_an_error() -> None:
    subject, body, result = _result({})
    names, rest = still_to_fill(result.findings, subject, body, TEMPLATE.variables, {}, edited=True)
    assert names == [] and sum(f.rule == "unfilled-placeholder" for f in rest) >= 3
    typed = body + "\nPS: groet aan [Naam] en {{ manager }}"
    result = lint(Message(kind="inmail", subject=subject, body=typed, language="nl"))
    names, rest = still_to_fill(result.findings, subject, typed, TEMPLATE.variables, {}, edited=False)
    left = [typed[f.start:f.end] for f in rest if f.rule == "unfilled-placeholder"]
    assert "[Naam]" in left and "{{ manager }}" in left
