# SPDX-License-Identifier: GPL-3.0-or-later
"""Words, sentences and paragraphs with their spans: the counting every rule shares."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

# Combining marks stay inside a word so a decomposed "Zoe\u0308" is one word, not two.
_MARK = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_LETTERS = rf"[^\W_][^\W_{_MARK}]*(?:[{_MARK}][^\W_]*)*"
# A URL is one word; otherwise runs of letters or digits, with inner apostrophes and
# hyphens kept in the word ("don't", "scale-ups", "zo'n").
WORD_RE = re.compile(rf"(?:https?://|www\.)\S+|{_LETTERS}(?:['’\-]{_LETTERS})*")
URL_RE = re.compile(r"(?:https?://|www\.)\S+")

# A sentence ends at . ! ? … (with any closing quote or bracket) before white space or the end.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s|$)")
_TOKEN_BEFORE = re.compile(r"(\S+?)[.!?…]*$")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


class Span(NamedTuple):  # a tuple: made by the hundred per message, it must be cheap
    start: int
    end: int
    text: str


def nfc_len(text: str) -> int:
    """Characters as LinkedIn counts them: code points after NFC normalisation."""
    return len(unicodedata.normalize("NFC", text)) if not text.isascii() else len(text)


def nfc_index(text: str, count: int) -> int:
    """Offset in `text` where its first `count` characters, as `nfc_len` counts them, end.

    Where an over-long field's overflow starts: "e" + U+0301 (a decomposed "é") is one
    character to LinkedIn but two code points here. Binary search: NFC length grows with the prefix.
    """
    if text.isascii():
        return min(count, len(text))
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if nfc_len(text[:middle]) <= count:
            low = middle
        else:
            high = middle - 1
    return low


def words(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]


def count_words(text: str) -> int:
    return len(WORD_RE.findall(text))


def _trimmed(text: str, start: int, end: int) -> Span | None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped or not WORD_RE.search(stripped):
        return None
    start += len(chunk) - len(chunk.lstrip())
    return Span(start, start + len(stripped), stripped)


def sentences(text: str, abbreviations: Iterable[str] = ()) -> list[Span]:
    """Sentences, with every line break also ending one: a greeting line is its own sentence.

    A full stop after a known abbreviation ("e.g.", "bijv.") or a single initial does not
    end a sentence.
    """
    abbrevs = abbreviations if isinstance(abbreviations, frozenset) else frozenset(abbreviations)
    spans: list[Span] = []
    offset = 0
    for line in text.split("\n"):
        for start, end in _line_sentences(line, abbrevs):
            spans.append(Span(offset + start, offset + end, line[start:end]))
        offset += len(line) + 1
    return spans


@lru_cache(maxsize=8192)
def _line_sentences(line: str, abbrevs: frozenset[str]) -> tuple[tuple[int, int], ...]:
    """[start, end) of each sentence in one line; cached, as messages from a template share lines."""
    found = []
    start = 0
    for m in _SENTENCE_END.finditer(line):
        if m.group().startswith(".") and len(m.group().rstrip("\"'”’»)]")) == 1:
            token = _TOKEN_BEFORE.search(line, start, m.start())
            before = token.group(1).lower() if token else ""
            if before in abbrevs or (len(before) == 1 and before.isalpha()):
                continue
        if span := _trimmed(line, start, m.end()):
            found.append((span.start, span.end))
        start = m.end()
    if span := _trimmed(line, start, len(line)):
        found.append((span.start, span.end))
    return tuple(found)


def paragraphs(text: str) -> list[Span]:
    spans: list[Span] = []
    start = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        span = _trimmed(text, start, m.start())
        if span:
            spans.append(span)
        start = m.end()
    span = _trimmed(text, start, len(text))
    if span:
        spans.append(span)
    return spans


def utf16_offset(text: str, index: int) -> int:
    """Code-point offset → UTF-16 offset, as Qt's text positions count (emoji take two)."""
    prefix = text[:index]
    return index if prefix.isascii() else index + sum(1 for ch in prefix if ord(ch) > 0xFFFF)


def from_utf16_offset(text: str, position: int) -> int:
    """UTF-16 offset (a Qt cursor position) → code-point offset."""
    units = 0
    for index, ch in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)
