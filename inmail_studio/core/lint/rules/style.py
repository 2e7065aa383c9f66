# SPDX-License-Identifier: GPL-3.0-or-later
"""readability, first-contact-pitch, generic-opener, reader-focus and address-form."""

from __future__ import annotations

import math
from collections.abc import Iterator
from functools import lru_cache

from inmail_studio.core.lint.context import LintContext, rule
from inmail_studio.core.lint.data import PhraseMatcher
from inmail_studio.core.lint.model import Finding
from inmail_studio.core.lint.readability import reading_ease
from inmail_studio.core.text import count_words


@lru_cache(maxsize=8192)
def _sentence_words(sentence: str) -> int:
    return count_words(sentence)


def body_reading_ease(ctx: LintContext) -> float | None:
    return reading_ease(ctx.word_texts, len(ctx.sentences), ctx.lang)


@rule("readability")
def readability(ctx: LintContext) -> Iterator[Finding]:
    limits, thresholds = ctx.limits, ctx.book.thresholds
    if len(ctx.word_texts) >= thresholds["readability_min_words"]:
        score = ctx.reading_ease
        if score is not None and score < ctx.lang.min_reading_ease:
            yield ctx.finding("readability", "hard", "body", *ctx.whole_body(), score=score,
                              formula=ctx.lang.readability_formula, minimum=int(ctx.lang.min_reading_ease))
    for sentence in ctx.sentences:
        words = _sentence_words(sentence.text)
        if words > limits.sentence_words:
            yield ctx.finding("readability", "long_sentence", "body", sentence.start, sentence.end,
                              words=words, limit=limits.sentence_words)
    width, max_lines = thresholds["phone_line_chars"], thresholds["phone_paragraph_lines"]
    for paragraph in ctx.paragraphs:
        lines = sum(max(1, math.ceil(len(line) / width)) for line in paragraph.text.split("\n"))
        if lines > max_lines:
            yield ctx.finding("readability", "long_paragraph", "body", paragraph.start, paragraph.end,
                              lines=lines)


def _phrases(ctx: LintContext, rule_id: str, case: str, matcher: PhraseMatcher,
             fields: tuple[str, ...]) -> Iterator[Finding]:
    for field in fields:
        text = ctx.field_words(field)[0]
        for start, end in matcher.finditer(*ctx.field_words(field)):
            yield ctx.finding(rule_id, case, field, start, end, match=text[start:end])


@rule("first-contact-pitch")
def first_contact_pitch(ctx: LintContext) -> Iterator[Finding]:
    if ctx.message.first_contact:
        yield from _phrases(ctx, "first-contact-pitch", "salesy", ctx.lang.pitch, ("subject", "body"))


@rule("generic-opener")
def generic_opener(ctx: LintContext) -> Iterator[Finding]:
    yield from _phrases(ctx, "generic-opener", "opener", ctx.lang.opener, ("body",))


@rule("reader-focus")
def reader_focus(ctx: LintContext) -> Iterator[Finding]:
    self_words, you_words = ctx.lang.self_words, ctx.lang.you_words
    self_count = sum(1 for w in ctx.lower_words if w in self_words)
    you_count = sum(1 for w in ctx.lower_words if w in you_words)
    thresholds = ctx.book.thresholds
    if self_count >= thresholds["reader_focus_min_self"] and self_count > thresholds["reader_focus_ratio"] * you_count:
        yield ctx.finding("reader-focus", "self", "body", *ctx.whole_body(),
                          self_count=self_count, you_count=you_count)


@rule("address-form")
def address_form(ctx: LintContext) -> Iterator[Finding]:
    formal_words, informal_words = ctx.lang.formal, ctx.lang.informal
    if not formal_words or formal_words.isdisjoint(ctx.lower_words) or informal_words.isdisjoint(ctx.lower_words):
        return
    formal = [w for w, lw in zip(ctx.words, ctx.lower_words, strict=True) if lw in formal_words]
    informal = [w for w, lw in zip(ctx.words, ctx.lower_words, strict=True) if lw in informal_words]
    if not formal or not informal:
        return
    # The minority form is the slip; on a tie, the form that came second.
    if len(formal) < len(informal) or (len(formal) == len(informal) and formal[0].start > informal[0].start):
        minority, names = formal, ("formal", "informal")
    else:
        minority, names = informal, ("informal", "formal")
    for word in minority:
        yield ctx.finding("address-form", "mixed", "body", word.start, word.end,
                          match=word.text, minority=names[0], majority=names[1])
