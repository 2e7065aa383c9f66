# SPDX-License-Identifier: GPL-3.0-or-later
"""The learned kind of an ask: which step a counted ask asks for, from its words and the rules' reading.

The rules name a kind from the first step a sentence names (rule.toml's `kinds` order), and fall
back on "reply"; on the coach's sentences that hold a labelled ask in the stack sets, they name the
kind its writer gave for 76 %. This model, a multinomial logistic regression, reads the ask model's
features of the sentence (ask_stack.features: its words, word pairs, form, place, the message's
kind and language and the rules' verdict) plus the kind the rules give it ("rk:<kind>") and the
step it names ("s:<kind>", "s:None"), and picks the kind with the highest score when it beats the
rules' kind by more than the file's margin. Its features hold the rules' readings, so a change to
the rules' word lists or `kinds` calls for a retrain too.

Trained by tools/train_ask_kind.py on the stack sets' labelled asks (tests/data/coach_corpus/stack,
with the team's rulings): C is chosen there by cross-validation grouped by writer, and the file names
the featuriser it was trained on (another is refused). Without the file the rules name the kind.
Pure Python at run time: a sum of weights per kind over the features present.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from inmail_studio.core.lint.data import RuleBook, read_model_json
from inmail_studio.core.lint.facts import ask_stack

__all__ = ["FILE", "FORMAT", "KindModel", "for_book", "from_json", "kind_features", "load"]

RULE = "call-to-action"
FILE = "kind_model.json"
FORMAT = "ask-kind-1"  # the file's "format": bump when `kind_features` changes


def kind_features(names: Sequence[str], reading: ask_stack.Reading,
                  named_step: str | None) -> tuple[list[str], str]:
    """The kind model's features of one ask and the kind the rules give it (ask_stack.ask_kind): its
    ask-model features (`names`, ask_stack.features), that kind ("rk:<kind>") and the step the sentence
    names ("s:<kind>"; `named_step` from asks.step_kind, None: none)."""
    rules_kind = ask_stack.ask_kind(reading, named_step)
    return [*names, "rk:" + rules_kind, f"s:{named_step}"], rules_kind


@dataclass(frozen=True)
class KindModel:
    """Scores per kind: `bias[i]` plus, for each feature present, its weights (kind index, weight).
    The best-scoring kind (`classes[i]`, the first of equal ones) replaces the rules' kind only when
    it scores more than `margin` above it: where the model is unsure, the rules' kind stands."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: Mapping[str, tuple[tuple[int, float], ...]]
    margin: float = 0.0

    def scores(self, features: Sequence[str]) -> list[float]:
        """One score per kind of `classes` for an ask's `kind_features`; unknown names weigh nothing."""
        rows = self._rows
        if rows is not None:  # each kind's sum in C, over the same weights in the same order
            return [sum(column) for column in zip(self.bias, *filter(None, map(rows.get, features)), strict=True)]
        scores = list(self.bias)
        get = self.weights.get
        for name in features:
            for index, weight in get(name, ()):
                scores[index] += weight
        return scores

    @cached_property
    def _rows(self) -> dict[str, tuple[float, ...]] | None:
        """Each feature's weights as one per kind, 0.0 where it has none: adding 0.0 changes no sum that
        does not start at -0.0. None (`scores` then adds weight by weight) when a bias is -0.0 or a
        feature names a kind twice (or one it does not have)."""
        kinds = len(self.classes)
        if len(self.bias) != kinds or any(b == 0.0 and math.copysign(1.0, b) < 0 for b in self.bias):
            return None
        rows = {}
        for name, weights in self.weights.items():
            indices = [index for index, _ in weights]
            if len(set(indices)) < len(indices) or not all(0 <= index < kinds for index in indices):
                return None
            row = [0.0] * kinds
            for index, weight in weights:
                row[index] = weight
            rows[name] = tuple(row)
        return rows

    def kind(self, features: Sequence[str], rules_kind: str | None = None) -> str:
        """The kind of the ask whose `kind_features` are `features`, given the kind the rules name
        (None: the model's best); a rules' kind the model does not know stands."""
        scores = self.scores(features)
        best = max(range(len(scores)), key=scores.__getitem__)
        if rules_kind is None:
            return self.classes[best]
        if rules_kind not in self.classes or scores[best] - scores[self.classes.index(rules_kind)] <= self.margin:
            return rules_kind  # a kind the model cannot weigh, or one it does not clearly beat
        return self.classes[best]


def from_json(raw: object) -> KindModel:
    """A KindModel from the file's JSON object ({"format", "featuriser", "classes", "bias": {kind: b},
    "weights": {feature: {kind: w}}, "margin"}); raises ValueError saying what is missing or wrong."""
    if not isinstance(raw, Mapping):
        raise ValueError("not a kind model (a JSON object is needed)")
    if raw.get("format") != FORMAT:
        raise ValueError(f"format {raw.get('format')!r}, this coach reads {FORMAT!r}")
    if raw.get("featuriser") != ask_stack.FEATURISER:
        raise ValueError(f"trained on features {raw.get('featuriser')!r}, not {ask_stack.FEATURISER!r}: "
                         "retrain it (tools/train_ask_kind.py)")
    try:
        if not isinstance(raw["classes"], list):
            raise TypeError("classes must be a list")
        classes = tuple(str(k) for k in raw["classes"])
        at = {kind: i for i, kind in enumerate(classes)}
        bias = tuple(float(raw["bias"][kind]) for kind in classes)
        weights = {str(name): tuple((at[kind], float(w)) for kind, w in per.items())
                   for name, per in raw["weights"].items()}
        margin = float(raw["margin"])
    except (KeyError, TypeError, AttributeError, ValueError) as error:
        raise ValueError(f"not a kind model ({type(error).__name__}: {error})") from None
    if len(classes) < 2 or len(at) != len(classes):
        raise ValueError("not a kind model: needs two or more distinct classes")
    if not 0.0 <= margin < math.inf:
        raise ValueError(f"not a kind model: margin {margin} is not a number of 0 or more")
    if not all(map(math.isfinite, (*bias, *(w for per in weights.values() for _, w in per)))):
        raise ValueError("not a kind model: a weight or bias is not a finite number")
    return KindModel(classes, bias, weights, margin)


def load(path: Path) -> KindModel | None:
    """The model in the JSON file at `path`, or None when there is no such file (the rules name kinds).

    Raises ValueError with a one-line reason naming the file when the file is not a kind model.
    """
    raw = read_model_json(path, "the ask-kind model")
    if raw is None:
        return None
    try:
        return from_json(raw)
    except ValueError as error:
        raise ValueError(f"{path}: {error}") from None


def for_book(book: RuleBook) -> KindModel | None:
    """The kind model beside the call-to-action rule of the folder `book` was read from, read once per
    book; None without one (or for a book built in code). Raises ValueError (one line, naming the file)
    as `load` does, and when the model names a kind the rule does not list (rule.toml's `kinds`)."""
    def build() -> KindModel | None:
        if book.folder is None:
            return None
        path = Path(book.folder) / RULE / FILE
        model = load(path)
        unknown = set() if model is None else set(model.classes) - set(book.rules[RULE].options.get("kinds", ()))
        if unknown:
            raise ValueError(f"{path}: names kinds the {RULE} rule does not list: {', '.join(sorted(unknown))}")
        return model
    return book.compiled((RULE, FILE), build)
