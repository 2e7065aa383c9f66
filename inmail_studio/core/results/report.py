# SPDX-License-Identifier: GPL-3.0-or-later
"""The `stats --json` contract, computed from any iterable of log items."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.results.rates import (
    ACCEPT_KINDS,
    ACCEPT_OUTCOMES,
    REPLY_KINDS,
    REPLY_OUTCOMES,
    Rate,
    Tally,
)
from inmail_studio.core.results.stats import Comparison, compare


def template_rates(items: Iterable[LogItem], *, now: datetime, window_days: int = 30,
                   acceptance_window_days: int = 30, since: datetime | None = None,
                   ) -> tuple[dict[tuple[str | None, str | None], Rate], Rate]:
    """In one pass: reply rate per (template_id, variant) of InMails and follow-ups, and the
    acceptance rate of connection requests. Times timezone-aware; raises ValueError if naive."""
    replies = Tally(now, window_days, REPLY_OUTCOMES)
    accepts = Tally(now, acceptance_window_days, ACCEPT_OUTCOMES)
    for item in items:
        if since is not None and item.sent_at < since:
            continue
        if item.kind in REPLY_KINDS:
            replies.add((item.template_id, item.variant), replies.state(item))
        elif item.kind in ACCEPT_KINDS:
            accepts.add(None, accepts.state(item))
    return replies.rates(), accepts.rates().get(None, Rate())  # type: ignore[return-value]


def comparisons(per_variant: dict[tuple[str | None, str | None], Rate]) -> list[tuple[str, str, str, Comparison]]:
    """Each template with two or more variants: its first variant (A, in name order) against each other,
    at 0.05 divided by the number of comparisons for that template (Bonferroni), so three variants
    do not get two chances to find a winner in noise.

    Returns (template_id, a, b, comparison) sorted by template and variant.
    """
    variants: dict[str, dict[str, Rate]] = {}
    for (template_id, variant), rate in per_variant.items():
        if template_id is not None and variant is not None:
            variants.setdefault(template_id, {})[variant] = rate
    found = []
    for template_id in sorted(variants):
        names = sorted(variants[template_id])
        a = variants[template_id][names[0]]
        alpha = 0.05 / max(1, len(names) - 1)
        for b_name in names[1:]:
            b = variants[template_id][b_name]
            found.append((template_id, names[0], b_name, compare(a.hits, a.counted, b.hits, b.counted, alpha=alpha)))
    return found


def _rate_fields(rate: Rate) -> tuple[float | None, float | None, float | None]:
    low_high = rate.interval
    return rate.rate, *(low_high if low_high else (None, None))  # type: ignore[return-value]


def stats_report(items: Iterable[LogItem], *, now: datetime, window_days: int = 30,
                 acceptance_window_days: int = 30, since: datetime | None = None) -> dict[str, Any]:
    """The `inmail-studio stats --json` object; rates are fractions 0–1, or null when nothing counts yet.

    "sent" counts every message in the period, "too_early" those younger than the window (kept out of
    the rate), "replied" the answers within the window among the rest. In "ab", "sent_a"/"sent_b"
    count only the messages compared (older than the window); "verdict" is a stats verdict code.
    """
    per_variant, acceptance = template_rates(items, now=now, window_days=window_days,
                                             acceptance_window_days=acceptance_window_days, since=since)
    by_template_rows = []
    for (template_id, variant), rate in sorted(per_variant.items(), key=lambda kv: (str(kv[0][0]), str(kv[0][1]))):
        value, low, high = _rate_fields(rate)
        by_template_rows.append({"template_id": template_id, "variant": variant, "sent": rate.sent,
                                 "replied": rate.hits, "too_early": rate.too_early, "reply_rate": value,
                                 "ci_low": low, "ci_high": high})
    value, low, high = _rate_fields(acceptance)
    ab = [{"template_id": t, "a": a, "b": b, "sent_a": c.sent_a, "replied_a": c.replied_a, "sent_b": c.sent_b,
           "replied_b": c.replied_b, "p_value": c.p_value, "prob_b_beats_a": c.prob_b_beats_a, "verdict": c.verdict}
          for t, a, b, c in comparisons(per_variant)]
    return {"window_days": window_days, "by_template": by_template_rows,
            "acceptance": {"sent": acceptance.sent, "accepted": acceptance.hits, "too_early": acceptance.too_early,
                           "rate": value, "ci_low": low, "ci_high": high},
            "ab": ab}

