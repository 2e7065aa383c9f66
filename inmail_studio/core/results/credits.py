# SPDX-License-Identifier: GPL-3.0-or-later
"""The InMail credit ledger as this app counts it: monthly grants, sends, refunds, expiry, adjustments."""

from __future__ import annotations

import calendar
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.results.settings import ResultsSettings


@dataclass(frozen=True, slots=True)
class Plan:
    """Credits granted each month and the most that can be banked."""

    monthly: int
    cap: int


# LinkedIn Help, "InMail message credits and renewal process" (answer 75), read 2026: monthly
# allotment and maximum accumulation per account type. LinkedIn changes these; the UI says so and
# the user can pick "custom".
PLANS: dict[str, Plan] = {
    "premium_career": Plan(5, 15),
    "premium_business": Plan(15, 45),
    "sales_navigator": Plan(50, 150),
    "recruiter_lite": Plan(30, 120),
}
# Same page: an InMail accepted, declined or answered within 90 days of sending is credited back;
# credits expire 90 days after they were granted.
REFUND_DAYS = 90
EXPIRY_DAYS = 90
REFUND_OUTCOMES = frozenset({"replied", "accepted", "declined"})
SOON_DAYS = 30  # "expiring soon" looks this far ahead

# Ledger entry kinds, in the order they apply at the same instant.
EXPIRE, GRANT, REFUND, ADJUST, SEND = "expire", "grant", "refund", "adjust", "send"
_ORDER = {EXPIRE: 0, GRANT: 1, REFUND: 2, ADJUST: 3, SEND: 4}


def ask_before_sending(book: Ledger) -> bool:
    """True at a balance of zero or below: the window asks before marking another InMail sent.
    Never without a plan: there is no balance to run out of."""
    return book.plan is not None and book.balance <= 0


def plan_of(settings: ResultsSettings) -> Plan:
    """The plan's figures; "custom" takes them from the settings; no plan chosen grants nothing."""
    if settings.plan is None:
        return Plan(0, 0)
    return PLANS.get(settings.plan) or Plan(settings.custom_monthly, settings.custom_cap)


@dataclass(frozen=True, slots=True)
class Adjustment:
    """The real balance LinkedIn showed at `at` (timezone-aware); the ledger moves to it."""

    at: datetime
    balance: int

    def to_json(self) -> dict[str, Any]:
        return {"at": self.at.isoformat(timespec="seconds"), "balance": self.balance}

    @classmethod
    def from_json(cls, data: Any) -> Adjustment:
        """Raises ValueError for anything but {"at": ISO 8601 with offset, "balance": int ≥ 0}."""
        try:
            at = datetime.fromisoformat(data["at"])
            balance = data["balance"]
        except (TypeError, KeyError, ValueError):
            raise ValueError("an adjustment needs 'at' (ISO 8601) and 'balance'") from None
        if at.tzinfo is None or not isinstance(balance, int) or isinstance(balance, bool) or balance < 0:
            raise ValueError("an adjustment needs a time with its offset and a balance of 0 or more")
        return cls(at, balance)


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of the ledger: what happened, when, the change and the balance after it."""

    at: datetime
    kind: str
    change: int
    balance: int
    item_id: int | None = None


@dataclass(frozen=True, slots=True)
class Ledger:
    """The ledger up to `now`: entries, balance (negative when more were sent than counted),
    credits that come back if every pending InMail still inside its 90 days is answered, and the
    lots that expire within SOON_DAYS as (credits, date) oldest first. `plan` None: the user has
    not chosen a plan yet, so there are no entries and no balance to speak of (0)."""

    plan: str | None
    monthly: int
    cap: int
    entries: tuple[Entry, ...]
    balance: int
    pending_refund: int
    expiring: tuple[tuple[int, date], ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """The `inmail-studio credits --json` contract; names never change. Without a plan,
        "plan", "monthly", "cap" and "balance" are null."""
        if self.plan is None:
            return {"plan": None, "monthly": None, "cap": None, "balance": None,
                    "pending_refund": self.pending_refund, "expiring": []}
        return {"plan": self.plan, "monthly": self.monthly, "cap": self.cap, "balance": self.balance,
                "pending_refund": self.pending_refund,
                "expiring": [{"credits": n, "on": on.isoformat()} for n, on in self.expiring]}


def add_months(day: date, months: int, anchor_day: int) -> date:
    """`day` moved by whole months, on `anchor_day` or the month's last day when it is shorter."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(anchor_day, calendar.monthrange(year, month)[1]))


def grant_times(start: date, now: datetime) -> list[datetime]:
    """Monthly grant instants from `start` (midnight in now's zone) up to and including `now`."""
    zone: tzinfo = now.tzinfo  # type: ignore[assignment]
    found, months = [], 0
    while True:
        at = datetime.combine(add_months(start, months, start.day), time(), zone)
        if at > now:
            return found
        found.append(at)
        months += 1


def _events(items: list[LogItem], grants: list[datetime], adjustments: Iterable[Adjustment],
            start: datetime, now: datetime) -> list[tuple[datetime, int, str, Any]]:
    events: list[tuple[datetime, int, str, Any]] = [(g, _ORDER[GRANT], GRANT, None) for g in grants]
    events += [(a.at, _ORDER[ADJUST], ADJUST, a.balance) for a in adjustments if start <= a.at <= now]
    for item in items:
        events.append((item.sent_at, _ORDER[SEND], SEND, item.id))
        if refund_due(item) and item.outcome_at <= now:  # type: ignore[operator]
            events.append((item.outcome_at, _ORDER[REFUND], REFUND, item.id))  # type: ignore[arg-type]
    events.sort(key=lambda e: (e[0], e[1]))
    return events


