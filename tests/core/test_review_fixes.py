# SPDX-License-Identifier: GPL-3.0-or-later
"""Defects a review of the core and the command line found, each as the user would meet it:
typing lost on reopening a person, forgetting a person leaving data behind or taking namesakes,
the command line writing into a throw-away database, a newer database moved aside, and more."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from workspace_files import data_paths

from inmail_studio.core.paths import Paths
from inmail_studio.core.prospects.model import Prospect
from inmail_studio.core.workspace import Workspace


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return data_paths(tmp_path)


# 10. reopening the open person keeps what was typed -------------------------------------------------
def test_reopening_the_open_person_keeps_the_text_typed_since_the_last_save(ws: Workspace) -> None:
    lst = ws.store.prospects.create_list("L", [Prospect(first_name="Ann"), Prospect(first_name="Bob", status="sent")])
    ann = ws.people.people(lst.id)[0]
    ws.people.open(ann.id)
    ws.desk.set_text("", "first part")
    ws.desk.save()
    ws.desk.set_text("", "first part and a paragraph typed in the last second")
    ws.people.open(ann.id)  # her row clicked again, or the walk landing on her
    assert ws.desk.draft.body == "first part and a paragraph typed in the last second"
    assert ws.store.drafts.for_prospect(ann.id).body == "first part and a paragraph typed in the last second"


def test_reopening_the_open_person_keeps_the_typing_when_the_list_values_changed(ws: Workspace) -> None:
    lst = ws.store.prospects.create_list("L", [Prospect(first_name="Ann", details={"recent_post": "Kafka"}),
                                               Prospect(first_name="Bob", status="sent")],
                                         template_id="en-recruit-inmail-recent-post")
    ann = ws.people.people(lst.id)[0]
    ws.people.open(ann.id)
    ws.desk.save()
    typed = ws.desk.draft.body + "\nP.S. typed in the last second"
    ws.desk.set_text(ws.desk.draft.subject, typed)
    ws.store.settings.set(f"list_values:{lst.id}", {"role": "Platform engineer"})  # from another window
    ws.people.open(ann.id)
    assert ws.desk.draft.body.endswith("P.S. typed in the last second")


def cli_run(data: Path, *args: str) -> tuple[int, str]:
    """Run `inmail-studio ARGS --data-dir DATA`: exit code and standard output."""
    import io

    from inmail_studio import cli

    out = io.StringIO()
    code = cli.main([*args, "--data-dir", str(data)], out=out)
    return code, out.getvalue()


def cli_add(data: Path, tmp_path: Path, name: str = "Ann Lee", *options: str) -> tuple[int, str]:
    message = tmp_path / "message.txt"
    message.write_text("Subject: Your talk\n\nHi Ann, would you be open to a call?", encoding="utf-8")
    return cli_run(data, "log", "add", "--kind", "inmail", "--to", name, *options, str(message))


# 8. an outcome is never dated before the message was sent --------------------------------------------
def test_an_outcome_before_the_message_was_sent_is_refused(ws: Workspace) -> None:
    from datetime import UTC, datetime

    from inmail_studio.core.outreach.log import LogError

    item = ws.log.add(kind="inmail", to_name="Ann Lee", body="Hi Ann", sent_at=datetime(2026, 11, 30, 9, tzinfo=UTC))
    with pytest.raises(LogError) as refused:
        ws.log.set_outcome(item.id, "replied", datetime(2026, 1, 1, 10, tzinfo=UTC))
    assert refused.value.code == "outcome-before-sent"
    assert ws.log.get(item.id).outcome == "pending"
    answered = ws.log.set_outcome(item.id, "replied", datetime(2026, 11, 30, 9, tzinfo=UTC))
    assert answered.outcome == "replied"  # the same moment is not before


def test_log_mark_before_the_sending_time_exits_2_with_one_line(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    code, out = cli_add(data, tmp_path, "Ann Lee", "--sent-at", "2026-11-30T09:00:00+00:00")
    assert code == 0
    code, out = cli_run(data, "log", "mark", out.strip(), "replied", "--at", "2026-01-01T10:00:00+00:00")
    err = capsys.readouterr().err
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "before" in err and "2026-11-30" in err
    code, out = cli_run(data, "log", "list")
    assert "pending" in out and "replied" not in out


# 9. a damaged .zip from LinkedIn is one line, never a traceback ------------------------------------------
def damaged_export(tmp_path: Path, compression: int) -> Path:
    """LinkedIn's .zip with bytes in the middle of messages.csv flipped (an interrupted download)."""
    import zipfile

    from linkedin_exports import INVITATIONS_NEW, MESSAGES

    path = tmp_path / f"export-{compression}.zip"
    body = MESSAGES.encode() + b"".join(f"c{n},,Joost de Vries,,Eva Smit,,2026-08-0{n % 9 + 1} 02:00:00 UTC,,"
                                        f"Hello number {n} with some words to fill the file,INBOX,,No\n".encode()
                                        for n in range(2000))
    with zipfile.ZipFile(path, "w", compression) as archive:
        archive.writestr("Invitations.csv", INVITATIONS_NEW)
        archive.writestr("messages.csv", body)
    data = bytearray(path.read_bytes())
    start = data.index(b"messages.csv") + 200
    data[start:start + 64] = bytes(b ^ 0x5A for b in data[start:start + 64])
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("compression", [0, 8], ids=["stored-bad-crc", "deflated-broken-stream"])
def test_a_damaged_zip_export_is_an_unreadable_export(tmp_path: Path, compression: int) -> None:
    from inmail_studio.core.outreach.export_rows import ExportError
    from inmail_studio.core.outreach.linkedin_export import read_export

    with pytest.raises(ExportError) as refused:
        read_export(damaged_export(tmp_path, compression))
    assert refused.value.code == "unreadable" and refused.value.detail.startswith("messages.csv: ")


