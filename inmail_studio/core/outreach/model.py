# SPDX-License-Identifier: GPL-3.0-or-later
"""One sent message in the outreach log, and the outcomes it can have."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

OUTCOMES = ("pending", "replied", "accepted", "declined")
SOURCES = ("app", "linkedin-export")


@dataclass(frozen=True)
class LogItem:
    """A message the user sent (from the app, or found in LinkedIn's data export).

    Times are timezone-aware `datetime`s; `outcome_at` is None while the outcome is "pending".
    `to_name` and `profile_url` name the recipient; `list_name`/`list_id` the prospect list it was
    sent from, if any; `variant` the template variant ("A", "B", …) when the template had several.
    `body_chars` is the body's length in NFC code points (kept when the text itself is not).
    """

    id: int
    sent_at: datetime
    kind: str  # inmail | connection_request | follow_up
    to_name: str = ""
    profile_url: str = ""
    subject: str = ""
    body: str = ""
    template_id: str | None = None
    variant: str | None = None
    list_id: int | None = None
    list_name: str | None = None
    language: str = ""  # en | nl | "" when unknown
    outcome: str = "pending"
    outcome_at: datetime | None = None
    source: str = "app"
    prospect_id: int | None = None
    draft_id: int | None = None
    body_chars: int = 0
    company: str = ""  # the recipient's company, when known (contact memory matches on name and company)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract other tools read (`inmail-studio log list --json`); names never change."""
        return {
            "id": self.id,
            "sent_at": self.sent_at.isoformat(timespec="seconds"),
            "kind": self.kind,
            "to": {"name": self.to_name, "profile_url": self.profile_url},
            "subject": self.subject,
            "body": self.body,
            "template_id": self.template_id,
            "variant": self.variant,
            "list": self.list_name,
            "outcome": self.outcome,
            "outcome_at": self.outcome_at.isoformat(timespec="seconds") if self.outcome_at else None,
            "source": self.source,
        }
