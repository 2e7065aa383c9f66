# SPDX-License-Identifier: GPL-3.0-or-later
"""Which imported items the log already holds: same person, same text, sent the same day."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, timedelta

from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.outreach.people import Person, fold

# The most two clocks on Earth differ (UTC-12 to UTC+14). LinkedIn writes some times in the
# export without a zone ("1/29/26, 12:30 AM", read in this machine's zone): read again in another
# zone, the same message is up to this far from where it was put, and may fall on another day.
SAME_MESSAGE_WITHIN = timedelta(hours=26)
_NEAR_DAYS = tuple(timedelta(days=n) for n in (0, -1, 1, -2, 2))


def _day(item: LogItem) -> date:
    return item.sent_at.astimezone(UTC).date()  # a bucket, the same wherever the machine is


@dataclass
class ImportPlan:
    """`new`: items to add. `matched`: (logged item, imported item) pairs already in the log.
    `outcomes`: (logged item, imported item) pairs where the import brings an outcome (accepted,
    replied) to an item that is still pending."""

    new: list[LogItem] = field(default_factory=list)
    matched: list[tuple[LogItem, LogItem]] = field(default_factory=list)
    outcomes: list[tuple[LogItem, LogItem]] = field(default_factory=list)


def plan_import(logged: Iterable[LogItem], incoming: Iterable[LogItem]) -> ImportPlan:
    """Match `incoming` against `logged`: an item for the same person (Person.is_same), sent the
    same day (`_same_day`: for two items from LinkedIn's export, in whichever time zone each was
    read), with the same text is matched, not added. Incoming items match each other too, so an
    export holding one message twice adds it once, and importing an export twice adds nothing the
    second time."""
    seen: dict[tuple[date, str], list[LogItem]] = {}
    for item in logged:
        seen.setdefault(_key(item), []).append(item)
    plan = ImportPlan()
    for item in incoming:
        earlier = _logged_as(item, seen)
        if earlier is None:
            plan.new.append(item)
            seen.setdefault(_key(item), []).append(item)
            continue
        if earlier.id:  # an item already in the log, not one added by this import
            plan.matched.append((earlier, item))
            if earlier.outcome == "pending" and item.outcome != "pending":
                plan.outcomes.append((earlier, item))
    return plan


def _logged_as(item: LogItem, seen: dict[tuple[date, str], list[LogItem]]) -> LogItem | None:
    """The item already seen that is `item`: same text, near in time, for the same person."""
    person = Person.of(item)
    day, text = _key(item)
    for shift in _NEAR_DAYS:
        for old in seen.get((day + shift, text), ()):
            if _same_day(old, item) and person.is_same(Person.of(old)):
                return old
    return None


def _same_day(old: LogItem, new: LogItem) -> bool:
    """Sent the same day: both from LinkedIn's export, within SAME_MESSAGE_WITHIN (its times
    without a zone moved with the machine's zone between the two imports); else on the same
    calendar day of the user's own clock."""
    if old.source == new.source == "linkedin-export":
        return abs(old.sent_at - new.sent_at) <= SAME_MESSAGE_WITHIN
    return old.sent_at.astimezone().date() == new.sent_at.astimezone().date()


def _key(item: LogItem) -> tuple[date, str]:
    """Same day, same text (NFC, case folded, runs of spaces and line breaks as one space): the
    candidates for one message; the person is checked among them."""
    return _day(item), fold(item.body)
