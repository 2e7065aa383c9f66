# SPDX-License-Identifier: GPL-3.0-or-later
"""Who a log item was for: the same person by profile URL, else by name and company."""

from __future__ import annotations

import unicodedata
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

    def is_same(self, other: Person) -> bool:
        """Both have a profile URL: the URLs decide. Otherwise the names must match, and the
        companies too when both are known (a log item from LinkedIn's export has none)."""
        if self.profile_url and other.profile_url:
            return normalise_url(self.profile_url) == normalise_url(other.profile_url)
        if not self.name.strip() or fold(self.name) != fold(other.name):
            return False
        return not (self.company and other.company) or fold(self.company) == fold(other.company)

    @property
    def name_key(self) -> str:
        return fold(self.name)

    @property
    def url_key(self) -> str:
        return normalise_url(self.profile_url) if self.profile_url else ""


class PeopleIndex:
    """Log items by person, for finding someone's items among thousands without comparing all."""

    def __init__(self, items: list[LogItem]) -> None:
        self._by_name: dict[str, list[LogItem]] = {}
        self._by_url: dict[str, list[LogItem]] = {}
        for item in items:
            self.add(item)

    def add(self, item: LogItem) -> None:
        person = Person.of(item)
        if person.name_key:
            self._by_name.setdefault(person.name_key, []).append(item)
        if person.url_key:
            self._by_url.setdefault(person.url_key, []).append(item)

    def items_for(self, person: Person) -> list[LogItem]:
        """Every item for `person` (by Person.is_same), in the order they were added."""
        found: dict[int, LogItem] = {}
        for item in (*self._by_url.get(person.url_key, ()), *self._by_name.get(person.name_key, ())):
            if id(item) not in found and person.is_same(Person.of(item)):
                found[id(item)] = item
        return sorted(found.values(), key=lambda i: i.sent_at)
