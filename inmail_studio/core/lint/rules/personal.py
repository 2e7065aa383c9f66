# SPDX-License-Identifier: GPL-3.0-or-later
"""personalisation: a detail about this reader beyond their first name."""

from __future__ import annotations

from collections.abc import Iterator

from inmail_studio.core.lint.context import LintContext, rule
from inmail_studio.core.lint.model import Finding
from inmail_studio.core.lint.rules.placeholders import _JINJA_VARIABLE, NAME_FIELDS, NON_DETAIL_FIELDS
from inmail_studio.core.text import WORD_RE


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
