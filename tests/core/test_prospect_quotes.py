# SPDX-License-Identifier: GPL-3.0-or-later
"""A quote opened in a prospect file and never closed: a bad row with its line, never a person's name."""

from __future__ import annotations

import io
from pathlib import Path

from inmail_studio.cli import main as cli
from inmail_studio.cli.texts import bad_row
from inmail_studio.core.prospects import read_csv

DUTCH_EXCEL = "\ufeffVoornaam;Achternaam;Bedrijf;Functie;Project\r\nZoë;Dekker;Picnic;Developer;de bezorgplanner\r\n"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "nl.csv"
    path.write_text(text, encoding="utf-8", newline="")
    return path


def test_an_unclosed_quote_on_the_last_row_is_a_bad_row_not_a_first_name(tmp_path: Path) -> None:
    path = write(tmp_path, DUTCH_EXCEL + "Daan;;Adyen\r\n;;;;\r\n\"Fleur;Jansen;Mollie;Data;x\r\n")
    result = read_csv(path)
    assert [p.name for p in result.prospects] == ["Zoë Dekker", "Daan"]
    assert [(b.line, b.reason) for b in result.bad_rows] == [(5, "unclosed_quote")]
    assert bad_row(result.bad_rows[0]) == 'opens a quote (") that is never closed'


def test_without_a_final_line_break_too(tmp_path: Path) -> None:
    result = read_csv(write(tmp_path, DUTCH_EXCEL + "\"Fleur;Jansen;Mollie"))
    assert [p.name for p in result.prospects] == ["Zoë Dekker"]
    assert [(b.line, b.reason) for b in result.bad_rows] == [(3, "unclosed_quote")]


def test_the_rows_an_unclosed_quote_ran_into_are_still_imported(tmp_path: Path) -> None:
    path = write(tmp_path, DUTCH_EXCEL + "\"Fleur;Jansen;Mollie;Data;x\r\nSem;de Vries;Bol;Dev;y\r\n"
                 "Anna;Bakker;\"Dekker; Co\";Dev;z\r\nPiet;Puk;Acme;Dev;w\r\n")
    result = read_csv(path)
    assert [(p.name, p.company) for p in result.prospects] == [
        ("Zoë Dekker", "Picnic"), ("Sem de Vries", "Bol"), ("Anna Bakker", "Dekker; Co"), ("Piet Puk", "Acme")]
    assert [(b.line, b.reason) for b in result.bad_rows] == [(3, "unclosed_quote")]
    assert result.rows == 5


def test_a_quoted_line_break_is_still_one_cell(tmp_path: Path) -> None:
    result = read_csv(write(tmp_path, DUTCH_EXCEL + "Anna;Lang;\"Multi\r\nline\";Dev;x\r\nBob;Kort;Baz;Dev;y\r\n"))
    assert [(p.first_name, p.company) for p in result.prospects] == [
        ("Zoë", "Picnic"), ("Anna", "Multi\r\nline"), ("Bob", "Baz")]
    assert result.bad_rows == []


def test_render_names_the_line_and_renders_only_the_good_rows(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, DUTCH_EXCEL + "\"Fleur;Jansen;Mollie;Data;x\r\n")
    out = io.StringIO()
    cli(["--data-dir", str(tmp_path / "data"), "render", "nl-recruit-inmail-developer-project",
         "--prospects", str(path), "--json"], out=out)
    err = capsys.readouterr().err
    assert f"{path}:3: skipped: opens a quote" in err
    assert "Fleur;Jansen" not in out.getvalue()
