# SPDX-License-Identifier: GPL-3.0-or-later
"""readability, reader-focus and address-form (first-contact-pitch and generic-opener are data: lint/kinds.py)."""

from __future__ import annotations

import math
from collections.abc import Iterator
from functools import lru_cache

from inmail_studio.core.lint.context import LintContext, rule
from inmail_studio.core.lint.facts import ask_model
from inmail_studio.core.lint.model import Finding
from inmail_studio.core.text import count_words, words_are_runs


@lru_cache(maxsize=8192)
def _sentence_words(sentence: str) -> int:
    """count_words(`sentence`). Where its words are its runs of letters and digits, the ask featuriser
    counts the same runs (ask_model.read: cached, as the call-to-action rule reads every sentence)."""
    return ask_model.read(sentence).words if words_are_runs(sentence) else count_words(sentence)


@rule("readability")
def readability(ctx: LintContext) -> Iterator[Finding]:
    limits, thresholds = ctx.limits, ctx.thresholds
    if len(ctx.word_texts) >= thresholds["readability_min_words"]:
        score = ctx.reading_ease
        if score is not None and score < ctx.lang.min_reading_ease:
            yield ctx.finding("hard", "body", *ctx.whole_body(), score=score,
                              formula=ctx.lang.readability_formula, minimum=int(ctx.lang.min_reading_ease))
    for sentence in ctx.sentences:
        if (len(sentence.text) + 1) // 2 <= limits.sentence_words:
            continue  # n words take at least 2n - 1 characters: too short to be long, no need to count
        words = _sentence_words(sentence.text)
        if words > limits.sentence_words:
            yield ctx.finding("long_sentence", "body", sentence.start, sentence.end,
                              words=words, limit=limits.sentence_words)
    width, max_lines = thresholds["phone_line_chars"], thresholds["phone_paragraph_lines"]
    fewest = thresholds["phone_paragraph_min_sentences"]  # fewer cannot be split into paragraphs of two or three
    for paragraph in ctx.paragraphs:
        lines = sum(max(1, math.ceil(len(line) / width)) for line in paragraph.text.split("\n"))
        if lines > max_lines and sum(paragraph.start <= s.start < paragraph.end for s in ctx.sentences) >= fewest:
            yield ctx.finding("long_paragraph", "body", paragraph.start, paragraph.end,
                              lines=lines)


@rule("reader-focus")
def reader_focus(ctx: LintContext) -> Iterator[Finding]:
    self_words, you_words = ctx.lang.self_words, ctx.lang.you_words
    self_count = sum(1 for w in ctx.lower_words if w in self_words)
    you_count = sum(1 for w in ctx.lower_words if w in you_words)
    thresholds = ctx.thresholds
    if self_count >= thresholds["reader_focus_min_self"] and self_count > thresholds["reader_focus_ratio"] * you_count:
        yield ctx.finding("self", "body", *ctx.whole_body(),
                          self_count=self_count, you_count=you_count)


@rule("address-form")
def address_form(ctx: LintContext) -> Iterator[Finding]:
    words, majority = ctx.address_words, ctx.address_majority
    if majority is None or all(form == majority for _, _, form in words):
        return
    minority = "informal" if majority == "formal" else "formal"
    spans = {"subject": ctx.subject_words, "body": ctx.words}  # asked for only when the forms are mixed
    lower = {"subject": ctx.subject_lower_words, "body": ctx.lower_words}
    form = "/".join(sorted({lower[f][i] for f, i, kind in words if kind == majority}, key=lambda w: (len(w), w)))
    for field, i, kind in words:
        if kind == minority:
            word = spans[field][i]
            yield ctx.finding("mixed", field, word.start, word.end,
                              match=word.text, minority=minority, majority=majority, form=form)
