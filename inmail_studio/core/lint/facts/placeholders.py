# SPDX-License-Identifier: GPL-3.0-or-later
"""Leftover mail-merge fields and stand-ins in the subject and body, with their spans."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from inmail_studio.core.lint.data import LanguageData, PlaceholderData
from inmail_studio.core.text import count_words

NAME_FIELDS = frozenset({
    "first_name", "last_name", "name", "full_name", "firstname", "lastname", "voornaam",
    "achternaam", "naam",
})
# Details that identify the reader but do not personalise the text (a company or a role alone is true
# of thousands of readers), and the sender's own.
NON_DETAIL_FIELDS = NAME_FIELDS | {
    "email", "profile_url", "url", "linkedin_url", "phone", "id", "connected_on",
    "sender_name", "sender", "my_name", "sender_company", "signature",
    "company", "company_name", "position", "role", "job_title", "title", "bedrijf", "functie",
}
_CODE = re.compile(r"`[^`\n]+`")  # inline code: its braces are code, not a field
JINJA_VARIABLE = re.compile(r"\{\{-?\s*([A-Za-z_]\w*)|\{%-?\s*(?:if|elif)\s+(?:not\s+)?([A-Za-z_]\w*)")


@dataclass(frozen=True, slots=True)
class Placeholder:
    """A placeholder at [start, end) (code points) of `field` ("subject" or "body")."""

    field: str
    start: int
    end: int
    text: str


def _bracket_is_field(inner: str, data: PlaceholderData) -> bool:
    inner = inner.strip()
    return not (inner.lower() in data.bracket_not or inner.isdigit() or not any(c.isalpha() for c in inner)
                or count_words(inner) > data.bracket_max_words)


def in_text(field: str, value: str, lower: Sequence[str], data: PlaceholderData,
            languages: Sequence[LanguageData], template_mode: bool) -> Iterator[Placeholder]:
    """Each placeholder of one field, in the order the patterns find them, never overlapping.

    `lower` are the field's words lower-cased; in `template_mode` Jinja2 syntax is expected.
    """
    taken: list[tuple[int, int]] = [m.span() for m in _CODE.finditer(value)] if "`" in value else []

    def add(start: int, end: int) -> Placeholder | None:
        if any(start < e and s < end for s, e in taken):
            return None
        taken.append((start, end))
        return Placeholder(field, start, end, value[start:end])

    scan = data.triggers.search(value) is not None
    for m in data.patterns.finditer(value) if scan else ():
        if template_mode and m.group().startswith(("{{", "{%")):
            taken.append(m.span())  # template syntax is expected in a template
            continue
        if found := add(*m.span()):
            yield found
    for m in data.bracket.finditer(value) if scan and "[" in value else ():
        if _bracket_is_field(m.group(1), data) and (found := add(*m.span())):
            yield found
    for m in data.angle.finditer(value) if scan and "<" in value else ():
        if m.group(1).strip().lower() not in data.angle_not and (found := add(*m.span())):
            yield found
    for lang in languages:
        if lang.stand_in_greeting is None or lang.greeting_words.isdisjoint(lower):
            continue
        if lang.stand_in_words.isdisjoint(lower) and not any(mark in value for mark in lang.stand_in_marks):
            continue  # a greeting, but to a real name
        for m in lang.stand_in_greeting.finditer(value):
            if found := add(*m.span("ph")):
                yield found
