# SPDX-License-Identifier: GPL-3.0-or-later
"""The stacked detail model: one logistic regression over a sentence's words and what the rules saw in it.

Each body sentence (text.sentences) and the subject is one item. Its features are the
featuriser's (`detail_model.features`: words, word pairs, cues; "X:subject" for the subject) plus
the rules' outputs (`rule_features`): whether the rules counted a detail anywhere in the message
("r:msgfound"/"r:msgwarned"), whether the detail they counted lies in this item ("r:counted"),
the detail `find_detail` sees in the item alone with its kind and reason ("r:any", "r:kind:…",
"r:reason:…") and the mentions it rejected there with theirs ("r:rejected:generic", "…:role").
The message holds a detail about the reader when its best item's probability
sigmoid(bias + Σ weights) is above the threshold; the rules' vetoes are features, not overrides.

The weights and threshold are data, resources/rules/personalisation/detail_model.json, written by
tools/train_detail_stack.py (scikit-learn) from the eight writers' sets of
tests/data/coach_corpus/stack, which no rule was tuned on; that file says how C and the threshold
were chosen and names the featuriser version (a file for another version is refused). A rules
folder without it means rules alone.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Any

from inmail_studio.core.lint.facts.detail import Detail, DetailWords, Verdict, find_detail
from inmail_studio.core.lint.facts.detail_model import FEATURISER, features, strongest_run
from inmail_studio.core.text import Span

__all__ = ["FORMAT", "STACK_FILE", "SUBJECT", "Item", "StackModel", "best_item", "item_features", "items",
           "load_stack", "rule_features", "rules_verdict",
           "shown_detail"]

STACK_FILE = "detail_model.json"
FORMAT = "detail-stack-1"  # the file's "format": bump when `rule_features` changes
SUBJECT = "X:subject"
_CACHE_SIZE = 20_000  # items remembered, as the detector remembers clauses (a draft is linted at every pause)


@dataclass(frozen=True, slots=True)
class Item:
    """One body sentence or the subject: `field` ("body"/"subject"), [start, end) in that field's text
    (code points), its text, its place `index` among `count` items of its field, the rules' features
    (`rule_features`) and the detail `find_detail` sees in it alone (offsets within `text`), if any."""

    field: str
    start: int
    end: int
    text: str
    index: int
    count: int
    rules: tuple[str, ...]
    alone: Detail | None


def rules_verdict(body: str, subject: str, words: DetailWords) -> tuple[Verdict, str]:
    """What the rules alone decide, and in which field: the body's verdict, or the subject's when the
    body has no detail and the subject has one ("body" or "subject")."""
    verdict = find_detail(body, words)
    if verdict.detail is None and subject:
        in_subject = find_detail(subject, words)
        if in_subject.detail is not None:
            return in_subject, "subject"
    return verdict, "body"


def rule_features(text: str, words: DetailWords, counted: bool, message_found: bool) -> tuple[tuple[str, ...],
                                                                                                 Detail | None]:
    """The rules' features for one item (see the module docstring), sorted, and the detail the
    detector finds in the item alone. `counted`: the rules' detail for the message lies in this item;
    `message_found`: the rules counted a detail in the body or subject."""
    alone = find_detail(text, words)
    out = {"r:msgfound" if message_found else "r:msgwarned"}
    if counted:
        out.add("r:counted")
    if alone.detail is not None:
        out |= {"r:any", "r:kind:" + alone.detail.kind, "r:reason:" + alone.detail.reason}
    out |= {"r:rejected:" + m.reason for m in alone.rejected}
    return tuple(sorted(out)), alone.detail


def items(sentences: Sequence[Span], subject: str, words: DetailWords,
          counted: tuple[str, int, int] | None) -> list[Item]:
    """The message's items: each body sentence, then the subject when it has any text.
    `counted` is the rules' detail for the message, (field, start, end), or None when they found none."""
    found = counted is not None
    out = []
    for i, s in enumerate(sentences):
        here = found and counted[0] == "body" and counted[1] < s.end and s.start < counted[2]  # type: ignore[index]
        rules, alone = rule_features(s.text, words, here, found)
        out.append(Item("body", s.start, s.end, s.text, i, len(sentences), rules, alone))
    if subject.strip():
        rules, alone = rule_features(subject, words, found and counted[0] == "subject", found)  # type: ignore[index]
        out.append(Item("subject", 0, len(subject), subject, 0, 1, rules, alone))
    return out


