# SPDX-License-Identifier: GPL-3.0-or-later
"""The stacked ask model: the coach's p(ask) is scikit-learn's on the same features, rules alone without
a weights file, a sentence it adds or drops changes the count, and every ask keeps one of the eight kinds."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_corpus_review import module

from inmail_studio.core.lint import lint
from inmail_studio.core.lint.context import LintContext
from inmail_studio.core.lint.data import RuleBook, load_rulebook
from inmail_studio.core.lint.engine import rulebook
from inmail_studio.core.lint.facts import ask_kinds, ask_stack, asks
from inmail_studio.core.message import Message
from inmail_studio.core.paths import rules_dir

ROOT = Path(__file__).resolve().parents[2]
KINDS = {"calendar", "intro", "meeting", "connect", "opinion", "interest", "resource", "reply"}


def trainer():  # type: ignore[no-untyped-def]
    """tools/train_ask_stack.py as a module."""
    return module("train_ask_stack")


MESSAGES = [
    ("en", "inmail", ["Hi Anna,", "I read your post on onboarding.", "Would you be open to a call?"], [2]),
    ("en", "connection_request", ["Hi Bo,", "We both work in logistics.", "Let's connect!"], [2]),
    ("nl", "inmail", ["Hoi Wim,", "Ik las je stuk over planning.", "Zullen we eens bellen?"], [2]),
    ("en", "follow_up", ["Hi Anna,", "Just checking in.", "Did you get a chance to read it?"], [2]),
    ("en", "inmail", ["Hello Sam,", "Great talk last week.", "Thanks for sharing it."], []),
    ("nl", "connection_request", ["Beste Els,", "Graag voeg ik je toe aan mijn netwerk."], [1]),
    ("en", "inmail", ["Dear Kim,", "Here is the deck: https://acme.com/deck", "How are you?"], [1]),
    ("nl", "follow_up", ["Hoi Piet,", "Hoe gaat het?", "Mag ik je iets vragen?", "Groet,"], [2]),
    ("en", "inmail", ["Hi Lou,", "Happy to send the case study.", "Worth a look?"], [1, 2]),
]


def corpus(folder: Path, writers: tuple[str, ...]) -> list[Path]:
    """Invented writers' labelled messages in the coach corpus format, one file each."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for writer in writers:
        rows = [{"id": f"{writer}{n}", "lang": lang, "kind": kind, "subject": "", "body": "\n".join(texts),
                 "sentences": [{"text": t, "ask": "reply" if i in ask else None} for i, t in enumerate(texts)]}
                for n, (lang, kind, texts, ask) in enumerate(MESSAGES)]
        path = folder / f"{writer}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        paths.append(path)
    return paths


def sentences_of(body: str, language: str = "en"):  # type: ignore[no-untyped-def]
    message = Message(kind="inmail", subject="", body=body, language=language)
    return LintContext(message, language, rulebook()).sentences


