# SPDX-License-Identifier: GPL-3.0-or-later
"""The language the window and the coach speak: chosen by the user, or read from the environment."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

UI_LANGUAGES = ("en", "nl")
DEFAULT_UI_LANGUAGE = "en"
FOLLOW_SYSTEM = "system"  # the setting's value for "whatever the system says"
UI_LANGUAGE_CHOICES = (FOLLOW_SYSTEM, *UI_LANGUAGES)

# The locale categories that name the language of messages, strongest first (POSIX: LC_ALL
# overrides LC_MESSAGES, which overrides LANG).
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
_LANGUAGE_PART = re.compile(r"[A-Za-z]+")
_NEUTRAL = frozenset({"c", "posix"})


def _is_neutral(name: str) -> bool:
    match = _LANGUAGE_PART.match(name.strip())
    return match is not None and match.group(0).lower() in _NEUTRAL


def language_of_locale(name: str) -> str | None:
    """The UI language a locale name asks for, or None when it names one we do not speak.

    `name` is any spelling of a locale: POSIX ("nl_BE.UTF-8@euro"), BCP 47 as Qt gives it
    ("nl-NL"), or a bare language ("nl"). "C" and "POSIX" (with any codeset, as in "C.UTF-8")
    mean no language at all: English. No locale needs to be installed for this to work.
    """
    if _is_neutral(name):
        return DEFAULT_UI_LANGUAGE
    match = _LANGUAGE_PART.match(name.strip())
    language = match.group(0).lower() if match else ""
    return language if language in UI_LANGUAGES else None


def language_from_environment(environ: Mapping[str, str]) -> str | None:
    """The UI language the environment asks for, or None when it says nothing we can use.

    Follows GNU gettext: the effective locale is the first set of LC_ALL, LC_MESSAGES and
    LANG; LANGUAGE, a colon-separated list of preferences ("fr:nl:en"), comes before it and its
    first language we speak wins. One departure: gettext ignores LANGUAGE when the locale is
    "C", but a machine with only C.UTF-8 installed (most containers) can ask for Dutch only
    through LANGUAGE, so only an explicit LC_ALL=C (how scripts ask for untranslated output)
    overrules it.
    """
    if _is_neutral(environ.get("LC_ALL", "")):
        return DEFAULT_UI_LANGUAGE
    preferred = language_from_locale_names(e for e in environ.get("LANGUAGE", "").split(":") if not _is_neutral(e))
    if preferred is not None:
        return preferred
    for variable in LOCALE_VARIABLES:
        value = environ.get(variable, "")
        if value:
            return language_of_locale(value) or DEFAULT_UI_LANGUAGE
    return None


def language_from_locale_names(names: Iterable[str]) -> str | None:
    """The first UI language we speak among locale names in order of preference (Qt's
    `QLocale.system().uiLanguages()`, or `[QLocale.system().name()]`), or None."""
    for name in names:
        language = language_of_locale(name)
        if language is not None:
            return language
    return None


def system_ui_language(environ: Mapping[str, str], locale_names: Iterable[str] = ()) -> str:
    """"en" or "nl": what the environment says, else what the system locale (`locale_names`,
    from Qt on Windows and macOS, where the variables are seldom set) says, else English."""
    return language_from_environment(environ) or language_from_locale_names(locale_names) or DEFAULT_UI_LANGUAGE


def resolve_ui_language(choice: str, environ: Mapping[str, str], locale_names: Iterable[str] = ()) -> str:
    """"en" or "nl" for a user's `choice`: "en", "nl", or "system" (also anything unknown, such
    as a setting written by a later version) to follow the system."""
    if choice in UI_LANGUAGES:
        return choice
    return system_ui_language(environ, locale_names)
