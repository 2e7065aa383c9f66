# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading LinkedIn's own data export into the outreach log, on exports written here in every shape."""
# ruff: noqa: E501  (export rows are written out whole, as LinkedIn writes them)

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from linkedin_exports import INVITATIONS_NEW, INVITATIONS_OLD, MESSAGES, PROFILE, full_export, write_export

from inmail_studio.core.outreach.export_rows import ExportError, parse_day, parse_time, split_names
from inmail_studio.core.outreach.linkedin_export import read_export


def by_name(reading, kind: str | None = None) -> dict:
    return {i.to_name: i for i in reading.items if kind is None or i.kind == kind}


def test_outgoing_invitations_become_connection_requests_accepted_when_connected(tmp_path: Path) -> None:
    reading = read_export(full_export(tmp_path / "export"))
    requests = by_name(reading, "connection_request")
    assert set(requests) == {"Sanne Bakker", "Pieter Jansen"}  # the incoming one is not the user's
    sanne, pieter = requests["Sanne Bakker"], requests["Pieter Jansen"]
    assert sanne.body == "Hi Sanne, enjoyed your talk on platform teams."
    assert sanne.profile_url == "https://www.linkedin.com/in/sannebakker"
    assert sanne.outcome == "accepted"
    assert sanne.outcome_at.astimezone().date().isoformat() == "2026-02-02"
    assert pieter.body == "" and pieter.outcome == "pending" and pieter.outcome_at is None
    assert pieter.sent_at == datetime(2026, 6, 1, 8, 0, tzinfo=UTC)
    assert reading.invitations == 2 and all(i.source == "linkedin-export" for i in reading.items)


def test_older_invitations_without_url_columns_match_connections_by_name(tmp_path: Path) -> None:
    reading = read_export(full_export(tmp_path / "export", INVITATIONS_OLD))
    requests = by_name(reading, "connection_request")
    assert requests["Sanne Bakker"].outcome == "accepted"
    assert requests["Sanne Bakker"].profile_url == ""
    assert requests["Pieter Jansen"].sent_at == datetime(2026, 2, 3, 9, 5).astimezone()


def test_conversations_the_user_started_with_their_replies(tmp_path: Path) -> None:
    reading = read_export(full_export(tmp_path / "export"))
    messages = {i.to_name: i for i in reading.items if i.kind != "connection_request"}
    lotte = messages["Lotte Visser"]
    assert lotte.kind == "inmail" and lotte.subject == "Your talk on data mesh"
    assert lotte.body == "Hi Lotte,\nwould you be open to a short call?"
    assert lotte.outcome == "replied" and lotte.outcome_at == datetime(2026, 8, 3, 10, tzinfo=UTC)
    pieter = messages["Jansen, Pieter"]  # a name holding ", " stays one name
    assert pieter.kind == "follow_up" and pieter.outcome == "pending"
    assert "Karel Appel" not in messages  # he started that conversation
    assert messages["Bram Kok"].outcome == "replied" and messages["Anna de Wit"].outcome == "pending"
    assert reading.conversations == 3 and reading.replied == 2 and reading.accepted == 1


def test_the_other_persons_text_is_never_kept(tmp_path: Path) -> None:
    reading = read_export(full_export(tmp_path / "export"))
    kept = " ".join(f"{i.subject} {i.body}" for i in reading.items)
    assert "happy to talk" not in kept and "Are you hiring" not in kept and "Hi!" not in kept


def test_bad_rows_are_reported_with_their_line_and_the_rest_is_read(tmp_path: Path) -> None:
    invitations = INVITATIONS_NEW + "Joost de Vries,Noor Ali,yesterday,,OUTGOING,,\n"
    reading = read_export(full_export(tmp_path / "export", invitations))
    bad = [(b.file, b.line, b.code) for b in reading.bad_rows]
    assert ("messages.csv", 10, "bad-date") in bad  # line 10: the InMail's body spans lines 3-4
    assert ("Invitations.csv", 5, "bad-date") in bad
    assert len(bad) == 2 and reading.invitations == 2


def test_a_zip_reads_like_the_folder_even_with_its_files_in_a_subfolder(tmp_path: Path) -> None:
    folder = full_export(tmp_path / "export")
    archive = tmp_path / "Basic_LinkedInDataExport_01-01-2026.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for f in folder.iterdir():
            z.write(f, f"Basic_LinkedInDataExport/{f.name}")
    from_zip, from_folder = read_export(archive), read_export(folder)
    assert from_zip.items == from_folder.items and len(from_zip.items) == 6


def test_the_user_is_found_without_profile_csv(tmp_path: Path) -> None:
    folder = write_export(tmp_path / "export", **{"messages.csv": MESSAGES})
    reading = read_export(folder)
    assert reading.user is not None and reading.user.is_me("Joost de Vries", "")
    assert {i.to_name for i in reading.items} == {"Lotte Visser", "Jansen, Pieter", "Anna de Wit", "Bram Kok"}


