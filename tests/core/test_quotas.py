# SPDX-License-Identifier: GPL-3.0-or-later
"""LinkedIn's invitation quotas and the low-acceptance advice, with dates; the results settings."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.results import quotas
from inmail_studio.core.results.rates import Rate
from inmail_studio.core.results.settings import ResultsSettings, SettingError

CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 3, 10, 12, tzinfo=CET)


def request(item_id: int, sent: datetime, note: str = "Hi Anna, we met at the meetup.") -> LogItem:
    return LogItem(item_id, sent, "connection_request", body=note)


def test_personal_notes_count_this_calendar_month_on_a_free_account() -> None:
    log = [request(1, datetime(2026, 2, 28, 23, 30, tzinfo=CET)), request(2, datetime(2026, 3, 1, 0, 5, tzinfo=CET)),
           request(3, datetime(2026, 3, 2, tzinfo=CET), note=""), LogItem(4, datetime(2026, 3, 3, tzinfo=CET), "inmail",
                                                                          body="x")]
    quota = quotas.personal_notes(log, NOW, "free", per_month=5)
    assert (quota.used, quota.limit, quota.remaining, quota.state) == (1, 5, 4, quotas.OK)
    assert quota.since == datetime(2026, 3, 1, tzinfo=CET)


@pytest.mark.parametrize(("sent", "state"), [(3, quotas.OK), (4, quotas.NEAR), (5, quotas.AT_LIMIT),
                                             (6, quotas.OVER)])
def test_the_warning_at_the_limit(sent: int, state: str) -> None:
    log = [request(i, datetime(2026, 3, 2, tzinfo=CET) + timedelta(hours=i)) for i in range(sent)]
    assert quotas.personal_notes(log, NOW, "free", per_month=5).state == state


def test_premium_has_no_note_limit() -> None:
    quota = quotas.personal_notes([request(1, NOW)], NOW, "premium")
    assert (quota.state, quota.remaining, quota.used) == (quotas.UNLIMITED, None, 1)


def test_invitations_in_a_rolling_week() -> None:
    log = [request(1, NOW - timedelta(days=7)), request(2, NOW - timedelta(days=6, hours=23)), request(3, NOW, "")]
    quota = quotas.invitations(log, NOW, per_week=100)
    assert (quota.used, quota.limit, quota.state) == (2, 100, quotas.OK)
    assert quotas.invitations(log, NOW, per_week=2).state == quotas.AT_LIMIT


def test_low_acceptance_brings_the_ssi_advice_only_on_enough_data() -> None:
    assert quotas.acceptance_advice(Rate(sent=30, hits=5)) == quotas.ADVICE_PERSONALISE  # 17 %
    assert quotas.acceptance_advice(Rate(sent=30, hits=6)) is None  # 20 %
    assert quotas.acceptance_advice(Rate(sent=19, hits=0)) is None  # too few to tell
    assert quotas.acceptance_advice(Rate(sent=40, hits=2, too_early=25)) is None


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError):
        quotas.invitations([], datetime(2026, 1, 1))


def test_settings_round_trip_and_tolerance() -> None:
    settings = ResultsSettings(plan="custom", custom_monthly=10, custom_cap=30, plan_since=date(2026, 1, 15))
    assert ResultsSettings.from_json(settings.to_json()) == settings
    assert ResultsSettings.from_json({"plan": "gold", "reply_window_days": -3, "x": 1}) == ResultsSettings()
    assert ResultsSettings.from_json("nonsense") == ResultsSettings()
    assert ResultsSettings().to_json()["plan_since"] is None


def test_settings_set_from_text() -> None:
    settings = ResultsSettings().with_value("reply_window_days", "45").with_value("plan_since", "2026-02-01")
    assert (settings.reply_window_days, settings.plan_since) == (45, date(2026, 2, 1))
    for key, value, code in [("reply_window_days", "0", "bad-value"), ("plan", "gold", "bad-value"),
                             ("colour", "red", "unknown-key"), ("plan_since", "yesterday", "bad-value"),
                             ("invitations_per_week", "1.5", "bad-value")]:
        with pytest.raises(SettingError) as error:
            settings.with_value(key, value)
        assert (error.value.code, error.value.key) == (code, key)
