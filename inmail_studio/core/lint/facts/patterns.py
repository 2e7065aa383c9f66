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
from dataclasses import dataclass, field
from typing import TypeVar

_WORD_START = re.compile(r"[\w']+")
_LITERAL = re.compile(r"[a-zà-ÿ']+")
_Kept = TypeVar("_Kept")


def remember(cache: dict[str, _Kept], key: str, value: _Kept, size: int) -> _Kept:
    """`value`, kept for `key` in `cache`, which is emptied first when it holds `size` entries (a memo
    that never outgrows `size`, however many texts are read)."""
    if len(cache) >= size:
        cache.clear()
    cache[key] = value
    return value


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
    # "open ?staan" and "\\s*" may glue the next word on: then the word is only a prefix.
    glued = after.startswith((" ?", " *", "\\s?", "\\s*"))
    whole = not glued and (after[:1] in ("", " ") or after.startswith(("\\b", "\\s")))
    return {word if whole else word + "*"}


# Words so common that a gate on them opens for nearly every sentence (weight 100), or often
# (weight 20): a branch is gated on its least common required piece ("i'd … love" on "love").
_TOP = frozenset("i we you me my it is be the a an and to of in on ik je u jij wij me mijn het de een en te om op "
                 "dat that".split())
_COMMON = frozenset(
    "your our are am was or at for if so do can will would could this with have not jouw uw of in als zo dit met "
    "niet zou kan wil ben bent is heb hebt heeft er ook al nog wel maar dan wat hoe ze zij jullie ons onze how what "
    "let any all".split())


def _weight(word: str) -> int:
    word = word.rstrip("*")
    return 100 if word in _TOP else 20 if word in _COMMON or len(word) < 3 else 1


def _atoms(text: str) -> list[tuple[bool, str, bool]]:
    """Top-level pieces of a branch: (starts a word, piece, optional)."""
    atoms: list[tuple[bool, str, bool]] = []
    i, word_start = 0, True
    while i < len(text):
        if text.startswith((" ?", " *", "\\s?", "\\s*"), i):  # an optional space glues two words
            if atoms and _LITERAL.fullmatch(atoms[-1][1]):
                atoms[-1] = (atoms[-1][0], atoms[-1][1] + "*", atoms[-1][2])
            i += 2 if text[i] == " " else 3
            word_start = False
            continue
        if text[i] == " " or text.startswith(("\\b", "\\s"), i):
            i += 1 if text[i] == " " else 2
            i += 1 if text[i:i + 1] in ("+", "*") else 0
            word_start = True
            continue
        literal = _LITERAL.match(text, i)
        if text[i] == "(":
            j = i + _group_end(text[i:]) + 1
        elif literal:
            j = literal.end()
        else:
            j = i + (2 if text[i] == "\\" else 1)
        piece, quantifier = text[i:j], text[j:j + 1]
        if literal and quantifier in ("?", "*", "{") and len(piece) > 1:
            piece, quantifier = piece[:-1] + "*", ""  # "honou?r": a prefix, the last letter optional
        if quantifier == "{":
            j = text.index("}", j) + 1
            quantifier = "*" if text[i:j].endswith(("{0}", ",}")) or "{0," in text[i:j] else "+"
        elif quantifier in ("?", "*", "+"):
            j += 1
        j += 1 if text[j:j + 1] in ("?", "+") else 0
        atoms.append((word_start, piece, quantifier in ("?", "*")))
        # After "(really |very )*" the next piece starts a word: every alternative ends in a space.
        word_start = piece[:1] == "(" and all(b.endswith(" ") for b in branches(piece[1:-1].removeprefix("?:")))
        i = j
    return atoms


def required_words(branch: str) -> set[str] | None:
    """Words (prefixes marked "*") one of which every match of `branch` holds; the least common
    such set among its pieces, the first words when nothing better is known; None: no gate."""
    atoms = _atoms(branch.removeprefix("\\b").removeprefix("^"))
    candidates = []
    for index, (word_start, piece, optional) in enumerate(atoms):
        if optional or not word_start or not (piece[:1] == "(" or _LITERAL.match(piece)):
            continue
        words = first_words(piece) if piece[:1] == "(" else {piece}
        if words is None:
            continue
        attached = index + 1 < len(atoms) and not atoms[index + 1][0]
        candidates.append({w if w.endswith("*") or not attached else w + "*" for w in words})
    if not candidates:
        return first_words(branch)
    return min(candidates, key=lambda words: sum(map(_weight, words)))


_WORDS_REMEMBERED = 50_000  # words whose branches `Grouped` remembers, as the detail detector remembers words
_CLASS = re.compile(r"\[(?:\\.|[^\]\\])*\]")
_ESCAPED = re.compile(r"\\(.)")


def _caseless(pattern: str) -> bool:
    """Whether `pattern` finds the same with re.IGNORECASE as without in text where `_lower_case` holds: it
    is ASCII, names no capital, escapes no letter but \\b, \\w, \\s and \\d (no "\\x41"), and has no range
    in a character class (one may hold capitals without naming any: "[!-`]"). Such a branch is run
    without the flag on such text: the engine then skips the alternatives of a long list by their
    first letter (a list of 40 words runs 3× faster)."""
    return (pattern.isascii() and pattern == pattern.lower()
            and all(not c.isalnum() or c in "bwsd" for c in _ESCAPED.findall(pattern))
            and "[]" not in pattern and "[^]" not in pattern  # a class opening with "]" is not read here
            and all("-" not in c[2:-2] for c in _CLASS.findall(pattern)))  # "-" first or last is no range


