# SPDX-License-Identifier: GPL-3.0-or-later
"""Every command speaks Dutch under `--ui-lang nl` and English under `--ui-lang en`: its output,
errors, notes and help; the problem codes' sentences say what the window's Dutch says; JSON
field names never change (fresh-eyes, command line)."""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from inmail_studio.cli import main
from inmail_studio.cli.argparse_words import HELP
from inmail_studio.cli.texts import BAD_ROWS, TEXTS, describe
from inmail_studio.cli.words import REPORT, WORDS
from inmail_studio.core.errors import Problem
from inmail_studio.core.lint.data import load_rulebook
from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.paths import Paths, resources_dir
from inmail_studio.core.results.settings import ResultsSettings
from inmail_studio.core.store import Store

LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
TEMPLATE = "nl-recruit-inmail-developer-project"
PROSPECTS = 'First Name,Last Name,Company\nAnna,Jansen,ACME\nBob\n"Open,x\n'
INVITATIONS = 'From,To,Sent At,Message,Direction\nJoost,Sanne,"1/29/26, 12:30 AM",Hi,OUTGOING\nJoost,Eva,x,,OUTGOING\n'
MESSAGE = "Subject: Snelle vraag\n\nHoi Anna,\n\nIk zag je talk over platformteams. Heb je tijd voor koffie?\n"
TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "inmail_studio_nl.ts"
KINDS = load_rulebook(resources_dir() / "rules").rules["call-to-action"].options["kinds"]


@pytest.fixture(autouse=True)
def no_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)


def run(tmp: Path, capsys: pytest.CaptureFixture[str], language: str, *argv: str) -> tuple[int, str]:
    """`inmail-studio ARGV --ui-lang LANGUAGE --data-dir TMP/data`: exit code, stdout + stderr."""
    out = io.StringIO()
    code = main([*argv, "--ui-lang", language, "--data-dir", str(tmp / "data")] if argv else
                ["--ui-lang", language], out)
    return code, out.getvalue() + capsys.readouterr().err


