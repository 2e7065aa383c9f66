# SPDX-License-Identifier: GPL-3.0-or-later
"""Prospect import as people have the files, the list store, forgetting a person, bulk render."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from inmail_studio.cli import main as cli
from inmail_studio.core.paths import Paths, resources_dir
from inmail_studio.core.prospects import (
    Prospect,
    ProspectImportError,
    export_csv,
    preview_csv,
    read_csv,
)
from inmail_studio.core.store import Store
from inmail_studio.core.workspace import Workspace

NAMES = [("Ruud", "van der Zwaag"), ("Zoë", "Dekker"), ("Anouk", "Bakker-'t Hart")]
CONNECTIONS = """Notes:
"When exporting your connection data, you may notice that some of the email addresses are missing. \
You will only see email addresses for connections who have allowed it."

First Name,Last Name,URL,Email Address,Company,Position,Connected On
Ruud,van der Zwaag,https://www.linkedin.com/in/ruud-vdz,,Zwaag Techniek B.V.,CTO,13 Nov 2024
Zoë,Dekker,https://www.linkedin.com/in/zoedekker,zoe@example.nl,"Dekker, Jansen & Co",Head of People,02 Jan 2025
Anouk,Bakker-'t Hart,https://www.linkedin.com/in/anouk-bth/,,Brouwerij 't IJ,Inkoper,7 Mar 2023
"""
DUTCH = "Voornaam;Achternaam;Bedrijf;Functie;Uitdaging\r\n" + "".join(
    f"{first};{last};Bedrijf {i};Manager;Planning {i}\r\n" for i, (first, last) in enumerate(NAMES))


def names(path: Path) -> list[tuple[str, str]]:
    return [(p.first_name, p.last_name) for p in read_csv(path).prospects]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252", "utf-8"])
def test_dutch_excel_files_in_every_encoding_give_the_same_names(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / f"{encoding}.csv"
    path.write_bytes(DUTCH.encode(encoding))
    result = read_csv(path)
    assert names(path) == NAMES
    assert result.delimiter == ";"
    assert result.prospects[1].company == "Bedrijf 1" and result.prospects[1].details == {"challenge": "Planning 1"}
    assert not result.bad_rows


def test_linkedin_connections_export_with_its_notes(tmp_path: Path) -> None:
    path = tmp_path / "Connections.csv"
    path.write_text(CONNECTIONS, encoding="utf-8")
    result = read_csv(path)
    assert names(path) == NAMES
    zoe = result.prospects[1]
    assert zoe.company == "Dekker, Jansen & Co" and zoe.email == "zoe@example.nl"
    assert zoe.details["connected_on"] == "2025-01-02"
    assert result.prospects[2].details["connected_on"] == "2023-03-07"
    assert result.mapping == ["first_name", "last_name", "profile_url", "email", "company", "position",
                              "connected_on"]


def test_crm_export_maps_its_column_names(tmp_path: Path) -> None:
    path = tmp_path / "hubspot.csv"
    path.write_text("First Name,Last Name,Company Name,Job Title,LinkedIn URL,Favourite Tool\n"
                    "Sanne,de Vries,Acme,Head of Talent,https://linkedin.com/in/sdv,Figma\n", encoding="utf-8")
    [sanne] = read_csv(path).prospects
    assert (sanne.company, sanne.position, sanne.profile_url) == ("Acme", "Head of Talent", "https://linkedin.com/in/sdv")
    assert sanne.values()["favourite_tool"] == "Figma"


def test_a_name_column_is_split_into_first_and_last(tmp_path: Path) -> None:
    path = tmp_path / "names.csv"
    path.write_text("Naam,Bedrijf\nRuud van der Zwaag,Zwaag\n", encoding="utf-8")
    assert names(path) == [("Ruud", "van der Zwaag")]


def test_bad_rows_are_reported_and_good_rows_kept(tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text("First Name,Last Name,Company\nAnna,Jansen,Acme\n,,Nameless BV\n"
                    "Piet,Puk,Acme,surplus,cells\n\nMila,de Boer\n" + "Lange,Cel," + "x" * 10_001 + "\n",
                    encoding="utf-8")
    result = read_csv(path)
    assert [(p.first_name, p.company) for p in result.prospects] == [("Anna", "Acme"), ("Mila", "")]
    assert [(b.line, b.reason, dict(b.params)) for b in result.bad_rows] == [
        (3, "no_name", {}), (4, "too_many_cells", {"cells": 5, "width": 3}), (7, "cell_too_long", {"limit": 10_000})]


def test_a_line_without_an_end_is_a_bad_row_and_the_rows_after_it_still_count(tmp_path: Path) -> None:
    path = tmp_path / "runaway.csv"
    path.write_text("First Name,Last Name,Company\nAnna,Jansen,Acme\nPiet,Puk," + "x" * 1_200_000
                    + "\nMila,de Boer,Gent BV\n", encoding="utf-8")
    result = read_csv(path)
    assert [p.first_name for p in result.prospects] == ["Anna", "Mila"]
    assert [(b.line, b.reason) for b in result.bad_rows] == [(3, "line_too_long")]


def test_rows_for_the_same_profile_are_merged(tmp_path: Path) -> None:
    path = tmp_path / "dupes.csv"
    path.write_text("First Name,Last Name,URL,Email Address,Company\n"
                    "Zoë,Dekker,https://www.linkedin.com/in/zoedekker,,\n"
                    "Zoë,Dekker,http://linkedin.com/in/ZoeDekker/?trk=x,zoe@example.nl,Dekker & Co\n", encoding="utf-8")
    result = read_csv(path)
    assert result.merged == 1
    [zoe] = result.prospects
    assert (zoe.email, zoe.company) == ("zoe@example.nl", "Dekker & Co")


@pytest.mark.parametrize(("content", "message"), [
    (b"", "import.empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50, "import.binary"),
    (b"Dear Anna,\nthis is a letter, not a table.\n", "import.no_header"),
])
def test_files_that_are_not_prospect_lists_get_a_clear_message(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "file.csv"
    path.write_bytes(content)
    with pytest.raises(ProspectImportError, match=message):
        read_csv(path)


def test_the_mapping_step_can_correct_the_guess(tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Given,Family,Org\nAnna,Jansen,Acme\n", encoding="utf-8")
    preview = preview_csv(path)
    assert preview.header == ["Given", "Family", "Org"] and preview.rows == [["Anna", "Jansen", "Acme"]]
    result = read_csv(path, {"Given": "first_name", "Family": "last_name", "Org": "company"})
    assert (result.prospects[0].first_name, result.prospects[0].company) == ("Anna", "Acme")


def test_export_neutralises_formulas_and_keeps_accents(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    export_csv([Prospect(first_name="=HYPERLINK(\"x\")", last_name="Zoë", company="+31 20 123",
                         details={"notes": "@risk", "challenge": "-3% groei"})], path)
    text = path.read_text(encoding="utf-8-sig")
    row = next(csv.DictReader(io.StringIO(text)))
    assert row["first_name"] == "'=HYPERLINK(\"x\")" and row["company"] == "'+31 20 123"
    assert row["notes"] == "'@risk" and row["challenge"] == "'-3% groei" and row["last_name"] == "Zoë"


def test_deleting_a_prospect_leaves_no_trace_of_their_name(tmp_path: Path) -> None:
    ws = Workspace.open(Paths(resources=resources_dir(), data=tmp_path))
    store = ws.store
    lst = store.prospects.create_list("list", [Prospect(first_name="Wilhelmina", last_name="Zwaantjes"),
                                              Prospect(first_name="Anna", last_name="Jansen")])
    wilma = store.prospects.in_list(lst.id)[0]
    ws.people.open(wilma.id)
    ws.desk.set_text("", "Hi Wilhelmina Zwaantjes, ...")
    ws.sending.mark_sent()
    assert ws.people.dependents(wilma.id) == (1, 1)
    about = ws.people.everything_about(wilma.id)
    assert about["prospect"]["last_name"] == "Zwaantjes" and len(about["drafts"]) == len(about["sent"]) == 1
    assert about["sent"][0]["sent"][-6] in "+-"  # a time with its offset
    ws.people.forget(wilma.id)
    ws.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    assert b"Zwaantjes" not in raw and b"Wilhelmina" not in raw
    assert b"Jansen" in raw


def test_statuses_and_counts(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "db.sqlite3")
    lst = store.prospects.create_list("list", [Prospect(first_name=n) for n in ("A", "B", "C")])
    a, b, _ = store.prospects.in_list(lst.id)
    store.prospects.set_status(a.id, "sent")
    store.prospects.set_status(b.id, "replied")
    counts = store.prospects.get_list(lst.id).counts
    assert counts == {"todo": 1, "drafted": 0, "sent": 1, "replied": 1}
    assert store.prospects.get_list(lst.id).left == 1
    assert [p.first_name for p in store.prospects.in_list(lst.id, "todo")] == ["C"]
    assert store.prospects.get(b.id).status_at is not None


def test_cli_renders_every_row_and_names_unfilled_ones(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "Connections.csv"
    path.write_text(CONNECTIONS, encoding="utf-8")
    out = io.StringIO()
    code = cli(["--data-dir", str(tmp_path / "data"), "render", "en-network-inmail-shared-interest",
                "--prospects", str(path), "--json"], out=out)
    rows = json.loads(out.getvalue())
    assert [r["row"] for r in rows] == [1, 2, 3]
    assert rows[1]["prospect"]["first_name"] == "Zoë" and "Zoë" in rows[1]["body"]
    assert {"language", "kind", "score", "metrics", "findings"} <= set(rows[0]["lint"])
    assert code == (1 if any(r["lint"]["metrics"]["unfilled_placeholders"] for r in rows) else 0)
    folder = tmp_path / "messages"
    summary = io.StringIO()
    cli(["--data-dir", str(tmp_path / "data"), "render", "en-network-inmail-shared-interest", "--prospects",
         str(path), "--out", str(folder)], out=summary)
    files = sorted(folder.iterdir())
    assert len(files) == 3 and files[1].read_text(encoding="utf-8").startswith("Subject: ")
    assert "rows: 3, rendered: 3" in summary.getvalue()
    if code == 1:
        assert "with unfilled placeholders" in summary.getvalue() and "Ruud van der Zwaag" in summary.getvalue()


def test_one_profile_url_with_two_names_is_reported_not_merged(tmp_path: Path) -> None:
    path = tmp_path / "conflict.csv"
    path.write_text("First Name,Last Name,URL\nZoë,Dekker,https://www.linkedin.com/in/zoedekker\n"
                    "Ingrid,Ünal,https://www.linkedin.com/in/zoedekker/\n", encoding="utf-8")
    result = read_csv(path)
    assert [p.name for p in result.prospects] == ["Zoë Dekker"] and result.merged == 0
    assert [(b.line, b.reason, dict(b.params)) for b in result.bad_rows] == [
        (3, "same_url_other_name", {"first_line": 2, "name": "Zoë Dekker"})]


def test_cli_render_with_nothing_to_render_is_not_a_success(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "nameless.csv"
    path.write_text("First Name,Last Name,Company\n,,Acme\n", encoding="utf-8")
    out = io.StringIO()
    code = cli(["--data-dir", str(tmp_path / "data"), "render", "en-network-inmail-shared-interest",
                "--prospects", str(path)], out=out)
    assert code == 1 and "rendered: 0" in capsys.readouterr().err


def test_cli_reads_a_dutch_subject_label_and_reports_file_lines(tmp_path: Path) -> None:
    path = tmp_path / "bericht.txt"
    path.write_text("Onderwerp: Snelle vraag\n\nHoi [Naam],\n\nHeeft u volgende week tien minuten?\n",
                    encoding="utf-8")
    out = io.StringIO()
    cli(["lint", str(path)], out=out)
    report = out.getvalue()
    assert "subject 1:1" in report and "vague-subject" in report
    assert "body 3:5" in report  # [Naam] on line 3 of the file, column 5


def test_a_file_that_cannot_be_opened_is_named_by_its_path_with_the_system_error_code(tmp_path: Path) -> None:
    missing = tmp_path / "lists" / "missing.csv"
    with pytest.raises(ProspectImportError) as caught:
        read_csv(missing)
    assert caught.value.code == "import.cannot_open"
    assert caught.value.params["file"] == str(missing) and caught.value.params["errno"] == "ENOENT"
    with pytest.raises(ProspectImportError) as caught:
        preview_csv(tmp_path)  # a folder
    assert caught.value.params["errno"] == "EISDIR"
