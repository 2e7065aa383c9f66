# SPDX-License-Identifier: GPL-3.0-or-later
"""Word lists of regular expressions compiled for speed: one pass with a named group per list,
and a gate of first words that skips the pass on a sentence that cannot match.

A sentence costs a regex engine about half a microsecond per character and branch list; most
sentences of a message hold none of the first words a branch needs, and a set lookup per word
tells so in a few microseconds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

FREE = "__free"  # suffix of a group's alternatives that do not start at a word boundary
_WORD_START = re.compile(r"[\w']+")
_LITERAL = re.compile(r"[a-zà-ÿ']+")


def branches(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression ("a|(b|c)" -> ["a", "(b|c)"])."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _group_end(pattern: str) -> int:
    """Index of the ")" that closes the "(" at index 0."""
    depth, i = 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0:
            return i
        i += 1
    return len(pattern)


def first_words(branch: str) -> set[str] | None:
    """The words a match of `branch` can start with, a prefix marked with a final "*" ("connect*");
    None when that cannot be told."""
    text = branch.removeprefix("\\b").removeprefix("^")
    if text.startswith("("):
        end = _group_end(text)
        inner, after = text[1:end].removeprefix("?:"), text[end + 1:]
        found: set[str] = set()
        for alternative in branches(inner):
            words = first_words(alternative)
            if words is None:
                return None
            found |= words
        if after[:1] in ("?", "*") or after.startswith("{0"):
            rest = first_words(after.split("}", 1)[-1] if after.startswith("{") else after[1:])
            return None if rest is None else found | rest
        return {w if w.endswith("*") or after[:1] in ("", " ", "\\", ")", "|") else w.rstrip("*") + "*"
                for w in found}
    literal = _LITERAL.match(text)
    if literal is None:
        return None
    word, after = literal.group(), text[len(literal.group()):]
    if after[:1] in ("?", "*", "{"):
        return {word[:-1] + "*"} if len(word) > 1 else None  # "honou?r": the last letter is optional
    whole = after[:1] in ("", " ") or after.startswith(("\\b", "\\s"))
    return {word if whole else word + "*"}


@dataclass(frozen=True)
class Gate:
    """The words one of which a sentence must hold before its regex is worth running."""

    words: frozenset[str]  # whole words, anywhere
    prefixes: Mapping[str, tuple[str, ...]]  # first letter -> word prefixes, anywhere
    first: frozenset[str]  # whole first words ("^" branches)
    first_prefixes: tuple[str, ...]

    def opens(self, words: list[str]) -> bool:
        if not words:
            return False
        head = words[0]
        if head in self.first or head.startswith(self.first_prefixes):
            return True
        if not self.words.isdisjoint(words):
            return True
        prefixes = self.prefixes
        return any(word.startswith(prefixes[word[:1]]) for word in words if word[:1] in prefixes)


def _gate(alternatives: list[str]) -> Gate | None:
    words: set[str] = set()
    first: set[str] = set()
    for alternative in alternatives:
        found = first_words(alternative)
        if found is None:
            return None
        (first if alternative.startswith("^") else words).update(found)
    prefixes: dict[str, set[str]] = {}
    for word in (w for w in words if w.endswith("*")):
        prefixes.setdefault(word[:1], set()).add(word[:-1])
    return Gate(frozenset(w for w in words if not w.endswith("*")),
                {k: tuple(sorted(v)) for k, v in prefixes.items()},
                frozenset(w for w in first if not w.endswith("*")),
                tuple(sorted(w[:-1] for w in first if w.endswith("*"))))


@dataclass(frozen=True)
class Grouped:
    """Named lists of patterns as one regex, with the gate of their first words (None: no gate)."""

    regex: re.Pattern[str]
    gate: Gate | None

    def finditer(self, low: str, words: list[str]) -> Iterable[re.Match[str]]:
        """The matches in the lower-cased sentence `low`, whose words are `words`."""
        if self.gate is not None and not self.gate.opens(words):
            return ()
        return self.regex.finditer(low)


def grouped(groups: Mapping[str, Iterable[str]]) -> Grouped | None:
    """One regex with a named group per key (`FREE`-suffixed for unbounded alternatives).

    Alternatives that start at a word boundary share one leading \\b, so the engine tries them
    only where a word starts.
    """
    bounded, free, every = [], [], []
    for name, patterns in groups.items():
        alternatives = [b for p in patterns for b in branches(p)]
        every += alternatives
        starts = [b[2:] for b in alternatives if b.startswith("\\b")]
        others = [b for b in alternatives if not b.startswith("\\b")]
        if starts:
            bounded.append(f"(?P<{name}>{'|'.join(starts)})")
        if others:
            free.append(f"(?P<{name}{FREE}>{'|'.join(others)})")
    parts = ([r"\b(?:" + "|".join(bounded) + ")"] if bounded else []) + free
    if not parts:
        return None
    return Grouped(re.compile("|".join(parts), re.IGNORECASE), _gate(every))


def words_of(low: str) -> list[str]:
    """The words of a lower-cased sentence, for a gate."""
    return _WORD_START.findall(low)
