# SPDX-License-Identifier: GPL-3.0-or-later
"""The learned ask model: one featuriser for training and the coach, the scorer matching scikit-learn,
rules alone without a weights file, and its override of the rules' count both ways."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path

import pytest

from inmail_studio.core.lint.context import LintContext
from inmail_studio.core.lint.data import RuleBook, load_rulebook
from inmail_studio.core.lint.engine import rulebook
from inmail_studio.core.lint.facts import ask_model, asks
from inmail_studio.core.message import Message
from inmail_studio.core.paths import rules_dir
from inmail_studio.core.text import Span

ROOT = Path(__file__).resolve().parents[2]
EN = "en"


def trainer():  # type: ignore[no-untyped-def]
    """tools/train_ask_model.py as a module (it is a script, not a package)."""
    spec = importlib.util.spec_from_file_location("train_ask_model", ROOT / "tools" / "train_ask_model.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_features_are_the_same_every_time_and_read_a_sentences_form_and_place() -> None:
    text = "Would you be open to a short call next week? 🙂"
    first = ask_model.features(text, 2, 3, "inmail", EN)
    assert ask_model.features(text, 2, 3, "inmail", EN) == first
    assert len(first) == len(set(first))
    assert {"w:would", "b:<s>_would", "b:?_</s>", "end?", "has?", "pos:last", "third:c", "len:8-15",
            "lang:en", "kind:inmail", "kind:inmail&end?", "lang:en&end?"} <= set(first)
    assert "pos:first" not in first and "url" not in first
    greeting = ask_model.features("Hi Anna,", 0, 3, "connection_request", EN)
    assert {"greeting", "pos:first", "third:a", "kind:connection_request&third:a"} <= set(greeting)
    assert "greeting" not in ask_model.features("Hi Anna,", 1, 3, "inmail", EN)
    assert "url" in ask_model.features("The deck: https://acme.com/deck", 1, 3, "inmail", EN)
    assert "url" not in ask_model.features("Mail me at anna@acme.com.", 1, 3, "inmail", EN)


def corpus(tmp_path: Path) -> list[Path]:
    """Two invented writers' labelled messages in the coach corpus format."""
    messages = [
        ("en", "inmail", ["Hi Anna,", "I read your post on onboarding.", "Would you be open to a call?"], [2]),
        ("en", "connection_request", ["Hi Bo,", "We both work in logistics.", "Let's connect!"], [2]),
        ("nl", "inmail", ["Hoi Wim,", "Ik las je stuk over planning.", "Zullen we eens bellen?"], [2]),
        ("en", "follow_up", ["Hi Anna,", "Just checking in.", "Did you get a chance to read it?"], [2]),
        ("en", "inmail", ["Hello Sam,", "Great talk last week.", "Thanks for sharing it."], []),
        ("nl", "connection_request", ["Beste Els,", "Graag voeg ik je toe aan mijn netwerk."], [1]),
        ("en", "inmail", ["Dear Kim,", "Here is the deck: https://acme.com/deck", "How are you?"], [1]),
        ("nl", "follow_up", ["Hoi Piet,", "Hoe gaat het?", "Mag ik je iets vragen?", "Groet,"], [2]),
    ]
    paths = []
    for writer in ("one", "two"):
        rows = [{"id": f"{writer}{n}", "lang": lang, "kind": kind, "subject": "", "body": " ".join(texts),
                 "sentences": [{"text": t, "ask": "reply" if i in ask else None} for i, t in enumerate(texts)]}
                for n, (lang, kind, texts, ask) in enumerate(messages)]
        path = tmp_path / f"{writer}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        paths.append(path)
    return paths


