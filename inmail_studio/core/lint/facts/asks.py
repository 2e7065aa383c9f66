# SPDX-License-Identifier: GPL-3.0-or-later
"""Which sentences ask the reader for a concrete next step, and what kind of step."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from inmail_studio.core.lint.data import RuleBook
from inmail_studio.core.lint.matching import alternation
from inmail_studio.core.text import URL_RE, Span, count_words

RULE = "call-to-action"
_CLOSERS = "\"'”’»)] \t"
ASK_CACHE_SIZE = 20_000


class Ask(NamedTuple):
    start: int
    end: int
    text: str
    kind: str


@dataclass(frozen=True)
class _Model:
    ask: re.Pattern[str] | None
    ask_in_question: re.Pattern[str] | None
    not_ask: re.Pattern[str] | None
    question_to_reader: re.Pattern[str] | None
    link_min_words: float
    cache: dict[str, str | None]


def _model(book: RuleBook, language: str) -> _Model:
    def build() -> _Model:
        words = book.words(RULE, language)
        flags = re.IGNORECASE | re.MULTILINE
        question = words.get("question_to_reader")
        return _Model(alternation(words.get("ask", ()), flags), alternation(words.get("ask_in_question", ()), flags),
                      alternation(words.get("not_ask", ()), flags), alternation([question]) if question else None,
                      book.rules[RULE].thresholds["link_ask_min_words"], {})
    return book.compiled((RULE, language), build)


def _classify(sentence: str, model: _Model) -> str | None:
    sentence = sentence.replace("’", "'")
    blocked = [m.span() for m in model.not_ask.finditer(sentence)] if model.not_ask else []
    question = sentence.rstrip(_CLOSERS).endswith("?")
    for pattern in (model.ask, model.ask_in_question if question else None):
        if pattern is None:
            continue
        for m in pattern.finditer(sentence):
            if not any(s <= m.start() < e for s, e in blocked):
                return "reply"
    link = URL_RE.search(sentence)
    if link and count_words(URL_RE.sub(" ", sentence)) >= model.link_min_words:
        return "resource"
    if question and not blocked and model.question_to_reader is not None and model.question_to_reader.search(sentence):
        return "reply"
    return None


def classify(sentence: str, language: str, book: RuleBook) -> str | None:
    """The kind of step `sentence` asks for, or None when it asks for none. Cached per language."""
    model = _model(book, language)
    cache = model.cache
    if sentence not in cache:
        if len(cache) >= ASK_CACHE_SIZE:
            cache.clear()
        cache[sentence] = _classify(sentence, model)
    return cache[sentence]


def find_asks(sentences: Sequence[Span], language: str, book: RuleBook) -> list[Ask]:
    """The asking sentences, in order."""
    found = []
    for s in sentences:
        kind = classify(s.text, language, book)
        if kind is not None:
            found.append(Ask(s.start, s.end, s.text, kind))
    return found
