# SPDX-License-Identifier: GPL-3.0-or-later
"""Which imported items the log already holds: same person, same day, same text."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.outreach.people import Person, fold


def _day(item: LogItem) -> date:
    return item.sent_at.astimezone().date()  # the user's own calendar day


@dataclass
class ImportPlan:
    """`new`: items to add. `matched`: (logged item, imported item) pairs already in the log.
    `outcomes`: (logged item, imported item) pairs where the import brings an outcome (accepted,
    replied) to an item that is still pending."""

    new: list[LogItem] = field(default_factory=list)
    matched: list[tuple[LogItem, LogItem]] = field(default_factory=list)
    outcomes: list[tuple[LogItem, LogItem]] = field(default_factory=list)


def plan_import(logged: Iterable[LogItem], incoming: Iterable[LogItem]) -> ImportPlan:
    """Match `incoming` against `logged`: an item for the same person (Person.is_same), on the
    same local calendar day, with the same text is matched, not added. Incoming items match each
    other too, so an export holding one message twice adds it once, and importing an export
    twice adds nothing the second time."""
    seen: dict[tuple[date, str], list[LogItem]] = {}
    for item in logged:
        seen.setdefault(_key(item), []).append(item)
    plan = ImportPlan()
    for item in incoming:
        person = Person.of(item)
        same = seen.setdefault(_key(item), [])
        earlier = next((old for old in same if person.is_same(Person.of(old))), None)
        if earlier is None:
            plan.new.append(item)
            same.append(item)
            continue
        if earlier.id:  # an item already in the log, not one added by this import
            plan.matched.append((earlier, item))
            if earlier.outcome == "pending" and item.outcome != "pending":
                plan.outcomes.append((earlier, item))
    return plan


def _key(item: LogItem) -> tuple[date, str]:
    """Same day, same text (NFC, case folded, runs of spaces and line breaks as one space): the
    candidates for one message; the person is checked among them."""
    return _day(item), fold(item.body)
