# SPDX-License-Identifier: GPL-3.0-or-later
"""The outreach log on a real database: outcomes and undo, adding, importing LinkedIn's export twice,
matching what the app logged, exporting, forgetting a person."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from linkedin_exports import full_export

from inmail_studio.core.draft import Draft
from inmail_studio.core.outreach.log import LogError, OutreachLog
from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.outreach.people import Person
from inmail_studio.core.outreach.query import LogQuery
from inmail_studio.core.store import Store

NOW = datetime(2026, 9, 30, 12, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = Store.open(tmp_path / "data" / "inmail-studio.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def log(store: Store) -> OutreachLog:
    return OutreachLog(store.sent, store.settings, clock=lambda: NOW)


def add(log: OutreachLog, name: str = "Sanne Bakker", days_ago: float = 10, **fields) -> int:
    fields.setdefault("kind", "inmail")
    fields.setdefault("body", f"Hi {name.split()[0]}, would you be open to a call?")
    return log.add(to_name=name, sent_at=NOW - timedelta(days=days_ago), **fields).id


def test_an_outcome_is_recorded_with_its_time_and_can_be_undone(log: OutreachLog, store: Store) -> None:
    item_id = add(log)
    replied = log.set_outcome(item_id, "replied", NOW - timedelta(days=2))
    assert replied.outcome == "replied" and replied.outcome_at == NOW - timedelta(days=2)
    declined = log.set_outcome(item_id, "declined")
    assert declined.outcome_at == NOW
    assert [h[0] for h in store.sent.outcome_history(item_id)] == ["replied", "declined"]
    assert log.undo_outcome(item_id).outcome == "replied"
    back = log.undo_outcome(item_id)
    assert back.outcome == "pending" and back.outcome_at is None
    with pytest.raises(LogError) as nothing:
        log.undo_outcome(item_id)
    assert nothing.value.code == "no-outcome-to-undo"


def test_a_follow_ups_answer_is_offered_to_the_inmail_still_open_before_it(log: OutreachLog) -> None:
    # a fresh-eyes recruiter marked the follow-up replied and the InMail's credit never came back;
    # nothing links the two for certain, so the log names the InMail and changes nothing by itself
    inmail = add(log, days_ago=10, profile_url="https://www.linkedin.com/in/sanne-bakker")
    add(log, name="Jeroen Bakker", days_ago=9)
    follow_up = add(log, days_ago=3, kind="follow_up", profile_url="https://linkedin.com/in/sanne-bakker/")
    log.set_outcome(follow_up, "replied")
    assert log.still_open_before(log.get(follow_up)).id == inmail
    assert log.get(inmail).outcome == "pending"
    log.set_outcome(inmail, "replied")
    assert log.still_open_before(log.get(follow_up)) is None  # answered: nothing to offer


def test_only_surely_the_same_persons_earlier_inmail_is_offered(log: OutreachLog) -> None:
    def replied(item_id: int) -> LogItem:
        return log.set_outcome(item_id, "replied")

    namesake = add(log, days_ago=10, profile_url="https://www.linkedin.com/in/sanne-a")
    follow_up = add(log, days_ago=3, kind="follow_up", profile_url="https://www.linkedin.com/in/sanne-b")
    assert log.still_open_before(replied(follow_up)) is None  # another Sanne Bakker
    add(log, name="Eva Smit", days_ago=10, company="Acme")
    other_company = add(log, name="Eva Smit", days_ago=3, kind="follow_up", company="Fietsdata")
    assert log.still_open_before(replied(other_company)) is None
    request = add(log, name="Pieter Jansen", days_ago=10, kind="connection_request")
    later = add(log, name="Pieter Jansen", days_ago=5, kind="follow_up")
    add(log, name="Pieter Jansen", days_ago=1)  # an InMail sent after the follow-up is not what it continues
    assert log.still_open_before(replied(later)) is None and log.get(request).outcome == "pending"
    assert log.still_open_before(replied(namesake)) is None  # an InMail continues nothing


def test_only_an_answer_is_offered_to_the_inmail(log: OutreachLog) -> None:
    inmail = add(log, days_ago=10)
    follow_up = add(log, days_ago=3, kind="follow_up")
    assert log.still_open_before(log.get(follow_up)) is None  # still pending: nothing to offer
    assert log.still_open_before(log.set_outcome(follow_up, "declined")).id == inmail


def test_bad_outcomes_kinds_and_ids_are_refused_with_a_code(log: OutreachLog) -> None:
    item_id = add(log)
    for call, code in ((lambda: log.set_outcome(item_id, "ghosted"), "unknown-outcome"),
                       (lambda: log.set_outcome(item_id, "accepted"), "outcome-not-for-kind"),
                       (lambda: log.set_outcome(999, "replied"), "unknown-item"),
                       (lambda: log.add(kind="letter", to_name="X", body=""), "unknown-kind")):
        with pytest.raises(LogError) as refused:
            call()
        assert refused.value.code == code


def test_a_message_sent_from_the_app_shows_its_person_and_list(store: Store, log: OutreachLog) -> None:
    from inmail_studio.core.prospects.model import Prospect

    plist = store.prospects.create_list("Q3 CTOs", [Prospect("Eva", "Smit", "Globex", profile_url="https://www."
                                                             "linkedin.com/in/evasmit")])
    [eva] = store.prospects.in_list(plist.id)
    draft = store.drafts.create(kind="inmail", subject="Your talk", body="Hi Eva", prospect_id=eva.id)
    store.sent.record(draft, variant="B", language="en")
    [item] = log.items()
    assert (item.to_name, item.company, item.list_name, item.variant, item.language) == \
        ("Eva Smit", "Globex", "Q3 CTOs", "B", "en")
    assert [w.code for w in log.warnings(Person("Eva Smit", company="Globex"))][:1] == ["recent"]
    assert isinstance(draft, Draft)


def test_a_draft_without_a_prospect_is_logged_for_the_person_its_values_name(store: Store, log: OutreachLog) -> None:
    draft = store.drafts.create(kind="inmail", subject="Hi", body="Hi Zoë", template_id="t1",
                                values={"first_name": "Zoë", "last_name": "Dekker", "company": "Zwaag",
                                        "profile_url": "https://www.linkedin.com/in/zoe"})
    item = store.sent.record(draft)
    assert (item.to_name, item.company, item.profile_url) == ("Zoë Dekker", "Zwaag", "https://www.linkedin.com/in/zoe")
    assert [w.code for w in log.warnings(Person("Zoë Dekker", company="Zwaag"))] == ["recent", "inmail-pending"]


def test_log_items_carry_the_json_contract(log: OutreachLog) -> None:
    item_id = add(log, profile_url="https://www.linkedin.com/in/sanne", template_id="t1", variant="A")
    data = log.get(item_id).to_dict()
    assert set(data) == {"id", "sent_at", "kind", "to", "subject", "body", "template_id", "variant", "list",
                         "outcome", "outcome_at", "source"}
    assert data["to"] == {"name": "Sanne Bakker", "profile_url": "https://www.linkedin.com/in/sanne"}
    assert datetime.fromisoformat(data["sent_at"]) == NOW - timedelta(days=10)
    assert data["sent_at"][-6] in "+-" and data["source"] == "app" and data["outcome"] == "pending"


def test_importing_the_same_export_twice_changes_nothing(log: OutreachLog, tmp_path: Path) -> None:
    export = full_export(tmp_path / "export")
    first = log.import_linkedin(export)
    assert (first.new, first.matched, first.invitations, first.conversations) == (6, 0, 2, 3)
    before = [i.to_dict() for i in log.items()]
    second = log.import_linkedin(export)
    assert (second.new, second.matched) == (0, 6)
    assert [i.to_dict() for i in log.items()] == before
    languages = {i.to_name: i.language for i in log.items()}
    assert languages["Sanne Bakker"] == "en" and languages["Pieter Jansen"] == ""  # no note: unknown
    assert set(first.to_dict()) == {"invitations", "conversations", "accepted", "replied", "new", "matched",
                                    "bad_rows"}
    assert first.to_dict()["bad_rows"] == [{"file": "messages.csv", "line": 10, "reason": "bad-date",
                                            "value": "not a date"}]


def test_an_item_the_app_logged_is_matched_and_gets_the_exports_outcome(log: OutreachLog, tmp_path: Path) -> None:
    mine = log.add(kind="inmail", to_name="Lotte Visser", subject="Your talk on data mesh",
                   body="Hi Lotte,\nwould you be open to a short call?",
                   sent_at=datetime(2026, 8, 1, 2, 30, tzinfo=UTC))
    summary = log.import_linkedin(full_export(tmp_path / "export"))
    assert summary.matched == 1 and summary.new == 5
    lottes = [i for i in log.items() if i.to_name == "Lotte Visser"]
    assert [i.id for i in lottes] == [mine.id]
    assert lottes[0].outcome == "replied" and lottes[0].outcome_at == datetime(2026, 8, 3, 10, tzinfo=UTC)
    assert log.undo_outcome(mine.id).outcome == "pending"  # the import's change is undoable too


def test_filters_and_the_due_list_through_the_log(log: OutreachLog) -> None:
    add(log, "Anna de Wit", 20)
    add(log, "Bram Kok", 3, kind="connection_request", body="")
    replied = add(log, "Dirk Bos", 30)
    log.set_outcome(replied, "replied", NOW - timedelta(days=25))
    assert [e.item.to_name for e in log.due()] == ["Anna de Wit"]
    assert [i.to_name for i in log.items(LogQuery(outcome="replied"))] == ["Dirk Bos"]
    assert [i.to_name for i in log.items()] == ["Bram Kok", "Anna de Wit", "Dirk Bos"]  # newest first
    log.save_settings(log.settings.with_delay("inmail", 30))
    assert log.due() == [] and OutreachLog(log._repo, log._settings_store).settings.delay_days["inmail"] == 30


def test_export_to_csv_neutralises_formulas_and_is_private(log: OutreachLog, tmp_path: Path) -> None:
    add(log, "=HYPERLINK(\"http://x\")", body="+31 6 1234 5678")
    target = tmp_path / "log.csv"
    assert log.export(target) == 1
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0]["to_name"].startswith("'=") and rows[0]["body"] == "'+31 6 1234 5678"
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600
    log.export(tmp_path / "log.json")
    [data] = json.loads((tmp_path / "log.json").read_text(encoding="utf-8"))
    assert data["to"]["name"] == "=HYPERLINK(\"http://x\")"  # JSON keeps the text as it is
    with pytest.raises(ValueError):
        log.export(tmp_path / "log.xlsx")


def test_forgetting_a_person_removes_their_entries_from_the_file(log: OutreachLog, store: Store,
                                                                 tmp_path: Path) -> None:
    gone = add(log, "Noor El Idrissi", body="Hoi Noor, zullen we koffie drinken over Zwaagstraat 12?")
    log.set_outcome(gone, "replied")
    add(log, "Eva Smit")
    assert [i.id for i in log.items_for(Person("Noor El Idrissi"))] == [gone]
    assert log.forget(Person("noor el idrissi")) == 1
    assert [i.to_name for i in log.items()] == ["Eva Smit"]
    raw = sqlite3.connect(store.path)
    assert raw.execute("SELECT COUNT(*) FROM outcome_events").fetchone()[0] == 0
    raw.close()
    assert b"Zwaagstraat" not in store.path.read_bytes()
    wal = Path(f"{store.path}-wal")
    assert not wal.exists() or b"Zwaagstraat" not in wal.read_bytes()
