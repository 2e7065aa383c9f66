# SPDX-License-Identifier: GPL-3.0-or-later
"""A learned second opinion on a reader's detail: logistic regression over one sentence's words and cues.

The rules in `detail` decide; this model may only overrule them where it is very sure
(rules/personal.py). A sentence becomes a set of binary features (`features`): its lower-cased
words and word pairs, with numbers, placeholders and capitalised words after the first masked
("<NUM>", "<PH>", "<CAP>": a name says nothing about the next writer's names), plus a few cues
(second person, a named thing, a year, money, a quote, a piece of content, greeting, place in the
message). Its probability of holding the detail is sigmoid(bias + the sum of the features' weights).

The weights and cut-offs are data, resources/rules/personalisation/detail_model.json, written by
tools/train_detail_model.py from the coach corpus (the same `features` here, so training and the
coach cannot drift apart; the file names the featuriser version it was trained with). The
cut-offs were fixed before any unseen set was scored: leave-one-writer-out over the five corpus
sets, each scored by a model trained on the other four, judged against the rules as held-out sets
2-4 first met them (today's rules were tuned on all five and miss almost nothing there); the
file's "source" says so. Dropping a detail the rules found did not help with today's rules, so
the shipped file has no drop cut-off. A rules folder without the file means rules alone.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Any

from inmail_studio.core import paths
from inmail_studio.core.lint.data import RuleBook, load_rulebook
from inmail_studio.core.text import Span

__all__ = ["FEATURISER", "FORMAT", "MODEL_FILE", "DetailModel", "drops", "features", "load_model", "model_for",
           "overruled_detail", "strongest_run"]

MODEL_FILE = "detail_model.json"
FEATURISER = "a-prime-2"  # bump when `features` changes: a file trained with another version is refused
FORMAT = "detail-override-1"  # the file's "format": weights, bias and the two cut-offs of `DetailModel`
RULE = "personalisation"

# Placeholders stay one token; words keep their apostrophes and hyphens ("you're", "co-founder").
_TOKEN = re.compile(r"\{\{[^}]*\}\}|\{[^}]*\}|\[[^\]]*\]|<[^>]*>|[\w’'-]+|[\"“”‘«»]|[€$£%]")
_PLACEHOLDER = re.compile(r"\{\{[^}]*\}\}|\{[^}]*\}|\[[^\]]*\]|<[^>]*>")
_MONEY = re.compile(r"[€$£]\s?\d|\d\s?(?:k|m|mln|million|miljoen|bn)\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_QUOTE = re.compile(r"[\"“”«»]|(?<!\w)['‘][^'’]{2,}['’](?!\w)")
# The cues' words define features the weights were learned over, so they live with the featuriser
# (changing one means retraining), not in the rule's word lists that the rules read.
_SECOND = frozenset({"you", "your", "yours", "you're", "you’re", "you've", "you’ve", "you'd", "you’d", "you'll",
                     "je", "jouw", "jij", "uw", "u", "jullie", "jou", "je'"})
_CONTENT = frozenset({"post", "posts", "article", "talk", "podcast", "piece", "webinar", "keynote", "newsletter",
                      "blog", "comment", "presentation", "panel", "interview", "video", "thread", "paper",
                      "artikel", "bericht", "lezing", "presentatie", "nieuwsbrief", "reactie", "stuk", "praatje"})
_GREETING = frozenset({"hi", "hello", "hey", "dear", "hoi", "hallo", "beste", "goedemorgen", "goedemiddag", "dag"})
_LONG = 12  # tokens from which a sentence is "long"
_MIN_RUN = 3  # a strongest run shorter than this many tokens shows its whole sentence instead
_CACHE_SIZE = 20_000  # sentences remembered, as the detector remembers clauses (a draft is linted at every pause)


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text))


def _masked(toks: Sequence[str]) -> list[str]:
    """The n-gram forms: lower case, with placeholders, words holding a digit and capitalised words
    after the first (not "I" or "You") masked as "<PH>", "<NUM>" and "<CAP>"."""
    out = []
    for i, tok in enumerate(toks):
        low = tok.lower()
        if tok[0] in "{[<" and _PLACEHOLDER.fullmatch(tok):
            out.append("<PH>")
        elif not tok.isalpha() and _DIGIT.search(tok):
            out.append("<NUM>")
        elif i and tok[0].isupper() and tok != "I" and low not in _SECOND:
            out.append("<CAP>")
        else:
            out.append(low)
    return out


def _cues(text: str, forms: Sequence[str], index: int, count: int) -> list[str]:
    """The hand cues that hold across writers: who is addressed, named things, figures, place."""
    second = not _SECOND.isdisjoint(forms)
    caps = forms.count("<CAP>")
    content = not _CONTENT.isdisjoint(forms)
    digit = "<NUM>" in forms
    on = {"C:2p": second, "C:caps": caps > 0, "C:caps>=2": caps >= 2,
          "C:digit": digit, "C:year": digit and bool(_YEAR.search(text)),
          "C:money": digit and bool(_MONEY.search(text)), "C:quote": bool(_QUOTE.search(text)), "C:content": content,
          "C:placeholder": "<PH>" in forms, "C:2p&content": second and content,
          "C:2p&caps": second and caps > 0, "C:content&caps": content and caps > 0,
          "C:greeting": bool(forms) and forms[0] in _GREETING and len(forms) <= 4,
          "C:first": index == 0, "C:last": index == count - 1, "C:len>=12": len(forms) >= _LONG,
          "C:question": text.rstrip().endswith("?")}
    return [name for name, value in on.items() if value]


def features(text: str, index: int, count: int) -> list[str]:
    """The binary features that are on for one sentence, each once, in a fixed order.

    `index` is the sentence's place among the body's `count` sentences (text.sentences: a greeting
    line is a sentence). Unigrams are "U:<form>", word pairs "B:<form> <form>", cues "C:<name>".
    """
    forms = _masked(_TOKEN.findall(text))
    grams = ["U:" + f for f in forms] + ["B:" + a + " " + b for a, b in zip(forms, forms[1:], strict=False)]
    return list(dict.fromkeys(grams + _cues(text, forms, index, count)))


@dataclass(frozen=True, slots=True)
class DetailModel:
    """Weights by feature name, the bias, and the cut-offs the coach acts on (probabilities in [0, 1]):
    `override`, above which a sentence counts as a detail the rules missed, and `drop`, below which
    every sentence must lie for a detail the rules found to be dropped (None: never dropped)."""

    weights: dict[str, float]
    bias: float
    override: float
    drop: float | None
    seen: dict[tuple[str, int, int], float] = field(default_factory=dict, compare=False, repr=False)

    def probability(self, text: str, index: int, count: int) -> float:
        """How likely the sentence holds a detail about the reader, in [0, 1]."""
        key = (text, index, count)
        known = self.seen.get(key)
        if known is None:
            z = self.bias + sum(map(self.weights.get, features(text, index, count), repeat(0.0)))
            known = 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0
            if len(self.seen) >= _CACHE_SIZE:
                self.seen.clear()
            self.seen[key] = known
        return known


def _overlaps(span: Span, spans: Sequence[tuple[int, int]]) -> bool:
    return any(span.start < end and start < span.end for start, end in spans)


def overruled_detail(model: DetailModel, sentences: Sequence[Span],
                     vetoed: Sequence[tuple[int, int]] = ()) -> tuple[int, int] | None:
    """Where the rules found no detail: [start, end) in the body (the `sentences`' text) of the
    strongest run of the sentence the model gives the highest probability, when that is above
    `model.override`; None otherwise. A sentence holding a mention the rules rejected (`vetoed`
    spans: "your profile", "you lead sales at Acme") is never chosen: the rules' veto wins."""
    count = len(sentences)
    best, chosen = model.override, None
    for i, sentence in enumerate(sentences):
        p = model.probability(sentence.text, i, count)
        if p > best and not _overlaps(sentence, vetoed):
            best, chosen = p, sentence
    if chosen is None:
        return None
    start, end = strongest_run(chosen.text, model)
    return chosen.start + start, chosen.start + end


def drops(model: DetailModel, sentences: Sequence[Span], detail: tuple[int, int] | None = None) -> bool:
    """Where the rules found a detail: True when the model has a drop cut-off and puts every sentence
    below it. The sentences overlapping `detail` (the rules' span in the body) are weighed first, as
    they most often settle it."""
    if model.drop is None or not sentences:
        return False
    count = len(sentences)
    order = sorted(range(count), key=lambda i: not (detail and _overlaps(sentences[i], [detail])))
    return all(model.probability(sentences[i].text, i, count) < model.drop for i in order)


def strongest_run(text: str, model: DetailModel) -> tuple[int, int]:
    """[start, end) in `text` of the run of tokens whose words add most to the probability (each
    word its own weight and half of each pair it is in); the whole sentence when that run is
    shorter than a few tokens or adds nothing."""
    found = _tokens(text)
    forms = _masked([m.group() for m in found])
    get = model.weights.get
    pairs = [get("B:" + a + " " + b, 0.0) / 2 for a, b in zip(forms, forms[1:], strict=False)]
    scores = [get("U:" + f, 0.0) + (pairs[i - 1] if i else 0.0) + (pairs[i] if i < len(pairs) else 0.0)
              for i, f in enumerate(forms)]
    best, best_span, total, first = 0.0, (0, -1), 0.0, 0
    for i, score in enumerate(scores):  # Kadane: the contiguous run with the largest sum
        if total <= 0:
            total, first = 0.0, i
        total += score
        if total > best:
            best, best_span = total, (first, i)
    first, last = best_span
    if last - first + 1 < _MIN_RUN:
        return 0, len(text)
    return found[first].start(), found[last].end()


def _parse(raw: Any, path: Path) -> DetailModel:
    """A model from the file's JSON object; raises ValueError naming the file when it is malformed."""
    try:
        if raw.get("format") != FORMAT:
            raise ValueError(f"format {raw.get('format')!r}, this coach reads {FORMAT!r}")
        if raw["featuriser"] != FEATURISER:
            raise ValueError(f"trained for featuriser {raw['featuriser']!r}, this coach has {FEATURISER!r}")
        drop = raw["cutoffs"]["drop"]
        return DetailModel({str(k): float(v) for k, v in raw["weights"].items()}, float(raw["bias"]),
                           float(raw["cutoffs"]["override"]), None if drop is None else float(drop))
    except (KeyError, TypeError, AttributeError, ValueError) as error:
        raise ValueError(f"{path}: not a detail model ({error})") from None


@lru_cache(maxsize=4)
def load_model(folder: Path) -> DetailModel | None:
    """The model in `folder`/detail_model.json, read once per folder; None when there is no such file.

    Raises ValueError (one line, naming the file) for a file that is not a model of this featuriser.
    """
    path = folder / MODEL_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    try:
        raw = json.loads(text)
    except ValueError as error:
        raise ValueError(f"{path}: not valid JSON ({error})") from None
    return _parse(raw, path)


def _folder(book: RuleBook) -> Path | None:
    """The personalisation folder of the rules folder `book` was read from, when that can be told.

    A book that records its folder (`RuleBook.folder`) says so; until books do, only the shipped
    book is known, and a book read from another folder is taken to have no model (rules alone).
    """
    rules = getattr(book, "folder", None)
    if rules is None:
        default = paths.rules_dir()
        rules = default if load_rulebook(default) is book else None  # cached: this reads nothing again
    return None if rules is None else Path(rules) / RULE


def model_for(book: RuleBook) -> DetailModel | None:
    """The detail model that goes with `book`'s rules folder, read once per book; None for rules alone.

    Raises ValueError as `load_model` does.
    """
    def build() -> DetailModel | None:
        folder = _folder(book)
        return None if folder is None else load_model(folder)

    return book.compiled((RULE, "model"), build)
