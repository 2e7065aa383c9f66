# SPDX-License-Identifier: GPL-3.0-or-later
"""Searching and filtering the log: the Sent tab's search box and filters, and `log list`'s options."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from inmail_studio.core.outreach.followup import FIRST_CONTACT_KINDS, DueEntry, no_reply
from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.outreach.people import fold
from inmail_studio.core.outreach.settings import OutreachSettings
from inmail_studio.core.prospects.model import normalise_url

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


def due_entries(items: Sequence[LogItem], now: datetime, settings: OutreachSettings) -> list[DueEntry]:
    """The list `followup.due_list(items, now, settings)` gives (who is due a follow-up, most
    recently due first), over a light index: each distinct name, company and profile URL folded
    once, one latest time per URL, namesakes looked at newest first only until they are older.
    For the Due page's first open (10,000 items: ~55 -> ~25 ms); benchmarks/bench_log.py checks
    that both give the same list. `now` timezone-aware."""
    names, urls = _Memo(fold), _Memo(normalise_url)
    keys = [(names[i.to_name], urls[i.profile_url], names[i.company]) for i in items]
    latest: dict[str, tuple[datetime, int]] = {}
    namesakes: dict[str, list[tuple[tuple[datetime, int], str]]] = {}  # by name: (time and id, company)
    bare: dict[str, list[tuple[tuple[datetime, int], str]]] = {}  # the same, of items without a URL
    for item, (name, url, company) in zip(items, keys, strict=True):
        order = (item.sent_at, item.id)
        if url and (url not in latest or order > latest[url]):
            latest[url] = order
        if name:
            namesakes.setdefault(name, []).append((order, company))
            if not url:
                bare.setdefault(name, []).append((order, company))
    for group in (*namesakes.values(), *bare.values()):
        group.sort(reverse=True)
    due: list[DueEntry] = []
    delays = {kind: settings.delay(kind) for kind in FIRST_CONTACT_KINDS}
    for item, (name, url, company) in zip(items, keys, strict=True):
        delay = delays.get(item.kind)  # followup.no_reply, with each kind's delay looked up once
        if delay is None or item.outcome != "pending" or now - item.sent_at <= delay or not (name or url):
            continue
        order = (item.sent_at, item.id)
        # Both with a URL: only the URL decides; so a namesake counts when one of the two has none.
        if (url and latest[url] > order) or \
                (name and _sent_later(bare.get(name, []) if url else namesakes[name], order, company)):
            continue  # something was sent to them after it
        due_at = item.sent_at + delay
        due.append(DueEntry(item, due_at, (now - due_at).days))
    return sorted(due, key=lambda d: (d.due_at, d.item.id), reverse=True)


def _sent_later(group: list[tuple[tuple[datetime, int], str]], order: tuple[datetime, int], company: str) -> bool:
    """Whether one of `group` (namesakes as (time and id, company), newest first) sent after
    `order` is the same person by `Person.is_same`: the companies match when both are known."""
    for other, other_company in group:
        if other <= order:
            return False
        if not (company and other_company) or company == other_company:
            return True
    return False


class _Memo(dict[str, str]):
    """`function(text)` for each distinct text, worked out once ("" stays "")."""

    def __init__(self, function: Callable[[str], str]) -> None:
        super().__init__({"": ""})
        self._function = function

    def __missing__(self, text: str) -> str:
        value = self[text] = self._function(text)
        return value
