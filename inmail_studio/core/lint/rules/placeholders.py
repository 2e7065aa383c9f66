# SPDX-License-Identifier: GPL-3.0-or-later
"""unfilled-placeholder: a mail-merge field or stand-in left in the text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from inmail_studio.core.lint.context import LintContext, Placeholder, rule
from inmail_studio.core.lint.model import Finding
from inmail_studio.core.text import count_words

NAME_FIELDS = frozenset({
    "first_name", "last_name", "name", "full_name", "firstname", "lastname", "voornaam",
    "achternaam", "naam",
})
# Details that identify the reader but do not personalise the text, and the sender's own.
NON_DETAIL_FIELDS = NAME_FIELDS | {
    "email", "profile_url", "url", "linkedin_url", "phone", "id", "connected_on",
    "sender_name", "sender", "my_name", "sender_company", "signature",
}
_JINJA_VARIABLE = re.compile(r"\{\{-?\s*([A-Za-z_]\w*)|\{%-?\s*(?:if|elif)\s+(?:not\s+)?([A-Za-z_]\w*)")


def _in_text(field: str, value: str, ctx: LintContext) -> Iterator[Placeholder]:
    data = ctx.book.placeholders
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int) -> Placeholder | None:
        if any(start < e and s < end for s, e in taken):
            return None
        taken.append((start, end))
        return Placeholder(field, start, end, value[start:end])

    scan = data.triggers.search(value) is not None
    for m in data.patterns.finditer(value) if scan else ():
        if ctx.message.template_mode and m.group().startswith(("{{", "{%")):
            taken.append(m.span())  # template syntax is expected in a template
            continue
        if found := add(*m.span()):
            yield found
    for m in data.bracket.finditer(value) if scan and "[" in value else ():
        inner = m.group(1).strip()
        if (inner.lower() in data.bracket_not or inner.isdigit() or not any(c.isalpha() for c in inner)
                or count_words(inner) > data.bracket_max_words):
            continue
        if found := add(*m.span()):
            yield found
    for m in data.angle.finditer(value) if scan and "<" in value else ():
        if m.group(1).strip().lower() in data.angle_not:
            continue
        if found := add(*m.span()):
            yield found
    lower = ctx.field_words(field)[1]
    for lang in ctx.book.languages.values():
        if lang.stand_in_greeting is None or lang.greeting_words.isdisjoint(lower):
            continue
        if lang.stand_in_words.isdisjoint(lower) and not any(mark in value for mark in lang.stand_in_marks):
            continue  # a greeting, but to a real name
        for m in lang.stand_in_greeting.finditer(value):
            if found := add(*m.span("ph")):
                yield found


def find_placeholders(ctx: LintContext) -> list[Placeholder]:
    found = [*_in_text("subject", ctx.subject, ctx), *_in_text("body", ctx.body, ctx)]
    return sorted(found, key=lambda p: (p.field != "subject", p.start))


@rule("unfilled-placeholder")
def unfilled_placeholder(ctx: LintContext) -> Iterator[Finding]:
    for p in ctx.placeholders:
        yield ctx.finding("unfilled-placeholder", "placeholder", p.field, p.start, p.end, match=p.text)
