# SPDX-License-Identifier: GPL-3.0-or-later
"""What the results depend on that the user sets: the InMail plan, the reply windows, LinkedIn's quotas."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from datetime import date
from typing import Any

SETTINGS_KEY = "results"

# Plan codes; their figures live in credits.PLANS.
PLANS = ("premium_career", "premium_business", "sales_navigator", "recruiter_lite", "custom")

_LIMITS = {  # field: (lowest, highest) a user may set
    "custom_monthly": (0, 10_000),
    "custom_cap": (0, 100_000),
    "reply_window_days": (1, 365),
    "acceptance_window_days": (1, 365),
    "free_notes_per_month": (0, 1_000),
    "invitations_per_week": (1, 10_000),
}


class SettingError(ValueError):
    """A setting's value is out of range or of the wrong type; `code` and `key` say which."""

    def __init__(self, code: str, key: str) -> None:
        super().__init__(f"{code}: {key}")
        self.code = code
        self.key = key


@dataclass(frozen=True, slots=True)
class ResultsSettings:
    """The plan, the windows and the quotas (days are calendar days; counts are messages).

    `plan` is None until the user chooses one: the app then counts no credits (it cannot know
    them). `plan_since` is the first day of the plan's billing cycle (monthly grants fall on its day of
    the month); None means the first of the month of the first logged InMail. `custom_monthly` and
    `custom_cap` apply when `plan` is "custom". `free_notes_per_month` defaults to 5 after LinkedIn
    Help's page on personalised invitations for free accounts; `invitations_per_week` to 100 —
    LinkedIn publishes no number, users report 100–200 (industry estimate).
    """

    plan: str | None = None
    custom_monthly: int = 0
    custom_cap: int = 0
    plan_since: date | None = None
    reply_window_days: int = 30
    acceptance_window_days: int = 30
    free_notes_per_month: int = 5
    invitations_per_week: int = 100

    def to_json(self) -> dict[str, Any]:
        """A plain dict for the settings store; `plan_since` as YYYY-MM-DD or None."""
        data = asdict(self)
        data["plan_since"] = self.plan_since.isoformat() if self.plan_since else None
        return data

    @classmethod
    def from_json(cls, data: Any) -> ResultsSettings:
        """Tolerant: unknown keys are ignored and a bad value falls back to its default."""
        if not isinstance(data, dict):
            return cls()
        values: dict[str, Any] = {}
        for key in (f.name for f in fields(cls)):
            if key in data:
                try:
                    values[key] = parse_value(key, data[key])
                except SettingError:
                    continue
        return cls(**values)

    def with_value(self, key: str, raw: Any) -> ResultsSettings:
        """A copy with `key` set from `raw` (a string from the command line, or a JSON value).

        Raises SettingError("unknown-key" | "bad-value", key).
        """
        return replace(self, **{key: parse_value(key, raw)})


def parse_value(key: str, raw: Any) -> Any:
    """One setting's value checked and converted; raises SettingError."""
    if key == "plan":
        if raw is None:
            return None  # no plan chosen yet
        if raw not in PLANS:
            raise SettingError("bad-value", key)
        return raw
    if key == "plan_since":
        if raw in (None, ""):
            return None
        try:
            return raw if isinstance(raw, date) else date.fromisoformat(str(raw))
        except ValueError:
            raise SettingError("bad-value", key) from None
    if key not in _LIMITS:
        raise SettingError("unknown-key", key)
    if isinstance(raw, bool):
        raise SettingError("bad-value", key)
    try:
        number = int(raw)
    except (TypeError, ValueError):
        raise SettingError("bad-value", key) from None
    low, high = _LIMITS[key]
    if not low <= number <= high or (isinstance(raw, float) and raw != number):
        raise SettingError("bad-value", key)
    return number


def number_range(key: str) -> tuple[int, int] | None:
    """The lowest and highest whole number `key` takes, or None when it is not a number."""
    return _LIMITS.get(key)


KEYS = tuple(f.name for f in fields(ResultsSettings))
