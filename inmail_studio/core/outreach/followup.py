# SPDX-License-Identifier: GPL-3.0-or-later
"""Derived from the log: "no reply", who is due a follow-up, and what to remember before writing to someone."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.outreach.people import PeopleIndex, Person
from inmail_studio.core.outreach.settings import OutreachSettings

# Kinds that open a conversation and so can be followed up; a follow-up is itself the follow-up.
FIRST_CONTACT_KINDS = ("inmail", "connection_request")
WARNINGS = ("recent", "inmail-pending", "declined")


def no_reply(item: LogItem, now: datetime, settings: OutreachSettings) -> bool:
    """Pending for longer than its kind's follow-up delay (`now` timezone-aware)."""
    return item.outcome == "pending" and now - item.sent_at > settings.delay(item.kind)


@dataclass(frozen=True)
class DueEntry:
    """A person due a follow-up: the message still pending, since when it is due, and how many
    whole days overdue it is at `now`."""

    item: LogItem
    due_at: datetime
    days_overdue: int


def due_list(items: Iterable[LogItem], now: datetime, settings: OutreachSettings,
             index: PeopleIndex | None = None) -> list[DueEntry]:
    """People whose InMail or connection request is still pending after the delay and to whom
    nothing was sent after it (a follow-up or any other message); the most recently due first
    (those overdue for months sink to the bottom), one entry per person (their latest message).
    `index` may be passed when one of these items is at hand."""
    items = list(items)
    index = index or PeopleIndex(items)
    due: list[DueEntry] = []
    for item in items:
        if item.kind not in FIRST_CONTACT_KINDS or not no_reply(item, now, settings):
            continue
        person = Person.of(item)
        if not (person.name_key or person.url_key):
            continue
        if index.latest(person) is not item:  # something was sent to them after it
            continue
        due_at = item.sent_at + settings.delay(item.kind)
        due.append(DueEntry(item, due_at, (now - due_at).days))
    return sorted(due, key=lambda d: (d.due_at, d.item.id), reverse=True)


@dataclass(frozen=True)
class ContactWarning:
    """Why to think twice before writing to someone. `code`: "recent" (written to within the
    memory window), "inmail-pending" (an InMail still unanswered: LinkedIn allows no second one
    until they respond, and in Sales Navigator it costs another credit), "declined". `item` is the
    log item behind it, `days_ago` calendar days, in the local time zone, since the day it was sent."""

    code: str
    item: LogItem
    days_ago: int


def contact_warnings(items: Iterable[LogItem] | PeopleIndex, person: Person, now: datetime,
                     settings: OutreachSettings, draft_id: int | None = None) -> list[ContactWarning]:
    """What the log says about `person` before a new message to them: at most one warning per
    code, in the order of WARNINGS, each naming the latest item behind it. Items sent from
    `draft_id` (the draft being written, already sent once) are not an earlier contact. Never
    blocks anything."""
    index = items if isinstance(items, PeopleIndex) else PeopleIndex(list(items))
    theirs = [i for i in index.items_for(person)[::-1] if draft_id is None or i.draft_id != draft_id]
    found: list[ContactWarning] = []

    def warn(code: str, item: LogItem | None) -> None:
        if item is not None:  # calendar days where the user is: yesterday 17:00 is "1 day ago" at 09:00
            found.append(ContactWarning(code, item, (now.astimezone().date() - item.sent_at.astimezone().date()).days))

    window = settings.memory_days
    warn("recent", next((i for i in theirs if (now - i.sent_at).total_seconds() <= window * 86400), None))
    warn("inmail-pending", next((i for i in theirs if i.kind == "inmail" and i.outcome == "pending"), None))
    warn("declined", next((i for i in theirs if i.outcome == "declined"), None))
    return found