def test_messages_csv_with_only_the_listed_columns_and_a_utf8_bom(tmp_path: Path) -> None:
    text = ("\ufeffCONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,"
            "SUBJECT,CONTENT,FOLDER\n"
            "x,,Joost de Vries,,Zoë Dekker,,2026-08-01 02:00:00 UTC,,Hoi Zoë,INBOX\n")
    folder = write_export(tmp_path / "export", **{"messages.csv": text, "Profile.csv": PROFILE})
    [item] = read_export(folder).items
    assert item.to_name == "Zoë Dekker" and item.body == "Hoi Zoë"


@pytest.mark.parametrize("make, code", [
    (lambda p: p / "missing", "not-found"),
    (lambda p: (p / "notes.txt").write_text("hello") and p / "notes.txt", "not-an-export"),
    (lambda p: write_export(p / "empty", **{"Other.csv": "a,b\n"}), "no-export-files"),
    (lambda p: write_export(p / "odd", **{"messages.csv": "a,b\n1,2\n"}), "missing-columns"),
])
def test_an_unusable_export_is_one_error_with_a_code(tmp_path: Path, make, code: str) -> None:
    with pytest.raises(ExportError) as caught:
        read_export(make(tmp_path))
    assert caught.value.code == code


def test_a_line_without_breaks_is_a_bad_row_not_held(tmp_path: Path) -> None:
    text = MESSAGES + "c9,," + "x" * 1_200_000 + "\n" + \
        "c9,,Joost de Vries,,Eva Smit,,2026-09-01 10:00:00 UTC,,Hi Eva,INBOX,,No\n"
    folder = write_export(tmp_path / "export", **{"messages.csv": text, "Profile.csv": PROFILE})
    reading = read_export(folder)
    assert ("messages.csv", 11, "too-long") in [(b.file, b.line, b.code) for b in reading.bad_rows]
    assert "Eva Smit" in {i.to_name for i in reading.items}


def test_drafts_are_not_sent_messages_and_extra_cells_are_ignored(tmp_path: Path) -> None:
    text = MESSAGES + ("c8,,Joost de Vries,,Eva Smit,,2026-09-02 10:00:00 UTC,,Not sent yet,INBOX,,Yes\n"
                       "c7,,Joost de Vries,,Noor Ali,,2026-09-03 10:00:00 UTC,,Hoi Noor,INBOX,,No,extra,cells\n")
    folder = write_export(tmp_path / "export", **{"messages.csv": text, "Profile.csv": PROFILE})
    names = {i.to_name for i in read_export(folder).items}
    assert "Eva Smit" not in names and "Noor Ali" in names


def test_times_in_both_formats_are_timezone_aware() -> None:
    assert parse_time("2026-06-01 08:00 UTC") == datetime(2026, 6, 1, 8, tzinfo=UTC)
    assert parse_time("2026-08-01 02:00:00 UTC") == datetime(2026, 8, 1, 2, tzinfo=UTC)
    local = parse_time("1/29/26, 2:37 PM")
    assert local is not None and local.utcoffset() is not None
    assert local.replace(tzinfo=None) == datetime(2026, 1, 29, 14, 37)
    assert parse_time("12/1/25, 12:05\u202fAM").replace(tzinfo=None) == datetime(2025, 12, 1, 0, 5)
    assert parse_time("2026-06-01 10:00 +02:00") == datetime(2026, 6, 1, 8, tzinfo=UTC)
    assert parse_time("13/29/26, 2:37 PM") is None and parse_time("soon") is None
    assert parse_day("02 Feb 2026").isoformat() == "2026-02-02" and parse_day("Feb 2026") is None


def test_names_joined_with_comma_space_are_split_by_the_recipient_count() -> None:
    assert split_names("Jansen, Pieter", 1, set()) == ["Jansen, Pieter"]
    assert split_names("Anna de Wit, Bram Kok", 2, set()) == ["Anna de Wit", "Bram Kok"]
    assert split_names("Anna de Wit, PhD, Bram Kok", 2, set()) == ["Anna de Wit, PhD", "Bram Kok"]
    assert split_names("Kok, Bram, Anna de Wit", 2, {"kok, bram"}) == ["Kok, Bram", "Anna de Wit"]


def test_a_large_messages_csv_is_streamed_not_held(tmp_path: Path) -> None:
    import tracemalloc

    folder = write_export(tmp_path / "export", **{"Profile.csv": PROFILE})
    body = "Thanks for reaching out. " * 12
    with (folder / "messages.csv").open("w", encoding="utf-8") as handle:
        handle.write(MESSAGES.splitlines()[0] + "\n")
        for n in range(24_000):  # 6,000 conversations others started; the user answered each once
            sender = "Joost de Vries" if n % 4 == 3 else f"Person {n // 4}"
            handle.write(f"c{n // 4},,{sender},,Someone,,2026-08-01 {n % 4 + 8:02d}:00:00 UTC,,\"{body}\",INBOX,,No\n")
    size = (folder / "messages.csv").stat().st_size
    tracemalloc.start()
    reading = read_export(folder)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert reading.items == [] and reading.conversations == 0
    assert size > 8_000_000 and peak < size / 3, peak  # read row by row, never held whole
