# SPDX-License-Identifier: GPL-3.0-or-later
"""Fixtures for window tests: offscreen Qt, a data folder per test, answered dialogs."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from inmail_studio.core.paths import Paths, resources_dir  # noqa: E402

TEST_TEMPLATE = '''
id = "test-recruit-note"
title = "Test recruiter InMail"
kind = "inmail"
language = "en"
description = "A template the window tests fill in."
goal = "recruiting"
dmu = ["user"]
phase = "ZMOT"
subject = "Your talk on {{ topic }}"
body = """
Hi {{ first_name }},

I enjoyed your talk on {{ topic }} at {{ event }}.

Would you be open to a short call next week?

Best,
Joost
"""

[sample]
first_name = "Sanne"
topic = "platform teams"
event = "DevOpsDays Amsterdam"
'''


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    data = tmp_path / "data"
    (data / "templates").mkdir(parents=True)
    (data / "templates" / "test-recruit-note.toml").write_text(TEST_TEMPLATE, encoding="utf-8")
    return Paths(resources=resources_dir(), data=data)


class DialogAnswers:
    """Stands in for every modal dialog: records what was asked and answers as told."""

    def __init__(self) -> None:
        self.questions: list[str] = []
        self.messages: list[str] = []
        self.answer_yes = True
        self.text_answer: str | None = None

    def ask_yes_no(self, _parent, title, text, _yes, _no) -> bool:  # type: ignore[no-untyped-def]
        self.questions.append(f"{title}: {text}")
        return self.answer_yes

    def inform(self, _parent, title, text) -> None:  # type: ignore[no-untyped-def]
        self.messages.append(f"{title}: {text}")

    def ask_text(self, _parent, _title, _label, value):  # type: ignore[no-untyped-def]
        return self.text_answer if self.text_answer is not None else value


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogAnswers:
    from inmail_studio.ui import dialogs as module

    answers = DialogAnswers()
    monkeypatch.setattr(module, "ask_yes_no", answers.ask_yes_no)
    monkeypatch.setattr(module, "inform", answers.inform)
    monkeypatch.setattr(module, "ask_text", answers.ask_text)
    return answers


@pytest.fixture
def make_window(qtbot, paths: Paths):  # type: ignore[no-untyped-def]
    """Build a window over `paths`; closing it at teardown drains its worker thread."""
    from inmail_studio.app import build_window

    windows = []

    def make():  # type: ignore[no-untyped-def]
        window = build_window(paths)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
        window.session.store.close()


@pytest.fixture
def window(make_window):  # type: ignore[no-untyped-def]
    return make_window()