def item_features(item: Item) -> list[str]:
    """All of an item's features: the featuriser's, "X:subject" for the subject, then the rules'."""
    return features(item.text, item.index, item.count) + ([SUBJECT] if item.field == "subject" else []) + list(
        item.rules)


@dataclass(frozen=True, slots=True)
class StackModel:
    """Weights by feature name, the bias and `threshold` (a probability in [0, 1]) above which an
    item holds a detail about the reader."""

    weights: dict[str, float]
    bias: float
    threshold: float
    seen: dict[tuple[str, int, int, str], float] = field(default_factory=dict, compare=False, repr=False)

    def _text_score(self, item: Item) -> float:
        """The featuriser's part of the score, remembered per text and place (the rules' part is cheap)."""
        key = (item.text, item.index, item.count, item.field)
        known = self.seen.get(key)
        if known is None:
            names = features(item.text, item.index, item.count) + ([SUBJECT] if item.field == "subject" else [])
            known = sum(map(self.weights.get, names, repeat(0.0)))
            if len(self.seen) >= _CACHE_SIZE:
                self.seen.clear()
            self.seen[key] = known
        return known

    def probability(self, item: Item) -> float:
        """How likely the item holds a detail about the reader, in [0, 1]."""
        z = self.bias + self._text_score(item) + sum(map(self.weights.get, item.rules, repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


def best_item(model: StackModel, found: Sequence[Item]) -> tuple[Item, float] | None:
    """The item with the highest probability, with it, when that is above the threshold; else None.
    Ties go to the earlier item."""
    best: tuple[Item, float] | None = None
    for item in found:
        p = model.probability(item)
        if p > model.threshold and (best is None or p > best[1]):
            best = (item, p)
    return best


def shown_detail(item: Item, counted: tuple[str, int, int] | None, model: StackModel) -> tuple[int, int]:
    """[start, end) in `item.field`'s text of the detail to show for the item the model chose: the
    rules' detail when they counted one in it, else the detail the detector sees in the item alone,
    else the item narrowed to its strongest run of words (`detail_model.strongest_run`)."""
    if counted is not None and counted[0] == item.field and counted[1] < item.end and item.start < counted[2]:
        return counted[1], counted[2]
    if item.alone is not None:
        return item.start + item.alone.start, item.start + item.alone.end
    start, end = strongest_run(item.text, model)  # type: ignore[arg-type]
    return item.start + start, item.start + end


def _parse(raw: Any, path: Path) -> StackModel:
    """A model from the file's JSON object; raises ValueError naming the file when it is malformed."""
    try:
        if raw["format"] != FORMAT:
            raise ValueError(f"format {raw['format']!r}, this coach reads {FORMAT!r}")
        if raw["featuriser"] != FEATURISER:
            raise ValueError(f"trained for featuriser {raw['featuriser']!r}, this coach has {FEATURISER!r}")
        threshold = float(raw["threshold"])
        if not 0.0 <= threshold <= 1.0:
            raise ValueError(f"threshold {threshold} is not in [0, 1]")
        return StackModel({str(k): float(v) for k, v in raw["weights"].items()}, float(raw["bias"]), threshold)
    except (KeyError, TypeError, AttributeError, ValueError) as error:
        raise ValueError(f"{path}: not a stacked detail model ({error})") from None


@lru_cache(maxsize=4)
def load_stack(folder: Path) -> StackModel | None:
    """The model in `folder`/detail_model.json, read once per folder; None when there is no such file.

    Raises ValueError (one line, naming the file) for a file that is not a model this coach reads.
    """
    path = folder / STACK_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    try:
        raw = json.loads(text)
    except ValueError as error:
        raise ValueError(f"{path}: not valid JSON ({error})") from None
    return _parse(raw, path)
