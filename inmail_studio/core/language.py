# SPDX-License-Identifier: GPL-3.0-or-later
"""Tell English from Dutch by their most common words: no network, no model."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from inmail_studio.core.lint.data import LanguageData
from inmail_studio.core.text import lower_words, word_pattern


def detect_language(text: str, languages: Mapping[str, LanguageData], default: str = "en") -> str:
    """The language whose stop words occur most often; `default` when nothing tells them apart."""
    lower = text.lower()
    return _most_stop_words(word_pattern(lower).findall(lower), languages, default)


def detect_fields(fields: Iterable[str], languages: Mapping[str, LanguageData], default: str = "en") -> str:
    """`detect_language` of the fields joined by line breaks ("subject\nbody": no word spans a line break),
    reading each field's words through text.lower_words, which shares the rules' word list of a field."""
    return _most_stop_words([word for field in fields for word in lower_words(field)], languages, default)


def _most_stop_words(words: list[str], languages: Mapping[str, LanguageData], default: str) -> str:
    counts = {code: sum(map(data.stopwords.__contains__, words)) for code, data in languages.items()}
    best = max(counts.values(), default=0)
    leaders = [code for code, n in counts.items() if n == best]
    return default if best == 0 or len(leaders) > 1 else leaders[0]
