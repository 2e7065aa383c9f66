# SPDX-License-Identifier: GPL-3.0-or-later
"""Language detection: English and Dutch told apart by their common words, or set by hand."""

from __future__ import annotations

import io
import json

import pytest

from inmail_studio import cli
from inmail_studio.core import Message
from inmail_studio.core.lint import lint


@pytest.mark.parametrize(("subject", "body", "language"), [
    ("Your talk on buddies", "Hi Anna,\n\nI loved your talk. Would you be open to a call next week?", "en"),
    ("", "Thanks for the intro, Mark. Let me know when you have time.", "en"),
    ("Uw lezing over buddy's", "Beste Anna,\n\nIk vond uw lezing sterk. Heeft u volgende week tijd?", "nl"),
    ("", "Hoi Mark, bedankt voor de introductie. Laat maar weten wanneer het je past.", "nl"),
    # Dutch text full of English jargon is still Dutch.
    ("Platform engineering", "Hoi Sanne, je post over platform engineering en developer experience was sterk. "
                             "Heb je tijd voor een call?", "nl"),
    # English text with a Dutch name and place is still English.
    ("", "Hi Jan-Willem, great to meet you at the Jaarbeurs in Utrecht. I'd love to connect.", "en"),
])
def test_language_is_detected(subject: str, body: str, language: str) -> None:
    assert lint(Message(subject=subject, body=body)).language == language


def test_text_without_clues_defaults_to_english() -> None:
    assert lint(Message(kind="follow_up", body="Kubernetes? 🙂")).language == "en"


def test_set_language_overrides_detection() -> None:
    english = "Hi Anna, would you be open to a call next week?"
    assert lint(Message(kind="follow_up", body=english, language="nl")).language == "nl"


def test_cli_lang_overrides_detection(tmp_path) -> None:
    path = tmp_path / "message.txt"
    path.write_text("Hi Anna, would you be open to a call next week?", encoding="utf-8")
    for flag, expected in (([], "en"), (["--lang", "nl"], "nl"), (["--lang", "auto"], "en")):
        out = io.StringIO()
        cli.main(["lint", "--kind", "follow_up", "--json", *flag, str(path)], out=out)
        assert json.loads(out.getvalue())["language"] == expected


def test_language_changes_the_rules_that_apply() -> None:
    # Dutch mixed address is flagged only when the rules run in Dutch.
    body = "Beste Anna, uw lezing was sterk. Heeft u tijd? Wat vind je ervan?"
    dutch = lint(Message(kind="follow_up", body=body))
    english = lint(Message(kind="follow_up", body=body, language="en"))
    assert dutch.language == "nl"
    assert "address-form" in {f.rule for f in dutch.findings}
    assert "address-form" not in {f.rule for f in english.findings}
