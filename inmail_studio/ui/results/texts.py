# SPDX-License-Identifier: GPL-3.0-or-later
"""What the results core's codes and numbers say, in the window's language (context "Results")."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from inmail_studio.core.results import quotas, stats
from inmail_studio.core.results.rates import Rate
from inmail_studio.core.results.works import ASK_NONE, ASK_ONE, ASK_SEVERAL, Insight

CONTEXT = "Results"

PLAN_NAMES = {
    "premium_career": QT_TRANSLATE_NOOP("Results", "Premium Career"),
    "premium_business": QT_TRANSLATE_NOOP("Results", "Premium Business"),
    "sales_navigator": QT_TRANSLATE_NOOP("Results", "Sales Navigator"),
    "recruiter_lite": QT_TRANSLATE_NOOP("Results", "Recruiter Lite"),
    "custom": QT_TRANSLATE_NOOP("Results", "Custom plan"),
}
BUCKETS = {
    "le400": QT_TRANSLATE_NOOP("Results", "up to 400 characters"),
    "401-800": QT_TRANSLATE_NOOP("Results", "401–800 characters"),
    "801-1200": QT_TRANSLATE_NOOP("Results", "801–1,200 characters"),
    "gt1200": QT_TRANSLATE_NOOP("Results", "over 1,200 characters"),
    ASK_NONE: QT_TRANSLATE_NOOP("Results", "no ask"),
    ASK_ONE: QT_TRANSLATE_NOOP("Results", "one clear ask"),
    "interest": QT_TRANSLATE_NOOP("Results", "one ask: are you interested?"),
    "meeting": QT_TRANSLATE_NOOP("Results", "one ask: a call or meeting"),
    "connect": QT_TRANSLATE_NOOP("Results", "one ask: to connect"),
    "opinion": QT_TRANSLATE_NOOP("Results", "one ask: their view"),
    "resource": QT_TRANSLATE_NOOP("Results", "one ask: read or watch something"),
    "calendar": QT_TRANSLATE_NOOP("Results", "one ask: book a time"),
    "intro": QT_TRANSLATE_NOOP("Results", "one ask: an introduction"),
    "reply": QT_TRANSLATE_NOOP("Results", "one ask: just reply"),
    ASK_SEVERAL: QT_TRANSLATE_NOOP("Results", "several asks"),
    True: QT_TRANSLATE_NOOP("Results", "a detail beyond the name"),
    False: QT_TRANSLATE_NOOP("Results", "nothing beyond the name"),
}
DIMENSIONS = {
    "length": QT_TRANSLATE_NOOP("Results", "Length"),
    "ask": QT_TRANSLATE_NOOP("Results", "Kind of ask"),
    "detail": QT_TRANSLATE_NOOP("Results", "Personal detail"),
    "weekday": QT_TRANSLATE_NOOP("Results", "Weekday sent"),
}
VERDICTS = {
    stats.NOT_ENOUGH_DATA: QT_TRANSLATE_NOOP(
        "Results", "Not enough data yet: about {more} more sends per variant would show a 10-point difference."),
    stats.B_BETTER: QT_TRANSLATE_NOOP("Results", "{b} is very likely better ({probability})."),
    stats.A_BETTER: QT_TRANSLATE_NOOP("Results", "{a} is very likely better ({probability})."),
    stats.NO_CLEAR_DIFFERENCE: QT_TRANSLATE_NOOP(
        "Results", "No clear difference: after {sent} sends each, both get about as many replies."),
}
QUOTA_STATES = {
    quotas.NEAR: QT_TRANSLATE_NOOP("Results", "almost used up"),
    quotas.AT_LIMIT: QT_TRANSLATE_NOOP("Results", "limit reached"),
    quotas.OVER: QT_TRANSLATE_NOOP("Results", "over the limit"),
}
ADVICE = {
    quotas.ADVICE_PERSONALISE: QT_TRANSLATE_NOOP(
        "Results", "Fewer than 1 in 5 of your invitations are accepted. Personalise them and say why you "
                   "want to connect (LinkedIn's Social Selling Index advice)."),
}
PHRASES = {
    "none-yet": QT_TRANSLATE_NOOP("Results", "none old enough to count yet"),
    "rate": QT_TRANSLATE_NOOP("Results", "{hits} of {counted} {answered} · {rate} (95 % sure: {low}–{high})"),
    "headline": QT_TRANSLATE_NOOP("Results", "<b>{rate}</b> ({hits} of {counted})"),
    "headline-few": QT_TRANSLATE_NOOP("Results", "{hits} of {counted}, too few for a rate"),
    "too-few": QT_TRANSLATE_NOOP("Results", "{hits} of {counted} {answered}, too few to tell"),
    "too-early": QT_TRANSLATE_NOOP("Results", "too recent to tell: {n}"),
    "counts": QT_TRANSLATE_NOOP("Results", "{rb} of {cb} against {rw} of {cw}"),
    "counts-short": QT_TRANSLATE_NOOP("Results", "{replied} of {sent} replied ({rate})"),
    "insight-none": QT_TRANSLATE_NOOP("Results", "Messages with {better} got replies, those with {worse} none: "
                                                 "{counts}."),
    "zero-title": QT_TRANSLATE_NOOP("Results", "No InMail credits left"),
    "zero-text": QT_TRANSLATE_NOOP("Results", "As this app counts them, you have {balance} InMail credits. LinkedIn "
                                              "only sends the InMail if you still have one: mark it as sent anyway?"),
    "zero-yes": QT_TRANSLATE_NOOP("Results", "Mark as sent"),
    "zero-no": QT_TRANSLATE_NOOP("Results", "Cancel"),
    "insight": QT_TRANSLATE_NOOP("Results", "Messages with {better} got {ratio} times the replies of those with "
                                            "{worse}: {counts}."),
}


def tr(text: str) -> str:
    """`text` (a literal marked where it is defined) in the window's language."""
    return QCoreApplication.translate(CONTEXT, text)


