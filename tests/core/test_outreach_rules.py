# SPDX-License-Identifier: GPL-3.0-or-later
"""The log's derived rules: no reply, the due list, contact memory, import matching, filters, settings."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from inmail_studio.core.outreach.followup import contact_warnings, due_list, no_reply
from inmail_studio.core.outreach.matching import plan_import
from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.outreach.people import Person
from inmail_studio.core.outreach.query import NO_REPLY, LogQuery, filter_items
from inmail_studio.core.outreach.settings import OutreachSettings

NOW = datetime(2026, 9, 30, 12, 0, tzinfo=UTC)
SETTINGS = OutreachSettings()


def item(id: int, days_ago: float, kind: str = "inmail", name: str = "Sanne Bakker", **fields) -> LogItem:
    return LogItem(id=id, sent_at=NOW - timedelta(days=days_ago), kind=kind, to_name=name, **fields)


def due_names(items: list[LogItem], settings: OutreachSettings = SETTINGS) -> list[str]:
    return [d.item.to_name for d in due_list(items, NOW, settings)]


# no reply and the due list -------------------------------------------------------------------
def test_no_reply_is_pending_for_longer_than_the_kinds_delay() -> None:
    assert not no_reply(item(1, 6.9), NOW, SETTINGS)
    assert no_reply(item(1, 7.1), NOW, SETTINGS)
    assert not no_reply(item(1, 30, outcome="replied", outcome_at=NOW), NOW, SETTINGS)
    longer = SETTINGS.with_delay("inmail", 14)
    assert not no_reply(item(1, 10), NOW, longer)
    assert no_reply(item(1, 10, kind="connection_request"), NOW, longer)


def test_due_lists_people_still_pending_after_the_delay_most_recently_due_first() -> None:
    items = [item(1, 9, name="Anna de Wit"), item(2, 20, kind="connection_request", name="Bram Kok"),
             item(3, 3, name="Carla Mol"), item(4, 10, name="Dirk Bos", outcome="replied", outcome_at=NOW)]
    entries = due_list(items, NOW, SETTINGS)
    assert [e.item.to_name for e in entries] == ["Anna de Wit", "Bram Kok"]
    assert entries[1].days_overdue == 13
    assert entries[0].due_at == items[0].sent_at + timedelta(days=7)


def test_a_person_who_had_a_follow_up_is_not_due_again() -> None:
    items = [item(1, 20, name="Anna de Wit"), item(2, 10, kind="follow_up", name="anna  DE wit")]
    assert due_names(items) == []
    # the follow-up itself pending past its delay does not make her due a second time
    assert due_names([item(2, 10, kind="follow_up", name="Anna de Wit")]) == []


def test_the_same_person_is_found_by_profile_url_under_another_name() -> None:
    url = "https://www.linkedin.com/in/pjansen"
    items = [item(1, 20, kind="connection_request", name="Jansen, Pieter", profile_url=url),
             item(2, 10, kind="follow_up", name="Pieter Jansen", profile_url=url + "/?trk=x")]
    assert due_names(items) == []
    other = [item(1, 20, name="Pieter Jansen", profile_url=url),
             item(2, 10, kind="follow_up", name="Pieter Jansen", profile_url="https://linkedin.com/in/other")]
    assert due_names(other) == ["Pieter Jansen"]


def test_only_the_latest_message_to_a_person_counts_for_the_due_list() -> None:
    assert due_names([item(1, 30, name="Eva Smit"), item(2, 20, name="Eva Smit")]) == ["Eva Smit"]
    assert [d.item.id for d in due_list([item(1, 30, name="Eva Smit"), item(2, 20, name="Eva Smit")],
                                        NOW, SETTINGS)] == [2]


# contact memory ------------------------------------------------------------------------------
def codes(items: list[LogItem], person: Person, settings: OutreachSettings = SETTINGS) -> list[str]:
    return [w.code for w in contact_warnings(items, person, NOW, settings)]


def test_contact_memory_warns_of_recent_contact_within_the_window() -> None:
    items = [item(1, 12, kind="connection_request", outcome="accepted", outcome_at=NOW)]
    assert codes(items, Person("Sanne Bakker")) == ["recent"]
    assert contact_warnings(items, Person("Sanne Bakker"), NOW, SETTINGS)[0].days_ago == 12
    assert codes(items, Person("Sanne Bakker"), SETTINGS.with_memory(10)) == []
    assert codes(items, Person("Someone Else")) == []


def test_contact_memory_warns_of_a_pending_inmail_of_any_age_and_of_a_decline() -> None:
    items = [item(1, 90), item(2, 200, kind="connection_request", outcome="declined", outcome_at=NOW)]
    assert codes(items, Person("Sanne Bakker")) == ["inmail-pending", "declined"]
    answered = [replace(items[0], outcome="replied", outcome_at=NOW)]
    assert codes(answered, Person("Sanne Bakker")) == []


def test_what_was_sent_from_the_draft_being_written_is_no_earlier_contact() -> None:
    items = [item(1, 0.1, draft_id=5), item(2, 40, kind="connection_request", draft_id=3)]
    assert codes(items, Person("Sanne Bakker")) == ["recent", "inmail-pending"]
    assert contact_warnings(items, Person("Sanne Bakker"), NOW, SETTINGS, draft_id=5) == []


def test_contact_memory_matches_by_url_else_by_name_and_company() -> None:
    items = [item(1, 5, company="Acme", profile_url="https://www.linkedin.com/in/sanne")]
    assert codes(items, Person("S. Bakker", "https://linkedin.com/in/sanne/")) != []
    assert codes(items, Person("Sanne Bakker", "https://linkedin.com/in/another-sanne")) == []
    plain = [item(1, 5, company="Acme")]
    assert codes(plain, Person("Sanne Bakker", company="ACME")) != []
    assert codes(plain, Person("Sanne Bakker", company="Globex")) == []
    assert codes(plain, Person("Sanne Bakker")) != []  # company unknown on one side: the name decides


# import matching -----------------------------------------------------------------------------
def exported(logged: LogItem, **changes) -> LogItem:
    return replace(logged, id=0, source="linkedin-export", **changes)


def test_an_item_the_app_logged_is_matched_not_duplicated() -> None:
    logged = item(7, 3, body="Hi Sanne,\nwould you be open to a call?")
    incoming = exported(logged, sent_at=logged.sent_at + timedelta(minutes=2), body="Hi Sanne, would you be open "
                        "to a call?  ", outcome="replied", outcome_at=NOW)
    plan = plan_import([logged], [incoming])
    assert plan.new == [] and plan.matched == [(logged, incoming)] and plan.outcomes == [(logged, incoming)]


def test_another_text_day_or_person_is_new() -> None:
    logged = item(7, 3, body="Hi Sanne")
    for incoming in (exported(logged, body="Hi Sanne, again"), exported(logged, sent_at=logged.sent_at - timedelta(
            days=1)), exported(logged, to_name="Eva Smit")):
        assert plan_import([logged], [incoming]).new == [incoming]


def test_an_export_with_the_same_message_twice_adds_it_once() -> None:
    once = exported(item(0, 3, body="Hi"))
    assert plan_import([], [once, once]).new == [once]


def test_an_outcome_already_set_is_kept() -> None:
    logged = item(7, 3, body="Hi", outcome="declined", outcome_at=NOW)
    plan = plan_import([logged], [exported(logged, outcome="replied")])
    assert len(plan.matched) == 1 and plan.outcomes == []


# filters -------------------------------------------------------------------------------------
def test_filters_narrow_the_log() -> None:
    items = [item(1, 1, body="about data mesh", template_id="t1", list_name="Q3", language="en"),
             item(2, 10, kind="connection_request", name="Eva Smit", language="nl"),
             item(3, 40, name="Dirk Bos", outcome="replied", outcome_at=NOW)]

    def ids(**query) -> list[int]:
        return [i.id for i in filter_items(items, LogQuery(**query), NOW, SETTINGS)]

    assert ids() == [1, 2, 3]
    assert ids(text="DATA MESH") == [1] and ids(text="eva") == [2]
    assert ids(kind="connection_request") == [2] and ids(template_id="t1") == [1] and ids(list_name="Q3") == [1]
    assert ids(language="nl") == [2] and ids(outcome="replied") == [3] and ids(outcome=NO_REPLY) == [2]
    assert ids(since=(NOW - timedelta(days=15)).date()) == [1, 2]
    assert ids(until=(NOW - timedelta(days=5)).date(), since=date(2000, 1, 1)) == [2, 3]


# settings ------------------------------------------------------------------------------------
def test_settings_default_to_seven_and_thirty_days_and_survive_a_round_trip() -> None:
    assert SETTINGS.delay("follow_up") == timedelta(days=7) and SETTINGS.memory_days == 30
    changed = SETTINGS.with_delay("connection_request", 21).with_memory(60)
    assert OutreachSettings.from_json(changed.to_json()) == changed
    assert OutreachSettings.from_json({"delay_days": {"inmail": "soon", "follow_up": 0}, "memory_days": True}) \
        == SETTINGS
    assert OutreachSettings.from_json(None) == SETTINGS
    with pytest.raises(ValueError):
        SETTINGS.with_delay("letter", 3)
    with pytest.raises(ValueError):
        SETTINGS.with_memory(0)


def test_a_person_from_template_values_and_back() -> None:
    person = Person.from_values({"first_name": "Zoë", "last_name": "van der Berg", "company": "Zwaag",
                                 "profile_url": "https://www.linkedin.com/in/zoe", "topic": "data"})
    assert person == Person("Zoë van der Berg", "https://www.linkedin.com/in/zoe", "Zwaag")
    assert person.values() == {"first_name": "Zoë", "last_name": "van der Berg", "company": "Zwaag",
                               "profile_url": "https://www.linkedin.com/in/zoe"}
    assert Person.from_values({"full_name": "Noor El Idrissi"}).values() == {"first_name": "Noor",
                                                                            "last_name": "El Idrissi"}


def test_days_ago_counts_calendar_days_where_the_user_is(monkeypatch: pytest.MonkeyPatch) -> None:
    # a message sent yesterday at 17:00 read "today" the next morning when 24-hour periods were counted
    import time

    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    try:
        morning = datetime(2026, 9, 30, 7, 0, tzinfo=UTC)  # 09:00 in Amsterdam
        yesterday = LogItem(id=1, sent_at=datetime(2026, 9, 29, 15, 0, tzinfo=UTC), kind="inmail",
                            to_name="Sanne Bakker")  # 17:00 the day before
        earlier_today = replace(yesterday, sent_at=datetime(2026, 9, 30, 6, 30, tzinfo=UTC))
        [recent, *_] = contact_warnings([yesterday], Person("Sanne Bakker"), morning, SETTINGS)
        assert recent.code == "recent" and recent.days_ago == 1
        [recent, *_] = contact_warnings([earlier_today], Person("Sanne Bakker"), morning, SETTINGS)
        assert recent.days_ago == 0
    finally:
        monkeypatch.undo()
        time.tzset()
