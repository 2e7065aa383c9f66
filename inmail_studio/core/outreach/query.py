# SPDX-License-Identifier: GPL-3.0-or-later
"""Searching and filtering the log: the Sent tab's search box and filters, and `log list`'s options."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from inmail_studio.core.outreach.followup import no_reply
from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.outreach.people import fold
from inmail_studio.core.outreach.settings import OutreachSettings

NO_REPLY = "no-reply"  # a derived outcome a filter may ask for: pending past the follow-up delay


@dataclass(frozen=True)
class LogQuery:
    """Every field narrows the log; None or "" means any. `text` is found (case-insensitively) in
    the person's name, the subject or the body. `outcome` is one of OUTCOMES or NO_REPLY. `since`
    and `until` are calendar days in local time, both included."""

    text: str = ""
    list_name: str | None = None
    template_id: str | None = None
    kind: str | None = None
    language: str | None = None
    outcome: str | None = None
    since: date | None = None
    until: date | None = None

    @property
    def is_empty(self) -> bool:
        return self == LogQuery()


def matches(item: LogItem, query: LogQuery, now: datetime, settings: OutreachSettings) -> bool:
    """Whether `item` passes every filter of `query` (`now` decides NO_REPLY)."""
    if query.kind and item.kind != query.kind:
        return False
    if query.template_id and item.template_id != query.template_id:
        return False
    if query.list_name and item.list_name != query.list_name:
        return False
    if query.language and item.language != query.language:
        return False
    if query.outcome == NO_REPLY:
        if not no_reply(item, now, settings):
            return False
    elif query.outcome and item.outcome != query.outcome:
        return False
    if query.since or query.until:
        day = item.sent_at.astimezone().date()
        if (query.since and day < query.since) or (query.until and day > query.until):
            return False
    if query.text:
        needle = fold(query.text)
        return any(needle in fold(part) for part in (item.to_name, item.subject, item.body))
    return True


def search_text(item: LogItem) -> str:
    """What `text` is looked for in: the person's name, the subject and the body, each folded,
    one per line (a folded needle holds no line break, so it never spans two of them)."""
    return "\n".join((fold(item.to_name), fold(item.subject), fold(item.body)))


def filter_items(items: Sequence[LogItem], query: LogQuery, now: datetime, settings: OutreachSettings,
                 texts: Sequence[str] | None = None) -> list[LogItem]:
    """The items that match `query`, in their given order. `texts`, when given, holds each item's
    `search_text` in the same order (folded once, not at every key typed in the search box)."""
    if query.is_empty:
        return list(items)
    if not query.text or texts is None:
        return [item for item in items if matches(item, query, now, settings)]
    needle, rest = fold(query.text), replace(query, text="")
    return [item for item, text in zip(items, texts, strict=True)
            if needle in text and matches(item, rest, now, settings)]
