# SPDX-License-Identifier: GPL-3.0-or-later
"""call-to-action: exactly one clear, easy next step for the reader."""

from __future__ import annotations

from collections.abc import Iterator

from inmail_studio.core.lint.context import LintContext, rule
from inmail_studio.core.lint.model import Finding
from inmail_studio.core.text import URL_RE, Span, count_words

_CLOSERS = "\"'”’»)] \t"


ASK_CACHE_SIZE = 20_000


def is_ask(sentence: str, ctx: LintContext) -> bool:
    """Does this sentence ask the reader for a concrete next step? (Cached per language.)"""
    cache = ctx.lang.ask_cache
    answer = cache.get(sentence)
    if answer is None:
        answer = _classify(sentence, ctx)
        if len(cache) >= ASK_CACHE_SIZE:
            cache.clear()
        cache[sentence] = answer
    return answer


def _classify(sentence: str, ctx: LintContext) -> bool:
    """Does this sentence ask the reader for a concrete next step?

    An ask pattern counts unless it lies inside a small-talk, rhetorical or soft-close
    phrase ("No pressure", "How are you?"). A link offered in a sentence of its own asks
    the reader to read or watch something. A question to the reader that no pattern
    explains is still an ask: it wants a reply.
    """
    lang = ctx.lang
    sentence = sentence.replace("’", "'")
    blocked = [m.span() for m in lang.cta_not_ask.finditer(sentence)] if lang.cta_not_ask else []
    question = sentence.rstrip(_CLOSERS).endswith("?")
    for pattern in (lang.cta_ask, lang.cta_ask_in_question if question else None):
        if pattern is None:
            continue
        for m in pattern.finditer(sentence):
            if not any(s <= m.start() < e for s, e in blocked):
                return True
    link = URL_RE.search(sentence)
    if link and count_words(URL_RE.sub(" ", sentence)) >= ctx.book.thresholds["link_ask_min_words"]:
        return True
    return (
        question
        and not blocked
        and lang.question_to_reader is not None
        and lang.question_to_reader.search(sentence) is not None
    )


def find_asks(ctx: LintContext) -> list[Span]:
    return [s for s in ctx.sentences if is_ask(s.text, ctx)]


@rule("call-to-action")
def call_to_action(ctx: LintContext) -> Iterator[Finding]:
    if not ctx.body.strip():
        return
    asks = ctx.asks
    if not asks:
        last = ctx.sentences[-1] if ctx.sentences else None
        start, end = (last.start, last.end) if last else ctx.whole_body()
        yield ctx.finding("call-to-action", "none", "body", start, end)
    elif len(asks) > 1:
        for index, ask in enumerate(asks, 1):
            yield ctx.finding("call-to-action", "multiple", "body", ask.start, ask.end,
                              index=index, count=len(asks))
