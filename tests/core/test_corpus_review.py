# SPDX-License-Identifier: GPL-3.0-or-later
"""Second-opinion labels (tools/corpus_review.py): what the trainers learn from, never what they score."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
STACK = ROOT / "tests" / "data" / "coach_corpus" / "stack"


def module(name: str) -> ModuleType:
    """A script under tools/ as a module (they are scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    loaded = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = loaded
    spec.loader.exec_module(loaded)
    return loaded


review = module("corpus_review")

ROW = {"id": "x1", "lang": "en", "kind": "inmail", "subject": "", "personal": False, "detail": None,
       "body": "Hi Ann,\nGreat to meet you at the Utrecht meetup. Happy to send the deck. Open to a call?",
       "sentences": [{"text": "Hi Ann,", "ask": None},
                     {"text": "Great to meet you at the Utrecht meetup.", "ask": None},
                     {"text": "Happy to send the deck.", "ask": "resource"},
                     {"text": "Open to a call?", "ask": "meeting"}],
       "asks": 2}


def write(folder: Path, asks: list[dict], personal: list[dict]) -> Path:  # type: ignore[type-arg]
    """A review file of these entries, each a second opinion unless it says why."""
    path = folder / "review.json"
    raw = {"comment": "", "asks": [{"why": "second opinion"} | e for e in asks],
           "personal": [{"why": "second opinion"} | e for e in personal]}
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def test_a_sentence_both_reviewers_call_no_ask_is_unlabelled_and_the_asks_recounted(tmp_path: Path) -> None:
    changes = review.load_review(write(tmp_path, [{"file": "stack/w.jsonl", "id": "x1", "ask": None,
                                                   "sentence": "Happy to send the deck."}], []))
    out = review.reviewed(ROW, "w.jsonl", changes)
    assert [s["ask"] for s in out["sentences"]] == [None, None, None, "meeting"]
    assert out["asks"] == 1
    assert ROW["asks"] == 2 and ROW["sentences"][2]["ask"] == "resource"  # the writer's row is untouched
    assert review.reviewed(ROW, "other.jsonl", changes) is ROW  # another writer's message with the same id


def test_an_ask_the_reviewers_add_labels_the_sentence_once(tmp_path: Path) -> None:
    changes = review.load_review(write(tmp_path, [
        {"file": "stack/w.jsonl", "id": "x1", "ask": "connect", "sentence": "Great to meet you at the Utrecht meetup."},
        {"file": "stack/w.jsonl", "id": "x1", "ask": "reply", "sentence": "Open to a call?"}], []))
    out = review.reviewed(ROW, "w.jsonl", changes)
    assert [s["ask"] for s in out["sentences"]] == [None, "connect", "resource", "meeting"]
    assert out["asks"] == 3


def test_a_reviewed_personal_label_keeps_only_a_detail_that_is_in_the_message(tmp_path: Path) -> None:
    found = review.load_review(write(tmp_path, [], [
        {"file": "stack/w.jsonl", "id": "x1", "personal": True, "detail": "the Utrecht meetup"}]))
    assert review.reviewed(ROW, "w.jsonl", found)["personal"] is True
    assert review.reviewed(ROW, "w.jsonl", found)["detail"] == "the Utrecht meetup"
    elsewhere = review.load_review(write(tmp_path, [], [
        {"file": "stack/w.jsonl", "id": "x1", "personal": True, "detail": "your post on pricing"}]))
    assert review.reviewed(ROW, "w.jsonl", elsewhere)["detail"] is None


def test_a_ruling_is_scored_with_but_a_second_opinion_only_learned_from(tmp_path: Path) -> None:
    path = write(tmp_path, [
        {"file": "stack/w.jsonl", "id": "x1", "ask": None, "sentence": "Happy to send the deck."},
        {"file": "stack/w.jsonl", "id": "x1", "ask": "connect", "why": "ruling",
         "sentence": "Great to meet you at the Utrecht meetup."}], [])
    learned = review.reviewed(ROW, "w.jsonl", review.load_review(path))
    scored = review.reviewed(ROW, "w.jsonl", review.load_review(path, why=("ruling",)))
    assert [s["ask"] for s in learned["sentences"]] == [None, "connect", None, "meeting"]
    assert [s["ask"] for s in scored["sentences"]] == [None, "connect", "resource", "meeting"]


def test_a_no_ask_verdict_on_part_of_a_longer_sentence_leaves_the_writers_ask(tmp_path: Path) -> None:
    row = ROW | {"body": "Hi Ann,\nWe met in Utrecht, love to connect.",
                 "sentences": [{"text": "Hi Ann,\nWe met in Utrecht, love to connect.", "ask": "connect"}], "asks": 1}
    part = review.load_review(write(tmp_path, [{"file": "stack/w.jsonl", "id": "x1", "ask": None,
                                                "sentence": "Hi Ann,"}], []))
    assert review.reviewed(row, "w.jsonl", part)["asks"] == 1  # the coach cut the greeting off: not the ask
    whole = review.load_review(write(tmp_path, [{"file": "stack/w.jsonl", "id": "x1", "ask": None,
                                                 "sentence": "Hi Ann,\nWe met in Utrecht, love to connect."}], []))
    assert review.reviewed(row, "w.jsonl", whole)["asks"] == 0


def test_a_sentence_written_twice_is_reviewed_where_the_entry_says_or_not_at_all(tmp_path: Path) -> None:
    row = ROW | {"body": "Open to a call? I mean it. Open to a call?",
                 "sentences": [{"text": "Open to a call?", "ask": "meeting"}, {"text": "I mean it.", "ask": None},
                               {"text": "Open to a call?", "ask": "meeting"}], "asks": 2}
    second = review.load_review(write(tmp_path, [{"file": "stack/w.jsonl", "id": "x1", "ask": None, "start": 27,
                                                  "sentence": "Open to a call?"}], []))
    assert [s["ask"] for s in review.reviewed(row, "w.jsonl", second)["sentences"]] == ["meeting", None, None]
    unsure = review.load_review(write(tmp_path, [{"file": "stack/w.jsonl", "id": "x1", "ask": None,
                                                  "sentence": "Open to a call?"}], []))
    assert review.reviewed(row, "w.jsonl", unsure)["asks"] == 2


def test_a_message_both_reviews_leave_alike_is_read_once(tmp_path: Path) -> None:
    changes = review.load_review(write(tmp_path, [{"file": "stack/w.jsonl", "id": "x1", "ask": None,
                                                   "sentence": "Happy to send the deck."}], []))
    made: list[int] = []

    def make(row: dict) -> int:  # type: ignore[type-arg]
        made.append(row["asks"])
        return row["asks"]

    assert review.learned_and_scored(ROW, "w.jsonl", changes, changes, make) == (1, 1)
    assert made == [1]
    assert review.learned_and_scored(ROW, "w.jsonl", changes, {}, make) == (1, 2)
    assert made == [1, 1, 2]


def test_no_file_is_no_review_and_a_missing_or_broken_one_a_one_line_error(tmp_path: Path) -> None:
    assert review.load_review(None) == {}
    with pytest.raises(ValueError, match=r"missing\.json: no such review file"):
        review.load_review(tmp_path / "missing.json")
    broken = tmp_path / "review.json"
    broken.write_text('{"asks": [{"file": "w.jsonl"}]}', encoding="utf-8")
    with pytest.raises(ValueError, match=r"review\.json: not a corpus review") as error:
        review.load_review(broken)
    assert "\n" not in str(error.value)


def test_every_shipped_review_names_a_stack_message_and_one_of_its_sentences() -> None:
    raw = json.loads(review.REVIEW.read_text(encoding="utf-8"))
    rows = {}
    for path in STACK.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rows[(path.name, row["id"])] = row
    assert len(raw["asks"]) > 50 and len(raw["personal"]) > 50
    assert {e["why"] for e in raw["asks"] + raw["personal"]} <= set(review.WHY)
    for entry in raw["asks"]:
        row = rows[(Path(entry["file"]).name, entry["id"])]
        assert entry["sentence"] in row["body"]
    for entry in raw["personal"]:
        row = rows[(Path(entry["file"]).name, entry["id"])]
        assert entry["personal"] != row["personal"]  # only labels the reviewers changed are listed
        assert not entry["personal"] or entry["detail"] in row["body"] + row.get("subject", "")


def test_the_ask_trainer_learns_the_reviewed_labels_but_scores_the_writers(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    train = module("train_ask_stack")
    stack = tmp_path / "stack"
    stack.mkdir()
    (stack / "w.jsonl").write_text(json.dumps(ROW) + "\n", encoding="utf-8")
    changes = review.load_review(write(tmp_path, [{"file": "stack/w.jsonl", "id": "x1", "ask": None,
                                                   "sentence": "Happy to send the deck."}], []))
    book = train.rulebook()
    learned, scored = train.read_both(stack / "w.jsonl", book, False, changes, {})
    assert [m.gold for m in learned] == [1] and [m.gold for m in scored] == [2]
    assert learned[0].features == scored[0].features
    assert train.read(stack / "w.jsonl", book, old=False, review=changes)[0].gold == 1


def test_the_detail_trainer_learns_the_reviewed_label_but_scores_the_writers(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    train = module("train_detail_stack")
    path = tmp_path / "w.jsonl"
    path.write_text(json.dumps(ROW) + "\n", encoding="utf-8")
    changes = review.load_review(write(tmp_path, [], [
        {"file": "stack/w.jsonl", "id": "x1", "personal": True, "detail": "the Utrecht meetup"}]))
    book = train.rulebook()
    learned, scored = train.load_both(path, book, changes, {})
    assert learned[0].personal and not scored[0].personal
    assert sum(y for *_, y in learned[0].items) == 1 and sum(y for *_, y in scored[0].items) == 0
    # what is chosen on is the writers' side: a model saying "personal" is right by the scored labels only
    one, other = train.Msg("a", True, False, []), train.Msg("b", False, False, [])
    search = train.Search({"w": [one, other]}, {}, {"w": [train.Msg("a", False, False, []),
                                                          train.Msg("b", True, False, [])]})
    search.predicted = lambda left_out, variant, c, name: [0.01, 0.99]  # type: ignore[method-assign]
    assert search.ranked(None, ["S+keep"], [(0.5, 0.5)])[0][0] == 1.0


def test_the_ask_trainer_chooses_on_the_writers_labels_not_the_learned_ones() -> None:
    train = module("train_ask_stack")
    said_one = {"bias": 5.0, "weights": {}}  # p(ask) ≈ 0.99 for every sentence
    fitted = {(frozenset({w}), c): said_one for w in ("a", "b") for c in train.CS}
    message = train.Labelled([["x"]], [1], 1, 1, [False])
    train.DATA.clear()
    train.SCORED.clear()
    train.DATA.update({w: [train.Labelled([["x"]], [0], 0, 1, [False])] for w in ("a", "b")})
    train.SCORED.update({w: [message] for w in ("a", "b")})
    try:
        assert train.choose(["a", "b"], fitted)[0] == 1.0  # one ask found, one ask as the writers labelled it
    finally:
        train.DATA.clear()
        train.SCORED.clear()
