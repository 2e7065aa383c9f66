# SPDX-License-Identifier: GPL-3.0-or-later
"""What works for this user: reply rates by length, kind of ask, personal detail and weekday, and infos from them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.results.rates import (
    LENGTH_BUCKETS,
    REPLY_KINDS,
    REPLY_OUTCOMES,
    Rate,
    Tally,
    by_length,
    by_weekday,
)
from inmail_studio.core.results.stats import prob_b_beats_a

# Kind-of-ask codes beside the coach's own kinds of one ask (see coach_features).
ASK_NONE, ASK_ONE, ASK_SEVERAL = "none", "one", "several"
ASK_KINDS = ("interest", "meeting", "connect", "opinion", "resource", "calendar", "intro", "reply")
MIN_PER_BUCKET = 30  # the floor before the coach may say anything from the user's own data
SURE = 0.95

Describe = Callable[[LogItem], "tuple[str, bool] | None"]
DIMENSIONS = ("length", "ask", "detail", "weekday")


def coach_features(item: LogItem) -> tuple[str, bool] | None:
    """(kind of ask, has a detail beyond the name) as the coach sees the sent text; None without text.

    The kind of ask is the coach's own code for the one ask ("interest", "meeting", "connect",
    "opinion", "resource", "calendar", "intro", "reply"), ASK_NONE or ASK_SEVERAL. A detail counts
    when the personalisation rule highlights one or has nothing to say. Lints the message
    (milliseconds each): call it for hundreds of messages, off the GUI thread, not per key press.
    """
    if not item.body.strip():
        return None
    from inmail_studio.core import Message
    from inmail_studio.core.lint import lint

    kind = item.kind if item.kind in ("inmail", "connection_request", "follow_up") else "inmail"
    language = item.language if item.language in ("en", "nl") else "auto"
    result = lint(Message(kind=kind, subject=item.subject, body=item.body, language=language))
    kinds = result.metrics.cta_kinds or ("",) * result.metrics.cta_count
    ask = ASK_NONE if not kinds else (kinds[0] or ASK_ONE) if len(kinds) == 1 else ASK_SEVERAL
    detail = any(h.rule == "personalisation" for h in result.highlights) or not any(
        f.rule == "personalisation" for f in result.findings)
    return ask, detail


class FeatureCache:
    """coach_features per logged message, kept while its text is the same (a sent text rarely changes).

    `describe` is a drop-in for coach_features; at most `limit` entries are kept (then it starts over).
    """

    def __init__(self, limit: int = 50_000) -> None:
        self.limit = limit
        self._found: dict[tuple[int, int], tuple[str, bool] | None] = {}

    def describe(self, item: LogItem) -> tuple[str, bool] | None:
        key = (item.id, hash((item.kind, item.language, item.subject, item.body)))
        if key not in self._found:
            if len(self._found) >= self.limit:
                self._found.clear()
            self._found[key] = coach_features(item)
        return self._found[key]


def what_works(items: Iterable[LogItem], *, now: datetime, window_days: int = 30,
               describe: Describe | None = None) -> dict[str, dict[object, Rate]]:
    """Reply rates of InMails and follow-ups per bucket of each dimension.

    Keys: "length" (LinkedIn's buckets, see rates.length_bucket), "weekday" (1 = Monday), and with
    `describe` (e.g. coach_features) also "ask" (the coach's kind, none or several) and "detail"
    (True/False). Same window and "too early" rule as every rate. Raises ValueError when `now` is naive.
    """
    tally = WorksTally(now, window_days, describe)
    for item in items:
        if item.kind in REPLY_KINDS:
            tally.add(item, tally.state(item))
    return tally.rates()


class WorksTally:
    """what_works in parts, for a caller that already walks the log (one pass for the whole tab)."""

    def __init__(self, now: datetime, window_days: int, describe: Describe | None = None) -> None:
        self.tallies = {d: Tally(now, window_days, REPLY_OUTCOMES) for d in DIMENSIONS}
        self.state = self.tallies["length"].state
        self.describe = describe

    def add(self, item: LogItem, state: int) -> None:
        """Count one InMail or follow-up whose Tally state (counted, answered, too early) is known."""
        self.tallies["length"].add(by_length(item), state)
        self.tallies["weekday"].add(by_weekday(item), state)
        features = self.describe(item) if self.describe else None
        if features is not None:
            self.tallies["ask"].add(features[0], state)
            self.tallies["detail"].add(features[1], state)

    def rates(self) -> dict[str, dict[object, Rate]]:
        return {d: dict(sorted(t.rates().items(), key=_order)) for d, t in self.tallies.items() if t.counts}


_ORDER = {code: index for index, code in enumerate(
    [code for code, _ in LENGTH_BUCKETS] + [ASK_NONE, *ASK_KINDS, ASK_ONE, ASK_SEVERAL, False, True])}


def _order(pair: tuple[object, Rate]) -> tuple[int, str]:
    """LinkedIn's length buckets shortest first, asks from none to several, weekdays Monday first."""
    key = pair[0]
    if isinstance(key, int) and not isinstance(key, bool):
        return key, ""
    return _ORDER.get(key, len(_ORDER)), str(key)  # type: ignore[call-overload]


@dataclass(frozen=True, slots=True)
class Insight:
    """`better` got more replies than `worse` in `dimension`: counts, ratio of rates, P(better really better)."""

    dimension: str
    better: object
    replied_better: int
    counted_better: int
    worse: object
    replied_worse: int
    counted_worse: int
    ratio: float | None  # None when `worse` got no replies at all
    probability: float


def insights(works: dict[str, dict[object, Rate]], min_per_bucket: int = MIN_PER_BUCKET) -> list[Insight]:
    """For each dimension, the best against the worst bucket with at least `min_per_bucket` counted
    messages each, kept only when the better one is better with probability ≥ 95 % (Beta(1, 1)
    priors): "your InMails under 400 characters got twice the replies: 12 of 34 against 5 of 31".
    """
    found = []
    for dimension, buckets in works.items():
        big = [(k, r) for k, r in buckets.items() if r.counted >= min_per_bucket]
        if len(big) < 2:
            continue
        (k_best, best), (k_worst, worst) = max(big, key=_rate), min(big, key=_rate)
        probability = prob_b_beats_a(worst.hits, worst.counted, best.hits, best.counted)
        if probability >= SURE:
            ratio = best.rate / worst.rate if worst.rate else None  # type: ignore[operator]
            found.append(Insight(dimension, k_best, best.hits, best.counted, k_worst, worst.hits, worst.counted,
                                 ratio, probability))
    return found


def _rate(pair: tuple[object, Rate]) -> float:
    return pair[1].rate or 0.0
