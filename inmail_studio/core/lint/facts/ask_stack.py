# SPDX-License-Identifier: GPL-3.0-or-later
"""The stacked ask decision: logistic regression over a sentence's words and place and the rules' verdict on it.

The rules in asks.py read every sentence first (asks.read_asks); this model then decides, per sentence,
from the featuriser's features (ask_model.features) plus what the rules said of that sentence
(`rule_features`: do they count it as an ask and of which kind, did they classify it as one but drop
it, how many asks they count in the message). A sentence is an ask when p(ask) > the file's
threshold (asks.find_asks, for a message whose kind it is given).

Trained by tools/train_ask_stack.py on writers the rules were never tuned on (tests/data/coach_corpus/
stack/, with the labels two blind reviewers changed: tools/corpus_review.py), so the weights learn how
far the rules carry to a new writer; the tuning sets join with
their rule features left out (their rules' verdicts are too good to learn trust from). The weights
file, resources/rules/call-to-action/ask_model.json, holds the bias, the weights, the threshold and C
(each chosen by leave-one-writer-out), the training files and the featuriser version, with the
figures. Without the file the rules alone decide. Pure Python at run time.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import chain, repeat
from pathlib import Path
from typing import NamedTuple

from inmail_studio.core.lint.data import RuleBook, read_model_json
from inmail_studio.core.lint.facts import ask_model

RULE = "call-to-action"
FILE = "ask_model.json"
RULES_FEATURES = "rules-1"  # bump when `rule_features` changes
FEATURISER = f"{ask_model.FEATURISER}+{RULES_FEATURES}"


# The features a writer can see in a sentence: what a reason may name.
_VISIBLE = ("w:", "b:", "end?", "has?", "url")


class Reading(NamedTuple):
    """What the rules decided for one sentence: `raw` the kind `asks.classify` gives the text they read
    for it (None: no ask), `ask` the kind of the ask they count there (None: they count none), `veto`
    whether they read no ask because it is small talk, a rhetorical question or a closing formula
    ("How are you?", "Klinkt bekend?", "Let me know if you have questions."): no model may count it."""

    raw: str | None
    ask: str | None
    veto: bool = False


def rule_features(reading: Reading, count: int, kind: str, language: str) -> list[str]:
    """The rules' verdict on one sentence as feature names, `count` being the asks the rules count in the
    message of `kind` in `language`: "r:ask", "r:kind:<k>", "r:ask&kind:<kind>", "r:ask&lang:<lang>" when
    they count it; "r:raw", "r:rawkind:<k>" when it reads as an ask alone, "r:suppressed" when it does
    but is not counted (a weak ask beside another, a link's intro line); "r:msg0" / "r:msg1" / "r:msg2+"."""
    return list(_rule_names(reading, count, kind, language))


@lru_cache(maxsize=1024)
def _rule_names(reading: Reading, count: int, kind: str, language: str) -> tuple[str, ...]:
    """`rule_features` as a tuple: a few dozen combinations per language, so each is built once."""
    names = []
    if reading.ask is not None:
        names += ["r:ask", "r:kind:" + reading.ask, "r:ask&kind:" + kind, "r:ask&lang:" + language]
    if reading.raw is not None:
        names += ["r:raw", "r:rawkind:" + reading.raw]
        if reading.ask is None:
            names.append("r:suppressed")
    names.append("r:msg" + ("2+" if count >= 2 else str(count)))
    return tuple(names)


def features(texts: Sequence[str], readings: Sequence[Reading], kind: str, language: str,
             indices: Iterable[int] | None = None) -> list[list[str]]:
    """Every sentence's features in its message (`texts` in order, `readings` the rules' per sentence),
    or only those of the sentences at `indices`, in that order: the featuriser's, then the rules'. The
    trainer calls this very function. Raises ValueError when `texts` and `readings` differ in length."""
    if len(texts) != len(readings):
        raise ValueError(f"{len(texts)} sentences but {len(readings)} readings")
    count = sum(r.ask is not None for r in readings)
    return [ask_model.features(texts[i], i, len(texts), kind, language)
            + rule_features(readings[i], count, kind, language)
            for i in (range(len(texts)) if indices is None else indices)]


@dataclass(frozen=True)
class StackModel:
    """p(ask) = 1 / (1 + e^-(bias + Σ weights of the features present)); an ask when p > `threshold`."""

    bias: float
    weights: Mapping[str, float]
    threshold: float

    def probability(self, names: Sequence[str]) -> float:
        """p(ask) in [0, 1] for a sentence's `features`; unknown names weigh nothing."""
        return _logistic(self.bias + sum(map(self.weights.get, names, repeat(0.0))))

    def sentence_probability(self, own: ask_model.Own, rest: Sequence[str]) -> float:
        """`probability` of the names ask_model.names gives the sentence that says `own`, then `rest`,
        without building those names: the same weights added in the same order, so the same number."""
        words, pairs = self._by_token
        get = self.weights.get
        return _logistic(self.bias + sum(chain(map(words.get, own.tokens, repeat(0.0)),
                                               map(pairs.get, own.pairs, repeat(0.0)),
                                               map(get, own.marks, repeat(0.0)), map(get, rest, repeat(0.0)))))

    @cached_property
    def _by_token(self) -> tuple[dict[str, float], dict[tuple[str, str], float]]:
        """The weights of the "w:" names by token and of the "b:" names by token pair (ask_model.Own)."""
        words = {name[2:]: w for name, w in self.weights.items() if name.startswith("w:")}
        pairs = {(first, second): w for name, w in self.weights.items() if name.startswith("b:")
                 for first, _, second in [name[2:].partition("_")] if "_" not in second}
        return words, pairs

    def strongest(self, names: Sequence[str], most: int = 3) -> tuple[str, ...]:
        """Up to `most` of `names` that weigh most towards an ask, strongest first: the words and word
        pairs ("w:…", "b:…") and marks ("end?", "has?", "url") a writer can see (why it reads as one)."""
        weighing = sorted((n for n in set(names) if n.startswith(_VISIBLE) and self.weights.get(n, 0.0) > 0),
                          key=lambda n: (-self.weights[n], n))
        return tuple(weighing[:most])


def _logistic(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)  # never overflows for z < 0
    return e / (1.0 + e)


class Decision(NamedTuple):
    """The stacked verdict on sentence `index`: `p` its p(ask), `ask` whether it counts, `because` the
    features weighing most towards an ask when it counts and the rules alone would not count it."""

    index: int
    p: float
    ask: bool
    because: tuple[str, ...]


def decide(texts: Sequence[str], readings: Sequence[Reading], kind: str, language: str,
           model: StackModel) -> list[Decision]:
    """The model's decision on every sentence of a message (see `features`); it never counts a sentence
    the rules vetoed (`Reading.veto`: small talk, a rhetorical question, a closing formula). Each p is
    read from the sentence's parts (StackModel.sentence_probability); names are built only to say why
    a sentence counts. Raises ValueError when `texts` and `readings` differ in length."""
    count = sum(r.ask is not None for r in readings)
    out = []
    for index, (text, reading) in enumerate(zip(texts, readings, strict=True)):
        own = ask_model.read(text)
        rest = (*ask_model.place(own, index, len(texts), kind, language), *_rule_names(reading, count, kind, language))
        out.append(_decision(index, model.sentence_probability(own, rest), reading, model,
                             lambda at=index: features(texts, readings, kind, language, [at])[0]))
    return out


def decide_features(names_per_sentence: Sequence[Sequence[str]], readings: Sequence[Reading],
                    model: StackModel) -> list[Decision]:
    """`decide` for features already computed (`features`' answer for the same message)."""
    return [_decision(index, model.probability(names), readings[index], model, lambda names=names: names)
            for index, names in enumerate(names_per_sentence)]


def _decision(index: int, p: float, reading: Reading, model: StackModel,
              names: Callable[[], Sequence[str]]) -> Decision:
    """The verdict on sentence `index` of p(ask) `p`; `names()` gives its features, asked for only to
    say why it counts where the rules would not (`Decision.because`)."""
    ask = p > model.threshold and not reading.veto
    return Decision(index, p, ask, model.strongest(names()) if ask and reading.ask is None else ())


def ask_kind(reading: Reading, named_step: str | None) -> str:
    """The kind of a stacked ask: the rules' when they count it, else the kind the rules classify it
    as, else the step the sentence names (`named_step`), else "reply" (a bare request for an answer)."""
    return reading.ask or reading.raw or named_step or "reply"


def from_json(raw: Mapping[str, object]) -> StackModel:
    """A StackModel from the weights file's object; raises ValueError naming what is missing or wrong."""
    weights = raw.get("weights")
    if not isinstance(weights, Mapping) or "bias" not in raw or "threshold" not in raw:
        raise ValueError("not a stacked ask model: needs bias, weights and threshold")
    if raw.get("featuriser") != FEATURISER:
        raise ValueError(f"trained on features {raw.get('featuriser')!r}, not {FEATURISER!r}: retrain it "
                         "(tools/train_ask_stack.py)")
    try:
        model = StackModel(float(raw["bias"]), {str(k): float(v) for k, v in weights.items()},  # type: ignore[arg-type]
                           float(raw["threshold"]))  # type: ignore[arg-type]
    except (TypeError, ValueError) as error:
        raise ValueError(f"not a stacked ask model: bad number ({error})") from None
    if not 0.0 < model.threshold < 1.0:
        raise ValueError("not a stacked ask model: needs 0 < threshold < 1")
    return model


def load(path: Path) -> StackModel | None:
    """The model in the JSON file at `path`, or None when there is no such file (the rules alone decide).

    Raises ValueError with a one-line reason (naming the file) when the file is not a model.
    """
    raw = read_model_json(path, "the stacked ask model")
    if raw is None:
        return None
    if not isinstance(raw, Mapping):
        raise ValueError(f"{path}: not a stacked ask model (a JSON object is needed)")
    try:
        return from_json(raw)
    except ValueError as error:
        raise ValueError(f"{path}: {error}") from None


def for_book(book: RuleBook) -> StackModel | None:
    """The model beside the call-to-action rule of the folder `book` was read from, read once per book on
    first use; None without one (or for a book built in code): the rules alone decide."""
    def build() -> StackModel | None:
        return None if book.folder is None else load(Path(book.folder) / RULE / FILE)
    return book.compiled((RULE, FILE), build)


def phrases(because: Sequence[str]) -> tuple[str, ...]:
    """What a writer sees of `because`'s features: "w:graag" → "graag", "b:<s>_let's" → "let's",
    "b:een_kort" → "een kort", "end?" / "has?" → "?", "url" → the link; each once, in order."""
    out: dict[str, None] = {}
    for name in because:
        if name.startswith(("w:", "b:")):
            out[" ".join(t for t in name[2:].split("_") if t not in ("<s>", "</s>"))] = None
        else:
            out["?" if name in ("end?", "has?") else "https://…"] = None
    return tuple(p for p in out if p)
