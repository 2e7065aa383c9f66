# SPDX-License-Identifier: GPL-3.0-or-later
"""A prospect: the person a message is for, and the details that make it theirs."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

STANDARD_FIELDS = ("first_name", "last_name", "company", "position", "profile_url", "email")
STATUSES = ("todo", "drafted", "sent", "replied")


def normalise_url(url: str) -> str:
    """The key two rows share when they are the same LinkedIn profile."""
    url = url.strip().lower()
    if url.startswith("http"):
        url = url.partition("://")[2] or url
    if url.startswith("www."):
        url = url[4:]
    if "?" in url or "#" in url:
        url = url.split("?", 1)[0].split("#", 1)[0]
    return url.rstrip("/")


@dataclass(slots=True)
class Prospect:
    """One person. Treated as a value (never changed in place); not frozen only because an
    import makes a hundred thousand of them and a frozen dataclass takes four times as long."""

    first_name: str = ""
    last_name: str = ""
    company: str = ""
    position: str = ""
    profile_url: str = ""
    email: str = ""
    details: Mapping[str, str] = field(default_factory=dict)
    id: int | None = None
    list_id: int | None = None
    status: str = "todo"
    status_at: datetime | None = None  # when the status last changed (None: never, since the import)

    @property
    def name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part) or self.email or "(no name)"

    url_key: str = field(default="", compare=False, repr=False)  # normalise_url(profile_url), if known

    @property
    def key(self) -> str:
        return self.url_key or normalise_url(self.profile_url)

    def values(self) -> dict[str, str]:
        """What templates see: the standard fields plus every detail, empty ones left out."""
        values = {name: getattr(self, name) for name in STANDARD_FIELDS}
        values.update(self.details)
        return {k: v for k, v in values.items() if v}

    def to_dict(self) -> dict[str, object]:
        return {**{name: getattr(self, name) for name in STANDARD_FIELDS}, "details": dict(self.details),
                "status": self.status}


def different_people(a: Prospect, b: Prospect) -> bool:
    """Two rows with one profile URL but names that cannot be the same person: a mistake in the file."""
    first_a, last_a, first_b, last_b = (n.casefold() for n in (a.first_name, a.last_name, b.first_name, b.last_name))
    return bool(first_a and first_b and first_a != first_b) or bool(last_a and last_b and last_a != last_b)


def merged(older: Prospect, newer: Prospect) -> Prospect:
    """One person from two rows: the older row's non-empty fields and details win."""
    fields = {name: getattr(older, name) or getattr(newer, name) for name in STANDARD_FIELDS}
    details = {**newer.details, **{k: v for k, v in older.details.items() if v}}
    return Prospect(**fields, details=details)
