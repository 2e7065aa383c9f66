# SPDX-License-Identifier: GPL-3.0-or-later
"""The kind of each ask (issue 10): the learned kind model names what an ask asks for where the rules'
first-named step misleads them, keeps the rules' kind where it is unsure, and a missing or broken
model file means the rules' kinds or a one-line error."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from test_corpus_review import module

from inmail_studio.core import Message
from inmail_studio.core.lint import lint
from inmail_studio.core.lint.data import load_rulebook
from inmail_studio.core.lint.engine import rulebook
from inmail_studio.core.lint.facts import ask_kinds, ask_stack
from inmail_studio.core.paths import rules_dir

# (language, message kind, body, the kind of its one ask): our own sentences, written for this test.
EXAMPLES = [
    ("en", "inmail", "Hi Sam, I work with field-service teams in the Benelux. Is improving your first-time fix "
                     "rate something you're looking at this year?", "interest"),
    ("en", "inmail", "Hi Sam, we help hospitals cut agency staffing costs. Would this be relevant for your team "
                     "right now?", "interest"),
    ("nl", "inmail", "Hoi Sam, wij helpen installateurs met hun planning. Staat dit bij jullie op de agenda voor "
                     "volgend jaar?", "interest"),
    ("nl", "inmail", "Beste Sam, wij helpen gemeenten met het digitaliseren van vergunningen. Is dat iets waar u "
                     "nu mee bezig bent?", "interest"),
    ("en", "inmail", "Hi Sam, I wrote a short draft on onboarding for remote engineers. What would you change in "
                     "this approach?", "opinion"),
    ("nl", "inmail", "Hoi Sam, ik heb een korte notitie geschreven over onboarding. Ik ben benieuwd wat jij van "
                     "deze aanpak vindt.", "opinion"),
    ("en", "follow_up", "Hi Sam, attached is the revised plan. I'd value your honest take on the second part.",
     "opinion"),
    ("en", "follow_up", "Hi Sam, I applied for the planner role last week. Could you let me know whether the "
                        "role is still open?", "reply"),
    ("nl", "follow_up", "Hoi Sam, vorige week stuurde ik je een bericht over de vacature. Laat je even weten of "
                        "je het hebt ontvangen?", "reply"),
    ("nl", "inmail", "Hoi Sam, wij helpen retailers met hun voorraadbeheer. Zullen we volgende week even bellen?",
     "meeting"),
    ("en", "inmail", "Hi Sam, we help retailers with stock planning. Do you have 15 minutes on Thursday for a "
                     "call?", "meeting"),
    ("nl", "inmail", "Beste Sam, graag zou ik eens bij u langskomen om kennis te maken.", "meeting"),
    ("en", "inmail", "Hi Sam, we help logistics firms with customs paperwork. Who on your team would be the "
                     "right person to talk to about this?", "intro"),
    ("nl", "inmail", "Hoi Sam, wij helpen transportbedrijven met douanepapieren. Kun je me in contact brengen "
                     "met de persoon die over inkoop gaat?", "intro"),
    ("en", "follow_up", "Hi Sam, thanks for the chat. Shall I send you the two-page summary?", "resource"),
    ("nl", "follow_up", "Hoi Sam, dank voor het gesprek. Zal ik je de case study mailen?", "resource"),
    ("en", "follow_up", "Hi Sam, thanks for your reply. You can pick a slot here: https://cal.com/anna/20min",
     "calendar"),
    ("nl", "follow_up", "Hoi Sam, dank voor je reactie. Plannen kan via deze link: https://cal.com/anna/20min",
     "calendar"),
    ("en", "connection_request", "Hi Sam, we met at the Logistics Fair in Utrecht. Happy to connect!", "connect"),
    ("nl", "connection_request", "Hoi Sam, we spraken elkaar op de vakbeurs in Utrecht. Leuk om te connecten!",
     "connect"),
]
# The rules alone name the wrong kind for these: the agenda is no calendar, and getting to know people
# in a connection request is the connection, not a meeting.
RULES_MISREAD = [
    ("nl", "inmail", "Hoi Sam, wij helpen installateurs met hun planning. Staat dit bij jullie op de agenda voor "
                     "volgend jaar?", "interest", "calendar"),
    ("nl", "connection_request", "Hoi Sam, altijd leuk om mensen uit de wellness-wereld te leren kennen!",
     "connect", "meeting"),
]


def without_kind_model(folder: Path) -> Path:
    """A copy of the shipped rules in `folder` without the kind model."""
    shutil.copytree(rules_dir(), folder)
    (folder / "call-to-action" / ask_kinds.FILE).unlink()
    return folder


def cta_kinds(language: str, kind: str, body: str, rules: Path | None = None) -> tuple[str, ...]:
    message = Message(kind=kind, body=body, language=language)
    if rules is None:
        return lint(message).metrics.cta_kinds
    return lint(message, rules_dir=rules).metrics.cta_kinds


def test_the_shipped_rules_come_with_the_kind_model() -> None:
    assert ask_kinds.for_book(rulebook()) is not None


@pytest.mark.parametrize(("language", "kind", "body", "want"), EXAMPLES)
def test_each_ask_names_the_step_it_asks_for(language: str, kind: str, body: str, want: str) -> None:
    assert cta_kinds(language, kind, body) == (want,)


@pytest.mark.parametrize(("language", "kind", "body", "want", "rules_say"), RULES_MISREAD)
def test_the_kind_model_corrects_what_the_rules_misread(language: str, kind: str, body: str, want: str,
                                                        rules_say: str, tmp_path: Path) -> None:
    assert cta_kinds(language, kind, body, without_kind_model(tmp_path / "rules")) == (rules_say,)
    assert cta_kinds(language, kind, body) == (want,)


def hand_model(margin: float, **weights: dict[str, float]) -> ask_kinds.KindModel:
    raw = {"format": ask_kinds.FORMAT, "featuriser": ask_stack.FEATURISER, "classes": ["meeting", "reply"],
           "bias": {"meeting": 0.0, "reply": 0.0}, "weights": weights, "margin": margin}
    return ask_kinds.from_json(raw)


def test_the_model_replaces_the_rules_kind_only_when_it_outscores_it_by_the_margin() -> None:
    model = hand_model(0.5, **{"w:call": {"meeting": 0.4}, "w:chat": {"meeting": 0.9}})
    assert model.kind(["w:call"], "reply") == "reply"  # 0.4 above reply: within the margin
    assert model.kind(["w:chat"], "reply") == "meeting"
    assert model.kind(["w:chat"], "calendar") == "calendar"  # a kind the model cannot weigh stands
    assert model.kind(["w:unknown"], "reply") == "reply"  # a tie: the rules' kind, though "meeting" comes first
    assert model.kind(["w:chat"], None) == "meeting"


def test_a_missing_file_leaves_the_rules_kinds_and_a_broken_one_is_a_one_line_error(tmp_path: Path) -> None:
    folder = without_kind_model(tmp_path / "rules")
    assert ask_kinds.load(folder / "call-to-action" / ask_kinds.FILE) is None
    assert ask_kinds.for_book(load_rulebook(folder)) is None
    path = tmp_path / ask_kinds.FILE
    shipped = json.loads((rules_dir() / "call-to-action" / ask_kinds.FILE).read_text(encoding="utf-8"))
    for broken in ("{not json", json.dumps(shipped | {"featuriser": "words-0"}), json.dumps(shipped | {"margin": -1}),
                   json.dumps({k: v for k, v in shipped.items() if k != "bias"}), "[]",
                   json.dumps(shipped | {"classes": "meeting"}),
                   json.dumps(shipped | {"bias": dict.fromkeys(shipped["classes"], float("nan"))})):
        path.write_text(broken, encoding="utf-8")
        with pytest.raises(ValueError, match=ask_kinds.FILE) as error:
            ask_kinds.load(path)
        assert "\n" not in str(error.value)


def kind_trainer():  # type: ignore[no-untyped-def]
    """tools/train_ask_kind.py as a module."""
    return module("train_ask_kind")


# Invented writers who call "Zullen we eens bellen?" an opinion ask, against the rules' "meeting":
# a model that learns from the labels names what they named.
MESSAGES = [
    ("nl", "inmail", ["Hoi Wim,", "Ik las je stuk over planning.", "Zullen we eens bellen?"], {2: "opinion"}),
    ("en", "connection_request", ["Hi Bo,", "We both work in logistics.", "Let's connect!"], {2: "connect"}),
    ("en", "inmail", ["Hi Anna,", "Would you be open to a call next week?"], {1: "meeting"}),
    ("en", "follow_up", ["Hi Lou,", "Shall I send you the case study?"], {1: "resource"}),
]


def test_training_learns_the_writers_kinds_and_writes_the_same_file_twice(tmp_path: Path) -> None:
    stack = tmp_path / "stack"
    stack.mkdir()
    for writer in ("a", "b", "c", "d"):
        rows = [{"id": f"{writer}{n}", "lang": lang, "kind": kind, "subject": "", "body": "\n".join(texts),
                 "sentences": [{"text": t, "ask": asked.get(i)} for i, t in enumerate(texts)]}
                for n, (lang, kind, texts, asked) in enumerate(MESSAGES * 3)]
        (stack / f"{writer}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    review = tmp_path / "review.json"
    review.write_text('{"asks": [], "personal": []}', encoding="utf-8")
    train = kind_trainer()
    outs = [tmp_path / "one.json", tmp_path / "two.json"]
    for out in outs:
        assert train.main(["--stack", str(stack), "--review", str(review), "--out", str(out), "--folds", "2"]) == 0
    assert outs[0].read_bytes() == outs[1].read_bytes()
    folder = without_kind_model(tmp_path / "rules")
    shutil.copy(outs[0], folder / "call-to-action" / ask_kinds.FILE)
    body = "Hoi Wim,\nIk las je stuk over planning.\nZullen we eens bellen?"
    assert cta_kinds("nl", "inmail", body, without_kind_model(tmp_path / "plain")) == ("meeting",)
    assert cta_kinds("nl", "inmail", body, folder) == ("opinion",)


def test_a_model_naming_a_kind_the_rule_does_not_list_is_refused(tmp_path: Path) -> None:
    folder = without_kind_model(tmp_path / "rules")
    shipped = json.loads((rules_dir() / "call-to-action" / ask_kinds.FILE).read_text(encoding="utf-8"))
    shipped["classes"] = [*shipped["classes"][:-1], "webinar"]
    shipped["bias"] = dict(zip(shipped["classes"], shipped["bias"].values(), strict=True))
    shipped["weights"] = {}
    (folder / "call-to-action" / ask_kinds.FILE).write_text(json.dumps(shipped), encoding="utf-8")
    with pytest.raises(ValueError, match="webinar"):
        ask_kinds.for_book(load_rulebook(folder))


def test_the_trainer_learns_from_the_features_the_coach_weighs(monkeypatch: pytest.MonkeyPatch) -> None:
    body = "Hi Sam,\nI read your post on onboarding.\nWould a short call next week work?\nThoughts?"
    row = {"id": "x1", "lang": "en", "kind": "inmail", "subject": "", "body": body,
           "sentences": [{"text": t, "ask": None if i < 2 else "meeting"} for i, t in enumerate(body.split("\n"))]}
    seen: list[list[str]] = []
    original = ask_kinds.KindModel.kind

    def spy(self: ask_kinds.KindModel, features: list[str], rules_kind: str | None = None) -> str:
        seen.append(list(features))
        return original(self, features, rules_kind)

    monkeypatch.setattr(ask_kinds.KindModel, "kind", spy)
    assert len(cta_kinds("en", "inmail", body)) == 2
    assert seen == [features for features, _, _ in kind_trainer().rows_of(row, rulebook())]


def test_a_broken_kind_model_is_read_once_and_every_lint_says_so_in_one_line(tmp_path: Path) -> None:
    folder = without_kind_model(tmp_path / "rules")
    path = folder / "call-to-action" / ask_kinds.FILE
    path.write_text("{not json", encoding="utf-8")
    book = load_rulebook(folder)
    with pytest.raises(ValueError, match=ask_kinds.FILE):
        ask_kinds.for_book(book)
    path.unlink()  # read again, the book would now find no model at all
    with pytest.raises(ValueError, match=ask_kinds.FILE) as error:
        ask_kinds.for_book(book)
    assert "\n" not in str(error.value)
