# SPDX-License-Identifier: GPL-3.0-or-later
"""Refusals in the UI language: a prospect file that cannot be opened, bad user template files
(skipped one line each, the rest of the library still works), the lint report's field names and
a usage error's argument name (fresh-eyes review, defects 5-7)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from inmail_studio.cli import main

LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
TEMPLATE = "nl-recruit-inmail-developer-project"
GOOD = 'title = "Zebra"\nkind = "inmail"\nlanguage = "en"\nsubject = "Hi"\nbody = "Hello {{ first_name }}"\n'
BAD = {"d.toml": 'id = "d"\ndmu = 3\n', "i.toml": "id = 5\n", "c.toml": 'id = "c"\nsample = 3\n',
       "f.toml": 'id = "f"\ntitle = 3\n'}
PYTHON_WORDS = ("object", "'int'", "codec", "iterable", "attribute", "onverwachte", "unexpected")


@pytest.fixture(autouse=True)
def no_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)


def run(tmp: Path, capsys: pytest.CaptureFixture[str], language: str, *argv: str) -> tuple[int, str, str]:
    """`inmail-studio ARGV --ui-lang LANGUAGE --data-dir TMP/data`: exit code, stdout, stderr."""
    out = io.StringIO()
    code = main([*argv, "--ui-lang", language, "--data-dir", str(tmp / "data")], out)
    return code, out.getvalue(), capsys.readouterr().err


@pytest.mark.parametrize(("language", "says"), [("nl", "kan niet worden geopend: het bestand of de map bestaat niet"),
                                                ("en", "cannot be opened: No such file or directory")])
def test_a_missing_prospect_file_is_named_with_its_folder_and_the_system_error_in_the_language(
        language: str, says: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = str(tmp_path / "lijsten" / "missing.csv")
    code, _, err = run(tmp_path, capsys, language, "render", TEMPLATE, "--prospects", missing)
    assert code == 2
    assert err == f"inmail-studio: {missing} {says}\n"


@pytest.mark.parametrize(("language", "says"), [
    ("nl", ["overgeslagen: d.toml: ‘dmu’ moet een lijst van teksten zijn",
            "overgeslagen: i.toml: ‘id’ moet tekst zijn", "overgeslagen: c.toml: ‘sample’ moet een tabel",
            "overgeslagen: f.toml: ‘title’ moet tekst zijn", "overgeslagen: l.toml: het bestand is geen UTF-8"]),
    ("en", ["skipped d.toml: “dmu” must be a list of texts", "skipped i.toml: “id” must be text",
            "skipped c.toml: “sample” must be a table", "skipped f.toml: “title” must be text",
            "skipped l.toml: the file is not UTF-8"]),
])
def test_bad_user_template_files_are_skipped_one_line_each_and_the_rest_works(
        language: str, says: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    user = tmp_path / "data" / "templates"
    user.mkdir(parents=True)
    for name, head in BAD.items():
        (user / name).write_text(head + GOOD.replace('title = "Zebra"\n', "" if "title" in head else
                                                     'title = "T"\n'), encoding="utf-8")
    (user / "l.toml").write_bytes(('id = "l"\n' + GOOD.replace("Zebra", "Café")).encode("latin-1"))
    (user / "z.toml").write_text('id = "zebra"\n' + GOOD, encoding="utf-8")
    code, out, err = run(tmp_path, capsys, language, "templates", "list")
    assert code == 0
    assert "zebra " in out and TEMPLATE in out
    lines = err.splitlines()
    assert len(lines) == len(BAD) + 1, err
    for words in says:
        assert any(words in line for line in lines), (words, err)
    assert not [w for w in PYTHON_WORDS if w in err], err
    code, out, err = run(tmp_path, capsys, language, "render", "zebra", "--set", "first_name=Anna")
    assert code != 2 and "Hello Anna" in out  # 1: the coach finds the two-word InMail too short


@pytest.mark.parametrize(("language", "subject", "body"), [("nl", "  onderwerp 1:1  ", "  berichttekst 3:5  "),
                                                           ("en", "  subject 1:1  ", "  body 3:5  ")])
def test_the_lint_report_names_subject_and_body_in_the_language(
        language: str, subject: str, body: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bericht.txt"
    path.write_text("Onderwerp: Snelle vraag\n\nHoi [Naam],\n\nHeb je volgende week tien minuten?\n", encoding="utf-8")
    _, out, _ = run(tmp_path, capsys, language, "lint", str(path))
    assert subject in out and body in out, out


def test_a_bad_outcome_is_refused_with_a_dutch_argument_name(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(tmp_path, capsys, "nl", "log", "mark", "1", "misschien")
    assert code == 2
    assert "argument UITKOMST: ongeldige keuze: 'misschien'" in err, err
    code, _, err = run(tmp_path, capsys, "en", "log", "mark", "1", "maybe")
    assert "argument OUTCOME: invalid choice: 'maybe'" in err, err


def test_the_outcomes_to_choose_from_are_in_the_help(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run(tmp_path, capsys, "nl", "log", "mark", "--help")
    out = capsys.readouterr().out
    assert "ID UITKOMST" in out and "pending, replied, accepted of declined" in out, out


@pytest.mark.parametrize("json", [False, True])
def test_a_user_template_with_a_syntax_error_is_listed_and_the_list_goes_on(
        json: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    user = tmp_path / "data" / "templates"
    user.mkdir(parents=True)
    (user / "j.toml").write_text('id = "j-bad"\n' + GOOD.replace('"Hi"', '"{{ oops"'), encoding="utf-8")
    code, out, err = run(tmp_path, capsys, "nl", "templates", "list", *(["--json"] if json else []))
    assert code == 0
    assert "j-bad" in out and TEMPLATE in out
    assert err.startswith("inmail-studio: sjabloon j-bad: regel 1: ") and len(err.splitlines()) == 1, err
