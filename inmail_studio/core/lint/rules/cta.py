# SPDX-License-Identifier: GPL-3.0-or-later
"""call-to-action: exactly one clear, easy next step for the reader (the asks: lint/facts/asks.py)."""

from __future__ import annotations

from collections.abc import Iterator

from inmail_studio.core.lint.context import LintContext, rule
from inmail_studio.core.lint.facts.ask_stack import phrases
from inmail_studio.core.lint.model import Finding


def _quotes(sentences: list[str], words: int) -> list[str]:
    """Each sentence's first `words` words, with "…" when there are more; a quote two sentences would
    share is lengthened until it says which one is meant ("Would you be open to a call…" / "…to a demo…")."""
    split = [sentence.split() for sentence in sentences]
    out = []
    for i, tokens in enumerate(split):
        n = words
        while n < len(tokens) and any(tokens[:n] == other[:n] for j, other in enumerate(split) if j != i):
            n += 1
        cut = len(tokens) > n
        quote = " ".join(tokens[:n])
        out.append(quote.rstrip(",;:–-") + "…" if cut else quote)  # "Is dit nog iets voor jou…", not "jou,…"
    return out


def _sign_off(text: str, words: int) -> bool:
    """A sign-off line: a closing formula ending in a comma ("Groet,", "Kind regards,") or a short
    line without a full stop (a name, "Marieke | Recruiter")."""
    text = text.strip()
    return text.endswith(",") or len(text.split()) <= words and not text.endswith((".", "!", "?", "…"))


@rule("call-to-action")
def call_to_action(ctx: LintContext) -> Iterator[Finding]:
    if not ctx.body.strip():
        return
    asks = ctx.asks
    if not asks:  # point at the last sentence before the sign-off, where an ask would go
        last = next((s for s in reversed(ctx.sentences) if not _sign_off(s.text, ctx.thresholds["signoff_words"])),
                    None)
        if last is None and ctx.sentences:
            return  # only "Hoi Jeroen," so far: nothing written yet to ask in
        start, end = (last.start, last.end) if last else ctx.whole_body()
        yield ctx.finding("none_note" if ctx.message.kind == "connection_request" else "none", "body", start, end)
        return
    if len(asks) > 1:
        quotes = _quotes([ctx.body[ask.start:ask.end] for ask in asks], ctx.thresholds["ask_quote_words"])
        for index, (ask, quote) in enumerate(zip(asks, quotes, strict=True), 1):
            case = "multiple_learned" if ask.because else "multiple"  # only the learned model reads it as an ask
            yield ctx.finding(case, "body", ask.start, ask.end, index=index, count=len(asks), kind=ask.kind,
                              because=", ".join(f"'{p}'" for p in phrases(ask.because)),
                              quote=quote)
    kinds = [ask.kind for ask in asks]
    if ctx.message.first_contact and "meeting" in kinds and "interest" not in kinds:
        meeting = asks[kinds.index("meeting")]
        yield ctx.finding("meeting_first", "body", meeting.start, meeting.end, kind="meeting")
