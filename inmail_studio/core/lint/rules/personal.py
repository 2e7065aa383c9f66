# SPDX-License-Identifier: GPL-3.0-or-later
"""personalisation: a detail about this reader beyond their name, role or company name, and which one."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from inmail_studio.core.lint.context import LintContext, rule
from inmail_studio.core.lint.facts.detail import Detail, DetailWords, Verdict, compile_words, find_detail
from inmail_studio.core.lint.facts.detail_model import drops, model_for, overruled_detail
from inmail_studio.core.lint.facts.placeholders import NON_DETAIL_FIELDS
from inmail_studio.core.lint.model import Finding
from inmail_studio.core.text import WORD_RE

RULE = "personalisation"


def detail_words(ctx: LintContext) -> DetailWords:
    """The message language's compiled lists, built once per rule book."""
    book, language = ctx.book, ctx.language
    return book.compiled((RULE, "detail", language),
                         lambda: compile_words(book.words(RULE, language), book.words(RULE, "*")))


def _mention(value: str, body: str) -> tuple[int, int] | None:
    """Where the body mentions a prospect's detail: the value itself (any white space, any case),
    else its longer words when at least half of them appear (the span from the first to the last)."""
    words = WORD_RE.findall(value)
    if not words:
        return None
    whole = re.search(r"\s+".join(re.escape(w) for w in value.split()), body, re.IGNORECASE)
    if whole:
        return whole.span()
    content = {w.lower() for w in words if len(w) >= 4}
    hits = [m for m in WORD_RE.finditer(body) if m.group().lower() in content]
    if not content or len({m.group().lower() for m in hits}) * 2 < len(content):
        return None
    return hits[0].start(), hits[-1].end()


def _opening(ctx: LintContext) -> tuple[int, int]:
    return (ctx.sentences[0].start, ctx.sentences[0].end) if ctx.sentences else ctx.whole_body()


# Who the message is for when the prospect has no first name, in the language the coach speaks.
_NO_NAME = {"en": "this person", "nl": "deze persoon"}


def _prospect(ctx: LintContext, details: Mapping[str, str]) -> Iterator[Finding]:
    """With a prospect, one of that person's own details must appear; the first found is shown."""
    for value in details.values():
        span = _mention(value, ctx.body)
        if span is not None:
            ctx.highlight("detail", "body", *span, ctx.body[span[0]:span[1]])
            return
    name = ctx.message.prospect.get("first_name") or _NO_NAME.get(ctx.ui_lang, _NO_NAME["en"])
    labels = ", ".join(k.replace("_", " ") for k in details)
    yield ctx.finding("prospect", "body", *_opening(ctx), name=name, details=labels)


def _second_opinion(ctx: LintContext, verdict: Verdict, field: str) -> Verdict:
    """The learned model's say where it is sure (facts/detail_model.py; the rules alone in a template
    or when the rules folder has no model): a detail in the body the rules missed, shown as the
    strongest run of its sentence, or none where they found one (only below the file's drop
    cut-off). A sentence holding a mention the rules rejected is never counted: their veto wins."""
    model = None if ctx.message.template_mode else model_for(ctx.book)
    if model is None:
        return verdict
    found = verdict.detail
    if found is not None:
        where = (found.start, found.end) if field == "body" else None
        return Verdict(None) if drops(model, ctx.sentences, where) else verdict
    vetoed = [(m.start, m.end) for m in (*verdict.rejected, *verdict.declined)]
    span = overruled_detail(model, ctx.sentences, vetoed)
    if span is None:
        return verdict
    return Verdict(Detail("learned", *span, ctx.body[span[0]:span[1]], "model"))


@rule(RULE)
def personalisation(ctx: LintContext) -> Iterator[Finding]:
    message = ctx.message
    if not ctx.body.strip():
        return
    details = {k: v for k, v in message.prospect.items() if k not in NON_DETAIL_FIELDS and v and v.strip()}
    if details and not message.template_mode:
        yield from _prospect(ctx, details)
        return
    words = detail_words(ctx)
    verdict = find_detail(ctx.body, words)
    field = "body"
    if verdict.detail is None and ctx.subject:
        subject_verdict = find_detail(ctx.subject, words)
        if subject_verdict.detail is not None:
            verdict, field = subject_verdict, "subject"
    verdict = _second_opinion(ctx, verdict, field)
    if verdict.detail is not None:
        found = verdict.detail
        ctx.highlight("detail", field, found.start, found.end, found.text)
    elif message.template_mode:
        yield ctx.finding("template", "body", *_opening(ctx))
    elif verdict.rejected:
        generic = verdict.rejected[0]
        yield ctx.finding("generic", "body", generic.start, generic.end, generic=generic.text, example=words.example)
    else:
        yield ctx.finding("missing", "body", *_opening(ctx), example=words.example)
