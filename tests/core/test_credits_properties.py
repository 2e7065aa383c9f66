# SPDX-License-Identifier: GPL-3.0-or-later
"""The credit ledger on any log: every credit is accounted for, grants respect the cap, lots go oldest first."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.results.credits import ledger
from inmail_studio.core.results.settings import ResultsSettings

CET = timezone(timedelta(hours=1))
START = datetime(2026, 1, 1, tzinfo=CET)
NOW = datetime(2026, 12, 31, tzinfo=CET)

sends = st.lists(st.tuples(st.integers(0, 360 * 24), st.sampled_from(["pending", "replied", "accepted", "declined"]),
                           st.integers(0, 200 * 24)), max_size=80)


def log_of(raw: list[tuple[int, str, int]]) -> list[LogItem]:
    items = []
    for index, (hours, outcome, after) in enumerate(raw):
        sent = START + timedelta(hours=hours)
        answered = sent + timedelta(hours=after) if outcome != "pending" else None
        items.append(LogItem(index, sent, "inmail", outcome=outcome, outcome_at=answered))
    return items


@settings(max_examples=150, deadline=None)
@given(sends, st.sampled_from(["premium_career", "premium_business", "recruiter_lite"]))
def test_every_credit_is_accounted_for(raw: list[tuple[int, str, int]], plan: str) -> None:
    book = ledger(log_of(raw), ResultsSettings(plan=plan, plan_since=date(2026, 1, 1)), NOW)
    assert sum(e.change for e in book.entries) == book.balance
    balance = 0
    for entry in book.entries:
        balance += entry.change
        assert entry.balance == balance
        if entry.kind == "grant":
            assert 0 <= entry.change <= book.monthly and (entry.balance <= book.cap or entry.change == 0)
        if entry.kind == "expire":
            assert entry.change < 0
    assert [e.at for e in book.entries] == sorted(e.at for e in book.entries)
    sent = sum(1 for e in book.entries if e.kind == "send")
    refunds = sum(1 for e in book.entries if e.kind == "refund")
    assert sent == len(raw) and refunds <= sent
