# SPDX-License-Identifier: GPL-3.0-or-later
"""A learned second opinion on asks: p(ask) of a sentence in its message, from logistic-regression weights.

The rules in asks.py decide; this model only overrides a decision it is very sure of (asks.py).
The features are computed here and nowhere else: tools/train_ask_model.py trains on exactly these
(no numpy or scikit-learn at run time), and the weights file it writes,
resources/rules/call-to-action/ask_model.json, holds the intercept, the weights of the features
that matter (|w| ≥ 0.05, rounded) and the two cut-offs, with a note on where they come from.

Features of a sentence (each present or absent, so a value of 1): its words ("w:graag") and word
pairs ("b:<s>_let's", "b:?_</s>"), its form (ends in "?" before any emoji, holds a "?", ends in "!"
or ":", holds a link), its place (first, last, which third of the message), its length in words,
a greeting opening the message, a short sign-off, the message's language and kind, and a question
or third crossed with the kind or language. Words are read folded (lower case, ’ as '). The file
names the featuriser version it was trained on (`FEATURISER`), and another version is refused.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import NamedTuple

from inmail_studio.core.lint.data import RuleBook, load_rulebook
from inmail_studio.core.paths import rules_dir
from inmail_studio.core.text import URL_RE, fold

RULE = "call-to-action"
FILE = "ask_model.json"
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


@lru_cache(maxsize=4096)
def _own(text: str) -> tuple[tuple[str, ...], bool, int, bool]:
    """What a sentence says by itself, wherever it stands: its word and form features, whether it
    ends in a question, its number of words, whether it opens with a greeting word. Cached: a
    message being edited keeps most of its sentences."""
    low = fold(text)
    tokens = _TOKEN.findall(low)
    names = ["w:" + t for t in dict.fromkeys(tokens)]
    names += ["b:" + a + "_" + b for a, b in dict.fromkeys(zip(["<s>", *tokens], [*tokens, "</s>"], strict=True))]
    closed = low[:len(low) - _TAIL.match(low[::-1]).end()]  # type: ignore[union-attr]  # it matches ""
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


@dataclass(frozen=True)
class AskModel:
    """Logistic-regression weights: p(ask) = 1 / (1 + e^-(bias + Σ weights of the features present)).

    The rules' decision is overridden to an ask above `ask_above` and to no ask below `no_ask_below`.
    """

    bias: float
    weights: Mapping[str, float]
    ask_above: float
    no_ask_below: float

    def probability(self, names: list[str]) -> float:
        """p(ask) in [0, 1] for a sentence's `features()`; unknown names weigh nothing."""
        z = self.bias + sum(map(self.weights.get, names, repeat(0.0)))
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)  # never overflows for z < 0
        return e / (1.0 + e)

    def strongest(self, names: list[str], most: int = 3) -> tuple[str, ...]:
        """Up to `most` of `names` that weigh most towards an ask, strongest first (why it reads as one)."""
        weighing = sorted((n for n in names if self.weights.get(n, 0.0) > 0), key=lambda n: (-self.weights[n], n))
        return tuple(weighing[:most])


class Override(NamedTuple):
    """The model's verdict against the rules' on sentence `index`: `ask` True adds an ask, False drops one;
    `because` names the features weighing most towards an ask (empty for a drop)."""

    index: int
    ask: bool
    because: tuple[str, ...]


def overrides(texts: Sequence[str], asked: Sequence[bool], kind: str, language: str,
              model: AskModel) -> list[Override]:
    """Where the model overrules the rules: the sentences of a message (`texts`, in order, with
    `asked[i]` the rules' decision) it finds an ask with p > `ask_above` the rules did not, or no ask
    with p < `no_ask_below` where they did. Each sentence is read in its message (place, kind)."""
    found: list[Override] = []
    for index, (text, ask) in enumerate(zip(texts, asked, strict=True)):
        names = features(text, index, len(texts), kind, language)
        p = model.probability(names)
        if not ask and p > model.ask_above:
            found.append(Override(index, True, model.strongest(names)))
        elif ask and p < model.no_ask_below:
            found.append(Override(index, False, ()))
    return found


def default_kind(because: Sequence[str]) -> str:
    """The kind of an ask only the model found, when the rules name no step in it: "resource" when a
    link weighs most (a link offered), else "reply" (the kind of a bare question to the reader)."""
    return "resource" if because[:1] == ("url",) else "reply"


def from_json(raw: Mapping[str, object]) -> AskModel:
    """An AskModel from the weights file's object; raises ValueError naming what is missing or wrong."""
    cutoffs, weights = raw.get("cutoffs"), raw.get("weights")
    if not isinstance(cutoffs, Mapping) or not isinstance(weights, Mapping) or "bias" not in raw:
        raise ValueError("not an ask model: needs bias, weights and cutoffs")
    try:
        model = AskModel(float(raw["bias"]), {str(k): float(v) for k, v in weights.items()},  # type: ignore[arg-type]
                         float(cutoffs["ask_above"]), float(cutoffs["no_ask_below"]))
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"not an ask model: bad or missing number {error}") from None
    if raw.get("featuriser") != FEATURISER:
        raise ValueError(f"trained on features {raw.get('featuriser')!r}, not {FEATURISER!r}: retrain it "
                         "(tools/train_ask_model.py)")
    if not 0.0 <= model.no_ask_below < model.ask_above <= 1.0:
        raise ValueError("not an ask model: needs 0 <= cutoffs.no_ask_below < cutoffs.ask_above <= 1")
    return model


def load(path: Path) -> AskModel | None:
    """The model in the JSON file at `path`, or None when there is no such file (the rules alone decide).

    Raises ValueError with a one-line reason (naming the file) when the file is not a model.
    """
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        raise ValueError(f"{path}: cannot read the ask model: {error}") from None
    if not isinstance(raw, Mapping):
        raise ValueError(f"{path}: not an ask model (a JSON object is needed)")
    try:
        return from_json(raw)
    except ValueError as error:
        raise ValueError(f"{path}: {error}") from None


def _folder(book: RuleBook) -> Path | None:
    """The call-to-action folder of the rules folder `book` was read from, when that can be told.

    A book that records its folder (`RuleBook.folder`) says so; until books do, only the shipped
    book is known, and a book read from another folder is taken to have no model (rules alone).
    """
    rules = getattr(book, "folder", None)
    if rules is None:
        shipped = rules_dir()
        rules = shipped if load_rulebook(shipped) is book else None  # cached: reads nothing again
    return None if rules is None else Path(rules) / RULE


def for_book(book: RuleBook) -> AskModel | None:
    """The model beside `book`'s call-to-action rule, read once per book on first use; None without one."""
    def build() -> AskModel | None:
        folder = _folder(book)
        return load(folder / FILE) if folder is not None else None
    return book.compiled((RULE, FILE), build)
