# SPDX-License-Identifier: GPL-3.0-or-later
"""Compiled word lists: phrase matching in linear time and one regex for a list of patterns."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from inmail_studio.core.lint.facts.patterns import branches, remember, required_words
from inmail_studio.core.text import WORD_RE, Span, fold

# Only these three characters match an ASCII letter under re.IGNORECASE without lower-casing to it
# (every code point tried): in a text without them, a pattern's ASCII words occur in text.lower().
_ODD_CASES = ("İ", "ı", "ſ")
_SUBSETS_REMEMBERED = 256
_RUN = re.compile(r"[^\W_]+")
_WORD_THEN_END = re.compile(r"([a-z]+)(?:\\b|\\s| )")  # in a pattern: a word, then \b, \s or a space


class PhraseMatcher:
    """Finds listed phrases word by word, in time linear in the text whatever the list's length.

    A phrase matches a run of whole words, ignoring case, the white space between them and the
    kind of apostrophe; `patterns` are regular expressions for what a word list cannot say.
    """

    def __init__(self, phrases: Iterable[str], patterns: Iterable[str] = ()) -> None:
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in set(phrases):
            tokens = tuple(fold(w) for w in WORD_RE.findall(phrase))
            if tokens:
                self._by_first.setdefault(tokens[0], []).append(tokens)
        for candidates in self._by_first.values():
            candidates.sort(key=len, reverse=True)
        self._firsts = frozenset(self._by_first)
        self._patterns = tuple(patterns)
        self._regex = alternation(self._patterns)  # the branches share one leading \b: a third of the time
        self._needs = tuple(map(_needs, self._patterns))
        self._starts = tuple(map(_starts, self._patterns))
        self._subsets: dict[tuple[int, ...], re.Pattern[str] | None] = {}

    def finditer(self, text: str, lower: list[str], spans: Callable[[], list[Span]]) -> Iterator[tuple[int, int]]:
        """[start, end) of each match, in order; `lower` are the text's words lower-cased with '
        for ’, and `spans()` gives their offsets (asked for only when something matched)."""
        found = []
        by_first = self._by_first
        resume = 0
        for i in _positions(lower, self._firsts.intersection(lower)):
            if i < resume:
                continue
            for tokens in by_first[lower[i]]:
                if tuple(lower[i:i + len(tokens)]) == tokens:
                    words = spans()
                    found.append((words[i].start, words[i + len(tokens) - 1].end))
                    resume = i + len(tokens)
                    break
        if self._regex is not None:
            regex = self._regex_for(text, lower)
            found += [m.span() for m in regex.finditer(text)] if regex is not None else []
            # A pattern and a phrase can match the same words ("20% korting", "korting"): the
            # reader sees one underline, and the score counts it once.
            found.sort(key=lambda span: (span[0], -span[1]))
            kept: list[tuple[int, int]] = []
            for start, end in found:
                if not kept or start >= kept[-1][1]:
                    kept.append((start, end))
            found = kept
        return iter(found)

    def _regex_for(self, text: str, lower: list[str]) -> re.Pattern[str] | None:
        """The alternation of only those `patterns` whose words `text` holds (in their order), whole words
        where a pattern starts with one (`_starts`; `lower` are the words of `text`, as in `finditer`):
        one that cannot match anywhere changes no match of the others, and most texts hold the words of none."""
        if any(char in text for char in _ODD_CASES):
            return self._regex
        low = text.lower()
        opened = tuple(i for i, needs in enumerate(self._needs) if needs is None or any(w in low for w in needs))
        if any(self._starts[i] is not None for i in opened):
            runs = _runs(lower)
            opened = tuple(i for i in opened if self._starts[i] is None or not self._starts[i].isdisjoint(runs))
        if len(opened) == len(self._patterns):
            return self._regex
        regex = self._subsets.get(opened)
        if regex is None and opened not in self._subsets:
            regex = remember(self._subsets, opened, alternation(self._patterns[i] for i in opened),
                             _SUBSETS_REMEMBERED)
        return regex


def _starts(pattern: str) -> frozenset[str] | None:
    """The words one of which every match of `pattern` starts with as a whole word (a \\b before it and
    a \\b, \\s or space after it: a run of letters between two characters that are not) for a pattern
    "\\bword…" or "\\b(?:word…|word…)…" with no character class in the group; None for any other."""
    if not pattern.startswith("\\b") or len(branches(pattern)) > 1 or "\\|" in pattern:
        return None
    rest = pattern[2:]
    if not rest.startswith("(?:"):
        first = _WORD_THEN_END.match(rest)
        return None if first is None else frozenset({first.group(1)})
    depth, end, i = 0, None, 0
    while end is None and i < len(rest):  # the group's end; a class in it: not this form
        char = rest[i]
        if char == "[":
            return None
        depth += {"(": 1, ")": -1}.get(char, 0)
        end = i if depth == 0 else None
        i += 2 if char == "\\" else 1
    if end is None or rest[end + 1:end + 2] in ("?", "*", "+", "{"):
        return None
    words = set()
    for alternative in rest[3:end].split("|"):
        first = _WORD_THEN_END.match(alternative + rest[end + 1:end + 3])  # a bare word: what follows the group
        if first is None or "(" in alternative or ")" in alternative:
            return None
        words.add(first.group(1))
    return frozenset(words)


def _runs(lower: list[str]) -> set[str]:
    """The runs of letters and digits in a text whose words are `lower` (WORD_RE, folded): a word that
    holds another character (a hyphen, a mark, a link) is split into its runs."""
    words = set(lower)
    return words.union(*(_RUN.findall(word) for word in words if not word.isalnum()))


def _needs(pattern: str) -> tuple[str, ...] | None:
    """Words one of which, lower-cased, every match of `pattern` holds (run with re.IGNORECASE), as
    patterns.required_words finds them per branch; None when that cannot be told or a word is not ASCII."""
    words: set[str] = set()
    for branch in branches(pattern):
        found = required_words(branch)
        if found is None:
            return None
        words.update(word.rstrip("*") for word in found)
    return tuple(sorted(words)) if all(word.isascii() and word for word in words) else None


def _positions(words: list[str], wanted: Iterable[str]) -> list[int]:
    """Where each of `wanted` stands in `words`, in order (list.index scans in C: most words are not wanted)."""
    found = []
    for word in wanted:
        at = -1
        try:
            while True:
                at = words.index(word, at + 1)
                found.append(at)
        except ValueError:
            pass
    return sorted(found)


def alternation(patterns: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern[str] | None:
    """One regex for a list: the branches that start at a word boundary share one leading \\b.

    `\\b(?:A|B)` matches what `\\bA|\\bB` does, but the engine tests the boundary once per
    position instead of once per branch: a third of the time for long lists.
    """
    patterns = list(patterns)
    if not patterns:
        return None
    bounded = [p[2:] for p in patterns if p.startswith("\\b")]
    others = [p for p in patterns if not p.startswith("\\b")]
    parts = ([r"\b(?:" + "|".join(f"(?:{p})" for p in bounded) + ")"] if bounded else [])
    parts += [f"(?:{p})" for p in others]
    return re.compile("|".join(parts), flags)
