# SPDX-License-Identifier: GPL-3.0-or-later
"""unfilled-placeholder and personalisation: is this message really written for this person?"""

from __future__ import annotations

import re
from collections.abc import Iterator

from inmail_studio.core.lint.context import LintContext, Placeholder, rule
from inmail_studio.core.lint.model import Finding
from inmail_studio.core.text import WORD_RE, count_words

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


def _mentions(value: str, body_lower: str, body_words: set[str]) -> bool:
    """The value itself, or at least half of its longer words, appears in the body."""
    value = " ".join(value.lower().split())
    if value in body_lower:
        return True
    content = {w.lower() for w in WORD_RE.findall(value) if len(w) >= 4}
    return bool(content) and len(content & body_words) * 2 >= len(content)


def _opening(ctx: LintContext) -> tuple[int, int]:
    return (ctx.sentences[0].start, ctx.sentences[0].end) if ctx.sentences else ctx.whole_body()


@rule("personalisation")
def personalisation(ctx: LintContext) -> Iterator[Finding]:
    message = ctx.message
    if not ctx.body.strip():
        return
    if message.template_mode:
        names = {a or b for a, b in _JINJA_VARIABLE.findall(ctx.subject + "\n" + ctx.body)}
        if not names - NAME_FIELDS:
            yield ctx.finding("personalisation", "template", "body", *_opening(ctx))
        return
    details = {k: v for k, v in message.prospect.items() if k not in NON_DETAIL_FIELDS and v and v.strip()}
    if details:
        body_lower = " ".join(ctx.body.lower().split())
        body_words = set(ctx.lower_words)
        if not any(_mentions(v, body_lower, body_words) for v in details.values()):
            name = message.prospect.get("first_name") or "the prospect"
            labels = ", ".join(k.replace("_", " ") for k in details)
            yield ctx.finding("personalisation", "prospect", "body", *_opening(ctx), name=name, details=labels)
        return
    cues = ctx.lang.personal_cues
    if cues is not None and not cues.search(ctx.subject + "\n" + ctx.body):
        yield ctx.finding("personalisation", "missing", "body", *_opening(ctx))