@pytest.mark.parametrize("compression", [0, 8], ids=["stored-bad-crc", "deflated-broken-stream"])
def test_import_linkedin_of_a_damaged_zip_exits_2_with_one_line(tmp_path: Path, compression: int,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    code, out = cli_run(data, "log", "import-linkedin", str(damaged_export(tmp_path, compression)))
    err = capsys.readouterr().err
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("inmail-studio log import-linkedin: ")
    assert "messages.csv" in err and "Traceback" not in err
    assert cli_run(data, "log", "list") == (0, "")  # nothing half-imported


# 7. an invitation is accepted only by the person it went to, after it was sent ------------------------------
INVITED = """From,To,Sent At,Message,Direction
Joost de Vries,Jan de Vries,"1/29/26, 2:37 PM","Hi Jan, enjoyed your talk.",OUTGOING
"""
INVITED_WITH_URL = """From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl
Joost de Vries,Jan de Vries,"1/29/26, 2:37 PM","Hi Jan",OUTGOING,https://www.linkedin.com/in/joost,https://www.linkedin.com/in/jan-two
"""
CONNECTED = """Notes:
"When exporting your connection data, you may notice that some of the email addresses are missing."

First Name,Last Name,URL,Email Address,Company,Position,Connected On
{rows}"""


def invitation_outcome(tmp_path: Path, *rows: str, invitations: str = INVITED) -> tuple[str, object]:
    from linkedin_exports import write_export

    from inmail_studio.core.outreach.linkedin_export import read_export

    folder = write_export(tmp_path / "export", **{"Invitations.csv": invitations,
                                                  "Connections.csv": CONNECTED.format(rows="\n".join(rows) + "\n")})
    [item] = read_export(folder).items
    return item.outcome, item.outcome_at


def test_a_namesake_connected_years_before_the_invitation_does_not_accept_it(tmp_path: Path) -> None:
    assert invitation_outcome(tmp_path, "Jan,de Vries,,,Acme,CTO,13 Nov 2019") == ("pending", None)


def test_an_invitation_is_accepted_on_the_day_connected_never_before_it_was_sent(tmp_path: Path) -> None:
    from datetime import datetime

    outcome, at = invitation_outcome(tmp_path, "Jan,de Vries,,,Acme,CTO,02 Feb 2026")
    assert (outcome, at) == ("accepted", datetime(2026, 2, 2).astimezone())
    outcome, at = invitation_outcome(tmp_path, "Jan,de Vries,,,Acme,CTO,29 Jan 2026")
    assert (outcome, at) == ("accepted", datetime(2026, 1, 29, 14, 37).astimezone())  # the same day: at sending


def test_two_connections_of_the_same_name_accept_nothing_by_name(tmp_path: Path) -> None:
    rows = ("Jan,de Vries,,,Acme,CTO,02 Feb 2026", "Jan,de Vries,,,Beta,CFO,03 Feb 2026")
    assert invitation_outcome(tmp_path, *rows) == ("pending", None)


def test_an_invitation_with_a_url_is_accepted_only_by_that_profile(tmp_path: Path) -> None:
    other = "Jan,de Vries,https://www.linkedin.com/in/jan-one,,Acme,CTO,02 Feb 2026"
    assert invitation_outcome(tmp_path, other, invitations=INVITED_WITH_URL) == ("pending", None)
    same = "Jan,de Vries,https://www.linkedin.com/in/jan-two/,,Beta,CFO,02 Feb 2026"
    assert invitation_outcome(tmp_path, other, same, invitations=INVITED_WITH_URL)[0] == "accepted"


# 5. the command line never reports success into a throw-away database -------------------------------------
@pytest.fixture
def own_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Temporary folders (the store's fallback) made under the test's folder, to see what is left."""
    import tempfile

    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.mark.parametrize("command", [("log", "mark", "1", "replied"), ("settings", "set", "contact_memory_days", "10"),
                                     ("log", "import-linkedin", "EXPORT")], ids=["mark", "settings-set", "import"])
def test_a_write_into_a_temporary_database_is_refused_with_exit_2(tmp_path: Path, own_tmp: Path,
                                                                  capsys: pytest.CaptureFixture[str],
                                                                  command: tuple[str, ...]) -> None:
    from linkedin_exports import full_export

    unusable = tmp_path / "a-file"  # --data-dir naming a file: the database cannot be made there
    unusable.write_text("not a folder", encoding="utf-8")
    export = str(full_export(tmp_path / "export"))
    code, out = cli_run(unusable, *(export if part == "EXPORT" else part for part in command))
    err = capsys.readouterr().err
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "temporary" in err and "nothing was written" in err.lower()
    assert list(own_tmp.iterdir()) == []  # no copy of the user's data left behind


def test_log_add_into_a_temporary_database_is_refused(tmp_path: Path, own_tmp: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    unusable = tmp_path / "a-file"
    unusable.write_text("not a folder", encoding="utf-8")
    code, out = cli_add(unusable, tmp_path)
    assert code == 2 and out == "" and capsys.readouterr().err.count("\n") == 1


def test_reading_from_a_temporary_database_says_so_on_stderr(tmp_path: Path, own_tmp: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    unusable = tmp_path / "a-file"
    unusable.write_text("not a folder", encoding="utf-8")
    for command in (("log", "list"), ("settings", "get", "contact_memory_days"), ("stats",)):
        code, out = cli_run(unusable, *command)
        err = capsys.readouterr().err
        assert code == 0, command
        assert err.count("\n") == 1 and "temporary" in err, command
    assert list(own_tmp.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes a read-only folder")
def test_a_read_only_data_folder_refuses_writes_and_keeps_the_data(tmp_path: Path, own_tmp: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert cli_add(data, tmp_path)[0] == 0
    data.chmod(0o555)
    try:
        assert cli_add(data, tmp_path)[0] == 2
        assert cli_run(data, "settings", "set", "contact_memory_days", "10")[0] == 2
        code, out = cli_run(data, "log", "list")
        assert code == 0 and len(out.splitlines()) == 1
    finally:
        data.chmod(0o755)
    assert "temporary" in capsys.readouterr().err


# 6. a database from a newer version, or one whose migration fails, is left as it is -----------------------
def old_database(path: Path, version: int, extra: str = "") -> bytes:
    """A database at schema `version` holding one draft (and `extra` SQL run after); its bytes."""
    import sqlite3
    from contextlib import closing

    from inmail_studio.core.store.migrations import MIGRATIONS

    path.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        db.execute("PRAGMA journal_mode=WAL")  # as every database the app made
        for step in range(1, version + 1):
            db.executescript(f"BEGIN; {MIGRATIONS[step]} PRAGMA user_version={step}; COMMIT;")
        db.execute("INSERT INTO drafts (title, body, created_at, updated_at) VALUES ('Ann', 'Dear Ann', 1, 1)")
        db.executescript(extra)
    return path.read_bytes()


@pytest.mark.parametrize(("version", "extra", "code"), [
    (99, "", "store.newer_schema"),
    (2, "ALTER TABLE sent ADD COLUMN to_name TEXT;", "store.migration_failed"),  # step 3 works, step 4 fails
], ids=["newer", "failing-step"])
def test_a_database_that_cannot_be_brought_up_to_date_is_left_as_it_is(tmp_path: Path, version: int, extra: str,
                                                                       code: str) -> None:
    import sqlite3
    from contextlib import closing

    from inmail_studio.core.store import DatabaseUnavailable, Store

    path = tmp_path / "data" / "inmail-studio.sqlite3"
    if version == 99:
        old_database(path, 4, "PRAGMA user_version=99;")
    else:
        old_database(path, version, extra)
    before = path.read_bytes()
    with pytest.raises(DatabaseUnavailable) as refused:
        Store.open(path)
    assert refused.value.code == code
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # nothing moved aside, nothing new
    assert path.read_bytes() == before
    with closing(sqlite3.connect(path)) as db:
        assert db.execute("SELECT body FROM drafts").fetchall() == [("Dear Ann",)]


def test_the_command_line_and_the_window_tell_to_update_for_a_newer_database(tmp_path: Path,
                                                                            capsys: pytest.CaptureFixture[str]
                                                                            ) -> None:
    from inmail_studio.core.store import DatabaseUnavailable, Store
    from inmail_studio.core.store.migrations import SCHEMA_VERSION
    from inmail_studio.ui.texts import describe

    data = tmp_path / "data"
    old_database(data / "inmail-studio.sqlite3", 4, f"PRAGMA user_version={SCHEMA_VERSION + 1};")
    code, out = cli_run(data, "log", "list")
    err = capsys.readouterr().err
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "newer InMail Studio" in err and "update" in err.lower()
    with pytest.raises(DatabaseUnavailable) as refused:
        Store.open(data / "inmail-studio.sqlite3")
    assert "update" in describe(refused.value).lower()


# 2/3. forgetting a person removes everything about them, and nobody else ------------------------------------
def stored_text(ws: Workspace) -> str:
    """Every table's rows as one text, to search for what is left of a person."""
    db = ws.store._db  # the test looks at the file as a rescuer would, past every repository
    tables = [row[0] for row in db.read("SELECT name FROM sqlite_master WHERE type='table'")]
    return "\n".join(repr(db.read(f"SELECT * FROM {table}")) for table in tables)  # noqa: S608


def ann_everywhere(ws: Workspace) -> int:
    """Ann Lee (Acme) on a list with a draft and a sent message, typed details kept for the list by an
    older version, logged again by `log add`, imported from LinkedIn, a free draft to her (sent and in
    the bin), and an outcome; returns her prospect id."""
    from datetime import UTC, datetime

    from inmail_studio.core.outreach.model import LogItem

    lst = ws.store.prospects.create_list("L", [
        Prospect(first_name="Ann", last_name="Lee", company="Acme", profile_url="https://www.linkedin.com/in/annlee",
                 details={"recent_post": "Ann's burnout"}),
        Prospect(first_name="Bob", last_name="Kay", company="Acme")], template_id="en-recruit-inmail-recent-post")
    ann, _ = ws.people.people(lst.id)
    ws.people.open(ann.id)
    ws.desk.set_text("Hi Ann", "Hi Ann, about Acme and your recent post")
    sent = ws.sending.mark_sent().item
    ws.sending.record_outcome(sent.id, "replied")
    ws.store.settings.set(f"list_values:{lst.id}", {"recent_post": "Ann's burnout", "pitch": "our team"})
    ws.log.add(kind="inmail", to_name="Ann Lee", profile_url="https://linkedin.com/in/annlee/",
               body="Hi Ann (sent from my phone)")
    ws.store.sent.add_items([LogItem(id=0, sent_at=datetime(2026, 1, 29, tzinfo=UTC), kind="connection_request",
                                     to_name="Ann Lee", profile_url="https://www.linkedin.com/in/annlee",
                                     body="Hi Ann, let's connect", source="linkedin-export", outcome="accepted",
                                     outcome_at=datetime(2026, 2, 2, tzinfo=UTC))])
    free = ws.store.drafts.create(title="To Ann", body="Dear Ann Lee, about Acme",
                                  values={"first_name": "Ann", "last_name": "Lee", "company": "Acme"})
    ws.desk.show(free)
    ws.sending.mark_sent()
    binned = ws.store.drafts.create(body="Ann, an old try", values={"first_name": "Ann", "last_name": "Lee",
                                                                    "company": "Acme"})
    ws.store.drafts.delete(binned.id)
    ws.log.refresh()
    return ann.id


@pytest.mark.parametrize("where", ["prospects tab", "sent tab (app)", "sent tab (log add)", "sent tab (import)"])
def test_forgetting_a_person_leaves_nothing_of_them_in_the_file(ws: Workspace, where: str) -> None:
    from inmail_studio.core.outreach.people import Person

    ann_id = ann_everywhere(ws)
    ws.log.add(kind="inmail", to_name="Ann Lee", company="Globex", body="Hi, another Ann Lee, at Globex")
    if where == "prospects tab":
        ws.people.forget(ann_id)
    else:
        source, url = {"sent tab (app)": ("app", "https://www.linkedin.com/in/annlee"),
                       "sent tab (log add)": ("app", "https://linkedin.com/in/annlee/"),
                       "sent tab (import)": ("linkedin-export", "https://www.linkedin.com/in/annlee")}[where]
        item = next(i for i in ws.log.items() if i.profile_url == url and i.source == source)
        ws.forget(Person.of(item), item.prospect_id)
    text = stored_text(ws)
    assert "annlee" not in text and "Ann's burnout" not in text and "Dear Ann" not in text
    on_disk = b"".join(p.read_bytes() for p in ws.store.path.parent.glob(ws.store.path.name + "*"))
    assert b"annlee" not in on_disk and b"burnout" not in on_disk and b"Dear Ann" not in on_disk
    assert "Hi Ann" not in text and "an old try" not in text
    assert [i.body for i in ws.log.items()] == ["Hi, another Ann Lee, at Globex"]  # the namesake stays
    assert [p.name for p in ws.store.prospects.iter_all()] == ["Bob Kay"]
    assert ws.store.sent._db.read("SELECT COUNT(*) FROM outcome_events") == [(0,)]
    assert ws.desk.draft.body == ""  # the open draft was hers: a new one is open


def test_forgetting_someone_without_a_company_keeps_namesakes_elsewhere(ws: Workspace) -> None:
    from inmail_studio.core.outreach.people import Person

    ws.log.add(kind="inmail", to_name="Jan de Vries", company="Acme", body="to Jan at Acme")
    ws.log.add(kind="inmail", to_name="Jan de Vries", company="Beta", body="to Jan at Beta")
    ws.log.add(kind="inmail", to_name="Jan de Vries", profile_url="https://www.linkedin.com/in/jan-two",
               company="Initech", body="to the Jan with a profile")
    lone = ws.log.add(kind="connection_request", to_name="Jan de Vries", body="to Jan, no company")
    ws.forget(Person.of(lone))
    assert sorted(i.body for i in ws.log.items()) == ["to Jan at Acme", "to Jan at Beta", "to the Jan with a profile"]
    assert ws.log.forget(Person("Jan de Vries", "https://www.linkedin.com/in/jan-one")) == 0  # another profile
    assert ws.log.forget(Person("jan  de vries", "", "ACME")) == 1  # the same name and company


def test_the_prospects_tab_counts_what_forgetting_will_delete(ws: Workspace) -> None:
    ann_id = ann_everywhere(ws)
    drafts, sent = ws.people.dependents(ann_id)
    assert (drafts, sent) == (3, 4)  # her list draft, the free draft, the one in the bin; four messages


# 11. lower-severity notes ------------------------------------------------------------------------------------
def test_a_refund_never_lifts_the_credit_balance_past_the_plans_cap() -> None:
    from datetime import date, datetime, timedelta, timezone

    from inmail_studio.core.outreach.model import LogItem
    from inmail_studio.core.results.credits import ledger
    from inmail_studio.core.results.settings import ResultsSettings

    cet = timezone(timedelta(hours=1))
    sent = datetime(2026, 1, 2, 10, tzinfo=cet)
    answered = LogItem(1, sent, "inmail", outcome="replied", outcome_at=sent + timedelta(days=90))
    book = ledger([answered], ResultsSettings(plan="premium_career", plan_since=date(2026, 1, 1)),
                  now=datetime(2026, 4, 3, 12, tzinfo=cet))
    assert book.cap == 15 and max(e.balance for e in book.entries) == 15 and book.balance == 15


def test_drafts_in_the_bin_for_more_than_30_days_are_gone_when_the_workspace_opens(paths: Paths) -> None:
    import time

    ws = Workspace.open(paths)
    old = ws.store.drafts.create(body="Dear Ann, about your divorce")
    recent = ws.store.drafts.create(body="Dear Bob, binned yesterday")
    ws.store.drafts.delete(old.id)
    ws.store.drafts.delete(recent.id)
    with ws.store.transaction():  # the first one dated back 31 days
        ws.store._db._db.execute("UPDATE drafts SET deleted_at=? WHERE id=?", (time.time() - 31 * 86400, old.id))
    ws.close()
    ws = Workspace.open(paths)
    try:
        assert [d.body for d in ws.store.drafts.everyone()] == ["Dear Bob, binned yesterday"]
        ws.drafts.restore(recent.id)  # still in the bin, still restorable
        assert ws.desk.draft.body == "Dear Bob, binned yesterday"
        assert b"divorce" not in ws.store.path.read_bytes()
    finally:
        ws.close()


@pytest.mark.parametrize("junk", [
    bytes(range(1, 256)) * 2,  # every byte but NUL
    __import__("random").Random(11).randbytes(300).replace(b"\0", b"\x01"),  # random bytes without a NUL
], ids=["all-bytes", "random"])
def test_a_binary_file_without_nul_bytes_is_not_logged_as_a_message(tmp_path: Path, junk: bytes,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    (tmp_path / "photo.jpg").write_bytes(junk)
    code, out = cli_run(data, "log", "add", "--kind", "inmail", "--to", "Ann", str(tmp_path / "photo.jpg"))
    err = capsys.readouterr().err
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("inmail-studio: cannot read ") and "binary" in err
    assert cli_run(data, "log", "list") == (0, "")


def test_a_message_with_a_stray_control_character_is_still_read(tmp_path: Path) -> None:
    from inmail_studio.cli.common import read_text

    message = tmp_path / "message.txt"
    text = "Subject: Your talk\n\nHi Ann,\x0b I enjoyed your talk on platform teams \ufffd really.\n" * 3
    message.write_text(text, encoding="utf-8")
    assert read_text(str(message)) == text


@pytest.fixture
def zone(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """`zone("Europe/Amsterdam")` sets this machine's time zone for the rest of the test."""
    import time

    from inmail_studio.core.store import sent

    def set_zone(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()
        sent._day_zone.cache_clear()

    yield set_zone
    monkeypatch.undo()
    time.tzset()
    sent._day_zone.cache_clear()


def test_an_export_imported_again_in_another_time_zone_adds_nothing(ws: Workspace, tmp_path: Path, zone) -> None:
    from linkedin_exports import write_export

    invitations = """From,To,Sent At,Message,Direction
Joost de Vries,Sanne Bakker,"1/29/26, 12:30 AM","Hi Sanne, enjoyed your talk.",OUTGOING
Joost de Vries,Pieter Jansen,"2/3/26, 11:45 PM",,OUTGOING
"""
    export = write_export(tmp_path / "export", **{"Invitations.csv": invitations})
    zone("Europe/Amsterdam")
    assert ws.log.import_linkedin(export).new == 2
    zone("America/New_York")  # the same export read again after a trip
    ws.log.refresh()
    again = ws.log.import_linkedin(export)
    assert (again.new, again.matched) == (0, 2)
    assert len(ws.log.items()) == 2


def test_an_unexpected_failure_on_the_command_line_is_one_line_and_exit_2(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from inmail_studio.cli import log as log_command

    def broken(*_args: object) -> int:
        raise RuntimeError("the disk went away\nsecond line")

    monkeypatch.setattr(log_command, "cmd_list", broken)
    code, out = cli_run(tmp_path / "data", "log", "list")
    err = capsys.readouterr().err
    assert code == 2 and out == ""  # never 1, which means "the message has errors"
    assert err == "inmail-studio: an unexpected error stopped the command: the disk went away\n"
