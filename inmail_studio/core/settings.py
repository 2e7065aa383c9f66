# SPDX-License-Identifier: GPL-3.0-or-later
"""The user's preferences: account type, default language and the limits the coach applies."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from inmail_studio.core.message import ACCOUNTS, DEFAULT_LIMITS, LANGUAGE_CHOICES, Limits

SETTINGS_KEY = "preferences"


@dataclass(frozen=True)
class Preferences:
    account: str = "premium"
    default_language: str = "auto"
    limits: Limits = DEFAULT_LIMITS
    sender_name: str = ""  # fills {{ sender_name }} in every template

    def to_json(self) -> dict[str, Any]:
        return {"account": self.account, "default_language": self.default_language, "limits": asdict(self.limits),
                "sender_name": self.sender_name}

    def template_defaults(self) -> dict[str, str]:
        """Values a template gets before any prospect's: the sender's own."""
        return {"sender_name": self.sender_name} if self.sender_name.strip() else {}

    @classmethod
    def from_json(cls, data: Any) -> Preferences:
        """Tolerant: unknown keys are ignored and bad values fall back to the defaults."""
        if not isinstance(data, dict):
            return cls()
        account = data.get("account") if data.get("account") in ACCOUNTS else "premium"
        language = data.get("default_language")
        language = language if language in LANGUAGE_CHOICES else "auto"
        raw = data.get("limits") if isinstance(data.get("limits"), dict) else {}
        limits = replace(DEFAULT_LIMITS, **{
            f.name: int(raw[f.name]) for f in fields(Limits)
            if isinstance(raw.get(f.name), int) and 0 < raw[f.name] <= 100_000
        })
        sender = data.get("sender_name") if isinstance(data.get("sender_name"), str) else ""
        return cls(account=account, default_language=language, limits=limits, sender_name=sender)
