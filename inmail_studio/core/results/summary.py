# SPDX-License-Identifier: GPL-3.0-or-later
"""Everything the Results tab shows, computed in one call from the log: series, rates, verdicts, credits."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.results import quotas
from inmail_studio.core.results.credits import Adjustment, Ledger, ledger
from inmail_studio.core.results.rates import (
    ACCEPT_KINDS,
    ACCEPT_OUTCOMES,
    REPLY_KINDS,
    REPLY_OUTCOMES,
    Rate,
    Tally,
    by_kind,
    by_language,
    by_list,
    by_month,
)
from inmail_studio.core.results.report import comparisons
from inmail_studio.core.results.settings import ResultsSettings
from inmail_studio.core.results.stats import Comparison
from inmail_studio.core.results.works import Describe, Insight, WorksTally, insights

ANSWERS = frozenset({"replied", "accepted"})
# Reply rates are also shown per list, kind, language and month (the Results tab's "by" table).
GROUPS = {"list": by_list, "kind": by_kind, "language": by_language, "month": by_month}


@dataclass(frozen=True, slots=True)
class Week:
    """Messages sent in the week starting `start` (a Monday), and answers that came in it."""

    start: date
    sent: int
    answered: int


@dataclass(frozen=True, slots=True)
class ResultsSummary:
    """The Results tab's data. `templates` maps (template_id, variant) to its reply rate;
    `acceptance_by_month` maps YYYY-MM to the acceptance rate of requests sent that month."""

    now: datetime
    settings: ResultsSettings
    total_sent: int
    weeks: tuple[Week, ...]
    templates: dict[tuple[str | None, str | None], Rate]
    acceptance: Rate
    acceptance_by_month: dict[str, Rate]
    comparisons: list[tuple[str, str, str, Comparison]]
    credits: Ledger
    works: dict[str, dict[object, Rate]] = field(default_factory=dict)
    insights: list[Insight] = field(default_factory=list)
    groups: dict[str, dict[object, Rate]] = field(default_factory=dict)  # GROUPS name -> key -> reply rate
    advice: str | None = None


def week_start(moment: datetime) -> date:
    """The Monday of `moment`'s ISO week, in its own offset."""
    return moment.date() - timedelta(days=moment.weekday())


def weekly(items: list[LogItem], now: datetime) -> tuple[Week, ...]:
    """Sends and answers (replies, acceptances) per week from the first send to `now`, empty weeks included."""
    if not items:
        return ()
    sent: dict[date, int] = {}
    answered: dict[date, int] = {}
    for item in items:
        day = item.sent_at.date()
        sent[day] = sent.get(day, 0) + 1
        if item.outcome in ANSWERS and item.outcome_at is not None and item.outcome_at <= now:
            day = item.outcome_at.date()
            answered[day] = answered.get(day, 0) + 1
    weeks: dict[date, list[int]] = {}
    for column, per_day in enumerate((sent, answered)):
        for day, count in per_day.items():
            weeks.setdefault(day - timedelta(days=day.weekday()), [0, 0])[column] += count
    day, last = min(weeks), week_start(now)
    found = []
    while day <= last:
        found.append(Week(day, *weeks.get(day, (0, 0))))
        day += timedelta(days=7)
    return tuple(found)


def summarise(items: Iterable[LogItem], settings: ResultsSettings, now: datetime,
              adjustments: Iterable[Adjustment] = (), describe: Describe | None = None) -> ResultsSummary:
    """The Results tab's data for the log `items` as of `now` (timezone-aware; ValueError if naive).

    `describe` (e.g. works.coach_features) adds "kind of ask" and "detail beyond the name" to what
    works; it lints every message, so the UI passes it only off the GUI thread (ui/results/loader.py).
    Rates are counted in one pass over the log.
    """
    log = list(items)
    replies = Tally(now, settings.reply_window_days, REPLY_OUTCOMES)
    accepts = Tally(now, settings.acceptance_window_days, ACCEPT_OUTCOMES)
    months = Tally(now, settings.acceptance_window_days, ACCEPT_OUTCOMES)
    works = WorksTally(now, settings.reply_window_days, describe)
    groups = {name: Tally(now, settings.reply_window_days, REPLY_OUTCOMES) for name in GROUPS}
    for item in log:
        if item.kind in REPLY_KINDS:
            state = replies.state(item)
            replies.add((item.template_id, item.variant), state)
            works.add(item, state)
            for name, tally in groups.items():
                tally.add(GROUPS[name](item), state)
        elif item.kind in ACCEPT_KINDS:
            state = accepts.state(item)
            accepts.add(None, state)
            months.add(by_month(item), state)
    per_variant: dict[tuple[str | None, str | None], Rate] = replies.rates()  # type: ignore[assignment]
    acceptance = accepts.rates().get(None, Rate())
    found = works.rates()
    return ResultsSummary(
        now=now, settings=settings, total_sent=len(log), weeks=weekly(log, now), templates=per_variant,
        acceptance=acceptance, acceptance_by_month=dict(sorted(months.rates().items())),  # type: ignore[arg-type]
        comparisons=comparisons(per_variant), credits=ledger(log, settings, now, adjustments),
        works=found, insights=insights(found), advice=quotas.acceptance_advice(acceptance),
        groups={name: dict(sorted(t.rates().items(), key=lambda kv: str(kv[0]))) for name, t in groups.items()})
