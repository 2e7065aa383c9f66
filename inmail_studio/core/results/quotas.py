# SPDX-License-Identifier: GPL-3.0-or-later
"""LinkedIn's invitation quotas counted from the log, and the advice a low acceptance rate brings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.results.rates import Rate

# Quota states, worded by the UI.
OK, NEAR, AT_LIMIT, OVER, UNLIMITED = "ok", "near", "at-limit", "over", "unlimited"
NEAR_SHARE = 0.8  # "near" from 80 % of the limit on

# Advice code: LinkedIn's Social Selling Index material — personalise invitations and say why you
# want to connect. Given when fewer than 20 % of invitations are accepted (industry estimate of a
# healthy floor), and only once MIN_FOR_ADVICE invitations could have been answered.
ADVICE_PERSONALISE = "ssi-personalise-invitations"
LOW_ACCEPTANCE = 0.20
MIN_FOR_ADVICE = 20


@dataclass(frozen=True, slots=True)
class Quota:
    """`used` of `limit` (None: no limit) in the period starting `since`; `state` one of the codes above."""

    used: int
    limit: int | None
    since: datetime
    state: str

    @property
    def remaining(self) -> int | None:
        return None if self.limit is None else max(0, self.limit - self.used)


def _state(used: int, limit: int | None) -> str:
    if limit is None:
        return UNLIMITED
    if used > limit:
        return OVER
    if used == limit:
        return AT_LIMIT
    return NEAR if used >= NEAR_SHARE * limit else OK


def month_start(now: datetime) -> datetime:
    """Midnight on the first of now's calendar month, in now's zone."""
    return now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def personal_notes(items: Iterable[LogItem], now: datetime, account: str, per_month: int = 5) -> Quota:
    """Connection requests with a note sent this calendar month (in now's zone).

    A free account may send `per_month` personalised invitations a month (LinkedIn Help on
    personalising invitations; default 5, a setting because LinkedIn changes it); a premium
    account has no such limit (state UNLIMITED). Raises ValueError when `now` is naive.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    since = month_start(now)
    used = sum(1 for i in items if i.kind == "connection_request" and i.body.strip() and since <= i.sent_at <= now)
    limit = per_month if account == "free" else None
    return Quota(used, limit, since, _state(used, limit))


def invitations(items: Iterable[LogItem], now: datetime, per_week: int = 100) -> Quota:
    """Connection requests sent in the seven days up to `now` (a rolling week).

    LinkedIn publishes no weekly number; users report 100–200 (industry estimate), so the default
    is 100 and the user can change it. Raises ValueError when `now` is naive.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    since = now - timedelta(days=7)
    used = sum(1 for i in items if i.kind == "connection_request" and since < i.sent_at <= now)
    return Quota(used, per_week, since, _state(used, per_week))


def acceptance_advice(acceptance: Rate) -> str | None:
    """ADVICE_PERSONALISE when under 20 % of at least 20 countable invitations were accepted, else None."""
    rate = acceptance.rate
    if acceptance.counted < MIN_FOR_ADVICE or rate is None:
        return None
    return ADVICE_PERSONALISE if rate < LOW_ACCEPTANCE else None
