# SPDX-License-Identifier: GPL-3.0-or-later
"""Fixtures for window tests: offscreen Qt, a data folder per test, answered dialogs."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QLocale  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from qt_fixtures import dialogs, make_window, window  # noqa: E402, F401  (shared fixtures)

from inmail_studio.core.paths import Paths, resources_dir  # noqa: E402
from inmail_studio.ui import translations  # noqa: E402
from inmail_studio.ui.translations import UiTranslations  # noqa: E402

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


@pytest.fixture
def ui_language(qapp: QApplication):  # type: ignore[no-untyped-def]
    """The window's translations, in English to start with; back to English afterwards (a test
    with a window goes back itself, while its window can still take the change: see _back)."""
    existing, locale = UiTranslations.of(qapp), QLocale()
    installed = translations.install(qapp, choice="en")
    yield installed
    if existing is None:  # leave the app as the other tests expect it: no translations at all
        installed.uninstall()
        installed.setParent(None)
    else:
        installed.set_language("en")
    QLocale.setDefault(locale)
