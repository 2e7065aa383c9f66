# SPDX-License-Identifier: GPL-3.0-or-later
"""The stacked detail model: it scores as scikit-learn does, a rules folder without it means rules alone,
and it decides where the rules alone go wrong."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from inmail_studio.core import Message
from inmail_studio.core.lint.context import LintContext
from inmail_studio.core.lint.engine import rulebook
from inmail_studio.core.lint.facts.detail_stack import (
    STACK_FILE,
    item_features,
    items,
    load_stack,
    rules_verdict,
)
from inmail_studio.core.lint.rules.personal import detail_words

ROOT = Path(__file__).resolve().parents[2]
STACK = ROOT / "tests" / "data" / "coach_corpus" / "stack"
RULE = "personalisation"


def _rows(name: str, count: int) -> list[dict]:  # type: ignore[type-arg]
    lines = (STACK / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines[:count]]


def _context(row: dict) -> LintContext:  # type: ignore[type-arg]
    message = Message(kind=row["kind"], subject=row.get("subject", ""), body=row["body"], language=row["lang"])
    return LintContext(message, row["lang"], rulebook())


def _coach_items(row: dict):  # type: ignore[no-untyped-def, type-arg]
    ctx = _context(row)
    words = detail_words(ctx)
    verdict, where = rules_verdict(ctx.body, ctx.subject, words)
    counted = None if verdict.detail is None else (where, verdict.detail.start, verdict.detail.end)
    return items(ctx.sentences, ctx.subject, words, counted)


def test_the_coach_scores_each_sentence_as_scikit_learn_does(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import train_detail_stack as trainer
    finally:
        sys.path.remove(str(ROOT / "tools"))
    book = rulebook()
    sets = {name: [trainer.message(row, book) for row in _rows(name, 40)] for name in ("train_p", "train_q")}
    sets["tune"] = [trainer.message(json.loads(line), book) for line in
                    (ROOT / "tests/data/coach_corpus/tune.jsonl").read_text(encoding="utf-8").splitlines()[:40]]
    vec, clf = trainer.fit(sets, ["tune"], "S+", 1.0)
    (tmp_path / STACK_FILE).write_text(json.dumps(trainer.as_json(vec, clf, 0.5)), encoding="utf-8")
    model = load_stack(tmp_path)
    assert model is not None
    checked = 0
    for row in _rows("train_r", 25):  # a writer the model never saw
        found = _coach_items(row)
        expected = clf.predict_proba(trainer.small(vec.transform([{f: 1.0 for f in item_features(i)} for i in found])))
        for item, p in zip(found, expected[:, 1], strict=True):
            assert abs(model.probability(item) - p) < 1e-6
            checked += 1
    assert checked > 100


def test_a_folder_without_the_file_has_no_model(tmp_path: Path) -> None:
    assert load_stack(tmp_path) is None


def test_a_file_of_another_kind_is_refused_in_one_line(tmp_path: Path) -> None:
    (tmp_path / STACK_FILE).write_text(json.dumps({"featuriser": "x", "cutoffs": {}}), encoding="utf-8")
    with pytest.raises(ValueError, match=r"not a stacked detail model") as error:
        load_stack(tmp_path)
    assert "\n" not in str(error.value)
