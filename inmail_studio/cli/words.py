# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line's own words in the UI language: the lint report's summary line, severities
and "fix:", and every other sentence a command writes (errors, notes, reports), one table per
language with the same keys.

The findings' texts come from the coach's data in the UI language already; these are the words
around them. The language of a run is set once by `main` (`speaking_as`) and read by `say()`.
Dutch follows resources/i18n/GLOSSARY.md (je; moet anders / kan beter / tip, verzoek, zo los je
het op, sjabloon, logboek, uitkomst).
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from inmail_studio.core.ui_language import FOLLOW_SYSTEM, UI_LANGUAGES, resolve_ui_language

REPORT: dict[str, dict[str, str]] = {
    "en": {"summary": "{name}: score {score} · {language} · {kind} · {words} · {chars} · {asks}",
           "word": "1 word", "words": "{n} words", "char": "1 character", "chars": "{n} characters",
           "ask": "1 ask", "asks": "{n} asks", "error": "error", "warning": "warning", "info": "info",
           "fix": "fix:", "none": "no findings", "good": "good", "detail": "personal: “{text}”",
           "subject": "subject", "body": "body",
           # what an ask asks for (the window's words for the same kinds: ui/labels.py ASK_KINDS)
           "ask.interest": "interest", "ask.meeting": "call or meeting", "ask.connect": "connect",
           "ask.opinion": "their view", "ask.resource": "read or watch", "ask.calendar": "book a time",
           "ask.intro": "introduction", "ask.reply": "a reply",
           # the summary line is prose, so it names the language (the log list shows codes to type)
           "lang.en": "English", "lang.nl": "Dutch"},
    "nl": {"summary": "{name}: score {score} · {language} · {kind} · {words} · {chars} · {asks}",
           "word": "1 woord", "words": "{n} woorden", "char": "1 teken", "chars": "{n} tekens",
           "ask": "1 verzoek", "asks": "{n} verzoeken", "error": "moet anders", "warning": "kan beter",
           "info": "tip", "fix": "zo los je het op:", "none": "geen opmerkingen", "good": "goed",
           "detail": "persoonlijk: “{text}”", "subject": "onderwerp", "body": "berichttekst",
           "ask.interest": "interesse", "ask.meeting": "gesprek of afspraak", "ask.connect": "connectie",
           "ask.opinion": "hun mening", "ask.resource": "lezen of bekijken", "ask.calendar": "tijd inplannen",
           "ask.intro": "introductie", "ask.reply": "een antwoord",
           "lang.en": "Engels", "lang.nl": "Nederlands"},
}

