# SPDX-License-Identifier: GPL-3.0-or-later
"""Who a log item was for: the same person by profile URL, else by name and company."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.prospects.model import normalise_url


def fold(text: str) -> str:
    """Text as two records compare it: NFC, case-folded, runs of spaces as one."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


@dataclass(frozen=True)
class Person:
    """Someone a message is (about to be) written for."""

    name: str = ""
    profile_url: str = ""
    company: str = ""

    @classmethod
    def of(cls, item: LogItem) -> Person:
        return cls(item.to_name, item.profile_url, item.company)

    @classmethod
    def from_values(cls, values: Mapping[str, str]) -> Person:
        """The person a message's template values name ("first_name", "last_name" or "full_name",
        "profile_url", "company"), as the window knows them while a message is written."""
        name = " ".join(values.get(k, "").strip() for k in ("first_name", "last_name")).strip()
        return cls(name or values.get("full_name", "").strip(), values.get("profile_url", "").strip(),
                   values.get("company", "").strip())

    def values(self) -> dict[str, str]:
        """Template values for a new message to this person (a follow-up from the Due view): the
        name split at its first space, profile URL and company; empty ones left out."""
        first, _, last = self.name.strip().partition(" ")
        values = {"first_name": first, "last_name": last.strip(), "profile_url": self.profile_url,
                  "company": self.company}
        return {k: v for k, v in values.items() if v}

    def is_same(self, other: Person) -> bool:
        """Both have a profile URL: the URLs decide. Otherwise the names must match, and the
        companies too when both are known (a log item from LinkedIn's export has none)."""
        if self.profile_url and other.profile_url:
            return normalise_url(self.profile_url) == normalise_url(other.profile_url)
        if not self.name.strip() or fold(self.name) != fold(other.name):
            return False
        return not (self.company and other.company) or fold(self.company) == fold(other.company)

    def is_surely(self, other: Person) -> bool:
        """The stricter rule for deleting (forgetting a person), so that a namesake is never taken
        along: both have a profile URL, then the URLs decide; otherwise the names must be equal AND
        the companies too (as `fold` compares them), an empty company matching only an empty one.
        Jan de Vries without a company is not Jan de Vries at Acme, nor one with another profile."""
        if self.profile_url and other.profile_url:
            return normalise_url(self.profile_url) == normalise_url(other.profile_url)
        return bool(self.name.strip()) and fold(self.name) == fold(other.name) and \
            fold(self.company) == fold(other.company)

    @property
    def name_key(self) -> str:
        return fold(self.name)

    @property
    def url_key(self) -> str:
        return normalise_url(self.profile_url) if self.profile_url else ""


class PeopleIndex:
    """Log items by person, for finding someone's items among thousands without comparing all.
    Each item's keys (folded name, profile URL, company) are worked out once, when it is added."""

    def __init__(self, items: list[LogItem]) -> None:
        self._by_name: dict[str, list[tuple[LogItem, str, str]]] = {}
        self._by_url: dict[str, list[tuple[LogItem, str, str]]] = {}
        for item in items:
            self.add(item)

    def add(self, item: LogItem) -> None:
        name = fold(item.to_name) if item.to_name else ""
        url = normalise_url(item.profile_url) if item.profile_url else ""
        entry = (item, url, fold(item.company) if item.company else "")
        if name:
            self._by_name.setdefault(name, []).append(entry)
        if url:
            self._by_url.setdefault(url, []).append(entry)

    def items_for(self, person: Person) -> list[LogItem]:
        """Every item for `person` (the rule of Person.is_same), oldest first."""
        return sorted({id(item): item for item in self._matches(person)}.values(), key=_sent_order)

    def latest(self, person: Person) -> LogItem | None:
        """The last item sent to `person` (by time, then id), or None."""
        return max(self._matches(person), key=_sent_order, default=None)

    def _matches(self, person: Person) -> Iterator[LogItem]:
        """Items for `person`; one found both by URL and by name may come twice."""
        url, name = person.url_key, person.name_key
        company = fold(person.company) if person.company else ""
        for item, _, _ in self._by_url.get(url, ()) if url else ():
            yield item
        for item, item_url, item_company in self._by_name.get(name, ()) if name else ():
            if url and item_url:
                continue  # both have a URL: only the URL decides (matched above, or another person)
            if not (company and item_company) or company == item_company:
                yield item


def _sent_order(item: LogItem) -> tuple[object, int]:
    return item.sent_at, item.id
