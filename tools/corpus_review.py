# SPDX-License-Identifier: GPL-3.0-or-later
"""Reviewed labels for the stack sets: the labels two blind reviewers both changed.

    from corpus_review import load_review, reviewed

tests/data/coach_corpus/review.json holds, per stack message, the sentences whose ask label and the
messages whose "personal" label two reviewers, each judging blind (the message and the one sentence,
never the writer's label nor the model's), both set differently from the writer; how the items were
chosen and what they agreed on is in that file's "comment" and in the corpus README. Each entry says
why: "ruling" (a labelling question the team settled after the writer wrote, applied to every line it
covers: the models learn from it and are scored with it) or "second opinion" (an item the models
contradicted most: they learn from it but are scored on the writer's own label, since choosing the
items by the model would flatter it). The writers' files stay as written.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

ROOT = Path(__file__).resolve().parents[1]
REVIEW = ROOT / "tests" / "data" / "coach_corpus" / "review.json"

Review = dict[tuple[str, str], dict[str, Any]]


WHY = ("ruling", "second opinion")


def load_review(path: Path | None = REVIEW, why: tuple[str, ...] = WHY) -> Review:
    """{(file name, message id): {"asks": [(sentence text, kind or None, start or None), …], "personal":
    (bool, detail) or absent}} from the entries of the review file at `path` whose "why" is in `why`
    (start: where the sentence begins in the body, in code points, when the entry says); empty for None.
    Raises ValueError (naming the file) for a missing file or one that is not a review."""
    if path is None:
        return {}
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        out: Review = {}
        for entry in raw["asks"]:
            if entry["why"] in why:
                key = (Path(entry["file"]).name, entry["id"])
                out.setdefault(key, {}).setdefault("asks", []).append(
                    (entry["sentence"], entry["ask"], entry.get("start")))
        for entry in raw["personal"]:
            if entry["why"] in why:
                out.setdefault((Path(entry["file"]).name, entry["id"]), {})["personal"] = (
                    bool(entry["personal"]), entry["detail"])
    except FileNotFoundError:
        raise ValueError(f"{path}: no such review file") from None
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ValueError(f"{path}: not a corpus review ({error})") from None
    return out


def reviewed(row: dict[str, Any], file_name: str, review: Review) -> dict[str, Any]:
    """`row` (one corpus message) with the reviewed labels of message `row["id"]` in the file named
    `file_name`: a reviewed sentence (a span of the body, as the coach cuts it, found at its start or as
    the body's only copy of its text; else left alone) that is no ask clears the labelled sentences that
    lie inside it (a longer one may ask beyond it); one that is an ask labels the first it overlaps,
    unless one already asks; "asks" is recounted. The row itself is not changed."""
    change = review.get((file_name, row["id"]))
    if not change:
        return row
    row = copy.deepcopy(row)
    body, sentences = row["body"], row["sentences"]
    spans, at = [], 0
    for s in sentences:
        start = body.find(s["text"], at)
        start = body.find(s["text"]) if start < 0 else start
        spans.append((start, start + len(s["text"])) if start >= 0 else (-1, -1))
        at = spans[-1][1] if start >= 0 else at
    for text, kind, start in change.get("asks", ()):
        if start is None or body[start:start + len(text)] != text:
            start = body.find(text) if body.count(text) == 1 else -1
        if start < 0:
            continue
        end = start + len(text)
        hit = [s for s, (a, b) in zip(sentences, spans, strict=True) if a < end and start < b]
        if kind is None:
            for s, (a, b) in zip(sentences, spans, strict=True):
                if start <= a and b <= end:
                    s["ask"] = None
        elif hit and all(s["ask"] is None for s in hit):
            hit[0]["ask"] = kind
    row["asks"] = sum(s["ask"] is not None for s in sentences)
    if "personal" in change:
        personal, detail = change["personal"]
        inside = bool(detail) and (detail in body or detail in row.get("subject", ""))
        row["personal"], row["detail"] = personal, (detail if personal and inside else None)
    return row


def learned_and_scored(row: dict[str, Any], file_name: str, learned: Review, scored: Review,
                       make: Callable[[dict[str, Any]], T]) -> tuple[T, T]:
    """`make` of `row` with the labels a trainer learns (`learned`) and with those it scores (`scored`),
    made once when the two reviews leave the row's labels the same (most rows: `make` is the costly
    part, reading the message as the coach does)."""
    one, two = reviewed(row, file_name, learned), reviewed(row, file_name, scored)
    made = make(one)
    return made, made if two == one else make(two)
