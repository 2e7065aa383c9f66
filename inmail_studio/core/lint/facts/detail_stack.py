# SPDX-License-Identifier: GPL-3.0-or-later
"""The stacked detail model: one logistic regression over a sentence's words and what the rules saw in it.

Each body sentence (text.sentences) and the subject is one item. Its features are the
featuriser's (`detail_model.features`: words, word pairs, cues; "X:subject" for the subject) plus
the rules' outputs (`rule_features`): whether the rules counted a detail anywhere in the message
("r:msgfound"/"r:msgwarned"), whether the detail they counted lies in this item ("r:counted"),
the detail `find_detail` sees in the item alone with its kind and reason ("r:any", "r:kind:…",
"r:reason:…") and the mentions it rejected or declined there ("r:rejected:generic", "…:role",
"…:declined"); in a follow-up each of them once more with "@fu" ("r:reason:applied@fu"), for the
writers read a rule's finding differently there (a vacancy the writer applied for: labelled personal
in 57 % of 30 first InMails and 22 % of 110 follow-ups of the stack sets, 62 writers).
An item's probability is sigmoid(bias + Σ weights). The model overrules the rules only where it
is sure: a detail the rules counted is dropped when no item is above the `drop` cut-off, and
where they counted none, the best item holds one when it is above the `add` cut-off. The rules'
vetoes are features, and an item holding one is never added.

Measured by cross-validation over the stack sets (tools/train_detail_stack.py), with 71 writers in
ten groups: (personal found + generic warned) / 2 = 89.9 % for the shipped cut-offs (C=3, drop <= 0.05,
add > 0.8), the best of those whose model keeps every hand-written personal test (the trainer runs
them on each candidate; one threshold alone scores 90.5 % but loses issue examples). A follow-up has
cut-offs of its own, chosen second: a higher drop there (0.3-0.6) scores up to 90.2 % but drops what
the reader said or advised in a call ("Je zei in ons gesprek dat het rooster je twee dagen kost"), so
the shipped file keeps a first message's. Earlier models (leave-one-writer-out, 62 writers: 89.4 %)
scored 89.0 / 88.9 % (found / warned) on round 9, 86.0 / 87.8 % on round 10, 88.1 / 90.8 % on
round 11, 92.9 / 86.9 % on round 12 and 92.7 / 86.2 % on round 15, each on three writers nobody
tuned on, scored once.

The weights and cut-offs are data,
resources/rules/personalisation/detail_model.json, written by that tool (scikit-learn) from the
stack sets, which no rule was tuned on, and the five older sets; the file names the featuriser
version (a file for another version is refused). A rules folder without it means rules alone.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Any

from inmail_studio.core.lint.data import RuleBook, read_model_json
from inmail_studio.core.lint.facts.detail import Detail, DetailWords, Verdict, find_detail
from inmail_studio.core.lint.facts.detail_model import FEATURISER, features, strongest_run
from inmail_studio.core.text import Span

__all__ = ["FORMAT", "STACK_FILE", "SUBJECT", "Item", "StackModel", "best_item", "item_features", "items",
           "load_stack", "names_something", "rule_features", "rules_verdict",
           "shown_detail", "stack_for", "stacked_detail", "vetoed"]

RULE = "personalisation"
STACK_FILE = "detail_model.json"
FORMAT = "detail-stack-3"  # the file's "format": bump when `rule_features` or the cut-offs change
SUBJECT = "X:subject"
FOLLOW_UP = "@fu"  # a rule feature seen in a follow-up
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


def rules_verdict(body: str, subject: str, words: DetailWords, follow_up: bool = False) -> tuple[Verdict, str]:
    """What the rules alone decide, and in which field: the body's verdict, or the subject's when the
    body has no detail and the subject has one ("body" or "subject"). `follow_up`: see `find_detail`."""
    verdict = find_detail(body, words, follow_up)
    if verdict.detail is None and subject:
        in_subject = find_detail(subject, words, follow_up)
        if in_subject.detail is not None:
            return in_subject, "subject"
    return verdict, "body"


def rule_features(text: str, words: DetailWords, counted: bool, message_found: bool,
                  lead: int = 0, follow_up: bool = False) -> tuple[tuple[str, ...], Detail | None]:
    """The rules' features for one item (see the module docstring), sorted, and the detail the
    detector finds in the item alone, its offsets within `text[lead:]`. `counted`: the rules' detail
    for the message lies in this item; `message_found`: the rules counted a detail in the body or
    subject. `text` may open with `lead` blanks (the space after the sentence before it, so the
    detector finds the clause it weighed for the whole body in its cache). `follow_up`: see `find_detail`."""
    alone = find_detail(text, words, follow_up)
    out = {"r:msgfound" if message_found else "r:msgwarned"}
    if counted:
        out.add("r:counted")
    if alone.detail is not None:
        out |= {"r:any", "r:kind:" + alone.detail.kind, "r:reason:" + alone.detail.reason}
    out |= {"r:rejected:" + m.reason for m in (*alone.rejected, *alone.declined)}
    if follow_up:
        out |= {name + FOLLOW_UP for name in out}
    detail = alone.detail
    if detail is not None and lead:
        detail = replace(detail, start=detail.start - lead, end=detail.end - lead)
    return tuple(sorted(out)), detail


def items(body: str, sentences: Sequence[Span], subject: str, words: DetailWords,
          counted: tuple[str, int, int] | None, follow_up: bool = False) -> Iterator[Item]:
    """The message's items, made as they are asked for: each body sentence (`sentences`,
    text.sentences of `body`), then the subject when it has any text; the item holding `counted`,
    the rules' detail for the message as (field, start, end), comes first (None: they found none).
    `follow_up`: the message is one (see `find_detail`)."""
    found = counted is not None
    holds = [found and counted[0] == "body" and counted[1] < s.end and s.start < counted[2]  # type: ignore[index]
             for s in sentences]
    in_subject = found and counted[0] == "subject" and bool(subject.strip())  # type: ignore[index]
    if in_subject:
        yield _subject_item(subject, words, True, found, follow_up)
    for i in sorted(range(len(sentences)), key=lambda i: not holds[i]):
        s = sentences[i]
        lead = s.start - max(sentences[i - 1].end if i else 0, len(body[:s.start].rstrip(" \t")))
        rules, alone = rule_features(body[s.start - lead:s.end], words, holds[i], found, lead, follow_up)
        yield Item("body", s.start, s.end, s.text, i, len(sentences), rules, alone)
    if subject.strip() and not in_subject:
        yield _subject_item(subject, words, False, found, follow_up)


def _subject_item(subject: str, words: DetailWords, counted: bool, message_found: bool, follow_up: bool) -> Item:
    rules, alone = rule_features(subject, words, counted, message_found, follow_up=follow_up)
    return Item("subject", 0, len(subject), subject, 0, 1, rules, alone)


def item_features(item: Item) -> list[str]:
    """All of an item's features: the featuriser's, "X:subject" for the subject, then the rules'."""
    return features(item.text, item.index, item.count) + ([SUBJECT] if item.field == "subject" else []) + list(
        item.rules)


