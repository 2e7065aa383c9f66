# SPDX-License-Identifier: GPL-3.0-or-later
"""`inmail-studio log …` through its JSON: list, add, mark, import-linkedin, export."""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import datetime
from pathlib import Path

import pytest
from linkedin_exports import full_export

from inmail_studio import cli

ITEM_KEYS = {"id", "sent_at", "kind", "to", "subject", "body", "template_id", "variant", "list", "outcome",
             "outcome_at", "source"}


@pytest.fixture(autouse=True)
def log_group(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(cli.GROUPS, "log", "log")  # named in GROUPS once the CLI package lists it


def run(data: Path, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = cli.main(["log", *args, "--data-dir", str(data)], out=out)
    return code, out.getvalue()


def add(data: Path, tmp_path: Path, name: str, text: str, *options: str) -> int:
    message = tmp_path / f"{name}.txt"
    message.write_text(text, encoding="utf-8")
    code, out = run(data, "add", "--to", name, *options, str(message))
    assert code == 0, out
    return int(out)


def test_add_prints_the_new_id_and_list_json_keeps_the_contract(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = add(data, tmp_path, "Sanne Bakker", "Subject: Your talk\n\nHi Sanne, would you be open to a call?",
                "--kind", "inmail", "--template", "recruit-dev", "--variant", "B",
                "--profile-url", "https://www.linkedin.com/in/sanne", "--sent-at", "2026-09-01T10:00:00+02:00")
    second = add(data, tmp_path, "Eva Smit", "Hoi Eva, zullen we connecten?", "--kind", "connection_request")
    assert second == first + 1
    code, out = run(data, "list", "--json")
    items = json.loads(out)
    assert code == 0 and [i["id"] for i in items] == [second, first]
    sanne = items[1]
    assert set(sanne) == ITEM_KEYS and sanne["to"] == {"name": "Sanne Bakker",
                                                       "profile_url": "https://www.linkedin.com/in/sanne"}
    assert datetime.fromisoformat(sanne["sent_at"]) == datetime.fromisoformat("2026-09-01T10:00:00+02:00")
    assert (sanne["subject"], sanne["body"], sanne["template_id"], sanne["variant"], sanne["outcome"],
            sanne["outcome_at"], sanne["source"]) == ("Your talk", "Hi Sanne, would you be open to a call?",
                                                      "recruit-dev", "B", "pending", None, "app")


def test_mark_records_an_outcome_at_its_time_and_list_filters_on_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    item = add(data, tmp_path, "Sanne Bakker", "Hi Sanne, a call?", "--kind", "inmail",
               "--sent-at", "2026-09-01T10:00:00+00:00")
    add(data, tmp_path, "Eva Smit", "Hoi Eva", "--kind", "connection_request", "--sent-at", "2026-08-01T10:00Z")
    code, _ = run(data, "mark", str(item), "replied", "--at", "2026-09-03T08:30:00+00:00")
    assert code == 0
    code, out = run(data, "list", "--json", "--outcome", "replied")
    [replied] = json.loads(out)
    assert replied["id"] == item and datetime.fromisoformat(replied["outcome_at"]) == \
        datetime.fromisoformat("2026-09-03T08:30:00+00:00")
    assert [i["to"]["name"] for i in json.loads(run(data, "list", "--json", "--kind", "connection_request")[1])] \
        == ["Eva Smit"]
    assert [i["to"]["name"] for i in json.loads(run(data, "list", "--json", "--since", "2026-08-15")[1])] \
        == ["Sanne Bakker"]


def test_marking_a_follow_up_replied_points_at_the_inmail_still_open(tmp_path: Path, capsys) -> None:
    data = tmp_path / "data"
    inmail = add(data, tmp_path, "Sanne Bakker", "Hi Sanne, a call?", "--kind", "inmail",
                 "--sent-at", "2026-09-01T10:00:00+00:00")
    follow_up = add(data, tmp_path, "Sanne Bakker", "Any news?", "--kind", "follow_up",
                    "--sent-at", "2026-09-08T10:00:00+00:00")
    capsys.readouterr()
    code, out = run(data, "mark", str(follow_up), "replied", "--at", "2026-09-09T08:30:00+00:00")
    assert code == 0 and len(out.splitlines()) == 1
    assert f"inmail-studio log mark {inmail} replied" in capsys.readouterr().err
    replied = json.loads(run(data, "list", "--json", "--outcome", "replied")[1])
    assert [i["id"] for i in replied] == [follow_up]  # the InMail is the user's to mark


def test_import_linkedin_prints_the_summary_and_a_second_import_adds_nothing(tmp_path: Path) -> None:
    data, export = tmp_path / "data", full_export(tmp_path / "export")
    code, out = run(data, "import-linkedin", str(export), "--json")
    summary = json.loads(out)
    assert code == 0 and summary == {"invitations": 2, "conversations": 3, "accepted": 1, "replied": 2, "new": 6,
                                     "matched": 0, "bad_rows": [{"file": "messages.csv", "line": 10,
                                                                 "reason": "bad-date", "value": "not a date"}]}
    again = json.loads(run(data, "import-linkedin", str(export), "--json")[1])
    assert (again["new"], again["matched"]) == (0, 6)
    sources = {i["source"] for i in json.loads(run(data, "list", "--json")[1])}
    assert sources == {"linkedin-export"}


def test_export_writes_csv_and_json_readable_by_the_user_only(tmp_path: Path) -> None:
    data = tmp_path / "data"
    add(data, tmp_path, "Dirk Bos", "=cmd|' /C calc'!A0 any news?", "--kind", "follow_up")
    code, out = run(data, "export", str(tmp_path / "log.csv"))
    assert code == 0 and out.startswith("1 ")
    [row] = list(csv.DictReader((tmp_path / "log.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert row["body"].startswith("'=cmd")
    run(data, "export", str(tmp_path / "log.json"))
    assert json.loads((tmp_path / "log.json").read_text(encoding="utf-8"))[0]["body"].startswith("=cmd")
    if os.name == "posix":
        assert (tmp_path / "log.csv").stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("args, words", [
    (["mark", "42", "replied"], "no log item 42"),
    (["mark", "1", "ghosted"], "invalid choice"),
    (["mark", "1", "accepted"], "only a connection request can be accepted"),
    (["list", "--since", "last week"], "not a day"),
    (["import-linkedin", "/nonexistent/export.zip"], "does not exist"),
    (["export", "log.xlsx"], "FILE.csv or FILE.json"),
])
def test_mistakes_are_one_line_on_stderr_with_exit_2(tmp_path: Path, capsys, args: list[str], words: str) -> None:
    add(tmp_path / "data", tmp_path, "Sanne Bakker", "Hi Sanne, a call?", "--kind", "inmail")
    capsys.readouterr()
    code, out = run(tmp_path / "data", *args)
    err = capsys.readouterr().err
    assert code == 2 and out == "" and words in err and len(err.strip().splitlines()) == 1