def test_the_scorer_gives_scikit_learns_probabilities_on_the_same_features(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    train = trainer()
    messages = [m for path in corpus(tmp_path) for m in train.read(path)]
    vectorizer, model = train.fit(messages, 10.0)
    learned = ask_model.from_json(train.export(vectorizer, model, 10.0, [], prune=0.0, digits=None))
    expected = train.probabilities(vectorizer, model, messages)
    ours = [learned.probability(names) for m in messages for names in m.features]
    assert len(ours) == len(expected) > 20
    assert max(abs(a - b) for a, b in zip(ours, expected, strict=True)) < 1e-6
    assert min(ours) < 0.2 and max(ours) > 0.8  # it learned something, so the check can fail


def test_training_writes_the_same_file_for_the_same_corpus(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    train = trainer()
    paths = corpus(tmp_path)
    for name in ("a.json", "b.json"):
        assert train.main([*map(str, paths), "--c", "3", "--out", str(tmp_path / name)]) == 0
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    written = ask_model.load(tmp_path / "a.json")
    assert written is not None and written.ask_above == 0.95 and written.no_ask_below == 0.05


def test_the_shipped_model_says_where_its_cutoffs_come_from() -> None:
    raw = json.loads((rules_dir() / "call-to-action" / "ask_model.json").read_text(encoding="utf-8"))
    assert "heldout2-4" in raw["cutoffs"]["comment"]
    assert all(abs(w) >= 0.05 for w in raw["weights"].values())
    shipped = ask_model.for_book(rulebook())
    assert shipped is not None and shipped.ask_above == raw["cutoffs"]["ask_above"]


def test_a_missing_weights_file_is_no_model_and_a_broken_one_a_one_line_error(tmp_path: Path) -> None:
    assert ask_model.load(tmp_path / "ask_model.json") is None
    broken = tmp_path / "broken.json"
    model = {"featuriser": ask_model.FEATURISER, "bias": 0, "weights": {},
             "cutoffs": {"ask_above": 0.95, "no_ask_below": 0.05}}
    broken.write_text(json.dumps(model), encoding="utf-8")
    assert ask_model.load(broken) is not None
    for text in ("{", "[]", '{"bias": 0, "weights": {}}', json.dumps({**model, "featuriser": "words-0"}),
                 json.dumps({**model, "cutoffs": {"ask_above": 0.1, "no_ask_below": 0.9}})):
        broken.write_text(text, encoding="utf-8")
        with pytest.raises(ValueError, match="broken.json") as error:
            ask_model.load(broken)
        assert "\n" not in str(error.value)


def copied_rules(tmp_path: Path, with_model: bool) -> Path:
    folder = tmp_path / "rules"
    shutil.copytree(rules_dir(), folder)
    if not with_model:
        (folder / "call-to-action" / "ask_model.json").unlink()
    return folder


def test_rules_read_from_a_folder_without_the_weights_file_decide_alone(tmp_path: Path) -> None:
    book = load_rulebook(copied_rules(tmp_path, with_model=False))
    assert ask_model.for_book(book) is None


# An invented model: "pineapple" reads as an ask, "zebra" as none, every other word weighs nothing.
INVENTED = ask_model.AskModel(bias=0.0, weights={"w:pineapple": 8.0, "w:zebra": -8.0}, ask_above=0.95,
                              no_ask_below=0.05)


def sentences(body: str, book: RuleBook | None = None) -> list[Span]:
    return LintContext(Message(kind="inmail", body=body, language="en"), "en", book or rulebook()).sentences


def test_the_model_adds_an_ask_it_is_sure_of_and_says_why() -> None:
    body = "Hi Anna, I read your post on onboarding. We grow pineapple in Ghana. Would you be open to a call?"
    alone = asks.find_asks(sentences(body), "en", rulebook())
    both = asks.find_asks(sentences(body), "en", rulebook(), "inmail", INVENTED)
    assert [a.text for a in alone] == ["Would you be open to a call?"]
    assert (both[0].text, both[0].kind, both[0].because) == ("We grow pineapple in Ghana.", "reply", ("w:pineapple",))
    assert both[1:] == alone


def test_an_ask_only_the_model_found_takes_the_kind_of_the_step_the_rules_see_in_it() -> None:
    both = asks.find_asks(sentences("Hi Anna, a pineapple call next week."), "en", rulebook(), "inmail", INVENTED)
    assert [(a.kind, a.because) for a in both] == [("meeting", ("w:pineapple",))]


def test_the_model_drops_an_ask_it_is_sure_is_none() -> None:
    body = "Hi Anna, I read your post on onboarding. Would you be open to a zebra call?"
    assert len(asks.find_asks(sentences(body), "en", rulebook())) == 1
    assert asks.find_asks(sentences(body), "en", rulebook(), "inmail", INVENTED) == []


def test_without_a_weights_file_or_a_message_kind_the_rules_decide_alone(tmp_path: Path) -> None:
    body = "Hi Anna, we grow pineapple in Ghana. Would you be open to a zebra call? Here is our menu: acme.com/menu"
    bare = load_rulebook(copied_rules(tmp_path, with_model=False))
    alone = asks.find_asks(sentences(body, bare), "en", bare)
    assert asks.find_asks(sentences(body, bare), "en", bare, "inmail") == alone
    assert asks.find_asks(sentences(body), "en", rulebook()) == alone
    assert asks.find_asks(sentences(body), "en", rulebook(), "inmail", INVENTED) != alone


def test_the_shipped_model_overrules_the_rules_only_where_it_is_sure() -> None:
    book, learned = rulebook(), ask_model.for_book(rulebook())
    assert learned is not None
    body = ("Hi Anna,\nI read your post on onboarding remote engineers.\nWe built a buddy scheme for it.\n"
            "Would you be open to a short call next week?\nBest,\nTom")
    found = asks.find_asks(sentences(body), "en", book, "inmail")
    assert [a.text for a in found] == ["Would you be open to a short call next week?"]
