# SPDX-License-Identifier: GPL-3.0-or-later
"""What every rule may read about one message, each piece computed once and only if asked for.

The facts (asks, placeholders, reading ease) are computed in `lint/facts/`, apart from the rules
that judge them: rules import this module, this module imports no rule.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from functools import cached_property
from typing import Any

from inmail_studio.core import text
from inmail_studio.core.lint.data import LanguageData, RuleBook
from inmail_studio.core.lint.facts import asks as _asks
from inmail_studio.core.lint.facts.placeholders import Placeholder, in_text
from inmail_studio.core.lint.model import Finding, Highlight
from inmail_studio.core.lint.readability import reading_ease
from inmail_studio.core.message import Message

__all__ = ["RULES", "LintContext", "Placeholder", "RuleFunction", "rule"]


class LintContext:
    """One message as the rules see it; `rule_id` is the rule now running (set by the engine)."""

    def __init__(self, message: Message, language: str, book: RuleBook, ui_lang: str = "en") -> None:
        self.message = message
        self.language = language
        self.lang: LanguageData = book.languages[language]
        self.book = book
        self.ui_lang = ui_lang
        self.limits = message.limits
        self.subject = message.subject if message.has_subject else ""
        self.body = message.body
        self.rule_id = ""
        self.highlights: list[Highlight] = []

    @cached_property
    def word_texts(self) -> tuple[str, ...]:
        return text.word_texts(self.body)

    @cached_property
    def words(self) -> list[text.Span]:
        """Words with their offsets; only rules that point at a word need these."""
        return text.words(self.body)

    @cached_property
    def lower_words(self) -> list[str]:
        # Each word folded on its own (a word never holds a line break), in one call: "İ" and a
        # final sigma come out as text.fold(word) gives them.
        return text.fold("\n".join(self.word_texts)).split("\n") if self.word_texts else []

    @cached_property
    def subject_words(self) -> list[text.Span]:
        return text.words(self.subject)

    @cached_property
    def subject_lower_words(self) -> list[str]:
        return [text.fold(w) for w in text.word_pattern(self.subject).findall(self.subject)]

    def field_words(self, field: str) -> tuple[str, list[str], Callable[[], list[text.Span]]]:
        """A field's text, its lower-cased words, and how to get the words' spans if needed."""
        if field == "subject":
            return self.subject, self.subject_lower_words, lambda: self.subject_words
        return self.body, self.lower_words, lambda: self.words

    @cached_property
    def sentences(self) -> list[text.Span]:
        return text.sentences(self.body, self.lang.abbreviations, self.lang.may_end)

    @cached_property
    def paragraphs(self) -> list[text.Span]:
        return text.paragraphs(self.body)

    @cached_property
    def placeholders(self) -> list[Placeholder]:
        """Leftover placeholders in the subject, then the body, each in order."""
        data, languages = self.book.placeholders, list(self.book.languages.values())
        mode = self.message.template_mode
        return [*in_text("subject", self.subject, self.subject_lower_words, data, languages, mode),
                *sorted(in_text("body", self.body, self.lower_words, data, languages, mode),
                        key=lambda p: p.start)]

    @cached_property
    def asks(self) -> list[_asks.Ask]:
        """The sentences that ask the reader for a next step, each with its kind: the stacked model's
        decision over the rules' reading (facts/ask_stack.py); the rules alone without its weights file."""
        return _asks.find_asks(self.sentences, self.language, self.book, self.message.kind)

    @cached_property
    def reading_ease(self) -> float | None:
        return reading_ease(self.word_texts, len(self.sentences), self.lang)

    @property
    def thresholds(self) -> Mapping[str, float]:
        """The running rule's thresholds."""
        return self.book.rules[self.rule_id].thresholds

    def finding(self, *where: Any, **fields: object) -> Finding:
        """A finding of the running rule: `finding(case, field, start, end, **fields)`.

        The older form `finding(rule_id, case, field, start, end, **fields)` still works.
        `kind=` sets the finding's kind; the other fields fill in the case's texts.
        Raises KeyError for a case the rule does not declare.
        """
        rule_id, (case, field, start, end) = (where[0], where[1:]) if len(where) == 5 else (self.rule_id, where)
        kind = fields.pop("kind", None)
        spec = self.book.text(rule_id, case)
        message_lang = self.language + ("-u" if self.formal_address else "")  # its examples say "u" too
        message, hint, reason = spec.render(self.ui_lang, message_lang, **fields)
        return Finding(rule_id, spec.severity, field, start, end, message, hint, reason,
                       None if kind is None else str(kind))

    @cached_property
    def address_words(self) -> list[tuple[str, int, str]]:
        """The words of the language's formal and informal forms of address ("u", "uw"; "je", "jouw"),
        in reading order, the subject's first when the message has one: (field, index among that
        field's words, "formal" or "informal"); none in a language without the distinction
        (address-form's word lists). Read from the folded words only: cheap for every message."""
        formal, informal = self.lang.formal, self.lang.informal
        if not formal:
            return []
        fields = [("subject", self.subject_lower_words)] if self.message.has_subject else []
        fields.append(("body", self.lower_words))
        found = [(field, i, "formal" if low in formal else "informal")
                 for field, lows in fields for i, low in enumerate(lows) if low in formal or low in informal]
        if not found or len({form for *_, form in found}) == 1:
            return found
        # Both forms: a quoted title or phrase ("Uw boek 'Doe het nu je nog kunt'") is someone else's
        # words, and the "u" of "a.u.b." is a letter of an abbreviation.
        fields_text = {"subject": self.subject, "body": self.body}
        quotes = {field: text.quoted(value) for field, value in fields_text.items()}
        spans = {"subject": self.subject_words, "body": self.words}
        return [(field, i, form) for field, i, form in found
                if not any(a <= spans[field][i].start < b for a, b in quotes[field])
                and not text.in_abbreviation(fields_text[field], spans[field][i])]

    @cached_property
    def address_majority(self) -> str | None:
        """"formal" or "informal": the form most of `address_words` take, on a tie the one that came
        first; None when the message uses neither."""
        forms = [form for _, _, form in self.address_words]
        if not forms:
            return None
        formal = forms.count("formal")
        return "formal" if formal > len(forms) - formal or formal * 2 == len(forms) and forms[0] == "formal" \
            else "informal"

    @property
    def formal_address(self) -> bool:
        """The message addresses the reader formally (`address_majority`): its hints' examples say "u" too."""
        return self.address_majority == "formal"

    def highlight(self, kind: str, field: str, start: int, end: int, text: str) -> None:
        """Note something the message does well (the running rule's `kind` code), shown as a positive line."""
        self.highlights.append(Highlight(self.rule_id, kind, field, start, end, text))

    def whole_body(self) -> tuple[int, int]:
        return self.whole("body")

    def whole(self, field: str) -> tuple[int, int]:
        """[start, end) of the field's text ("subject" or "body") without the white space around it."""
        value = self.subject if field == "subject" else self.body
        start = len(value) - len(value.lstrip())
        return start, len(value.rstrip()) if value.strip() else start


RuleFunction = Callable[[LintContext], Iterator[Finding]]
RULES: list[tuple[str, RuleFunction]] = []


def rule(rule_id: str) -> Callable[[RuleFunction], RuleFunction]:
    """Register a rule under its id (given here once); the engine runs them in registration order."""

    def register(function: RuleFunction) -> RuleFunction:
        RULES.append((rule_id, function))
        return function

    return register
