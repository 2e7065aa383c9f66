# SPDX-License-Identifier: GPL-3.0-or-later
"""The outreach log's settings: how long to wait before a follow-up is due, and how far contact memory looks back."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import timedelta
from types import MappingProxyType
from typing import Any

from inmail_studio.core.message import KINDS

SETTINGS_KEY = "outreach"
DEFAULT_DELAY_DAYS = 7
DEFAULT_MEMORY_DAYS = 30
MAX_DAYS = 365


def _default_delays() -> MappingProxyType[str, int]:
    return MappingProxyType(dict.fromkeys(KINDS, DEFAULT_DELAY_DAYS))


@dataclass(frozen=True)
class OutreachSettings:
    """`delay_days[kind]`: calendar days a message of that kind stays pending before it counts as
    "no reply" and its person is due a follow-up (default 7 for every kind). `memory_days`: how far
    back contact memory warns that a person was already written to (default 30)."""

    delay_days: MappingProxyType[str, int] = field(default_factory=_default_delays)
    memory_days: int = DEFAULT_MEMORY_DAYS

    def delay(self, kind: str) -> timedelta:
        """The follow-up delay for `kind` (an unknown kind gets the default)."""
        return timedelta(days=self.delay_days.get(kind, DEFAULT_DELAY_DAYS))

    def with_delay(self, kind: str, days: int) -> OutreachSettings:
        """A copy with `kind`'s delay set; raises ValueError for an unknown kind or days outside 1–365."""
        if kind not in KINDS or not 1 <= days <= MAX_DAYS:
            raise ValueError(f"delay for {kind!r}: {days}")
        return replace(self, delay_days=MappingProxyType({**self.delay_days, kind: days}))

    def with_memory(self, days: int) -> OutreachSettings:
        """A copy with the contact-memory window set; raises ValueError outside 1–365."""
        if not 1 <= days <= MAX_DAYS:
            raise ValueError(f"memory days: {days}")
        return replace(self, memory_days=days)

    def to_json(self) -> dict[str, Any]:
        """{"delay_days": {"inmail": 7, …}, "memory_days": 30}, for the settings store."""
        return {"delay_days": dict(self.delay_days), "memory_days": self.memory_days}

    @classmethod
    def from_json(cls, data: Any) -> OutreachSettings:
        """Tolerant: unknown keys are ignored and a missing or bad value falls back to its default."""
        if not isinstance(data, dict):
            return cls()
        raw = data.get("delay_days") if isinstance(data.get("delay_days"), dict) else {}
        delays = {kind: days if _days(days) else DEFAULT_DELAY_DAYS for kind in KINDS
                  for days in [raw.get(kind)]}
        memory = data.get("memory_days")
        return cls(MappingProxyType(delays), memory if _days(memory) else DEFAULT_MEMORY_DAYS)


def _days(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_DAYS
