# SPDX-License-Identifier: GPL-3.0-or-later
"""`inmail-studio lint --ui-lang en|nl`: the coach's texts in the chosen language, the rules by the
message's own language, the JSON field names never translated; by default the environment decides."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

DUTCH = "Subject: Snelle vraag\n\nHoi [Naam],\n\nIk zag je bericht over het nieuwe magazijn in Tilburg.\n"
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def lint_json(tmp_path: Path, *options: str, env: dict[str, str] | None = None) -> dict:  # type: ignore[type-arg]
    message = tmp_path / "bericht.txt"
    message.write_text(DUTCH, encoding="utf-8")
    base = {k: v for k, v in os.environ.items() if k not in LOCALE_VARIABLES}
    done = subprocess.run([sys.executable, "-m", "inmail_studio", "lint", *options, "--json", str(message)],
                          env={**base, **(env or {})}, capture_output=True, text=True, timeout=60)
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)


def _texts(result: dict, rule: str) -> tuple[str, str, str]:  # type: ignore[type-arg]
    finding = next(f for f in result["findings"] if f["rule"] == rule)
    return finding["message"], finding["hint"], finding["reason"]


def test_ui_lang_nl_gives_dutch_messages_hints_and_reasons(tmp_path: Path) -> None:
    result = lint_json(tmp_path, "--ui-lang", "nl")
    assert result["language"] == "nl"
    message, hint, reason = _texts(result, "vague-subject")
    assert message == "'Snelle vraag' is een vaag onderwerp: het geeft geen reden om het bericht te openen."
    assert "Jullie nieuwe vestiging in Utrecht" in hint
    assert reason.startswith("Algemene onderwerpen")
    assert _texts(result, "unfilled-placeholder")[0] == "'[Naam]' is een invulveld dat nooit is ingevuld."


def test_ui_lang_en_gives_english_texts_for_the_same_dutch_message(tmp_path: Path) -> None:
    result = lint_json(tmp_path, "--ui-lang", "en")
    assert result["language"] == "nl"  # the message's language still picks the rules
    message, _hint, reason = _texts(result, "vague-subject")
    assert message == "'Snelle vraag' is a vague subject: it gives no reason to open the message."
    assert reason.startswith("Generic subjects")


def test_json_field_names_are_the_same_in_both_languages(tmp_path: Path) -> None:
    dutch, english = lint_json(tmp_path, "--ui-lang", "nl"), lint_json(tmp_path, "--ui-lang", "en")
    assert dutch.keys() == english.keys()
    assert dutch["metrics"].keys() == english["metrics"].keys()
    assert [f.keys() for f in dutch["findings"]] == [f.keys() for f in english["findings"]]
    assert [(f["rule"], f["severity"], f["start"], f["end"]) for f in dutch["findings"]] == \
        [(f["rule"], f["severity"], f["start"], f["end"]) for f in english["findings"]]


@pytest.mark.parametrize(("env", "expected"), [
    ({"LANG": "nl_NL.UTF-8"}, "een vaag onderwerp"),
    ({"LANG": "nl_BE.UTF-8"}, "een vaag onderwerp"),
    ({"LANG": "C.UTF-8", "LANGUAGE": "nl"}, "een vaag onderwerp"),
    ({"LANG": "en_GB.UTF-8"}, "a vague subject"),
    ({"LC_ALL": "C", "LANGUAGE": "nl"}, "a vague subject"),
    ({}, "a vague subject"),
])
def test_without_ui_lang_the_environment_decides(tmp_path: Path, env: dict[str, str], expected: str) -> None:
    assert expected in _texts(lint_json(tmp_path, env=env), "vague-subject")[0]


def test_an_option_beats_the_environment(tmp_path: Path) -> None:
    result = lint_json(tmp_path, "--ui-lang", "en", env={"LANG": "nl_NL.UTF-8"})
    assert "a vague subject" in _texts(result, "vague-subject")[0]