def test_the_coachs_probability_is_scikit_learns_on_the_same_features(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    train = trainer()
    book = rulebook()
    writers = {p.stem: train.read(p, book, old=False) for p in corpus(tmp_path, ("one", "two"))}
    writers["old:three"] = train.read(corpus(tmp_path / "old", ("three",))[0], book, old=True)
    vocab, fitted = train.fit(writers, 10.0)
    learned = train.weights(vocab, fitted, prune=0.0, digits=None)
    model = ask_stack.StackModel(learned["bias"], learned["weights"], 0.5)
    rows = [names for ms in writers.values() for m in ms for names in m.features]
    expected = fitted.predict_proba(train.matrix(rows, vocab))[:, 1]
    ours = [model.probability(names) for names in rows]
    assert len(ours) == len(expected) > 50
    assert max(abs(a - b) for a, b in zip(ours, expected, strict=True)) < 1e-6
    assert min(ours) < 0.2 and max(ours) > 0.8  # it learned something, so the check can fail
    # the coach's own path (its sentences, the rules' readings) gives the trainer's rows
    lang, kind, texts, _ = MESSAGES[0]
    found, read = asks.read_asks(sentences_of("\n".join(texts)), lang, book)
    decided = ask_stack.decide(texts, read, kind, lang, model)
    assert [d.p for d in decided] == [model.probability(n) for n in writers["one"][0].features]


def test_training_writes_the_same_file_for_the_same_corpus(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    train = trainer()
    corpus(tmp_path / "stack", ("one", "two", "three"))
    old = corpus(tmp_path / "old", ("four",))
    for name in ("a.json", "b.json"):
        argv = ["--stack", str(tmp_path / "stack"), "--old", *map(str, old), "--out", str(tmp_path / name),
                "--workers", "1"]
        assert train.main(argv) == 0
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    raw = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert raw["model"]["C"] in train.CS and raw["threshold"] in train.TS
    assert [f["file"] for f in raw["trained_on"]["stack"]] == ["one.jsonl", "three.jsonl", "two.jsonl"]
    assert any(line.startswith("pooled") for line in raw["lowo"])
    assert ask_stack.load(tmp_path / "a.json") is not None


def test_a_missing_weights_file_is_no_model_and_a_broken_one_a_one_line_error(tmp_path: Path) -> None:
    assert ask_stack.load(tmp_path / ask_stack.FILE) is None
    broken = tmp_path / "broken.json"
    model = {"featuriser": ask_stack.FEATURISER, "bias": 0, "weights": {}, "threshold": 0.5}
    broken.write_text(json.dumps(model), encoding="utf-8")
    assert ask_stack.load(broken) is not None
    for text in ("{", "[]", '{"bias": 0, "weights": {}}', json.dumps({**model, "featuriser": "words-0"}),
                 json.dumps({**model, "threshold": 1.5}), json.dumps({**model, "bias": "x"})):
        broken.write_text(text, encoding="utf-8")
        with pytest.raises(ValueError, match="broken.json") as error:
            ask_stack.load(broken)
        assert "\n" not in str(error.value)


def hand_model(**weights: float) -> ask_stack.StackModel:
    """A model that follows the rules (their ask weighs 4, the bias -2) but for the given words."""
    return ask_stack.StackModel(-2.0, {"r:ask": 4.0, **weights}, 0.5)


def rules_without_kind_model(folder: Path) -> RuleBook:
    """The shipped rules read from a copy in `folder` without the kind model: the rules name the kinds."""
    shutil.copytree(rules_dir(), folder)
    (folder / "call-to-action" / ask_kinds.FILE).unlink()
    return load_rulebook(folder)


def test_a_sentence_the_model_adds_or_drops_changes_the_count(tmp_path: Path) -> None:
    body = "Hi Anna,\nI read your post on onboarding.\nA pizza together sometime.\nWould you be open to a call?"
    sentences, book = sentences_of(body), rules_without_kind_model(tmp_path / "rules")
    rules = asks.find_asks(sentences, "en", book, "inmail", None)
    assert [a.text for a in rules] == ["Would you be open to a call?"]
    follows = asks.find_asks(sentences, "en", book, "inmail", hand_model())
    assert follows == rules
    added = asks.find_asks(sentences, "en", book, "inmail", hand_model(**{"w:pizza": 5.0}))
    assert [(a.text, a.kind) for a in added] == [("A pizza together sometime.", "reply"),
                                                 ("Would you be open to a call?", rules[0].kind)]
    dropped = asks.find_asks(sentences, "en", book, "inmail", hand_model(**{"w:call": -5.0}))
    assert dropped == []


def test_without_the_kind_model_an_added_ask_takes_the_rules_kind_then_the_step_it_names_then_reply(
        tmp_path: Path) -> None:
    reading = ask_stack.Reading
    assert ask_stack.ask_kind(reading("meeting", "interest"), "connect") == "interest"
    assert ask_stack.ask_kind(reading("meeting", None), "connect") == "meeting"
    assert ask_stack.ask_kind(reading(None, None), "connect") == "connect"
    assert ask_stack.ask_kind(reading(None, None), None) == "reply"
    assert asks.step_kind("A coffee next week would be lovely.", "en", rulebook()) == "meeting"
    body = "Hi Anna,\nA coffee next week would be lovely."
    book = rules_without_kind_model(tmp_path / "rules")
    found = asks.find_asks(sentences_of(body), "en", book, "inmail", hand_model(**{"w:lovely": 5.0}))
    assert [a.kind for a in found] == ["meeting"]


def test_the_reason_names_the_strongest_features_only_where_the_rules_would_not_count_it() -> None:
    texts = ["Hi Anna,", "A pizza together sometime.", "Would you be open to a call?"]
    read = [ask_stack.Reading(None, None), ask_stack.Reading(None, None), ask_stack.Reading("meeting", "meeting")]
    decided = ask_stack.decide(texts, read, "inmail", "en", hand_model(**{"w:pizza": 5.0, "w:together": 1.0}))
    assert [d.ask for d in decided] == [False, True, True]
    assert decided[1].because == ("w:pizza", "w:together")
    assert decided[2].because == ()


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "How are you?"), ("en", "Who doesn't love a good checklist?"), ("nl", "Klinkt bekend?"),
    ("en", "Let me know if you have any questions."),
])
def test_small_talk_rhetoric_and_closings_the_rules_veto_are_never_counted(lang: str, text: str) -> None:
    body = f"Hi Anna,\nI read your post on onboarding.\n{text}"
    eager = hand_model(**{"end?": 9.0, "w:know": 9.0, "w:questions": 9.0})  # counts any question, any "know"
    _, read = asks.read_asks(sentences_of(body, lang), lang, rulebook())
    assert read[-1].veto and read[-1].ask is None
    assert asks.find_asks(sentences_of(body, lang), lang, rulebook(), "inmail", eager) == []
    # the veto is the rules' reading of that sentence only: a real ask beside it still counts
    found = asks.find_asks(sentences_of(body + "\nWould you be open to a call?", lang), lang, rulebook(),
                           "inmail", eager)
    assert [a.text for a in found] == ["Would you be open to a call?"]

