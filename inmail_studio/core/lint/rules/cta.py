# SPDX-License-Identifier: GPL-3.0-or-later
"""call-to-action: exactly one clear, easy next step for the reader (the asks: lint/facts/asks.py)."""

from __future__ import annotations

from collections.abc import Iterator

from inmail_studio.core.lint.context import LintContext, rule
from inmail_studio.core.lint.facts.ask_stack import phrases
from inmail_studio.core.lint.model import Finding

_QUOTE_WORDS = 6  # an ask is quoted by its first words, so a list of findings says which is which


def _quote(sentence: str) -> str:
    """The sentence's first `_QUOTE_WORDS` words, with "…" when there are more."""
    words = sentence.split()
    return " ".join(words[:_QUOTE_WORDS]) + ("…" if len(words) > _QUOTE_WORDS else "")


@rule("call-to-action")
def call_to_action(ctx: LintContext) -> Iterator[Finding]:
    if not ctx.body.strip():
        return
    asks = ctx.asks
    if not asks:
        last = ctx.sentences[-1] if ctx.sentences else None
        start, end = (last.start, last.end) if last else ctx.whole_body()
        yield ctx.finding("none_note" if ctx.message.kind == "connection_request" else "none", "body", start, end)
        return
    if len(asks) > 1:
        for index, ask in enumerate(asks, 1):
            case = "multiple_learned" if ask.because else "multiple"  # only the learned model reads it as an ask
            yield ctx.finding(case, "body", ask.start, ask.end, index=index, count=len(asks), kind=ask.kind,
                              because=", ".join(f"'{p}'" for p in phrases(ask.because)),
                              quote=_quote(ctx.body[ask.start:ask.end]))
    kinds = [ask.kind for ask in asks]
    if ctx.message.first_contact and "meeting" in kinds and "interest" not in kinds:
        meeting = asks[kinds.index("meeting")]
        yield ctx.finding("meeting_first", "body", meeting.start, meeting.end, kind="meeting")
