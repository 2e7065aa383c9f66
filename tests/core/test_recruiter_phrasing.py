# SPDX-License-Identifier: GPL-3.0-or-later
"""Cases a recruiter trying the app reported: mass-message phrasing must not pass as personal."""

from __future__ import annotations

import pytest

from inmail_studio.core import Message
from inmail_studio.core.lint import lint

ASK = {"en": "Would you be open to a short call next week?", "nl": "Heeft u volgende week tien minuten?"}


def rules(lang: str, body: str, kind: str = "connection_request") -> list[str]:
    return [f.rule for f in lint(Message(kind=kind, body=body, language=lang)).findings]


@pytest.mark.parametrize(("lang", "opening"), [
    ("en", "Hi Anna, I came across your profile and your experience looks great."),
    ("en", "Hi Anna, I saw your profile and think you could be a great fit."),
    ("nl", "Hoi Anna, ik zag je profiel en je ervaring spreekt me aan."),
    ("nl", "Beste Anna, uw functie lijkt me interessant."),
])
def test_a_profile_or_a_role_is_not_a_personal_detail(lang: str, opening: str) -> None:
    assert "personalisation" in rules(lang, f"{opening} {ASK[lang]}")


@pytest.mark.parametrize(("lang", "opening"), [
    ("en", "Hi Anna, great to meet you at DevOpsDays Amsterdam."),
    ("nl", "Hoi Anna, we ontmoetten elkaar op de DevOpsDays in Amsterdam."),
    ("nl", "Hoi Anna, leuk je te ontmoeten op DevOpsDays."),
    ("nl", "Hoi Anna, gefeliciteerd met je nieuwe functie bij Adyen."),
])
def test_a_named_meeting_or_a_new_role_is_personal(lang: str, opening: str) -> None:
    assert "personalisation" not in rules(lang, f"{opening} {ASK[lang]}")


@pytest.mark.parametrize(("lang", "phrase"), [
    ("en", "exciting opportunity"), ("en", "competitive salary"), ("en", "one of our clients"),
    ("nl", "een van onze klanten"), ("nl", "uitstekend salaris"), ("nl", "toonaangevende"),
])
def test_recruiting_stock_phrases_are_flagged_at_first_contact(lang: str, phrase: str) -> None:
    body = f"Hi Anna, there is {phrase} waiting. {ASK[lang]}"
    result = lint(Message(kind="inmail", subject="Platform team at Adyen", body=body, language=lang))
    assert [body[f.start:f.end].lower() for f in result.findings if f.rule == "first-contact-pitch"] == [phrase]


def test_asking_for_an_opinion_counts_the_same_in_both_languages() -> None:
    en = lint(Message(body="Hi Anna, I read your post on onboarding. I'm curious how you see remote rituals.",
                      language="en"))
    nl = lint(Message(body="Hoi Anna, ik las je post over onboarding. Ik ben benieuwd hoe jij rituelen ziet.",
                      language="nl"))
    assert en.metrics.cta_count == nl.metrics.cta_count == 1
