# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line's help in the UI language: each option's and command's help text (HELP, one
table per language with the same keys) and argparse's own messages (usage errors, help headings)
through a gettext catalogue. Dutch follows resources/i18n/GLOSSARY.md."""

from __future__ import annotations

import argparse
import gettext
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from inmail_studio.cli.words import fill, speaking

HELP: dict[str, dict[str, str]] = {
    "en": {
        "description": ("A writing coach for LinkedIn InMails and connection requests, in English and Dutch. "
                        "Run without a command for the window."),
        "data_dir": "folder for drafts, settings and your own templates (or set {env})",
        "ui_lang": ("language of the command line and the coach's texts (default: from LANGUAGE, LC_ALL, "
                    "LC_MESSAGES or LANG); the message's own language still decides which rules run"),
        "version": "show program's version number and exit",
        "lint": "coach one message file",
        "lint_file": "message file ('Subject: …' line, blank line, body) or - for stdin",
        "lint_lang": "the message's language (auto: detected, or the default language from Settings)",
        "account": "your LinkedIn account (default: as in Settings)",
        "json_object": "print one JSON object",
        "json": "print JSON",
        "templates": "the template library",
        "templates_list": "list templates",
        "render": "fill in a template and coach the result",
        "render_set": "a variable's value (repeat); with --prospects, the same for every row",
        "render_prospects": "render once per row of a prospect file",
        "render_out": "with --prospects: write one message file per row into DIR",
        "log": "the outreach log: what you sent and what came of it",
        "log_list": "list sent messages, newest first",
        "log_list_json": "print a JSON array of log items",
        "log_since": "sent on or after this day",
        "log_add": "log a message sent outside the app; prints its id",
        "log_add_file": "the message ('Subject: …' line, blank line, body) or - for stdin",
        "default_now": "default: now",
        "log_mark": "record what came of a message",
        "outcome": "OUTCOME",
        "log_mark_outcome": "what came of it: {choices} or {last}",
        "log_import": "read LinkedIn's data export (folder or .zip)",
        "log_export": "write the log to FILE.csv or FILE.json",
        "stats": "reply and acceptance rates, A/B verdicts",
        "stats_json": "print one JSON object (rates as fractions 0-1)",
        "window_days": "a reply counts within N days of sending (default: the setting, 30)",
        "stats_since": "only messages sent on or after this day",
        "credits": "InMail credits as this app counts them",
        "settings": "read or change a preference",
        "settings_get": "print one setting, or every setting",
        "settings_set": "change one setting",
    },
    "nl": {
        "description": ("Een schrijfcoach voor InMails en connectieverzoeken op LinkedIn, in het Engels en het "
                        "Nederlands. Start zonder opdracht voor het venster."),
        "data_dir": "map voor concepten, instellingen en je eigen sjablonen (of zet {env})",
        "ui_lang": ("taal van de app en de teksten van de coach (standaard: uit LANGUAGE, LC_ALL, LC_MESSAGES "
                    "of LANG); de taal van het bericht zelf bepaalt welke regels gelden"),
        "version": "het versienummer tonen en stoppen",
        "lint": "een berichtbestand door de coach laten nakijken",
        "lint_file": "berichtbestand (regel 'Subject: …', lege regel, berichttekst) of - voor standaardinvoer",
        "lint_lang": "de taal van het bericht (auto: herkend, of de standaardtaal uit Instellingen)",
        "account": "je LinkedIn-account (standaard: zoals in Instellingen)",
        "json_object": "één JSON-object tonen",
        "json": "JSON tonen",
        "templates": "de sjabloonbibliotheek",
        "templates_list": "sjablonen tonen",
        "render": "een sjabloon invullen en het resultaat door de coach laten nakijken",
        "render_set": "de waarde van een variabele (herhaalbaar); met --prospects dezelfde voor elke rij",
        "render_prospects": "één keer invullen per rij van een prospectbestand",
        "render_out": "met --prospects: één berichtbestand per rij in DIR schrijven",
        "log": "het logboek: wat je verstuurde en wat het opleverde",
        "log_list": "verzonden berichten tonen, nieuwste eerst",
        "log_list_json": "een JSON-array van logboekitems tonen",
        "log_since": "verzonden op of na deze dag",
        "log_add": "een bericht dat je buiten de app verstuurde in het logboek zetten; toont het id",
        "log_add_file": "het bericht (regel 'Subject: …', lege regel, berichttekst) of - voor standaardinvoer",
        "default_now": "standaard: nu",
        "log_mark": "vastleggen wat een bericht opleverde",
        "outcome": "UITKOMST",
        "log_mark_outcome": "wat het opleverde: {choices} of {last}",
        "log_import": "de gegevensexport van LinkedIn inlezen (map of .zip)",
        "log_export": "het logboek naar FILE.csv of FILE.json schrijven",
        "stats": "antwoord- en acceptatiepercentages, A/B-uitslagen",
        "stats_json": "één JSON-object tonen (percentages als fracties 0-1)",
        "window_days": "een antwoord telt binnen N dagen na verzenden (standaard: de instelling, 30)",
        "stats_since": "alleen berichten verzonden op of na deze dag",
        "credits": "InMail-credits zoals deze app ze telt",
        "settings": "een voorkeur lezen of wijzigen",
        "settings_get": "één instelling tonen, of alle",
        "settings_set": "één instelling wijzigen",
    },
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


def helps(key: str, /, **params: Any) -> str:
    """The help text `key` of HELP in the UI language, each `{name}` replaced by str(params[name]);
    argparse expands "%" in help texts, so a "%" here is written "%%"."""
    return fill(HELP[speaking()][key], {name: str(value) for name, value in params.items()})