def fill(text: str, **values: Any) -> str:
    """Put `{name}` values into a translated text; integers get thousands separators."""
    return _fill(text, values)


def _fill(text: str, values: Mapping[str, Any]) -> str:
    for key, value in values.items():
        shown = QLocale().toString(value) if isinstance(value, int) and not isinstance(value, bool) else str(value)
        text = text.replace("{" + key + "}", shown)
    return text


def percent(fraction: float) -> str:
    """35 % (a space before the sign, as in Dutch and in LinkedIn's own help pages)."""
    return f"{round(fraction * 100)} %"


def short_date(day: date) -> str:
    """"3 Mar" / "3 mrt" in the window's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def month_label(month: str) -> str:
    """"2026-03" as "Mar 2026" / "mrt 2026"."""
    year, number = (int(part) for part in month.split("-"))
    return QLocale().toString(QDate(year, number, 1), "MMM yyyy")


def bucket_label(dimension: str, key: object) -> str:
    """A bucket's name: a length range, a kind of ask, a weekday…"""
    if dimension == "weekday":
        return QLocale().dayName(int(key))  # type: ignore[call-overload]
    return tr(BUCKETS[key]) if key in BUCKETS else str(key)


def rate_line(rate: Rate, answered: str, min_counted: int = 0) -> str:
    """"12 of 34 replied · 35 % (22–52 %)" plus how many are too early; `answered` is the translated verb.

    Under `min_counted` counted messages only the counts are given, with "too few to tell".
    """
    if not rate.counted:
        line = tr(PHRASES["none-yet"])
    elif rate.counted < min_counted:
        line = fill(tr(PHRASES["too-few"]), hits=rate.hits, counted=rate.counted, answered=answered)
    else:
        low, high = rate.interval  # type: ignore[misc]
        line = fill(tr(PHRASES["rate"]), hits=rate.hits,
                    counted=rate.counted, answered=answered, rate=percent(rate.rate or 0.0), low=percent(low),
                    high=percent(high))
    if rate.too_early:
        line += " · " + fill(tr(PHRASES["too-early"]), n=rate.too_early)
    return line


def verdict_text(a: str, b: str, comparison: stats.Comparison) -> str:
    """The A/B verdict in words, with its numbers."""
    return fill(tr(VERDICTS[comparison.verdict]), a=a, b=b, more=comparison.more_per_variant,
                probability=percent(comparison.probability), sent=min(comparison.sent_a, comparison.sent_b))


def insight_text(insight: Insight) -> str:
    """"Your messages of up to 400 characters got 2.2 times the replies: 12 of 34 against 5 of 31"."""
    better = bucket_label(insight.dimension, insight.better)
    worse = bucket_label(insight.dimension, insight.worse)
    counts = fill(tr(PHRASES["counts"]), rb=insight.replied_better, cb=insight.counted_better,
                  rw=insight.replied_worse, cw=insight.counted_worse)
    if insight.ratio is None:
        text = tr(PHRASES["insight-none"])
    else:
        text = tr(PHRASES["insight"])
    ratio = QLocale().toString(insight.ratio or 0.0, "f", 1)
    return fill(text, better=better, worse=worse, ratio=ratio, counts=counts)
