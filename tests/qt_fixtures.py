# SPDX-License-Identifier: GPL-3.0-or-later
"""Window fixtures shared by tests/ui and tests/reliability (each conftest imports them).

Each folder's conftest defines its own `paths`; these build windows over it.
"""

from __future__ import annotations

import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest

from inmail_studio.core.paths import Paths


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


def _forget_fallback_folder(store_path: Path, data: Path) -> None:
    """A window that fell back to a temporary folder leaves it behind; tests clean up after themselves."""
    folder = store_path.parent
    if folder != data and folder.name.startswith("inmail-studio-"):
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def make_window(qtbot, paths: Paths):  # type: ignore[no-untyped-def]
    """Build a window over `paths` (or other folders) and wait until it is on screen and complete, as
    a user sees it; closing it at teardown drains its worker thread."""
    from inmail_studio.app import build_window

    windows = []

    def make(over: Paths | None = None):  # type: ignore[no-untyped-def]
        window = build_window(over or paths)
        qtbot.addWidget(window)
        window.show()
        windows.append((window, (over or paths).data))
        qtbot.waitUntil(lambda: window.is_complete, timeout=5000)  # the hidden tabs follow the first frame
        return window

    yield make
    for window, data in windows:
        window.close()
        window.session.workspace.store.close()
        _forget_fallback_folder(window.session.workspace.store.path, data)


@pytest.fixture
def window(make_window):  # type: ignore[no-untyped-def]
    return make_window()


@contextmanager
def window_language(app, code: str):  # type: ignore[no-untyped-def]
    """The app's catalogues set to `code` ("en" or "nl") for one test, as the window installs them;
    afterwards as they were (none if there were none), with the default locale restored."""
    from PySide6.QtCore import QLocale

    from inmail_studio.core.paths import resources_dir
    from inmail_studio.ui.translations import UiTranslations

    existing, locale = UiTranslations.of(app), QLocale()
    found = existing or UiTranslations(app, resources_dir() / "i18n")
    before = found.language
    found.set_language(code)
    try:
        yield found
    finally:
        if existing is None:
            found.uninstall()
            found.setParent(None)
        else:
            found.set_language(before)
        QLocale.setDefault(locale)
