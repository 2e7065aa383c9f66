# SPDX-License-Identifier: GPL-3.0-or-later
"""personalisation: a detail about this reader beyond their name, role or company name, and which one."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from inmail_studio.core.details import looks_empty
from inmail_studio.core.lint.context import LintContext, rule
from inmail_studio.core.lint.facts.detail import DetailWords, Verdict, compile_words
from inmail_studio.core.lint.facts.detail_stack import rules_verdict, stack_for, stacked_detail
from inmail_studio.core.lint.facts.placeholders import NON_DETAIL_FIELDS
from inmail_studio.core.lint.model import Finding
from inmail_studio.core.text import WORD_RE

RULE = "personalisation"


_MIN_WORDS = 3  # a counted detail shorter than this shows the rest of its sentence too
_MIN_SAID = 4  # so does what the reader said, shown only as far as its verb ("Zoals je me aanraadde, …")


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


def _counted(ctx: LintContext, words: DetailWords, verdict: Verdict, field: str,
             follow_up: bool) -> tuple[str, int, int] | None:
    """The detail the coach counts, (field, start, end): the stacked model's where the rules folder
    has one (facts/detail_stack.py: it keeps the rules' detail unless sure it is none, and adds one
    they missed only when sure), else the rules' own; the rules alone in a template."""
    model = None if ctx.message.template_mode else stack_for(ctx.book)
    if model is not None:
        return stacked_detail(model, ctx.body, ctx.sentences, ctx.subject, words, (verdict, field), follow_up)
    return None if verdict.detail is None else (field, verdict.detail.start, verdict.detail.end)


def _shown_end(ctx: LintContext, text: str, where: str, start: int, end: int, said: bool = False) -> int:
    """Where the shown detail ends: at the detail's end, or for a detail of fewer than `_MIN_WORDS`
    words ("Je gaf", "Je schreef"; `_MIN_SAID` for what the reader `said`: "je me aanraadde"), at the
    end of its sentence, closing mark left out ("Je gaf aan dat je pas na de zomer wilt kijken"): the
    user judges what the coach counted, not who said it. `text` is the `where` field's text."""
    if len(text[start:end].split()) >= (_MIN_SAID if said else _MIN_WORDS):
        return end
    stop = len(text) if where == "subject" else next((s.end for s in ctx.sentences if s.start <= start < s.end), end)
    return max(end, len(text[:stop].rstrip().rstrip(".!?…").rstrip()))


def _example(ctx: LintContext, words: DetailWords) -> str:
    """The example detail in the message's form of address ("uw column" for a message that says "u"),
    in a follow-up one from the contact so far ("je punt in ons gesprek dat het rooster je twee dagen kost")."""
    if ctx.message.kind == "follow_up" and words.example_follow_up:
        formal = words.example_follow_up_formal
        return formal if ctx.formal_address and formal else words.example_follow_up
    return words.example_formal if ctx.formal_address and words.example_formal else words.example


# What a rejected mention's reason says to the user: the sender's offer, the thread's role, a next step of
# the thread ("You said you'd get back to me") or what they did together ("the pilot with your team") that
# could be written to anyone they were in touch with; an introduction by someone the writer does not name.
_CASES = {"offer": "offer", "thread": "thread", "promise": "anyone", "exchange": "anyone", "unnamed": "unnamed"}


@rule(RULE)
def personalisation(ctx: LintContext) -> Iterator[Finding]:
    message = ctx.message
    if not ctx.body.strip():
        return
    details = {k: v for k, v in message.prospect.items() if k not in NON_DETAIL_FIELDS and v and v.strip()}
    if not message.template_mode and any(map(looks_empty, details.values())):
        return  # a detail typed as "n/a" stays to fill in: the unfilled-placeholder error says so
    if details and not message.template_mode:
        yield from _prospect(ctx, details)
        return
    words = detail_words(ctx)
    follow_up = message.kind == "follow_up"
    verdict, field = rules_verdict(ctx.body, ctx.subject, words, follow_up)
    counted = _counted(ctx, words, verdict, field, follow_up)
    if counted is not None:
        where, start, end = counted
        text = ctx.subject if where == "subject" else ctx.body
        said = verdict.detail is not None and verdict.detail.reason == "said" and verdict.detail.start == start
        end = _shown_end(ctx, text, where, start, end, said)
        ctx.highlight("detail", where, start, end, text[start:end])
    elif message.template_mode:
        yield ctx.finding("template", "body", *_opening(ctx))
    elif verdict.rejected or verdict.detail is not None:  # the model dropped the rules' detail: name it
        generic = verdict.rejected[0] if verdict.rejected else verdict.detail
        reason = verdict.rejected[0].reason if verdict.rejected else ""
        case = _CASES.get(reason, "generic")  # "Book your…", "the Account Director role", "you'd get back to me"
        if case == "anyone" and not follow_up:
            case = "generic"
        if case == "generic" and follow_up and not verdict.rejected:
            case = "anyone"  # the model dropped what the rules found: it could be written to anyone they met
        yield ctx.finding(case, field, generic.start, generic.end, generic=generic.text,  # type: ignore[union-attr]
                          example=_example(ctx, words))
    else:
        yield ctx.finding("missing_follow_up" if follow_up else "missing", "body", *_opening(ctx),
                          example=_example(ctx, words))
