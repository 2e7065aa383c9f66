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
# The words that open a greeting define a feature the weights were learned over, so they live with
# the featuriser (changing them means retraining), not in a rule's word lists that the rules read.
_GREETINGS = frozenset({"hi", "hello", "hey", "dear", "good", "hoi", "hallo", "beste", "geachte", "dag",
                        "goedemorgen", "goedemiddag", "goedenavond"})


def features(text: str, index: int, count: int, kind: str, language: str) -> list[str]:
    """The features of sentence `index` (from 0) of the `count` sentences of a message of `kind`
    ("inmail", "connection_request", "follow_up") in `language` ("en", "nl"): names, each once, in a
    fixed order (the sentence's own, then its place in the message)."""
    names, question, words, greeting = _own(text)
    third = "a" if index < count / 3 else "c" if index >= 2 * count / 3 else "b"
    place = [f"third:{third}", "lang:" + language, "kind:" + kind, f"kind:{kind}&third:{third}"]
    if question:
        place += [f"kind:{kind}&end?", f"lang:{language}&end?"]
    if index == 0:
        place += ["pos:first", "greeting"] if greeting and words <= 4 else ["pos:first"]
    if index == count - 1:
        place.append("pos:last")
    if index >= count - 2 and words <= 3 and not question:
        place.append("signoff")
    return [*names, *place]


def closed_text(low: str) -> str:
    """A folded sentence without what may follow its last mark (`_TAIL`): "connecten? 🙂" -> "connecten?"."""
    return low[:len(low) - _TAIL.match(low[::-1]).end()]  # type: ignore[union-attr]  # it matches ""


@lru_cache(maxsize=4096)
def _own(text: str) -> tuple[tuple[str, ...], bool, int, bool]:
    """What a sentence says by itself, wherever it stands: its word and form features, whether it
    ends in a question, its number of words, whether it opens with a greeting word. Cached: a
    message being edited keeps most of its sentences."""
    low = fold(text)
    tokens = _TOKEN.findall(low)
    names = ["w:" + t for t in dict.fromkeys(tokens)]
    names += ["b:" + a + "_" + b for a, b in dict.fromkeys(zip(["<s>", *tokens], [*tokens, "</s>"], strict=True))]
    closed = closed_text(low)
    question = closed.endswith("?")
    if question:
        names.append("end?")
    if "?" in low:
        names.append("has?")
    if closed.endswith(("!", ":")):
        names.append("end" + closed[-1])
    if _MAYBE_LINK.search(text) and any("@" not in m.group() for m in URL_RE.finditer(text)):
        names.append("url")
    words = len(tokens) - tokens.count("?") - tokens.count("!") - tokens.count(":")
    names.append("len:" + next((band for top, band in _LENGTHS if words <= top), "26+"))
    return tuple(names), question, words, bool(tokens) and tokens[0] in _GREETINGS
