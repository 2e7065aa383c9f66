# SPDX-License-Identifier: GPL-3.0-or-later
"""The UI language from the environment and the system locale name, with no locales installed."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from inmail_studio.core.ui_language import (
    language_from_environment,
    language_of_locale,
    resolve_ui_language,
    system_ui_language,
)


@pytest.mark.parametrize(("name", "expected"), [
    ("nl_NL.UTF-8", "nl"), ("nl_BE", "nl"), ("nl_BE.UTF-8@euro", "nl"), ("nl", "nl"), ("NL-nl", "nl"),
    ("nl-BE", "nl"), ("en_GB.UTF-8", "en"), ("en", "en"), ("C", "en"), ("C.UTF-8", "en"), ("POSIX", "en"),
    ("fr_FR.UTF-8", None), ("de", None), ("nds_DE", None), ("", None), ("  ", None),
])
def test_a_locale_name_in_any_spelling_gives_its_language(name: str, expected: str | None) -> None:
    assert language_of_locale(name) == expected


@pytest.mark.parametrize(("environ", "expected"), [
    ({"LANG": "nl_NL.UTF-8"}, "nl"),
    ({"LANG": "nl_BE.UTF-8"}, "nl"),
    ({"LANG": "en_US.UTF-8"}, "en"),
    ({"LANG": "fr_FR.UTF-8"}, "en"),  # a language we do not speak: English, not nothing
    ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "nl_NL.UTF-8"}, "nl"),  # messages beat the general locale
    ({"LC_MESSAGES": "nl_NL.UTF-8", "LC_ALL": "en_GB.UTF-8"}, "en"),  # LC_ALL beats both
    ({"LANG": "en_US.UTF-8", "LANGUAGE": "nl"}, "nl"),  # the preference list comes first
    ({"LANG": "nl_NL.UTF-8", "LANGUAGE": "fr:de:en"}, "en"),  # its first language we speak wins
    ({"LANGUAGE": "fr:nl_BE:en"}, "nl"),
    ({"LANG": "C.UTF-8", "LANGUAGE": "nl"}, "nl"),  # a container with only C.UTF-8 can still ask
    ({"LC_ALL": "C", "LANGUAGE": "nl"}, "en"),  # LC_ALL=C: the script wants untranslated output
    ({"LANG": "", "LC_ALL": "", "LANGUAGE": ""}, None),  # set but empty counts as unset
    ({}, None),
])
def test_the_environment_follows_posix_precedence(environ: dict[str, str], expected: str | None) -> None:
    assert language_from_environment(environ) == expected


def test_the_system_locale_name_decides_when_the_environment_is_silent() -> None:
    assert system_ui_language({}, ["nl-BE", "nl", "en-US"]) == "nl"
    assert system_ui_language({}, ["de-DE", "nl-NL"]) == "nl"
    assert system_ui_language({}, ["fr-FR"]) == "en"
    assert system_ui_language({"LANG": "en_US.UTF-8"}, ["nl-NL"]) == "en"


def test_a_chosen_language_beats_the_system_and_anything_else_follows_it() -> None:
    dutch = {"LANG": "nl_NL.UTF-8"}
    assert resolve_ui_language("en", dutch) == "en"
    assert resolve_ui_language("nl", {"LANG": "en_US.UTF-8"}) == "nl"
    assert resolve_ui_language("system", dutch) == "nl"
    assert resolve_ui_language("klingon", dutch) == "nl"


def test_works_on_a_machine_without_a_dutch_locale() -> None:
    """Reading the language never calls setlocale, so nl_NL need not be installed (this machine
    may have only C.UTF-8); a fresh process, so nothing this test run set up can help."""
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    env["LANG"] = "nl_NL.UTF-8"
    out = subprocess.run(
        [sys.executable, "-c", "import os; from inmail_studio.core.ui_language import system_ui_language as s;"
                               " print(s(os.environ))"],
        env=env, capture_output=True, text=True, check=True,
    )
    assert out.stdout.strip() == "nl"
