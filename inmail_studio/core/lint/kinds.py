# SPDX-License-Identifier: GPL-3.0-or-later
"""Reusable rule kinds: a rule declared as data extends one of these, as in Vale's `extends:`.

- `existence`: flag each listed phrase (`phrases`, literal) or pattern (`patterns`, regular
  expressions) of the message's language in the rule's `fields` (default: the body); with
  `when = "first_contact"` only in an InMail or connection request, `when = "follow_up"` only in a
  follow-up; a match inside quotation marks (a title, the reader's own words) is left alone. One case
  in `[texts]`,
  filled with {match}.
A new kind (Vale's `substitution`, `occurrence`…) is one function here and one line in KINDS.
- `function`: the rule is code, registered with `@rule("<id>")` in lint/rules/.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from inmail_studio.core.lint.context import LintContext, RuleFunction
from inmail_studio.core.lint.data import RuleBook, RuleSpec
from inmail_studio.core.lint.matching import PhraseMatcher
from inmail_studio.core.lint.model import Finding
from inmail_studio.core.text import quoted

CONDITIONS: dict[str, Callable[[LintContext], bool]] = {
    "always": lambda ctx: True,
    "first_contact": lambda ctx: ctx.message.first_contact,
    "follow_up": lambda ctx: ctx.message.kind == "follow_up",
}


def _only_case(spec: RuleSpec) -> str:
    if len(spec.texts) != 1:
        raise ValueError(f"rule {spec.id}: a data rule declares exactly one case in [texts]")
    return next(iter(spec.texts))


def _matchers(spec: RuleSpec, book: RuleBook) -> Callable[[str], PhraseMatcher]:
    def matcher(language: str) -> PhraseMatcher:
        def build() -> PhraseMatcher:
            words = spec.words.get(language, {})
            return PhraseMatcher(words.get("phrases", ()), words.get("patterns", ()))
        return book.compiled((spec.id, language), build)
    return matcher


def existence(spec: RuleSpec, book: RuleBook) -> RuleFunction:
    """A rule that flags each listed phrase or pattern, with {match} in its texts."""
    case, matcher = _only_case(spec), _matchers(spec, book)
    fields = tuple(spec.options.get("fields", ("body",)))
    when = CONDITIONS[spec.options.get("when", "always")]

    def check(ctx: LintContext) -> Iterator[Finding]:
        if not when(ctx):
            return
        found = matcher(ctx.language)
        for field in fields:
            value, lower, spans = ctx.field_words(field)
            hits = list(found.finditer(value, lower, spans))
            quotes = quoted(value) if hits else []  # the reader's own words, a title: not the writer's phrase
            for start, end in hits:
                if not any(q_start <= start and end <= q_end for q_start, q_end in quotes):
                    yield ctx.finding(case, field, start, end, match=value[start:end])
    return check


KINDS: dict[str, Callable[[RuleSpec, RuleBook], RuleFunction]] = {
    "existence": existence,
}


def data_rules(book: RuleBook) -> list[tuple[str, RuleFunction]]:
    """The rules declared as data in `book`, built once per book; raises ValueError for an unknown kind."""
    def build() -> list[tuple[str, RuleFunction]]:
        rules = []
        for spec in book.rules.values():
            if spec.extends == "function":
                continue
            if spec.extends not in KINDS:
                raise ValueError(f"rule {spec.id}: unknown kind {spec.extends!r}")
            rules.append((spec.id, KINDS[spec.extends](spec, book)))
        return rules
    return book.compiled("data rules", build)
