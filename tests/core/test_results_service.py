# SPDX-License-Identifier: GPL-3.0-or-later
"""The results service over a log and a settings store: settings, adjustments, reports, quotas."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest

from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.results.service import ADJUSTMENTS_KEY, Results
from inmail_studio.core.results.settings import ResultsSettings

CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 3, 20, 12, tzinfo=CET)


class FakeLog:
    def __init__(self, items: list[LogItem]) -> None:
        self._items = items
        self.clock = lambda: NOW

    def items(self) -> list[LogItem]:
        return list(self._items)


class DictStore(dict):  # type: ignore[type-arg]
    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        return super().get(key, default)

    def set(self, key: str, value: Any) -> None:
        self[key] = value


def results(items: list[LogItem]) -> tuple[Results, DictStore]:
    store = DictStore()
    return Results(FakeLog(items), store), store


def test_settings_are_stored_under_their_own_key() -> None:
    service, store = results([])
    assert service.settings == ResultsSettings()
    service.save_settings(ResultsSettings(plan="recruiter_lite"))
    assert store["results"]["plan"] == "recruiter_lite" and service.settings.plan == "recruiter_lite"


def test_the_real_balance_is_an_adjustment_entry() -> None:
    items = [LogItem(1, datetime(2026, 3, 2, tzinfo=CET), "inmail")]
    service, store = results(items)
    service.save_settings(ResultsSettings(plan="premium_career", plan_since=date(2026, 3, 1)))
    assert service.credits()["balance"] == 4
    service.set_real_balance(11, at=datetime(2026, 3, 10, tzinfo=CET))
    assert service.credits()["balance"] == 11
    assert store[ADJUSTMENTS_KEY] == [{"at": "2026-03-10T00:00:00+01:00", "balance": 11}]
    store[ADJUSTMENTS_KEY].append({"at": "garbage"})
    assert len(service.adjustments()) == 1
    with pytest.raises(ValueError):
        service.set_real_balance(-1)


def test_stats_use_the_window_setting_and_since() -> None:
    items = [LogItem(1, NOW - timedelta(days=40), "inmail", template_id="t", outcome="replied",
                     outcome_at=NOW - timedelta(days=38)),
             LogItem(2, NOW - timedelta(days=20), "inmail", template_id="t")]
    service, _ = results(items)
    assert service.stats()["by_template"][0]["too_early"] == 1
    assert service.stats(window_days=10)["window_days"] == 10
    assert service.stats(window_days=10)["by_template"][0]["too_early"] == 0
    assert service.stats(since=date(2026, 2, 20))["by_template"][0]["sent"] == 1


def test_quotas_use_the_settings() -> None:
    items = [LogItem(i, NOW - timedelta(days=1, minutes=i), "connection_request", body="Hi") for i in range(3)]
    service, _ = results(items)
    service.save_settings(ResultsSettings(free_notes_per_month=3, invitations_per_week=50))
    notes, invitations, advice = service.quotas("free")
    assert (notes.used, notes.limit, notes.state) == (3, 3, "at-limit")
    assert (invitations.used, invitations.limit) == (3, 50) and advice is None


def test_summary_for_the_tab() -> None:
    service, _ = results([LogItem(1, NOW - timedelta(days=40), "inmail")])
    summary = service.summary()
    assert summary.total_sent == 1 and summary.now == NOW
