# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line's own words in the UI language: the lint report's summary line, severities
and "fix:", and argparse's messages (usage errors, help headings) through a gettext catalogue.

The findings' texts come from the coach's data in the UI language already; these are the words
around them. Dutch follows resources/i18n/GLOSSARY.md (moet anders / kan beter / tip, verzoek,
zo los je het op).
"""

from __future__ import annotations

import argparse
import gettext
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from inmail_studio.core.ui_language import FOLLOW_SYSTEM, UI_LANGUAGES, resolve_ui_language

REPORT: dict[str, dict[str, str]] = {
    "en": {"summary": "{name}: score {score} · {language} · {kind} · {words} · {chars} · {asks}",
           "word": "1 word", "words": "{n} words", "char": "1 character", "chars": "{n} characters",
           "ask": "1 ask", "asks": "{n} asks", "error": "error", "warning": "warning", "info": "info",
           "fix": "fix:", "none": "no findings", "good": "good", "detail": "personal: “{text}”"},
    "nl": {"summary": "{name}: score {score} · {language} · {kind} · {words} · {chars} · {asks}",
           "word": "1 woord", "words": "{n} woorden", "char": "1 teken", "chars": "{n} tekens",
           "ask": "1 verzoek", "asks": "{n} verzoeken", "error": "moet anders", "warning": "kan beter",
           "info": "tip", "fix": "zo los je het op:", "none": "geen opmerkingen", "good": "goed",
           "detail": "persoonlijk: ‘{text}’"},
}

# argparse's own messages (Python 3.11's msgids) in Dutch; a message not listed stays English.
_ARGPARSE_NL = {
    "usage: ": "gebruik: ",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "invalid %(type)s value: %(value)r": "ongeldige waarde voor %(type)s: %(value)r",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "expected one argument": "verwacht één waarde",
    "expected at most one argument": "verwacht hoogstens één waarde",
    "expected at least one argument": "verwacht minstens één waarde",
    "not allowed with argument %s": "niet samen met argument %s",
    "one of the arguments %s is required": "een van de argumenten %s is nodig",
    "ambiguous option: %(option)s could match %(matches)s": "dubbelzinnige optie: %(option)s kan %(matches)s zijn",
    "ignored explicit argument %r": "genegeerde waarde %r",
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "deze hulp tonen en stoppen",
    "show program's version number and exit": "het versienummer tonen en stoppen",
}
_ARGPARSE_NL_PLURAL = {
    ("expected %s argument", "expected %s arguments"): ("verwacht %s waarde", "verwacht %s waarden"),
}


class _Catalogue(gettext.NullTranslations):
    """A gettext catalogue over a dict (argparse's messages have no shipped Dutch .mo)."""

    def __init__(self, texts: dict[str, str], plurals: dict[tuple[str, str], tuple[str, str]]) -> None:
        super().__init__()
        self._texts, self._plurals = texts, plurals

    def gettext(self, message: str) -> str:
        return self._texts.get(message, message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        one, many = self._plurals.get((msgid1, msgid2), (msgid1, msgid2))
        return one if n == 1 else many


def report_words(language: str) -> dict[str, str]:
    """The lint report's words for `language` ("en" or "nl"; anything else: English)."""
    return REPORT.get(language, REPORT["en"])


def count(words: dict[str, str], one: str, many: str, n: int) -> str:
    """"1 word" or "42 words" (`one` and `many` are keys of `words`)."""
    return words[one] if n == 1 else words[many].format(n=n)


def language_of_argv(argv: Sequence[str], environ: dict[str, str] | os._Environ[str] = os.environ) -> str:
    """"en" or "nl" before the arguments are parsed: `--ui-lang X` (or `--ui-lang=X`) anywhere in
    `argv`, else the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else English."""
    choice = FOLLOW_SYSTEM
    for i, arg in enumerate(argv):
        if arg == "--ui-lang" and i + 1 < len(argv):
            choice = argv[i + 1]
        elif arg.startswith("--ui-lang="):
            choice = arg.split("=", 1)[1]
    return resolve_ui_language(choice if choice in UI_LANGUAGES else FOLLOW_SYSTEM, environ)


@contextmanager
def argparse_speaks(language: str) -> Iterator[None]:
    """While inside, argparse words its help and errors in `language` (argparse looks its `_`
    and `ngettext` up as module globals on every message); English changes nothing."""
    if language != "nl":
        yield
        return
    catalogue = _Catalogue(_ARGPARSE_NL, _ARGPARSE_NL_PLURAL)
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = catalogue.gettext, catalogue.ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
