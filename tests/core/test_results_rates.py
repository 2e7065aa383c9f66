# SPDX-License-Identifier: GPL-3.0-or-later
"""Reply and acceptance rates: the window, "too early", the groupings, what works, and the stats JSON."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.results import rates, works
from inmail_studio.core.results.report import stats_report

NOW = datetime(2026, 6, 30, 12, tzinfo=UTC)


def item(item_id: int, days_ago: float, outcome: str = "pending", answered_after: float | None = None,
         **fields: object) -> LogItem:
    sent = NOW - timedelta(days=days_ago)
    answered = sent + timedelta(days=answered_after) if answered_after is not None else None
    return LogItem(item_id, sent, fields.pop("kind", "inmail"), outcome=outcome, outcome_at=answered,  # type: ignore[arg-type]
                   **fields)  # type: ignore[arg-type]


def test_messages_younger_than_the_window_are_too_early_and_kept_out() -> None:
    log = [item(1, 40, "replied", 2), item(2, 40), item(3, 10, "replied", 1), item(4, 29.9)]
    rate = rates.rate_of(log, now=NOW, window_days=30)
    assert (rate.sent, rate.hits, rate.too_early, rate.counted) == (4, 1, 2, 2)
    assert rate.rate == 0.5  # the early reply of item 3 does not lift the rate


def test_a_message_exactly_one_window_old_counts() -> None:
    assert rates.rate_of([item(1, 30)], now=NOW, window_days=30).too_early == 0


def test_a_reply_after_the_window_is_no_reply() -> None:
    log = [item(1, 90, "replied", 30), item(2, 90, "replied", 31)]
    rate = rates.rate_of(log, now=NOW, window_days=30)
    assert (rate.hits, rate.counted) == (1, 2)
    assert rates.rate_of(log, now=NOW, window_days=45).hits == 2


def test_declines_are_not_replies_and_accepted_inmails_are() -> None:
    log = [item(1, 60, "declined", 1), item(2, 60, "accepted", 1)]
    assert rates.rate_of(log, now=NOW).hits == 1


def test_every_rate_has_its_wilson_interval() -> None:
    log = [item(i, 60, "replied" if i < 12 else "pending", 1) for i in range(34)]
    low, high = rates.rate_of(log, now=NOW).interval  # type: ignore[misc]
    assert round(low, 4) == 0.2149 and round(high, 4) == 0.5209  # 12 of 34
    assert rates.Rate().rate is None and rates.Rate().interval is None


def test_acceptance_counts_connection_requests_only() -> None:
    log = [item(1, 60, "accepted", 3, kind="connection_request"), item(2, 60, kind="connection_request"),
           item(3, 60, "replied", 1)]
    rate = rates.rate_of(log, now=NOW, kinds=rates.ACCEPT_KINDS, outcomes=rates.ACCEPT_OUTCOMES)
    assert (rate.sent, rate.hits) == (2, 1)


def test_groupings() -> None:
    sent = datetime(2026, 3, 2, 9, tzinfo=timezone(timedelta(hours=1)))  # a Monday in Amsterdam
    one = LogItem(1, sent, "inmail", template_id="t", variant="B", list_name="L", language="nl", body="x" * 401)
    assert rates.by_template(one) == ("t", "B")
    assert (rates.by_list(one), rates.by_kind(one), rates.by_language(one)) == ("L", "inmail", "nl")
    assert rates.by_month(one) == "2026-03" and rates.by_weekday(one) == 1
    assert rates.by_length(one) == "401-800"
    found = rates.rates_by([one, item(2, 60, list_name="L")], rates.by_list, now=NOW)
    assert found["L"].sent == 2


@pytest.mark.parametrize(("chars", "bucket"), [(0, "le400"), (400, "le400"), (401, "401-800"), (800, "401-800"),
                                               (801, "801-1200"), (1200, "801-1200"), (1201, "gt1200")])
def test_linkedins_length_buckets(chars: int, bucket: str) -> None:
    assert rates.length_bucket(chars) == bucket


def test_body_length_counts_nfc_code_points() -> None:
    assert rates.body_length(LogItem(1, NOW, "inmail", body="cafe\u0301")) == 4
    assert rates.body_length(LogItem(1, NOW, "inmail", body="", body_chars=900)) == 900


def test_since_keeps_later_messages_only() -> None:
    log = [item(1, 100), item(2, 50)]
    assert rates.rate_of(log, now=NOW, since=NOW - timedelta(days=60)).sent == 1


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError):
        rates.rate_of([], now=datetime(2026, 1, 1))


def short_and_long() -> list[LogItem]:
    short = [item(i, 60, "replied" if i < 12 else "pending", 1, body_chars=300) for i in range(34)]
    long = [item(100 + i, 60, "replied" if i < 5 else "pending", 1, body_chars=700) for i in range(31)]
    return short + long


def test_what_works_by_length_and_the_info_from_the_users_own_data() -> None:
    found = works.what_works(short_and_long(), now=NOW)
    assert found["length"]["le400"].hits == 12 and found["length"]["401-800"].counted == 31
    [info] = works.insights(found)
    assert (info.dimension, info.better, info.replied_better, info.counted_better) == ("length", "le400", 12, 34)
    assert (info.worse, info.replied_worse, info.counted_worse) == ("401-800", 5, 31)
    assert info.ratio == pytest.approx((12 / 34) / (5 / 31)) and info.probability > 0.95


def test_no_info_under_30_per_bucket() -> None:
    found = works.what_works(short_and_long()[:20] + short_and_long()[34:], now=NOW)
    assert works.insights(found) == []


def test_ask_and_detail_come_from_the_coach() -> None:
    log = [item(1, 60, "replied", 1, body="Hi Anna, I read your post on onboarding at Adyen. "
                                          "Would you be open to a short call next week?"),
           item(2, 60, body="Hi Anna, we sell software.")]
    found = works.what_works(log, now=NOW, describe=works.coach_features)
    assert found["ask"]["meeting"].hits == 1 and found["ask"][works.ASK_NONE].sent == 1
    assert found["detail"][True].hits == 1
    assert works.coach_features(item(3, 1)) is None


def test_stats_json_contract() -> None:
    log = [item(1, 60, "replied", 2, template_id="t", variant="A"), item(2, 60, template_id="t", variant="B"),
           item(3, 5, template_id="t", variant="B"), item(4, 60, "accepted", 1, kind="connection_request")]
    data = stats_report(log, now=NOW, window_days=30)
    assert data["window_days"] == 30
    assert data["by_template"][0] == {"template_id": "t", "variant": "A", "sent": 1, "replied": 1, "too_early": 0,
                                      "reply_rate": 1.0, "ci_low": pytest.approx(0.2065, abs=1e-4), "ci_high": 1.0}
    assert data["by_template"][1]["too_early"] == 1 and data["by_template"][1]["reply_rate"] == 0.0
    assert data["acceptance"]["rate"] == 1.0 and set(data["acceptance"]) == {
        "sent", "accepted", "too_early", "rate", "ci_low", "ci_high"}
    [ab] = data["ab"]
    assert (ab["a"], ab["b"], ab["sent_a"], ab["replied_a"], ab["sent_b"], ab["replied_b"]) == ("A", "B", 1, 1, 1, 0)
    assert ab["verdict"] == "not-enough-data" and 0 <= ab["p_value"] <= 1 and 0 <= ab["prob_b_beats_a"] <= 1


def test_stats_json_of_nothing() -> None:
    data = stats_report([], now=NOW)
    assert data["by_template"] == [] and data["ab"] == [] and data["acceptance"]["rate"] is None


def test_coach_features_are_cached_per_message_and_text(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(works, "coach_features", lambda item: calls.append(item.id) or ("none", False))
    cache = works.FeatureCache()
    one = item(1, 60, body="Hi Anna.")
    assert cache.describe(one) == cache.describe(one) == ("none", False)
    cache.describe(item(1, 60, body="Hi Anna, changed."))
    assert calls == [1, 1]


def test_three_variants_are_each_compared_with_a() -> None:
    from inmail_studio.core.results.report import comparisons

    rate = rates.Rate(sent=200, hits=20)
    found = comparisons({("t", "A"): rate, ("t", "B"): rates.Rate(200, 36), ("t", "C"): rate, ("u", "A"): rate})
    assert [(t, a, b) for t, a, b, _ in found] == [("t", "A", "B"), ("t", "A", "C")]
    assert found[0][3].verdict != "b-better"  # p ≈ 0.030 is not below 0.05 / 2


def test_the_tabs_one_pass_agrees_with_the_separate_reports() -> None:
    from inmail_studio.core.results.demo import sample_log
    from inmail_studio.core.results.report import template_rates
    from inmail_studio.core.results.settings import ResultsSettings
    from inmail_studio.core.results.summary import summarise

    log = sample_log(400)
    now = log[-1].sent_at
    summary = summarise(log, ResultsSettings(reply_window_days=20, acceptance_window_days=40), now)
    per_variant, acceptance = template_rates(log, now=now, window_days=20, acceptance_window_days=40)
    assert summary.templates == per_variant and summary.acceptance == acceptance
    assert summary.works == works.what_works(log, now=now, window_days=20)
    by_month = rates.rates_by(log, rates.by_month, now=now, window_days=40, kinds=rates.ACCEPT_KINDS,
                              outcomes=rates.ACCEPT_OUTCOMES)
    assert summary.acceptance_by_month == dict(sorted(by_month.items()))
    for name, key in (("list", rates.by_list), ("kind", rates.by_kind), ("language", rates.by_language),
                      ("month", rates.by_month)):
        assert summary.groups[name] == rates.rates_by(log, key, now=now, window_days=20)
