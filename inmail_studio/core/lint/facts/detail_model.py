# SPDX-License-Identifier: GPL-3.0-or-later
"""The featuriser of the learned detail model: one sentence as binary features of its words and cues.

A sentence becomes a set of binary features (`features`): its lower-cased words and word pairs,
with numbers, placeholders and capitalised words after the first masked ("<NUM>", "<PH>",
"<CAP>": a name says nothing about the next writer's names), plus a few cues (second person, a
named thing, a year, money, a quote, a piece of content, greeting, place in the message). The
stacked model (detail_stack.py) adds the rules' outputs to these and scores them; training
(tools/train_detail_stack.py) uses this very function, so training and the coach cannot drift
apart, and the model file names `FEATURISER` (a file for another version is refused).
`strongest_run` narrows a sentence to the words that weigh most, for the coach to show.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

__all__ = ["FEATURISER", "features", "strongest_run"]

FEATURISER = "a-prime-2"  # bump when `features` changes: a file trained with another version is refused

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
_CLAUSE_END = re.compile(r"[,;:.!?…\n]")
_MIN_RUN = 3  # a strongest run shorter than this many tokens shows its whole sentence instead


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


def strongest_run(text: str, weights: Mapping[str, float]) -> tuple[int, int]:
    """[start, end) in `text` of the run of tokens whose words add most to a model's score (each
    word its `weights` entry, "U:<form>", and half of each pair's, "B:<form> <form>"), carried on to
    the end of its clause so a quote never stops mid-phrase ("…twijfelt over de implementatiekosten",
    not "…twijfelt over de"); the whole text when that run is shorter than a few tokens or adds nothing."""
    found = _tokens(text)
    forms = _masked([m.group() for m in found])
    get = weights.get
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
    stop = _CLAUSE_END.search(text, found[last].end())
    return found[first].start(), len(text[:stop.start() if stop else len(text)].rstrip())
