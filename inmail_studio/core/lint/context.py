# SPDX-License-Identifier: GPL-3.0-or-later
"""What every rule may read about one message, each piece computed once and only if asked for."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property

from inmail_studio.core import text
from inmail_studio.core.lint.data import LanguageData, RuleBook
from inmail_studio.core.lint.model import Finding
from inmail_studio.core.message import Message


@dataclass(frozen=True, slots=True)
class Placeholder:
    field: str
    start: int
    end: int
    text: str


class LintContext:
    def __init__(self, message: Message, language: str, book: RuleBook) -> None:
        self.message = message
        self.language = language
        self.lang: LanguageData = book.languages[language]
        self.book = book
        self.limits = message.limits
        self.subject = message.subject if message.has_subject else ""
        self.body = message.body

    @cached_property
    def word_texts(self) -> list[str]:
        return text.WORD_RE.findall(self.body)

    @cached_property
    def words(self) -> list[text.Span]:
        """Words with their offsets; only rules that point at a word need these."""
        return text.words(self.body)

    @cached_property
    def lower_words(self) -> list[str]:
        lower = text.WORD_RE.findall(self.body.lower().replace("’", "'"))
        if len(lower) != len(self.word_texts):  # lower-casing changed a word's shape ("İ")
            lower = [w.lower().replace("’", "'") for w in self.word_texts]
        return lower

    @cached_property
    def subject_words(self) -> list[text.Span]:
        return text.words(self.subject)

    @cached_property
    def subject_lower_words(self) -> list[str]:
        return [w.lower().replace("’", "'") for w in text.WORD_RE.findall(self.subject)]

    def field_words(self, field: str) -> tuple[str, list[str], Callable[[], list[text.Span]]]:
        """A field's text, its lower-cased words, and how to get the words' spans if needed."""
        if field == "subject":
            return self.subject, self.subject_lower_words, lambda: self.subject_words
        return self.body, self.lower_words, lambda: self.words

    @cached_property
    def sentences(self) -> list[text.Span]:
        return text.sentences(self.body, self.lang.abbreviations)

    @cached_property
    def paragraphs(self) -> list[text.Span]:
        return text.paragraphs(self.body)

    @cached_property
    def placeholders(self) -> list[Placeholder]:
        from inmail_studio.core.lint.rules.placeholders import find_placeholders

        return find_placeholders(self)

    @cached_property
    def asks(self) -> list[text.Span]:
        from inmail_studio.core.lint.rules.cta import find_asks

        return find_asks(self)

    @cached_property
    def reading_ease(self) -> float | None:
        from inmail_studio.core.lint.rules.style import body_reading_ease

        return body_reading_ease(self)

    def finding(self, rule: str, case: str, field: str, start: int, end: int, **fields: object) -> Finding:
        spec = self.book.text(rule, case)
        message, hint, reason = spec.render(**fields)
        return Finding(rule, spec.severity, field, start, end, message, hint, reason)

    def whole_body(self) -> tuple[int, int]:
        start = len(self.body) - len(self.body.lstrip())
        return start, len(self.body.rstrip()) if self.body.strip() else start


RuleFunction = Callable[[LintContext], Iterator[Finding]]
RULES: list[tuple[str, RuleFunction]] = []


def rule(rule_id: str) -> Callable[[RuleFunction], RuleFunction]:
    """Register a rule; the engine runs them in registration order."""

    def register(function: RuleFunction) -> RuleFunction:
        RULES.append((rule_id, function))
        return function

    return register