@dataclass(frozen=True, slots=True)
class StackModel:
    """Weights by feature name, the bias and the cut-offs (probabilities in [0, 1]): `drop`, at or
    below which every item must lie for a detail the rules counted to be dropped, and `add`, above
    which an item holds a detail the rules did not count; `drop_follow_up` and `add_follow_up` are
    the same for a follow-up, where writers disagree with the rules far more often (module docstring)."""

    weights: dict[str, float]
    bias: float
    drop: float
    add: float
    drop_follow_up: float
    add_follow_up: float
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


def best_item(model: StackModel, found: Iterable[Item], cutoff: float) -> Item | None:
    """The first item above `cutoff` when one is (the items are scored lazily, in their order),
    else None."""
    return next((item for item in found if model.probability(item) > cutoff), None)


def shown_detail(item: Item, model: StackModel) -> tuple[int, int]:
    """[start, end) in `item.field`'s text of the detail to show for an item the model added: the
    detail the detector sees in the item alone, else the item narrowed to its strongest run of
    words (`detail_model.strongest_run`)."""
    if item.alone is not None:
        return item.start + item.alone.start, item.start + item.alone.end
    start, end = strongest_run(item.text, model.weights)
    return item.start + start, item.start + end


def vetoed(item: Item) -> bool:
    """The item holds a mention the rules rejected or declined ("your profile", "you lead sales at
    Acme"): the model may weigh it but never add a detail there (a role is no detail, however sure)."""
    return any(name.startswith("r:rejected:") for name in item.rules)


