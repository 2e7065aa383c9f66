# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line names the personal detail the coach counted, where it is, in the UI language."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from inmail_studio.cli import main

MESSAGE = ("Hi Anna, I read your piece on pricing for SaaS twice last week. "
           "Would you be open to comparing notes?\n")


@pytest.fixture
def message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / "note.txt"
    path.write_text(MESSAGE, encoding="utf-8")
    return str(path)


def report(*argv: str) -> list[str]:
    out = io.StringIO()
    assert main(["lint", "--kind", "connection_request", "--data-dir", argv[0], *argv[1:]], out) == 0
    return out.getvalue().splitlines()


def test_the_detail_counted_is_a_good_line_with_its_place(message: str, tmp_path: Path) -> None:
    lines = report(str(tmp_path / "data"), message)
    good = [line for line in lines if "good" in line.split()]
    assert good == ["  body 1:17  good     personalisation: personal: “your piece on pricing for SaaS”"]
    assert not any("first-contact-pitch" in line for line in lines)  # the reader's topic is no pitch


def test_the_good_line_speaks_dutch_with_ui_lang_nl(message: str, tmp_path: Path) -> None:
    lines = report(str(tmp_path / "data"), "--ui-lang", "nl", message)
    assert any("goed" in line.split() and "persoonlijk: “your piece on pricing for SaaS”" in line for line in lines)