# Every other sentence a command writes (after "inmail-studio: " where it is an error or a note).
# Where the window says the same thing, the Dutch is its translation (resources/i18n/inmail_studio_nl.ts).
WORDS: dict[str, dict[str, str]] = {
    "en": {
        # inmail-studio, lint, templates
        "no_command": "name a command: {commands}",
        "cannot_read": "cannot read {source}: {detail}",
        "binary": "cannot read {source}: it looks like a binary file, not a message",
        "no_subject": "note: a {kind} has no subject; the Subject line is ignored",
        "kind.inmail": "InMail", "kind.connection_request": "connection request", "kind.follow_up": "follow-up",
        "skipped_template": "skipped {what}",
        "variables": "variables: {names}",
        # render
        "set_pair": "--set takes KEY=VALUE, not {pair}",
        "template_error": "template {id}: {text}",
        "no_template": "no template {id}; see 'inmail-studio templates list'",
        "out_needs_prospects": "--out goes with --prospects",
        "cannot_write_in": "cannot write to {target}: {detail}",
        "already_holds": ("note: {target} already holds message files ({n}); files for the same row and name "
                          "are overwritten, others stay"),
        "row_header": "=== row {row}: {name}{company} · score {score} ===",
        "no_name_column": ("{path}: no column holds a name (columns: {columns}); a prospect file needs a "
                           "First Name, Last Name or Name column"),
        "skipped_row": "{file}:{line}: skipped: {why}",
        "inmail_still_open": "The InMail {id} to {name} of {date} is still pending. If they answered in its "
                             "conversation, mark it too (LinkedIn then returns its credit): "
                             "inmail-studio log mark {id} {outcome}",
        "render_summary": ("rows: {rows}, rendered: {rendered}, with errors: {errors}, skipped: {skipped}, "
                           "merged duplicates: {merged}"),
        "files_written": "message files written to {target}",
        "unfilled": "{n} with unfilled placeholders:",
        "unfilled_row": "row {row} ({name}): {names}",
        # log
        "not_a_day": "not a day (YYYY-MM-DD): {text}",
        "not_a_time": "not an ISO 8601 time: {text}",
        "holds_no_message": "{file} holds no message",
        "import_summary": ("invitations: {invitations}, conversations: {conversations}, accepted: {accepted}, "
                           "replied: {replied}, new: {new}, already logged: {matched}, bad rows: {bad}"),
        "export_suffix": "name a FILE.csv or FILE.json",
        "cannot_write": "cannot write {file}: {detail}",
        "exported_one": "1 message written to {file}",
        "exported": "{count} messages written to {file}",
        "export.not-found": "{detail} does not exist",
        "export.not-an-export": "{detail} is not a folder or .zip from LinkedIn",
        "export.no-export-files": "{detail} holds neither Invitations.csv nor messages.csv",
        "export.missing-columns": "a file lacks the columns it needs ({detail})",
        "export.unreadable": "a file of the export cannot be read ({detail})",
        "row.unreadable": "not readable as CSV",
        "row.too-long": "a line over 1,000,000 characters",
        "row.bad-date": "not a date: {value}",
        "row.no-person": "no person named",
        "row.bad-direction": "direction is neither OUTGOING nor INCOMING: {value}",
        "log.unknown-item": "no log item {value}",
        "log.unknown-outcome": "unknown outcome {value}",
        "log.unknown-kind": "unknown kind {value}",
        "log.no-outcome-to-undo": "nothing to undo for {value}",
        "log.outcome-not-for-kind": "only a connection request can be {value}",
        "log.outcome-before-sent": "that time is before the message was sent ({value})",
        # stats, credits
        "not_days": "not a number of days: {text}",
        "window_range": "the window is 1 to 365 days, not {days}",
        "stats_head": "Replies within {days} days of sending (younger messages are too recent to tell):",
        "no_template_row": "(no template)",
        "rate": "{hits} of {counted} {verb}, {rate} (95 % sure: {low}–{high})",
        "replied": "replied", "accepted": "accepted",
        "none_old_enough": "none old enough to count yet",
        "too_recent": "; too recent to tell: {n}",
        "no_inmails": "no InMails or follow-ups logged",
        "connection_requests": "Connection requests: {text}",
        "none_logged": "none logged",
        "ab": "A/B {template}: {a} {replied_a} of {sent_a}, {b} {replied_b} of {sent_b} (p = {p}): {verdict}",
        "verdict.not-enough-data": ("not enough data yet: about {more} more sends per variant would show a "
                                    "10-point difference"),
        "verdict.b-better": "{b} is very likely better ({probability})",
        "verdict.a-better": "{a} is very likely better ({probability})",
        "verdict.no-clear-difference": "no clear difference after {sent} sends each",
        "plan.premium_career": "Premium Career", "plan.premium_business": "Premium Business",
        "plan.sales_navigator": "Sales Navigator", "plan.recruiter_lite": "Recruiter Lite",
        "plan.custom": "Custom plan",
        "no_plan": ("No plan chosen yet: this app counts no credits until you choose your LinkedIn plan, e.g. "
                    "'inmail-studio settings set plan premium_business' ({plans} or custom)."),
        "waiting": "InMails waiting for an answer (sent in the last 90 days): {n}",
        "plan_line": ("{plan}: {monthly} credits a month, at most {cap} banked (LinkedIn changes these now and "
                      "then)."),
        "balance": "Balance, as this app counts it: {balance}",
        "refund": "Back if the pending InMails are answered within 90 days: {n}",
        "expiring": "Expiring on {on} if unused: {credits}",
        # settings
        "setting.unknown-key": "no setting named {key}; run `inmail-studio settings get` for the list",
        "setting.bad-value": "{value} is not a valid value for {key}",
        "one_of": "; use one of: {choices}",
        "whole_number": "; use a whole number from {low} to {high}",
        "date_or_none": "; use a date as YYYY-MM-DD, or \"\" for none",
        # the report's and the log list's names for codes (English: the codes themselves, as typed)
        "name.en": "en", "name.nl": "nl", "name.inmail": "inmail", "name.connection_request": "connection_request",
        "name.follow_up": "follow_up", "name.pending": "pending", "name.replied": "replied",
        "name.accepted": "accepted", "name.declined": "declined",
        "name.recruiting": "recruiting", "name.sales": "sales", "name.networking": "networking",
        "name.initiator": "initiator", "name.influencer": "influencer", "name.gatekeeper": "gatekeeper",
        "name.decision maker": "decision maker", "name.buyer": "buyer", "name.user": "user",
        # the operating system's commonest refusals (any other in the system's own words)
        "errno.ENOENT": "No such file or directory", "errno.EACCES": "Permission denied",
        "errno.EPERM": "Operation not permitted", "errno.EISDIR": "Is a directory",
        "errno.ENOTDIR": "Not a directory", "errno.ENOSPC": "No space left on device",
        "errno.EROFS": "Read-only file system", "errno.EEXIST": "File exists",
    },
    "nl": {
        "no_command": "noem een opdracht: {commands}",
        "cannot_read": "kan {source} niet lezen: {detail}",
        "binary": "kan {source} niet lezen: het lijkt een binair bestand, geen bericht",
        "no_subject": "let op: een {kind} heeft geen onderwerp; de regel 'Subject:' wordt genegeerd",
        "kind.inmail": "InMail", "kind.connection_request": "connectieverzoek", "kind.follow_up": "vervolgbericht",
        "skipped_template": "overgeslagen: {what}",
        "variables": "variabelen: {names}",
        "set_pair": "--set verwacht KEY=VALUE, niet {pair}",
        "template_error": "sjabloon {id}: {text}",
        "no_template": "geen sjabloon {id}; zie 'inmail-studio templates list'",
        "out_needs_prospects": "--out werkt alleen samen met --prospects",
        "cannot_write_in": "kan niet schrijven in {target}: {detail}",
        "already_holds": ("let op: {target} bevat al berichtbestanden ({n}); bestanden voor dezelfde rij en naam "
                          "worden overschreven, de rest blijft staan"),
        "row_header": "=== rij {row}: {name}{company} · score {score} ===",
        "no_name_column": ("{path}: geen kolom bevat een naam (kolommen: {columns}); een prospectbestand heeft "
                           "een kolom Voornaam, Achternaam of Naam nodig (of First Name, Last Name, Name)"),
        "skipped_row": "{file}:{line}: overgeslagen: {why}",
        "inmail_still_open": "De InMail {id} aan {name} van {date} staat nog open. Antwoordde die persoon in "
                             "dat gesprek, markeer hem dan ook (LinkedIn geeft dan de credit terug): "
                             "inmail-studio log mark {id} {outcome}",
        "render_summary": ("rijen: {rows}, ingevuld: {rendered}, met fouten: {errors}, overgeslagen: {skipped}, "
                           "dubbele rijen samengevoegd: {merged}"),
        "files_written": "berichtbestanden geschreven naar {target}",
        "unfilled": "{n} met invulvelden die nog niet zijn ingevuld:",
        "unfilled_row": "rij {row} ({name}): {names}",
        "not_a_day": "geen dag (YYYY-MM-DD): {text}",
        "not_a_time": "geen ISO 8601-tijdstip: {text}",
        "holds_no_message": "{file} bevat geen bericht",
        "import_summary": ("uitnodigingen: {invitations}, gesprekken: {conversations}, geaccepteerd: {accepted}, "
                           "beantwoord: {replied}, nieuw: {new}, stonden er al: {matched}, "
                           "overgeslagen regels: {bad}"),
        "export_suffix": "geef een bestandsnaam die eindigt op .csv of .json",
        "cannot_write": "kan {file} niet schrijven: {detail}",
        "exported_one": "1 bericht geschreven naar {file}",
        "exported": "{count} berichten geschreven naar {file}",
        "export.not-found": "{detail} bestaat niet",
        "export.not-an-export": "{detail} is geen map of .zip van LinkedIn",
        "export.no-export-files": "{detail} bevat geen Invitations.csv en geen messages.csv",
        "export.missing-columns": "een bestand mist kolommen die nodig zijn ({detail})",
        "export.unreadable": "een bestand van de export kan niet worden gelezen ({detail})",
        "row.unreadable": "niet leesbaar als CSV",
        "row.too-long": "een regel langer dan 1.000.000 tekens",
        "row.bad-date": "geen datum: {value}",
        "row.no-person": "geen persoon genoemd",
        "row.bad-direction": "OUTGOING noch INCOMING: {value}",
        "log.unknown-item": "geen bericht {value} in het logboek",
        "log.unknown-outcome": "die uitkomst kent het logboek niet: {value}",
        "log.unknown-kind": "die soort bericht kent het logboek niet: {value}",
        "log.no-outcome-to-undo": "er is voor bericht {value} niets om ongedaan te maken",
        "log.outcome-not-for-kind": "alleen een connectieverzoek kan de uitkomst {value} krijgen",
        "log.outcome-before-sent": "dat tijdstip ligt voor het verzenden van het bericht ({value})",
        "not_days": "geen aantal dagen: {text}",
        "window_range": "de termijn is 1 tot en met 365 dagen, niet {days}",
        "stats_head": ("Antwoorden binnen {days} dagen na verzenden (jongere berichten zijn te recent om te "
                       "beoordelen):"),
        "no_template_row": "(geen sjabloon)",
        "rate": "{hits} van {counted} {verb}, {rate} (95 % zeker: {low}–{high})",
        "replied": "beantwoord", "accepted": "geaccepteerd",
        "none_old_enough": "nog geen die oud genoeg zijn om mee te tellen",
        "too_recent": "; te recent om te beoordelen: {n}",
        "no_inmails": "geen InMails of vervolgberichten in het logboek",
        "connection_requests": "Connectieverzoeken: {text}",
        "none_logged": "geen in het logboek",
        "ab": "A/B {template}: {a} {replied_a} van {sent_a}, {b} {replied_b} van {sent_b} (p = {p}): {verdict}",
        "verdict.not-enough-data": ("nog te weinig gegevens: met ongeveer {more} verzonden berichten meer per "
                                    "variant wordt een verschil van 10 punten zichtbaar"),
        "verdict.b-better": "{b} is zeer waarschijnlijk beter ({probability})",
        "verdict.a-better": "{a} is zeer waarschijnlijk beter ({probability})",
        "verdict.no-clear-difference": "geen duidelijk verschil na {sent} verzonden berichten elk",
        "plan.premium_career": "Premium Career", "plan.premium_business": "Premium Business",
        "plan.sales_navigator": "Sales Navigator", "plan.recruiter_lite": "Recruiter Lite",
        "plan.custom": "Eigen abonnement",
        "no_plan": ("Nog geen abonnement gekozen: deze app telt geen credits tot je je LinkedIn-abonnement kiest, "
                    "bijvoorbeeld met 'inmail-studio settings set plan premium_business' ({plans} of custom)."),
        "waiting": "InMails die op antwoord wachten (verzonden in de afgelopen 90 dagen): {n}",
        "plan_line": ("{plan}: {monthly} credits per maand, maximaal {cap} opgespaard (LinkedIn past deze "
                      "aantallen af en toe aan)."),
        "balance": "Saldo, volgens de telling van deze app: {balance}",
        "refund": "Terug als de openstaande InMails binnen 90 dagen worden beantwoord: {n}",
        "expiring": "Vervalt op {on} als je ze niet gebruikt: {credits}",
        "setting.unknown-key": "geen instelling met de naam {key}; `inmail-studio settings get` geeft de lijst",
        "setting.bad-value": "{value} is geen geldige waarde voor {key}",
        "one_of": "; kies uit: {choices}",
        "whole_number": "; gebruik een geheel getal van {low} tot en met {high}",
        "date_or_none": "; gebruik een datum als YYYY-MM-DD, of \"\" voor geen",
        "name.en": "Engels", "name.nl": "Nederlands", "name.inmail": "InMail",
        "name.connection_request": "connectieverzoek", "name.follow_up": "vervolgbericht",
        "name.pending": "openstaand", "name.replied": "beantwoord", "name.accepted": "geaccepteerd",
        "name.declined": "afgewezen",
        "name.recruiting": "werving", "name.sales": "verkoop", "name.networking": "netwerken",
        "name.initiator": "initiatiefnemer", "name.influencer": "beïnvloeder", "name.gatekeeper": "poortwachter",
        "name.decision maker": "beslisser", "name.buyer": "inkoper", "name.user": "gebruiker",
        "errno.ENOENT": "het bestand of de map bestaat niet", "errno.EACCES": "geen toestemming",
        "errno.EPERM": "niet toegestaan", "errno.EISDIR": "dit is een map",
        "errno.ENOTDIR": "dit is geen map", "errno.ENOSPC": "de schijf is vol",
        "errno.EROFS": "het bestandssysteem is alleen-lezen", "errno.EEXIST": "bestaat al",
    },
}
_BLANK = re.compile(r"\{(\w+)\}")
_SPEAKING: ContextVar[str | None] = ContextVar("inmail_studio_cli_language", default=None)


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


