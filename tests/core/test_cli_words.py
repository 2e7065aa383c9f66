# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line speaks the UI language around the findings too: the summary line, the
severities, "fix:" and argparse's usage errors (fresh-eyes, command line)."""

from __future__ import annotations

import argparse
import gettext
import io
from pathlib import Path

import pytest

from inmail_studio.cli import main

MESSAGE = ("Subject: Vacature\n\nHoi [Naam],\n\nIk ben recruiter bij Talentwerk en ik heb een mooie vacature voor je. "
           "Wij zijn een groeiend bureau. Heb je tijd voor een belletje?\n\nGroet,\nJoost\n")
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture
def message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / "m1.txt"
    path.write_text(MESSAGE, encoding="utf-8")
    return str(path)


def lint(*argv: str) -> str:
    out = io.StringIO()
    assert main(["lint", *argv], out) == 1  # '[Naam]' is an error
    return out.getvalue()


def test_ui_lang_nl_words_the_summary_severities_and_fixes_in_dutch(message: str) -> None:
    text = lint("--ui-lang", "nl", message)
    summary = text.splitlines()[0]
    assert " woorden · " in summary and " tekens · " in summary and summary.endswith("1 verzoek: gesprek of afspraak")
    assert "moet anders  unfilled-placeholder: " in text and "zo los je het op: " in text
    for english in (" words ", " characters ", " ask", "error", "warning", "fix:"):
        assert english not in text, english


def test_a_dutch_environment_is_enough(message: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "nl_NL")
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    assert "zo los je het op: " in lint(message)


def test_english_stays_as_it_was(message: str) -> None:
    text = lint(message)
    assert " words · " in text.splitlines()[0] and "  error    unfilled-placeholder: " in text and "fix: " in text


def test_argparse_errors_follow_the_ui_language_and_argparse_is_left_as_found(
        message: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["lint", "--kind", "brief", message, "--ui-lang", "nl"], io.StringIO()) == 2
    dutch = capsys.readouterr().err
    assert dutch.startswith("inmail-studio lint: argument --kind: ongeldige keuze: 'brief' (kies uit ")
    monkeypatch.setenv("LANGUAGE", "nl")
    assert main(["lint"], io.StringIO()) == 2
    assert "deze argumenten ontbreken: FILE|-" in capsys.readouterr().err
    assert argparse._ is gettext.gettext  # type: ignore[attr-defined]
    monkeypatch.delenv("LANGUAGE")
    assert main(["lint", "--kind", "brief", message], io.StringIO()) == 2
    assert "invalid choice: 'brief' (choose from " in capsys.readouterr().err
