# SPDX-License-Identifier: GPL-3.0-or-later
"""The ask featuriser (one for training and the coach): a sentence's words, form and place, the same every time.

The stacked model that reads these features is tested in test_ask_stack.py."""

from __future__ import annotations

from inmail_studio.core.lint.facts import ask_model

EN = "en"


def test_the_features_are_the_same_every_time_and_read_a_sentences_form_and_place() -> None:
    text = "Would you be open to a short call next week? 🙂"
    first = ask_model.features(text, 2, 3, "inmail", EN)
    assert ask_model.features(text, 2, 3, "inmail", EN) == first
    assert len(first) == len(set(first))
    assert {"w:would", "b:<s>_would", "b:?_</s>", "end?", "has?", "pos:last", "third:c", "len:8-15",
            "lang:en", "kind:inmail", "kind:inmail&end?", "lang:en&end?"} <= set(first)
    assert "pos:first" not in first and "url" not in first
    greeting = ask_model.features("Hi Anna,", 0, 3, "connection_request", EN)
    assert {"greeting", "pos:first", "third:a", "kind:connection_request&third:a"} <= set(greeting)
    assert "greeting" not in ask_model.features("Hi Anna,", 1, 3, "inmail", EN)
    assert "url" in ask_model.features("The deck: https://acme.com/deck", 1, 3, "inmail", EN)
    assert "url" not in ask_model.features("Mail me at anna@acme.com.", 1, 3, "inmail", EN)
