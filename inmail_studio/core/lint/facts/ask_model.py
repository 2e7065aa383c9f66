# SPDX-License-Identifier: GPL-3.0-or-later
"""The ask featuriser: what a sentence says by itself and where it stands in its message, as feature names.

The stacked ask model (ask_stack.py) reads these features plus the rules' verdict on the sentence.
They are computed here and nowhere else: tools/train_ask_stack.py trains on exactly these (no numpy
or scikit-learn at run time), and the weights file names the featuriser version it was trained on.

Features of a sentence (each present or absent, so a value of 1): its words ("w:graag") and word
pairs ("b:<s>_let's", "b:?_</s>"), its form (ends in "?" before any emoji, holds a "?", ends in "!"
or ":", holds a link), its place (first, last, which third of the message), its length in words,
a greeting opening the message, a short sign-off, the message's language and kind, and a question
or third crossed with the kind or language. Words are read folded (lower case, ’ as '). The file
names the featuriser version it was trained on (`FEATURISER`), and another version is refused.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from inmail_studio.core.text import URL_RE, fold

FEATURISER = "words-1"  # bump when `features` changes: a file trained on other features is refused
# Words (letters or digits with one inner apostrophe: "let's"), numbers and the marks that shape an ask.
_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)?|\?|!|:|\d+")
# What may close a sentence after its last mark: quotes, brackets, white space and emoji ("Connecten? 🙂").
# Read from the end of the reversed text: linear in the run, whatever precedes it.
_TAIL = re.compile("[\"'”’»)\\]\\s\u200d\ufe0f\u2600-\u27bf\U0001f300-\U0001faff]*")
# Every URL, address or domain URL_RE finds holds "://" or a dot before two letters: a cheap gate
# before the costly search.
_MAYBE_LINK = re.compile(r"\.[A-Za-z]{2}|://")
# Length in words: upper bounds of the bands, then the last band.
_LENGTHS = ((3, "1-3"), (7, "4-7"), (15, "8-15"), (25, "16-25"))
_BANDS = tuple("len:" + next((band for top, band in _LENGTHS if n <= top), "26+") for n in range(27))  # by words
_MARKS = ("?", "!", ":")
# The words that open a greeting define a feature the weights were learned over, so they live with
# the featuriser (changing them means retraining), not in a rule's word lists that the rules read.
_GREETINGS = frozenset({"hi", "hello", "hey", "dear", "good", "hoi", "hallo", "beste", "geachte", "dag",
                        "goedemorgen", "goedemiddag", "goedenavond"})


class Own(NamedTuple):
    """What a sentence says by itself, wherever it stands (`read`): its tokens and its token pairs, each
    once in order of appearance, its other features in order (form, link, length band: "end?", "has?",
    "end!" or "end:", "url", "len:<band>"), whether it ends in a question, its number of words, whether
    it opens with a greeting word, and its words (the tokens but marks) each once in order. Its feature
    names are "w:" + token, "b:" + first + "_" + second (no token holds "_"), then `marks`: what `names`
    builds and StackModel.sentence_probability weighs."""

    tokens: tuple[str, ...]
    pairs: tuple[tuple[str, str], ...]
    marks: tuple[str, ...]
    question: bool
    words: int
    greeting: bool
    vocabulary: tuple[str, ...]


def features(text: str, index: int, count: int, kind: str, language: str) -> list[str]:
    """The features of sentence `index` (from 0) of the `count` sentences of a message of `kind`
    ("inmail", "connection_request", "follow_up") in `language` ("en", "nl"): names, each once, in a
    fixed order (the sentence's own, then its place in the message)."""
    return [*names(text), *place(read(text), index, count, kind, language)]


def place(own: Own, index: int, count: int, kind: str, language: str) -> tuple[str, ...]:
    """The features of where sentence `index` of `count`, which says `own`, stands in its message
    (`features`' last names)."""
    third = "a" if index < count / 3 else "c" if index >= 2 * count / 3 else "b"
    return _place(third, kind, language, own.question, index == 0 and own.greeting and own.words <= 4,
                  index == 0, index == count - 1, index >= count - 2 and own.words <= 3 and not own.question)


@lru_cache(maxsize=256)
def _place(third: str, kind: str, language: str, question: bool, greeting: bool, first: bool, last: bool,
           signoff: bool) -> tuple[str, ...]:
    """`place`'s names from what decides them: a few dozen combinations, so each is built once."""
    names = [f"third:{third}", "lang:" + language, "kind:" + kind, f"kind:{kind}&third:{third}"]
    if question:
        names += [f"kind:{kind}&end?", f"lang:{language}&end?"]
    if first:
        names += ["pos:first", "greeting"] if greeting else ["pos:first"]
    if last:
        names.append("pos:last")
    if signoff:
        names.append("signoff")
    return tuple(names)


def closed_text(low: str) -> str:
    """A folded sentence without what may follow its last mark (`_TAIL`): "connecten? 🙂" -> "connecten?"."""
    return low[:len(low) - _TAIL.match(low[::-1]).end()]  # type: ignore[union-attr]  # it matches ""


def words(text: str) -> list[str]:
    """The sentence's words (`read`'s tokens but "?", "!" and ":"), each once, in order of appearance. Where
    the folded sentence holds no "'" or "_", patterns.words_of finds the same runs of letters and digits
    (with repeats), and asks' index, which needs each once and the first one first, reads these."""
    return list(read(text).vocabulary)


@lru_cache(maxsize=4096)
def names(text: str) -> tuple[str, ...]:
    """The sentence's own feature names (`Own`), `features`' first ones. Cached, as `read` is."""
    own = read(text)
    return (*("w:" + t for t in own.tokens), *("b:" + a + "_" + b for a, b in own.pairs), *own.marks)


@lru_cache(maxsize=4096)
def read(text: str) -> Own:
    """What a sentence says by itself (`Own`). Cached: a message being edited keeps most of its sentences."""
    low = fold(text)
    tokens = _TOKEN.findall(low)
    marks = []
    closed = closed_text(low)
    question = closed.endswith("?")
    if question:
        marks.append("end?")
    if "?" in low:
        marks.append("has?")
    if closed.endswith(("!", ":")):
        marks.append("end" + closed[-1])
    if _MAYBE_LINK.search(text) and any("@" not in m.group() for m in URL_RE.finditer(text)):
        marks.append("url")
    unique = dict.fromkeys(tokens)
    distinct, words = tuple(unique), len(tokens)
    for mark in _MARKS:
        if unique.pop(mark, 0) is None:  # it was there: its every occurrence is not a word
            words -= tokens.count(mark)
    marks.append(_BANDS[min(words, 26)])
    pairs = dict.fromkeys(zip(["<s>", *tokens], [*tokens, "</s>"], strict=True))
    return Own(distinct, tuple(pairs), tuple(marks), question, words, bool(tokens) and tokens[0] in _GREETINGS,
               tuple(unique))
