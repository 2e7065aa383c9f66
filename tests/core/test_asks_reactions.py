# SPDX-License-Identifier: GPL-3.0-or-later
"""The sender's reaction to something read or seen asks nothing; the same words as a wish still ask."""

from __future__ import annotations

import pytest

from inmail_studio.core import Message
from inmail_studio.core.lint import lint


def asks(sentence: str) -> int:
    return lint(Message(kind="inmail", subject="x", body=sentence, language="auto")).metrics.cta_count


@pytest.mark.parametrize("sentence", [
    "Mooi om te lezen hoe snel jullie team groeit.",
    "Leuk om te zien dat jullie een tweede vestiging openen.",
    "Interessant om te horen hoe u de planning heeft aangepakt.",
    "Great to read how fast your team is growing.",
    "Nice to see the new office open in Ghent.",
    "Really interesting to hear about your move to Rotterdam.",
])
def test_a_reaction_to_what_was_read_or_seen_is_no_ask(sentence: str) -> None:
    assert asks(sentence) == 0


@pytest.mark.parametrize("sentence", [
    "Leuk om te connecten!",
    "Zou mooi zijn om te horen hoe jullie dat aanpakken.",
    "It would be great to see how your team approaches this.",
    "Nice to connect with other people building data teams.",
])
def test_a_wish_with_the_same_words_still_asks(sentence: str) -> None:
    assert asks(sentence) == 1