def speaking() -> str:
    """"en" or "nl": the language of the command being run (set by `main`), else the environment's."""
    chosen = _SPEAKING.get()
    return chosen if chosen in UI_LANGUAGES else language_of_argv(())


@contextmanager
def speaking_as(language: str) -> Iterator[None]:
    """While inside, `say()`, `describe()` and `bad_row()` speak `language` ("en" or "nl")."""
    token = _SPEAKING.set(language)
    try:
        yield
    finally:
        _SPEAKING.reset(token)


def set_speaking(language: str) -> None:
    """Change the language of the run already inside `speaking_as` (once the options are parsed)."""
    _SPEAKING.set(language)


def say(key: str, /, **params: Any) -> str:
    """The sentence `key` of WORDS in the UI language, each `{name}` replaced by str(params[name])
    (pass numbers through `number()` first when they should show a thousands separator).
    Raises KeyError for a key the table does not have."""
    return fill(WORDS[speaking()][key], {name: str(value) for name, value in params.items()})


def fill(text: str, values: Mapping[str, str]) -> str:
    """`text` with each `{name}` that `values` has replaced in one pass (a value holding "{x}",
    such as a file name, stays as it is); any other `{name}` is left."""
    return _BLANK.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def number(value: float, language: str | None = None, places: int = 0) -> str:
    """`value` with the language's separators: 1,234 and 0.05 (English), 1.234 and 0,05 (Dutch);
    a whole number as is, any other with `places` decimals."""
    language = language or speaking()
    shown = f"{value:,}" if isinstance(value, int) else f"{value:,.{places}f}"
    return shown.translate(str.maketrans(",.", ".,")) if language == "nl" else shown


def os_error(exc: OSError) -> str:
    """Why the system refused, in the UI language: the commonest refusals by their errno (WORDS
    "errno.ENOENT" …), any other in the system's own words."""
    key = f"errno.{errno.errorcode.get(exc.errno or 0, '')}"
    return say(key) if key in WORDS["en"] else str(exc.strerror or exc)


def code_name(code: str, language: str | None = None) -> str:
    """A kind, outcome or language code as reports show it in `language` (default: the UI language;
    WORDS "name.…"): English shows the code itself, a code without a name shows as itself."""
    words = WORDS.get(language or speaking(), WORDS["en"])
    return words.get(f"name.{code}", code)
