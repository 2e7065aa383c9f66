# SPDX-License-Identifier: GPL-3.0-or-later
"""Rates on any log: groups add up to the whole, a rate lies inside its interval, "too early" is exactly the young."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.results import rates

CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 6, 30, 12, tzinfo=CET)

items = st.lists(st.tuples(st.integers(0, 200 * 24), st.sampled_from(["inmail", "follow_up", "connection_request"]),
                           st.sampled_from(["pending", "replied", "accepted", "declined"]), st.integers(0, 60 * 24),
                           st.sampled_from(["t1", "t2", None]), st.sampled_from(["A", "B", None])), max_size=120)


def log_of(raw: list[tuple[int, str, str, int, str | None, str | None]]) -> list[LogItem]:
    found = []
    for index, (hours_ago, kind, outcome, after, template, variant) in enumerate(raw):
        sent = NOW - timedelta(hours=hours_ago)
        answered = sent + timedelta(hours=after) if outcome != "pending" else None
        found.append(LogItem(index, sent, kind, outcome=outcome, outcome_at=answered, template_id=template,
                             variant=variant))
    return found


@settings(max_examples=150, deadline=None)
@given(items, st.integers(1, 90))
def test_groups_add_up_and_rates_lie_in_their_intervals(raw: list, window: int) -> None:  # type: ignore[type-arg]
    log = log_of(raw)
    whole = rates.rate_of(log, now=NOW, window_days=window)
    groups = rates.rates_by(log, rates.by_template, now=NOW, window_days=window)
    assert sum(r.sent for r in groups.values()) == whole.sent
    assert sum(r.hits for r in groups.values()) == whole.hits
    assert sum(r.too_early for r in groups.values()) == whole.too_early
    young = sum(1 for i in log if i.kind in rates.REPLY_KINDS and NOW - i.sent_at < timedelta(days=window))
    assert whole.too_early == young
    for rate in [whole, *groups.values()]:
        assert 0 <= rate.hits <= rate.counted <= rate.sent
        if rate.counted:
            low, high = rate.interval  # type: ignore[misc]
            assert 0 <= low <= rate.rate <= high <= 1  # type: ignore[operator]