def _lower_case(text: str) -> bool:
    """Whether `text` is in lower case and holds neither "ı" nor "ſ": besides an ASCII letter's own two
    cases, re.IGNORECASE matches it to "İ", "ı", "ſ" or the Kelvin sign only (every code point tried),
    and lower case holds no "İ" or Kelvin sign."""
    return text == text.lower() and "ı" not in text and "ſ" not in text


@dataclass(frozen=True)
class Grouped:
    """Named lists of patterns, each branch compiled alone and indexed by the words it needs.

    `matches` runs only the branches one of whose required words (or word prefixes) the sentence
    holds: a sentence of a message typically opens two or three of eighty branches. The branches a
    word opens are remembered per word (a writer's vocabulary repeats from sentence to sentence).
    """

    branches: tuple[tuple[str, re.Pattern[str]], ...]  # (list name, one alternative)
    by_word: Mapping[str, tuple[int, ...]]  # a whole word, anywhere -> branches
    by_prefix: Mapping[str, tuple[int, ...]]  # a word prefix, anywhere -> branches
    prefix_lengths: tuple[int, ...]
    by_first: Mapping[str, tuple[int, ...]]  # the sentence's first word ("^" branches)
    first_lengths: tuple[int, ...]
    always: tuple[int, ...]  # branches without a known word
    plain_regexes: tuple[re.Pattern[str], ...]  # per branch, its regex for text that is `_lower_case`
    opened: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)

    def _opens(self, word: str) -> tuple[int, ...]:
        """The branches `word` opens, as a whole word or by one of its prefixes (remembered per word)."""
        if word.isdigit():  # every word indexed holds a letter or "'"; numbers seldom repeat, so are not kept
            return ()
        found = self.opened.get(word)
        if found is None:
            chosen = set(self.by_word.get(word, ()))
            for n in self.prefix_lengths:  # only the lengths listed: a 1 MB word is not sliced a million times
                if n > len(word):
                    break  # the lengths are sorted, and no longer prefix can be this word
                chosen.update(self.by_prefix.get(word[:n], ()))
            found = remember(self.opened, word, tuple(chosen), _WORDS_REMEMBERED)
        return found

    def matches(self, low: str, words: list[str]) -> list[tuple[str, int, int]]:
        """(list name, start, end) of each match in the lower-cased sentence `low` whose words are `words`."""
        chosen, opened = set(self.always), self.opened
        for word in words:
            known = opened.get(word)
            if known is None:
                known = self._opens(word)
            if known:  # most words open none
                chosen.update(known)
        if words:
            head = words[0]
            for n in self.first_lengths:  # only the lengths listed: a 1 MB word is not sliced a million times
                if n > len(head):
                    break  # sorted lengths: a longer one would look the whole word up again
                if head[:n] in self.by_first:
                    chosen.update(self.by_first[head[:n]])
        plain = _lower_case(low)  # where `plain_regexes` find what the branches find
        return [(self.branches[i][0], *m.span()) for i in sorted(chosen)
                for m in (self.plain_regexes[i] if plain else self.branches[i][1]).finditer(low)]


def grouped(groups: Mapping[str, Iterable[str]]) -> Grouped | None:
    """Each alternative of each named list, compiled alone and indexed by its required words."""
    compiled: list[tuple[str, re.Pattern[str]]] = []
    by_word: dict[str, list[int]] = {}
    by_prefix: dict[str, list[int]] = {}
    by_first: dict[str, list[int]] = {}
    always: list[int] = []
    for name, patterns in groups.items():
        for alternative in (b for p in patterns for b in branches(p)):
            index = len(compiled)
            compiled.append((name, re.compile(alternative, re.IGNORECASE)))
            first = alternative.startswith("^")
            found = first_words(alternative) if first else required_words(alternative)
            if found is None or not alternative.startswith(("\\b", "^")):  # may match inside a word
                always.append(index)
                continue
            for word in found:
                if first:  # the sentence's first word: a whole word is its own longest prefix
                    by_first.setdefault(word.rstrip("*"), []).append(index)
                elif word.endswith("*"):
                    by_prefix.setdefault(word[:-1], []).append(index)
                else:
                    by_word.setdefault(word, []).append(index)
    if not compiled:
        return None

    def frozen(index: dict[str, list[int]]) -> dict[str, tuple[int, ...]]:
        return {k: tuple(sorted(set(v))) for k, v in index.items()}

    plain = tuple(re.compile(regex.pattern) if _caseless(regex.pattern) else regex for _, regex in compiled)
    return Grouped(tuple(compiled), frozen(by_word), frozen(by_prefix),
                   tuple(sorted({len(k) for k in by_prefix})), frozen(by_first),
                   tuple(sorted({len(k) for k in by_first})), tuple(always), plain)


def words_of(low: str) -> list[str]:
    """The words of a lower-cased sentence for the index, in order; "calendar's" also as "calendar"
    (the first word stays first)."""
    words = _WORD_START.findall(low)
    return words + [w.split("'", 1)[0] for w in words if "'" in w]