def stacked_detail(model: StackModel, body: str, sentences: Sequence[Span], subject: str, words: DetailWords,
                   rules: tuple[Verdict, str], follow_up: bool = False) -> tuple[str, int, int] | None:
    """The detail the coach counts, (field, start, end) in that field's text, or None when the message
    holds none. `sentences` are text.sentences of `body`; `rules` is `rules_verdict`'s answer for
    the same body and subject. A detail the rules counted is shown as they found it; the item
    holding it is scored first, so a kept detail costs one item, and what the reader said, or a person
    who links writer and reader, is never dropped when that item `names_something` (`_DEFINITIONAL`);
    a `vetoed` item is never added.
    `follow_up`: the message is one (see `find_detail`)."""
    verdict, where = rules
    drop, add = (model.drop_follow_up, model.add_follow_up) if follow_up else (model.drop, model.add)
    if verdict.detail is None:
        free = (item for item in items(body, sentences, subject, words, None, follow_up) if not vetoed(item))
        added = best_item(model, free, add)
        return None if added is None else (added.field, *shown_detail(added, model))
    counted = (where, verdict.detail.start, verdict.detail.end)
    found = items(body, sentences, subject, words, counted, follow_up)
    holder = next(found, None)  # the item holding the rules' detail comes first
    if holder is not None and (model.probability(holder) > drop
                               or verdict.detail.reason in _DEFINITIONAL and names_something(holder)):
        return counted  # what they said or asked, naming a number or a name, is theirs; so is a named link
    kept = best_item(model, found, drop)
    return None if kept is None else counted


# The rules' reasons that are personal by the corpus definition once something is named: what the reader
# said or asked ("Je vroeg of de functie ook voor 32 uur kan"), and a person who links writer and reader
# ("mutual connection by name": "bedankt dat je me in contact bracht met Wout", "Sara mentioned you",
# "your colleague Tim", "your regional HR lead Fatima"). The model learns from writers who split on these in
# follow-ups.
_DEFINITIONAL = frozenset({"said", "favour", "referred", "mutual", "colleague"})


def names_something(item: Item) -> bool:
    """The item names something beyond its first word: a number or a capitalised word ("Je vroeg of de
    functie ook voor 32 uur kan"). What the reader said or asked there (the rules' reason "said") is
    their content by the corpus definition, so the model's doubt about the words around it (writers split
    on "you said" in follow-ups, 50 % of 128) does not drop it; a role they hold ("you're leading RevOps
    at a 300-person company") it still may."""
    cues = features(item.text, item.index, item.count)
    return "C:digit" in cues or "C:caps" in cues


def _parse(raw: Any, path: Path) -> StackModel:
    """A model from the file's JSON object; raises ValueError naming the file when it is malformed."""
    try:
        if raw["format"] != FORMAT:
            raise ValueError(f"format {raw['format']!r}, this coach reads {FORMAT!r}")
        if raw["featuriser"] != FEATURISER:
            raise ValueError(f"trained for featuriser {raw['featuriser']!r}, this coach has {FEATURISER!r}")
        cutoffs = [float(raw["cutoffs"][name]) for name in ("drop", "add", "drop_follow_up", "add_follow_up")]
        if not all(0.0 <= c <= 1.0 for c in cutoffs):
            raise ValueError(f"cut-offs {cutoffs} are not all in [0, 1]")
        return StackModel({str(k): float(v) for k, v in raw["weights"].items()}, float(raw["bias"]), *cutoffs)
    except (KeyError, TypeError, AttributeError, ValueError) as error:
        raise ValueError(f"{path}: not a stacked detail model ({error})") from None


@lru_cache(maxsize=4)
def load_stack(folder: Path) -> StackModel | None:
    """The model in `folder`/detail_model.json, read once per folder; None when there is no such file.

    Raises ValueError (one line, naming the file) for a file that is not a model this coach reads.
    """
    path = folder / STACK_FILE
    raw = read_model_json(path, "the stacked detail model")
    return None if raw is None else _parse(raw, path)


def _folder(book: RuleBook) -> Path | None:
    """The personalisation folder of the rules folder `book` was read from; None for a book built in code."""
    return None if book.folder is None else Path(book.folder) / RULE


def stack_for(book: RuleBook) -> StackModel | None:
    """The stacked model that goes with `book`'s rules folder, read once per book; None for rules alone.

    Raises ValueError as `load_stack` does.
    """
    def build() -> StackModel | None:
        folder = _folder(book)
        return None if folder is None else load_stack(folder)

    return book.compiled((RULE, "stack"), build)
