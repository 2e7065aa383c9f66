# SPDX-License-Identifier: GPL-3.0-or-later
"""The stacked detail model: it scores as scikit-learn does, a rules folder without it means rules alone,
and it decides where the rules alone go wrong."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from inmail_studio.core import Message, paths
from inmail_studio.core.lint import lint
from inmail_studio.core.lint.context import LintContext
from inmail_studio.core.lint.engine import rulebook
from inmail_studio.core.lint.facts.detail_stack import (
    STACK_FILE,
    StackModel,
    item_features,
    items,
    load_stack,
    rules_verdict,
    stacked_detail,
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
    return list(items(ctx.body, ctx.sentences, ctx.subject, words, counted))


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
    (tmp_path / STACK_FILE).write_text(json.dumps(trainer.as_json(vec, clf, 0.1, 0.9)), encoding="utf-8")
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
    (tmp_path / STACK_FILE).write_text(json.dumps({"featuriser": "x", "cutoffs": {"drop": 0.1}}), encoding="utf-8")
    with pytest.raises(ValueError, match=r"not a stacked detail model") as error:
        load_stack(tmp_path)
    assert "\n" not in str(error.value)


# Written for these tests: a shared school said in a way the rules have no pattern for, and a role they count.
MISSED = ("Hi Tom,\nFellow Le Wagon Amsterdam alum here (batch #812).\n"
          "We help small teams run that search.\nOpen to a short call next week?\nBest,\nAnna")
ROLE = ("Hi Tom,\nI see you're a certified Passivhaus designer at Vantor.\n"
        "We help small teams run that search.\nOpen to a short call next week?\nBest,\nAnna")



def _coach(body: str, rules_dir: Path | None = None) -> tuple[bool, list[str]]:
    """(warned, details shown) for an English InMail."""
    result = lint(Message(kind="inmail", body=body, language="en"), rules_dir=rules_dir)
    return (any(f.rule == RULE for f in result.findings),
            [h.text for h in result.highlights if h.rule == RULE])


def test_the_shipped_rules_folder_has_the_model() -> None:
    assert load_stack(paths.rules_dir() / RULE) is not None


def test_the_shipped_model_learned_how_far_a_follow_up_changes_a_rule_reading() -> None:
    # a model file only relabelled to the new format would have no "@fu" weight: it would read what a
    # follow-up says (a thanks, "you said", the role the exchange is about) as in a first InMail
    weights = load_stack(paths.rules_dir() / RULE).weights  # type: ignore[union-attr]
    assert "r:rejected:thread@fu" in weights and sum(name.endswith("@fu") for name in weights) >= 20


def test_without_the_file_the_rules_alone_decide(rules_alone: Path) -> None:
    assert _coach(MISSED, rules_alone) == (True, [])
    assert _coach(ROLE, rules_alone) == (False, ["you're a certified Passivhaus designer at Vantor"])


def test_the_model_finds_a_detail_the_rules_miss() -> None:
    warned, shown = _coach(MISSED)
    assert not warned
    assert len(shown) == 1 and "Le Wagon Amsterdam alum" in shown[0], shown


def test_the_model_warns_a_role_the_rules_counted() -> None:
    assert _coach(ROLE) == (True, [])


def test_the_shown_detail_lies_inside_the_message() -> None:
    for row in _rows("train_s", 60) + _rows("heldout6", 60):
        message = Message(kind=row["kind"], subject=row.get("subject", ""), body=row["body"], language=row["lang"])
        for h in (h for h in lint(message).highlights if h.rule == RULE):
            text = message.subject if h.field == "subject" else message.body
            assert 0 <= h.start < h.end <= len(text) and text[h.start:h.end] == h.text, row["id"]


def test_a_sentence_holding_a_mention_the_rules_rejected_is_never_added() -> None:
    body = "Hi Bas,\n\nI noticed on your profile that you lead the Payments team at Adyen in Amsterdam.\n\nCoffee soon?"
    result = lint(Message(kind="connection_request", body=body, language="en"))
    assert [h.text for h in result.highlights if h.rule == RULE] == []
    (finding,) = [f for f in result.findings if f.rule == RULE]
    assert body[finding.start:finding.end] in {"your profile", "you lead the Payments team at Adyen"}


def _cut_off_model(**cutoffs: float) -> StackModel:
    """A model with no weights whose every sentence scores sigmoid(-0.85) = 0.30, and the given cut-offs."""
    return StackModel({}, -0.85, **({"drop": 0.05, "add": 0.8, "drop_follow_up": 0.05, "add_follow_up": 0.8}
                                   | cutoffs))


def _decided(model: StackModel, body: str, follow_up: bool) -> tuple[str, int, int] | None:
    ctx = _context({"kind": "follow_up" if follow_up else "inmail", "body": body, "lang": "en"})
    words = detail_words(ctx)
    rules = rules_verdict(ctx.body, ctx.subject, words, follow_up)
    return stacked_detail(model, ctx.body, ctx.sentences, ctx.subject, words, rules, follow_up)


THANKS = "Hi Tom,\n\nThanks again for your advice on pricing for small agencies.\n\nCould we talk on Friday?\n\nAnna"


def test_a_follow_up_is_weighed_with_its_own_cut_offs() -> None:
    # the same detail, scored 0.30 by the model: kept in a first message (drop <= 0.05), dropped in a
    # follow-up where the cut-off is 0.5 (writers read the rules' findings there far more often as generic)
    model = _cut_off_model(drop_follow_up=0.5)
    kept = _decided(model, THANKS, follow_up=False)
    assert kept is not None and THANKS[kept[1]:kept[2]].startswith("your advice on pricing")
    assert _decided(model, THANKS, follow_up=True) is None
    assert _decided(_cut_off_model(), THANKS, follow_up=True) == kept


def test_a_model_file_without_a_follow_ups_cut_offs_is_refused_in_one_line(tmp_path: Path) -> None:
    raw = json.loads((paths.rules_dir() / RULE / STACK_FILE).read_text(encoding="utf-8"))
    del raw["cutoffs"]["drop_follow_up"]
    (tmp_path / STACK_FILE).write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ValueError, match=r"not a stacked detail model .*drop_follow_up") as error:
        load_stack(tmp_path)
    assert "\n" not in str(error.value)


def test_the_trainer_rescues_a_candidate_whose_only_failing_test_is_a_follow_up() -> None:
    """When every candidate fails with a follow-up weighed like a first message, the trainer tries the best
    ones again with a follow-up's own cut-offs and ships the first that passes, not nothing."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import detail_probe
    finally:
        sys.path.remove(str(ROOT / "tools"))
    ranked = [(0.90, "S+keep", 3.0, 0.05, 0.9, 0.05, 0.9), (0.89, "S+keep", 1.0, 0.05, 0.9, 0.05, 0.9)]

    class Search:
        def ranked(self, follow_up):  # the follow-up cut-offs of one candidate, best first
            return [(*follow_up[:5], d, a) for d, a in ((0.05, 0.9), (0.02, 0.9), (0.05, 0.95))]

    class Tests:
        tried: list = []

        def passes(self, choice):
            self.tried.append(choice)
            return choice[2] == 3.0 and choice[6] == 0.95  # only C=3 with add > 0.95 for follow-ups

    tests = Tests()
    assert detail_probe.first_passing(ranked, tests) is None
    assert detail_probe.rescued(Search(), ranked, tests) == (0.90, "S+keep", 3.0, 0.05, 0.9, 0.05, 0.95)
    assert (0.90, "S+keep", 3.0, 0.05, 0.9, 0.02, 0.9) in tests.tried  # tried best first, its own skipped


def test_the_trainer_learns_a_subject_that_repeats_the_detail_as_one() -> None:
    """The corpus checker wants the labelled detail in the body, so a subject that repeats it must be found by
    the trainer itself: else every subject is learned as no detail and a detail said only there is dropped."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import train_detail_stack as trainer
    finally:
        sys.path.remove(str(ROOT / "tools"))
    assert trainer.echoes("your talk at DevOpsDays Ghent", "Your talk at DevOpsDays Ghent")
    assert trainer.echoes("your expansion to Belgium", "Re: your expansion to Belgium")
    assert trainer.echoes("jullie vacature voor een data engineer", "Vraag over jullie vacature data engineer")
    assert not trainer.echoes("your talk at DevOpsDays Ghent", "Senior platform engineer – Ghent")
    assert not trainer.echoes("your post about hiring", "Your profile")
    assert trainer.echoes("your new office in Belgium.", "Your office in Belgium?"), "punctuation is not part of a word"