def write(path: Path, text: str | bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return str(path)


# Each scenario: the arguments (made in a fresh folder), what Dutch says, what English says.
Scenario = tuple[Callable[[Path], list[str]], list[str], list[str]]
SCENARIOS: dict[str, Scenario] = {
    "no command": (lambda t: [], ["inmail-studio: noem een opdracht: lint, templates"],
                   ["inmail-studio: name a command: lint, templates"]),
    "cannot read": (lambda t: ["lint", str(t / "missing.txt")],
                    ["niet lezen: het bestand of de map bestaat niet"], ["cannot read", "No such file or directory"]),
    "binary": (lambda t: ["lint", write(t / "b.txt", bytes(range(256)) * 8)],
               ["het lijkt een binair bestand, geen bericht"], ["it looks like a binary file, not a message"]),
    "subject note": (lambda t: ["lint", "--kind", "connection_request", write(t / "m.txt", MESSAGE)],
                     ["let op: een connectieverzoek heeft geen onderwerp; de regel 'Subject:' wordt genegeerd"],
                     ["note: a connection request has no subject; the Subject line is ignored"]),
    "render rows": (lambda t: ["render", TEMPLATE, "--prospects", write(t / "p.csv", PROSPECTS)],
                    ["=== rij 1: Anna Jansen (ACME) · score ", "rijen: 3, ingevuld: 2, met fouten: ",
                     "p.csv:4: overgeslagen: opent een aanhalingsteken", "met invulvelden die nog niet zijn",
                     "  rij 2 (Bob): "],
                    ["=== row 1: Anna Jansen (ACME) · score ", "rows: 3, rendered: 2, with errors: ",
                     "p.csv:4: skipped: opens a quote", "with unfilled placeholders:", "  row 2 (Bob): "]),
    "render into a full folder": (
        lambda t: ["render", TEMPLATE, "--prospects", write(t / "p.csv", PROSPECTS), "--out",
                   str(Path(write(t / "out" / "old.txt", "x")).parent)],
        ["bevat al berichtbestanden (1); bestanden voor dezelfde rij", "berichtbestanden geschreven naar "],
        ["already holds message files (1); files for the same row", "message files written to "]),
    "render without names": (lambda t: ["render", TEMPLATE, "--prospects", write(t / "p.csv", "a,b\n1,2\n")],
                             ["geen kolom bevat een naam (kolommen: a, b)", "Voornaam, Achternaam of Naam"],
                             ["no column holds a name (columns: a, b)"]),
    "render errors": (lambda t: ["render", "nope"], ["inmail-studio render: geen sjabloon 'nope'; zie "],
                      ["inmail-studio render: no template 'nope'; see "]),
    "problem code": (lambda t: ["render", TEMPLATE, "--prospects", write(t / "leeg.csv", "")],
                     ["inmail-studio: leeg.csv is leeg."], ["inmail-studio: leeg.csv is empty."]),
    "templates": (lambda t: ["templates", "list"] if write(t / "data" / "templates" / "bad.toml", "id = [") else [],
                  ["inmail-studio: overgeslagen: bad.toml: geen geldig sjabloonbestand", "variabelen: ",
                   " connectieverzoek ", "verkoop, initiatiefnemer, ZMOT"],
                  ["inmail-studio: skipped bad.toml: not a valid template file", "variables: ",
                   " connection_request ", "sales, initiator, ZMOT"]),
    "log add": (lambda t: ["log", "add", write(t / "leeg.txt", ""), "--kind", "inmail", "--to", "Anna"],
                ["leeg.txt bevat geen bericht"], ["leeg.txt holds no message"]),
    "log mark": (lambda t: ["log", "mark", "99", "replied"], ["inmail-studio log: geen bericht 99 in het logboek"],
                 ["inmail-studio log: no log item 99"]),
    "log list": (lambda t: ["log", "list", "--since", "gisteren"],
                 ["argument --since: geen dag (YYYY-MM-DD): gisteren"], ["not a day (YYYY-MM-DD): gisteren"]),
    "log import": (lambda t: ["log", "import-linkedin", str(Path(write(t / "e" / "Invitations.csv",
                                                                      INVITATIONS)).parent)],
                   ["uitnodigingen: 1, gesprekken: 0", "stonden er al: 0, overgeslagen regels: 1",
                    "Invitations.csv:3: overgeslagen: geen datum: x"],
                   ["invitations: 1, conversations: 0", "already logged: 0, bad rows: 1",
                    "Invitations.csv:3: skipped: not a date: x"]),
    "log import nothing": (lambda t: ["log", "import-linkedin", str(t / "weg")], ["weg bestaat niet"],
                           ["weg does not exist"]),
    "log export": (lambda t: ["log", "export", str(t / "log.txt")],
                   ["geef een bestandsnaam die eindigt op .csv of .json"], ["name a FILE.csv or FILE.json"]),
    "stats": (lambda t: ["stats"], ["Antwoorden binnen 30 dagen na verzenden", "geen InMails of vervolgberichten",
                                    "Connectieverzoeken: geen in het logboek"],
              ["Replies within 30 days of sending", "no InMails or follow-ups logged",
               "Connection requests: none logged"]),
    "stats window": (lambda t: ["stats", "--window-days", "0"], ["de termijn is 1 tot en met 365 dagen, niet 0"],
                     ["the window is 1 to 365 days, not 0"]),
    "credits": (lambda t: ["credits"], ["Nog geen abonnement gekozen", "recruiter_lite of custom",
                                        "InMails die op antwoord wachten"],
                ["No plan chosen yet", "recruiter_lite or custom", "InMails waiting for an answer"]),
    "settings": (lambda t: ["settings", "set", "followup_delay.inmail", "9999"],
                 ["'9999' is geen geldige waarde voor followup_delay.inmail; gebruik een geheel getal van 1 tot en "
                  "met 365"],
                 ["'9999' is not a valid value for followup_delay.inmail; use a whole number from 1 to 365"]),
    "settings key": (lambda t: ["settings", "get", "kleur"], ["geen instelling met de naam kleur"],
                     ["no setting named kleur"]),
}


@pytest.mark.parametrize("name", SCENARIOS)
def test_dutch_under_nl_and_english_under_en(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make, dutch, english = SCENARIOS[name]
    for language, says, not_said in (("nl", dutch, english), ("en", english, dutch)):
        folder = tmp_path / language
        folder.mkdir()
        _, text = run(folder, capsys, language, *make(folder))
        for words in says:
            assert words in text, (language, words, text)
        for words in not_said:
            assert words not in text, (language, words, text)


def test_log_list_export_and_report_names_in_dutch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    message = write(tmp_path / "m.txt", MESSAGE)
    assert run(tmp_path, capsys, "nl", "log", "add", message, "--kind", "inmail", "--to", "Anna") == (0, "1\n")
    code, text = run(tmp_path, capsys, "nl", "log", "mark", "1", "accepted")
    assert code == 2 and "alleen een connectieverzoek kan de uitkomst accepted krijgen" in text
    assert run(tmp_path, capsys, "nl", "log", "mark", "1", "replied")[0] == 0
    listed = run(tmp_path, capsys, "nl", "log", "list")[1]
    assert "  InMail  " in listed and "  beantwoord " in listed and "replied" not in listed
    listed = run(tmp_path, capsys, "en", "log", "list")[1]
    assert "  inmail  " in listed and "  replied " in listed  # English shows the codes, as typed
    summary = run(tmp_path, capsys, "nl", "lint", message)[1].splitlines()[0]
    assert " · Nederlands · InMail · " in summary
    assert " · Dutch · InMail · " in run(tmp_path, capsys, "en", "lint", message)[1].splitlines()[0]
    code, text = run(tmp_path, capsys, "nl", "log", "export", str(tmp_path / "log.csv"))
    assert text == f"1 bericht geschreven naar {tmp_path / 'log.csv'}\n"
    assert run(tmp_path, capsys, "en", "log", "export", str(tmp_path / "log.csv"))[1].startswith("1 message written")


@pytest.fixture
def results_data(tmp_path: Path) -> Path:
    """A log with an A/B test of 12 InMails (a third replied) and an accepted invitation; plan chosen."""
    now, day = datetime.now(timezone(timedelta(hours=1))), timedelta(days=1)
    items = [LogItem(0, now - 60 * day, "inmail", to_name=f"P{i}", template_id="t", variant="AB"[i % 2],
                     outcome="replied" if i % 3 == 0 else "pending",
                     outcome_at=now - 58 * day if i % 3 == 0 else None) for i in range(12)]
    items.append(LogItem(0, now - 40 * day, "connection_request", to_name="R", outcome="accepted",
                         outcome_at=now - 39 * day))
    store = Store.open(Paths.default(str(tmp_path / "data")).database)
    try:
        store.sent.add_items(items)
        store.settings.set("results", ResultsSettings(plan="custom", plan_since=date.today() - 70 * day).to_json())
    finally:
        store.close()
    return tmp_path


def test_stats_and_credits_reports_in_dutch(results_data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = run(results_data, capsys, "nl", "stats")[1]
    assert "van 6 beantwoord, " in text and "(95 % zeker: " in text
    assert "Connectieverzoeken: 1 van 1 geaccepteerd" in text
    assert re.search(r"A/B t: A \d van 6, B \d van 6 \(p = \d,\d\d\): nog te weinig gegevens", text), text
    assert " of " not in text and "replied" not in text and "sure" not in text
    english = run(results_data, capsys, "en", "stats")[1]
    assert re.search(r"\(p = \d\.\d\d\): not enough data yet", english) and "of 6 replied" in english
    credits = run(results_data, capsys, "nl", "credits")[1]
    assert credits.startswith("Eigen abonnement: ") and "credits per maand, maximaal" in credits
    assert "Saldo, volgens de telling van deze app: " in credits and "Balance" not in credits
    assert run(results_data, capsys, "en", "credits")[1].startswith("Custom plan: ")


def test_help_is_dutch_under_nl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--ui-lang", "nl", "--help"], io.StringIO())
    text = capsys.readouterr().out
    assert "Een schrijfcoach voor InMails" in text and "het versienummer tonen en stoppen" in text
    assert "een berichtbestand door de coach laten nakijken" in text and "coach one message file" not in text
    with pytest.raises(SystemExit):
        main(["log", "add", "--help", "--ui-lang", "nl"], io.StringIO())
    text = capsys.readouterr().out
    assert "standaard: nu" in text and "default: now" not in text
    with pytest.raises(SystemExit):
        main(["--help"], io.StringIO())
    text = capsys.readouterr().out
    assert "coach one message file" in text and "show program's version number and exit" in text


def test_an_unexpected_failure_says_so_in_dutch(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from inmail_studio.cli import log as log_command

    def broken(*_args: object) -> int:
        raise RuntimeError("kapot")

    monkeypatch.setattr(log_command, "cmd_list", broken)
    assert run(tmp_path, capsys, "nl", "log", "list") == (
        2, "inmail-studio: een onverwachte fout heeft de opdracht gestopt: kapot\n")


def test_json_names_stay_and_texts_follow_the_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    export = str(Path(write(tmp_path / "e" / "Invitations.csv", INVITATIONS)).parent)
    summaries = {}
    for language in ("nl", "en"):
        code, text = run(tmp_path / language, capsys, language, "log", "import-linkedin", export, "--json")
        summaries[language] = json.loads(text)
    assert summaries["nl"] == summaries["en"]  # counts and codes only: nothing to translate, nothing renamed
    rendered = {}
    for language in ("nl", "en"):
        out = io.StringIO()
        main(["render", TEMPLATE, "--json", "--ui-lang", language, "--data-dir", str(tmp_path / "d")], out)
        rendered[language] = json.loads(out.getvalue())
    assert rendered["nl"].keys() == rendered["en"].keys()
    messages = {language: [f["message"] for f in r["lint"]["findings"]] for language, r in rendered.items()}
    assert any("is een invulveld dat nooit is ingevuld" in m for m in messages["nl"])
    assert any("never filled in" in m for m in messages["en"]) and messages["nl"] != messages["en"]


def test_a_temporary_copy_and_numbers_are_told_in_dutch() -> None:
    notice = Problem("cli.temporary_read", {"reason": "store.locked", "path": "/d/db", "detail": "busy"})
    assert describe(notice, "nl") == ("De database /d/db is door een ander programma vergrendeld (busy). "
                                      "Je ziet een tijdelijke kopie van je gegevens.")
    assert describe(notice, "en").endswith("Showing a temporary copy of your data.")
    assert describe(Problem("template.too_long", {"limit": 20000}), "nl") == "Het sjabloon is langer dan 20.000 tekens."
    assert describe(Problem("template.too_long", {"limit": 20000}), "en") == "The template is over 20,000 characters."


TABLES = {"problem codes": TEXTS, "bad rows": BAD_ROWS, "report": REPORT, "sentences": WORDS, "help": HELP}


@pytest.mark.parametrize("name", TABLES)
def test_every_text_is_in_both_languages_with_the_same_blanks(name: str) -> None:
    table = TABLES[name]
    assert set(table) == {"en", "nl"}
    assert sorted(set(table["en"]) ^ set(table["nl"])) == []
    blanks = re.compile(r"\{[a-z_]+\}")
    for key, english in table["en"].items():
        assert sorted(blanks.findall(english)) == sorted(blanks.findall(table["nl"][key])), key
        assert table["nl"][key].strip(), key


def test_dutch_says_no_u() -> None:
    every = [t for table in TABLES.values() for t in table["nl"].values()]
    assert not [t for t in every if re.search(r"\b(u|uw)\b", t)]


def _window_dutch() -> dict[str, str]:
    """The window's Dutch for its "Problems" texts: English source -> translation."""
    root = ET.parse(TS).getroot()
    context = next(c for c in root if c.findtext("name") == "Problems")
    return {m.findtext("source") or "": m.findtext("translation") or "" for m in context.iter("message")}


def test_problem_codes_say_what_the_window_says_where_the_english_is_the_same() -> None:
    window = _window_dutch()
    shared = [key for key, english in TEXTS["en"].items() if english in window]
    assert len(shared) >= 30, shared
    for key in shared:
        assert TEXTS["nl"][key] == window[TEXTS["en"][key]], key
    rows = [key for key, english in BAD_ROWS["en"].items() if english in window]
    assert len(rows) == len(BAD_ROWS["en"])
    for key in rows:
        assert BAD_ROWS["nl"][key] == window[BAD_ROWS["en"][key]], key


def test_a_file_name_with_braces_is_shown_as_it_is(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    prospects = write(tmp_path / "{why} {line}.csv", PROSPECTS)
    text = run(tmp_path, capsys, "nl", "render", TEMPLATE, "--prospects", prospects)[1]
    assert f"{prospects}:4: overgeslagen: opent een aanhalingsteken" in text


def test_the_summary_names_what_each_ask_asks_for_as_the_window_does(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "m.txt", "Hoi Sanne,\n\nIk las je stuk over roosters in de thuiszorg.\n\nStaat "
                 "invalplanning bij jullie dit jaar op de agenda? Heb je volgende week tijd voor een kort "
                 "belletje?\n\nGroet,\nJoost\n")
    _, dutch = run(tmp_path, capsys, "nl", "lint", "--kind", "inmail", path)
    _, english = run(tmp_path, capsys, "en", "lint", "--kind", "inmail", path)
    assert "· 2 verzoeken: interesse, gesprek of afspraak\n" in dutch
    assert "· 2 asks: interest, call or meeting\n" in english
    assert {f"ask.{kind}" for kind in KINDS} <= REPORT["nl"].keys() & REPORT["en"].keys()