ANY_SENTENCES = st.lists(st.sampled_from([
    "Hi Anna,", "Would you be open to a call?", "Let me know.", "Here is the deck: https://acme.com/d",
    "Zin om te sparren?", "Thanks!", "I'd love to connect.", "How are you?", "Groet,", "Worth a look?",
    "A pizza together sometime.", "Happy to send the case study.", "Mag ik je iets vragen?", "🙂",
]), min_size=1, max_size=8)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=ANY_SENTENCES, bias=st.floats(-6, 6), language=st.sampled_from(["en", "nl"]))
def test_every_ask_keeps_one_of_the_eight_kinds(texts: list[str], bias: float, language: str) -> None:
    sentences = sentences_of("\n".join(texts), language)
    model = ask_stack.StackModel(bias, {"r:ask": 1.0}, 0.5)
    for kind in ("inmail", "connection_request", "follow_up"):
        for ask in asks.find_asks(sentences, language, rulebook(), kind, model):
            assert ask.kind in KINDS


# Invented messages on which the shipped model and the rules alone disagree (p well clear of the threshold).
ADDED = ("nl", "inmail", "Hoi Sanne,\nIk zag je bericht over de nieuwe vestiging in Zwolle.\nWij helpen teams met "
         "roosters.\nEen kort belletje volgende week.\nGroet,\nPiet")
DROPPED = ("en", "inmail", "Hi Jo,\nLoved your post about hiring juniors.\nWould you be open to a short call next week?"
           "\nKeen to hear back.\nThanks,\nKim")


def counted(case: tuple[str, str, str], book: RuleBook | None = None, with_kind: bool = True) -> list[str]:
    """The kinds of the asks found in an invented message (rules and stacked model, or the rules alone)."""
    language, kind, body = case
    found = asks.find_asks(sentences_of(body, language), language, book or rulebook(), kind if with_kind else None)
    return [a.kind for a in found]


def test_the_shipped_model_adds_and_drops_asks_the_rules_alone_would_count_otherwise() -> None:
    assert ask_stack.for_book(rulebook()) is not None
    assert counted(ADDED, with_kind=False) == [] and counted(ADDED) == ["meeting"]
    assert counted(DROPPED, with_kind=False) == ["meeting", "reply"] and counted(DROPPED) == ["meeting"]


def test_rules_read_from_a_folder_without_the_weights_file_decide_alone(tmp_path: Path) -> None:
    books = {}
    for name, with_model in (("with", True), ("without", False)):
        folder = tmp_path / name
        shutil.copytree(rules_dir(), folder)
        if not with_model:
            (folder / "call-to-action" / ask_stack.FILE).unlink()
        books[name] = load_rulebook(folder)
        assert (ask_stack.for_book(books[name]) is not None) == with_model
    assert counted(DROPPED, books["with"]) == ["meeting"]
    assert counted(DROPPED, books["without"]) == ["meeting", "reply"]


def test_the_coach_counts_what_the_stacked_model_adds_or_drops() -> None:
    for case, kinds in ((ADDED, ("meeting",)), (DROPPED, ("meeting",))):
        language, kind, body = case
        assert lint(Message(kind=kind, subject="", body=body, language=language)).metrics.cta_kinds == kinds


def test_an_ask_only_the_model_finds_says_so_and_why_in_its_reason() -> None:
    body = ("Hi Jo,\nWould you be open to a short call next week?\nYour sense of which two or three skills truly "
            "matter would help me write a fairer profile.\nThanks,\nKim")
    for ui_lang, says in (("en", "rules alone would not"), ("nl", "regels alleen")):
        result = lint(Message(kind="inmail", subject="", body=body, language="en"), ui_lang=ui_lang)
        reasons = {body[f.start:f.end]: f.reason for f in result.findings if f.rule == "call-to-action"}
        learned = reasons["Your sense of which two or three skills truly matter would help me write a fairer profile."]
        assert says in learned and "'would'" in learned
        assert says not in reasons["Would you be open to a short call next week?"]