def refund_due(item: LogItem) -> bool:
    """Was this InMail answered (replied, accepted, declined) within 90 days of sending?

    Day 89 and day 90 count; day 91 does not. A missing answer time, or one before the sending
    (stored by an older version), gets no refund.
    """
    return (item.outcome in REFUND_OUTCOMES and item.outcome_at is not None
            and timedelta(0) <= item.outcome_at - item.sent_at <= timedelta(days=REFUND_DAYS))


class _Lots:
    """Credits held, oldest lot first (each lot expires EXPIRY_DAYS after it came), and a debt."""

    def __init__(self) -> None:
        self.lots: deque[list[Any]] = deque()  # [expires_at, credits]
        self.held = 0
        self.debt = 0

    @property
    def balance(self) -> int:
        return self.held - self.debt

    def add(self, at: datetime, credits: int) -> None:
        paid = min(self.debt, credits)
        self.debt -= paid
        if credits - paid:
            self.lots.append([at + timedelta(days=EXPIRY_DAYS), credits - paid])
            self.held += credits - paid

    def take(self, credits: int) -> None:
        while credits and self.lots:
            used = min(credits, self.lots[0][1])
            self.lots[0][1] -= used
            self.held -= used
            credits -= used
            if not self.lots[0][1]:
                self.lots.popleft()
        self.debt += credits

    def expire(self, now: datetime) -> Iterator[tuple[datetime, int]]:
        """Drop the lots expired by `now`, oldest first, yielding each as it goes (the balance follows)."""
        while self.lots and self.lots[0][0] <= now:
            expires_at, credits = self.lots.popleft()
            self.held -= credits
            yield expires_at, credits


def plan_start(settings: ResultsSettings, inmails: list[LogItem], now: datetime) -> date:
    """The first grant's day: the setting, else the first of the month of the first InMail (or of now)."""
    if settings.plan_since is not None:
        return settings.plan_since
    first = min((i.sent_at for i in inmails), default=now).astimezone(now.tzinfo)
    return first.date().replace(day=1)


def ledger(items: Iterable[LogItem], settings: ResultsSettings, now: datetime,
           adjustments: Iterable[Adjustment] = ()) -> Ledger:
    """Replay the InMail credit ledger up to `now` (timezone-aware; raises ValueError if naive).

    Rules, after LinkedIn Help (answer 75): a grant every month on the plan's day, reduced so the
    balance never passes the cap; each InMail sent costs one credit, taken from the oldest lot;
    an InMail replied to, accepted or declined within 90 days of sending gives its credit back
    (a fresh lot, when the answer came; none past the cap, which this app takes as the most that
    can be banked); a lot left unused expires 90 days after it came. An
    adjustment sets the balance to LinkedIn's real figure (credits it adds are a lot of that day;
    credits it removes go oldest first). LinkedIn does not say when a refunded credit expires:
    counting it from the refund is this app's assumption. Only InMails sent from the plan's start
    count. It is the balance "as this app counts it": LinkedIn's own may differ.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    inmails = [i for i in items if i.kind == "inmail" and i.sent_at <= now]
    start_day = plan_start(settings, inmails, now)
    start = datetime.combine(start_day, time(), now.tzinfo)
    inmails = [i for i in inmails if i.sent_at >= start]
    plan = plan_of(settings)
    window = now - timedelta(days=REFUND_DAYS)
    pending = sum(1 for i in inmails if i.sent_at >= window and i.outcome not in REFUND_OUTCOMES)
    if settings.plan is None:  # nothing granted is known: no made-up balance
        return Ledger(None, 0, 0, (), 0, pending)
    lots = _Lots()
    entries = _replay(_events(inmails, grant_times(start_day, now), adjustments, start, now), plan, lots, now)
    soon: dict[date, int] = {}
    for expires, credits in lots.lots:
        if expires <= now + timedelta(days=SOON_DAYS):
            soon[expires.date()] = soon.get(expires.date(), 0) + credits
    return Ledger(settings.plan, plan.monthly, plan.cap, tuple(entries), lots.balance, pending,
                  tuple((n, on) for on, n in sorted(soon.items())))


def _replay(events: list[tuple[datetime, int, str, Any]], plan: Plan, lots: _Lots, now: datetime) -> list[Entry]:
    entries: list[Entry] = []

    def expire_until(at: datetime) -> None:
        for expired_at, credits in lots.expire(at):
            entries.append(Entry(expired_at, EXPIRE, -credits, lots.balance))

    for at, _, kind, value in events:
        expire_until(at)
        before = lots.balance
        if kind == GRANT:
            lots.add(at, min(plan.monthly, max(0, plan.cap - before)))
        elif kind == REFUND:  # a refund, like a grant, never lifts the balance past the cap
            lots.add(at, min(1, max(0, plan.cap - before)))
        elif kind == ADJUST:
            lots.add(at, value - before) if value > before else lots.take(before - value)
        else:
            lots.take(1)
        entries.append(Entry(at, kind, lots.balance - before, lots.balance, value if kind in (SEND, REFUND) else None))
    expire_until(now)
    return entries


def daily_balances(book: Ledger, now: datetime) -> list[tuple[date, int]]:
    """The balance at the end of each day with an entry, oldest first, in `now`'s time zone; the
    last equals `book.balance`. A chart of these agrees with the balance shown beside it: an
    InMail sent and answered (its credit back) on the same day leaves no dip a day wide in a
    month-long chart that looks like the end value."""
    closing: dict[date, int] = {}
    for entry in book.entries:
        closing[entry.at.astimezone(now.tzinfo).date()] = entry.balance
    return list(closing.items())
