# SPDX-License-Identifier: GPL-3.0-or-later
"""What the coach shows as the personal detail it counted: enough to judge it. A detail of one or two
words ("Je gaf", "Je schreef") shows the rest of its sentence too (a fresh-eyes test saw "persoonlijk:
‘Je gaf’"); a longer one shows as found."""

from __future__ import annotations

import pytest

from inmail_studio.core import Message
from inmail_studio.core.lint import lint


def shown(body: str, language: str, kind: str = "inmail") -> list[str]:
    return [h.text for h in lint(Message(kind=kind, body=body, language=language)).highlights]


@pytest.mark.parametrize(("language", "sentence", "whole"), [
    ("nl", "Je gaf aan dat je pas na de zomer wilt kijken.", "Je gaf aan dat je pas na de zomer wilt kijken"),
    ("nl", "Je schreef dat jullie team dit jaar verdubbelt!", "Je schreef dat jullie team dit jaar verdubbelt"),
])
def test_a_one_or_two_word_detail_shows_the_rest_of_its_sentence(language: str, sentence: str, whole: str) -> None:
    opening = "Hoi Sanne,\n\n" if language == "nl" else "Hi Sanne,\n\n"
    assert shown(opening + sentence + " Zullen we bellen?" if language == "nl" else opening + sentence
                 + " Would a call work?", language) == [whole]


def test_a_longer_detail_shows_as_found() -> None:
    body = "Hi Sanne,\n\nI read your piece on pricing for SaaS twice last week. Would a call work?"
    [text] = shown(body, "en", "inmail")
    assert text.startswith("your piece on pricing") and "last week" not in text
