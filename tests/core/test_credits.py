# SPDX-License-Identifier: GPL-3.0-or-later
"""The InMail credit ledger, rule by rule, with dates."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.results.credits import (
    PLANS,
    Adjustment,
    ask_before_sending,
    daily_balances,
    ledger,
    refund_due,
)
from inmail_studio.core.results.settings import ResultsSettings

CET = timezone(timedelta(hours=1))
CAREER = ResultsSettings(plan="premium_career", plan_since=date(2026, 1, 1))


def at(month: int, day: int, hour: int = 10) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=CET)


def inmail(item_id: int, sent: datetime, outcome: str = "pending", answered: datetime | None = None) -> LogItem:
    return LogItem(item_id, sent, "inmail", outcome=outcome, outcome_at=answered)


def test_plans_follow_linkedin_help() -> None:
    assert {k: (p.monthly, p.cap) for k, p in PLANS.items()} == {
        "premium_career": (5, 15), "premium_business": (15, 45), "sales_navigator": (50, 150),
        "recruiter_lite": (30, 120)}


@pytest.mark.parametrize(("days", "refunded"), [(1, True), (89, True), (90, True), (91, False), (200, False)])
def test_an_answer_within_90_days_gives_the_credit_back(days: int, refunded: bool) -> None:
    sent = at(1, 10)
    item = inmail(1, sent, "replied", sent + timedelta(days=days))
    assert refund_due(item) is refunded
    book = ledger([item], CAREER, now=at(9, 1))
    assert [e.kind for e in book.entries].count("refund") == int(refunded)


@pytest.mark.parametrize("outcome", ["replied", "accepted", "declined"])
def test_every_answer_counts_for_the_refund(outcome: str) -> None:
    sent = at(1, 10)
    book = ledger([inmail(1, sent, outcome, sent + timedelta(days=3))], CAREER, now=at(1, 20))
    assert book.balance == 5  # 5 granted, 1 sent, 1 back


def test_each_inmail_costs_one_and_the_balance_goes_below_zero_when_more_were_sent() -> None:
    sends = [inmail(i, at(1, 2) + timedelta(minutes=i)) for i in range(7)]
    assert ledger(sends, CAREER, now=at(1, 20)).balance == -2
    # the next grant pays the two back first
    assert ledger(sends, CAREER, now=at(2, 2)).balance == 3


def test_grants_are_capped() -> None:
    book = ledger([], CAREER, now=at(3, 15))
    assert book.balance == 15  # Jan, Feb, Mar: 5 each, at the cap
    book = ledger([inmail(1, at(1, 2), "replied", at(1, 3))], CAREER, now=at(3, 15))
    grants = [e.change for e in book.entries if e.kind == "grant"]
    # Jan 5, then 4 sent-and-refunded keeps 5; Feb +5 = 10; Mar +5 = 15
    assert grants == [5, 5, 5] and book.balance == 15


def test_a_grant_is_cut_to_what_fits_under_the_cap() -> None:
    refunds = [inmail(i, at(3, 2) + timedelta(minutes=i), "replied", at(3, 3)) for i in range(3)]
    book = ledger(refunds, CAREER, now=at(3, 31))
    # Mar 1: 15; three sent (12), three back (15)
    assert book.balance == 15
    book = ledger(refunds + [inmail(9, at(3, 20))], CAREER, now=at(4, 1, 12))
    # The sends took January's credits first: 1 of its 5 is left and expires on 1 April (13),
    # so April's grant is cut from 5 to the 2 that fit under the cap of 15.
    april = [(e.kind, e.change) for e in book.entries if e.at.date() == date(2026, 4, 1)]
    assert april == [("expire", -1), ("grant", 2)]
    assert book.balance == 15


def test_unused_credits_expire_90_days_after_their_grant_oldest_first() -> None:
    book = ledger([inmail(1, at(2, 10))], CAREER, now=at(4, 5))
    expired = [(e.at.date(), e.change) for e in book.entries if e.kind == "expire"]
    # The send took January's credit (oldest first), so January's lot loses 4 on 1 April (Jan 1 + 90 days).
    assert expired == [(date(2026, 4, 1), -4)]
    assert book.balance == 15  # February's 5, March's 5 and April's 5


def test_expiry_dates_and_what_expires_soon() -> None:
    book = ledger([], CAREER, now=at(3, 15))
    assert book.expiring == ((5, date(2026, 4, 1)),)  # within 30 days: only January's lot
    assert book.to_dict()["expiring"] == [{"credits": 5, "on": "2026-04-01"}]


def test_pending_refund_counts_unanswered_inmails_inside_their_90_days() -> None:
    items = [inmail(1, at(1, 5)), inmail(2, at(3, 1)), inmail(3, at(3, 2), "replied", at(3, 4)),
             inmail(4, at(3, 3), "declined", at(3, 6))]
    book = ledger(items, CAREER, now=at(4, 10))
    assert book.pending_refund == 1  # item 1 is past its 90 days; 3 and 4 were answered


def test_an_adjustment_sets_the_real_figure_from_linkedin() -> None:
    items = [inmail(1, at(1, 5)), inmail(2, at(1, 6))]
    book = ledger(items, CAREER, now=at(1, 20), adjustments=[Adjustment(at(1, 10), 9)])
    assert book.balance == 9
    assert [e for e in book.entries if e.kind == "adjust"][0].change == 6
    lower = ledger(items, CAREER, now=at(1, 20), adjustments=[Adjustment(at(1, 10), 1)])
    assert lower.balance == 1


def test_custom_plan_and_plan_day() -> None:
    custom = ResultsSettings(plan="custom", custom_monthly=20, custom_cap=40, plan_since=date(2026, 1, 31))
    book = ledger([], custom, now=at(3, 1))
    grants = [e.at.date() for e in book.entries if e.kind == "grant"]
    assert grants == [date(2026, 1, 31), date(2026, 2, 28)]
    assert (book.monthly, book.cap, book.balance) == (20, 40, 40)


def test_inmails_before_the_plan_started_and_other_kinds_cost_nothing() -> None:
    items = [inmail(1, datetime(2025, 12, 20, tzinfo=CET)), LogItem(2, at(1, 3), "connection_request"),
             LogItem(3, at(1, 3), "follow_up")]
    assert ledger(items, CAREER, now=at(1, 20)).balance == 5


def test_without_a_plan_day_grants_start_in_the_month_of_the_first_inmail() -> None:
    book = ledger([inmail(1, at(2, 14))], ResultsSettings(plan="premium_career"), now=at(2, 20))
    assert book.entries[0].at == datetime(2026, 2, 1, tzinfo=CET) and book.balance == 4


def test_the_json_contract() -> None:
    data = ledger([inmail(1, at(1, 5))], CAREER, now=at(1, 20)).to_dict()
    assert data == {"plan": "premium_career", "monthly": 5, "cap": 15, "balance": 4, "pending_refund": 1,
                    "expiring": []}


def test_naive_times_and_bad_adjustments_are_refused() -> None:
    with pytest.raises(ValueError):
        ledger([], CAREER, now=datetime(2026, 1, 1))
    with pytest.raises(ValueError):
        Adjustment.from_json({"at": "2026-01-01T10:00:00", "balance": 3})
    with pytest.raises(ValueError):
        Adjustment.from_json({"at": "2026-01-01T10:00:00+01:00", "balance": -1})
    assert Adjustment.from_json(Adjustment(at(1, 1), 3).to_json()) == Adjustment(at(1, 1), 3)


def test_a_new_user_has_no_plan_and_no_invented_credits() -> None:
    """Nobody chose a plan yet: no grants, no balance, nothing to ask about (fresh-eyes 9)."""
    book = ledger([inmail(1, at(2, 14)), inmail(2, at(2, 15))], ResultsSettings(), now=at(2, 20))
    assert ResultsSettings().plan is None and ResultsSettings.from_json({}).plan is None
    assert book.entries == () and not ask_before_sending(book)
    assert book.to_dict() == {"plan": None, "monthly": None, "cap": None, "balance": None, "pending_refund": 2,
                              "expiring": []}
    assert ResultsSettings.from_json(ResultsSettings().to_json()).plan is None


def test_the_chart_ends_at_the_balance_after_a_reply_on_the_day_of_sending() -> None:
    """Two InMails sent and one answered minutes later: the credit comes back (answered within 90
    days), so the balance is 5 − 2 + 1 = 4, and the day's closing balance the chart draws is 4
    too - not the 3 of the minutes between (fresh-eyes 25)."""
    sent = at(11, 30, 2)
    items = [inmail(1, sent), inmail(2, sent + timedelta(minutes=1), "replied", sent + timedelta(minutes=2))]
    book = ledger(items, ResultsSettings(plan="premium_career"), now=sent + timedelta(minutes=5))
    assert book.balance == 4
    days = daily_balances(book, sent)
    assert days[-1] == (sent.date(), 4) and days[0][1] == 5
    assert [e.balance for e in book.entries][-2:] == [3, 4]  # the ledger still has every step
