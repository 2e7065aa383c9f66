# SPDX-License-Identifier: GPL-3.0-or-later
"""subject-length, vague-subject and body-length: what fits and what gets read."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from inmail_studio.core.lint.context import LintContext, rule
from inmail_studio.core.lint.model import Finding
from inmail_studio.core.text import WORD_RE, count_words, nfc_index, nfc_len


@rule("subject-length")
def subject_length(ctx: LintContext) -> Iterator[Finding]:
    if not ctx.message.has_subject:
        return
    subject = ctx.subject
    if not subject.strip():
        yield ctx.finding("empty", "subject", 0, len(subject))
        return
    length, limits = nfc_len(subject), ctx.limits
    if length > limits.subject_max_chars:
        start = nfc_index(subject, limits.subject_max_chars)
        yield ctx.finding("maximum", "subject", start, len(subject),
                          length=length, limit=limits.subject_max_chars)
    elif length > limits.subject_chars:
        start = nfc_index(subject, limits.subject_chars)
        yield ctx.finding("mobile", "subject", start, len(subject),
                          length=length, limit=limits.subject_chars)


@rule("vague-subject")
def vague_subject(ctx: LintContext) -> Iterator[Finding]:
    if not ctx.message.has_subject:
        return
    alone = " ".join(ctx.subject_lower_words) in ctx.lang.vague_alone  # "Vacature", "Invitation!"
    if alone and not any(p.field == "subject" for p in ctx.placeholders):  # "{{ Functie }}" is still to fill in
        yield ctx.finding("vague", "subject", *ctx.whole("subject"), match=ctx.subject.strip())
        return
    matches = list(ctx.lang.vague_subject.finditer(*ctx.field_words("subject")))
    if not matches:
        return
    rest, last = [], 0
    for start, end in matches:
        rest.append(ctx.subject[last:start])
        last = end
    rest.append(ctx.subject[last:])
    if count_words(" ".join(rest)) < ctx.thresholds["vague_subject_min_extra_words"]:
        start, end = matches[0][0], matches[-1][1]
        yield ctx.finding("vague", "subject", start, end, match=ctx.subject[start:end])


def _after_word(ctx: LintContext, n: int) -> int:
    """Offset where the (n+1)-th word starts: the part past a word limit.

    Found by walking the first n+1 words only, so a pasted megabyte costs no more than a message.
    """
    match = next(itertools.islice(WORD_RE.finditer(ctx.body), n, None), None)
    return match.start() if match else len(ctx.body)


@rule("body-length")
def body_length(ctx: LintContext) -> Iterator[Finding]:
    kind, limits, body = ctx.message.kind, ctx.limits, ctx.body
    if not body.strip():
        case = "empty_note" if kind == "connection_request" else "empty"
        yield ctx.finding(case, "body", 0, len(body))
        return
    words, length = len(ctx.word_texts), nfc_len(body)
    whole = ctx.whole_body()
    if kind == "inmail":
        if length > limits.body_max_chars:
            start = nfc_index(body, limits.body_max_chars)
            yield ctx.finding("max_chars", "body", start, len(body), length=length,
                              limit=limits.body_max_chars, over=length - limits.body_max_chars)
        bounds = {"words": words, "minimum": limits.body_min_words, "maximum": limits.body_max_words}
        if words < limits.body_min_words:
            yield ctx.finding("too_short", "body", *whole, **bounds)
        elif words > limits.body_max_words:
            start = _after_word(ctx, limits.body_max_words)
            yield ctx.finding("too_long", "body", start, whole[1], **bounds)
    elif kind == "connection_request":
        limit = limits.note_limit(ctx.message.account)
        if length > limit:
            label = "a free account" if ctx.message.account == "free" else "a premium account"
            yield ctx.finding("note_chars", "body", nfc_index(body, limit), len(body),
                              length=length, limit=limit, over=length - limit, account_label=label)
    elif words > limits.follow_up_max_words:
        start = _after_word(ctx, limits.follow_up_max_words)
        yield ctx.finding("follow_up", "body", start, whole[1],
                          words=words, maximum=limits.follow_up_max_words)
