# SPDX-License-Identifier: GPL-3.0-or-later
"""The learned detail model: its features, its agreement with the training script, where it may overrule the rules."""

from __future__ import annotations

import importlib.util
import io
import json
import shutil
import sys
from pathlib import Path

import pytest

from inmail_studio.cli import main
from inmail_studio.core import Message, paths, text
from inmail_studio.core.lint import lint
from inmail_studio.core.lint.facts.detail_model import (
    FEATURISER,
    FORMAT,
    MODEL_FILE,
    DetailModel,
    drops,
    features,
    load_model,
    overruled_detail,
    strongest_run,
)

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "coach_corpus" / "tune.jsonl"
RULE = "personalisation"

# Invented for these tests: news of the reader's company said without "your", which the rules miss.
MISSED = ("Hi Bas,\n\nThe Kroon Logistics warehouse in Venlo that opened in 2024 looked impressive on the news."
          "\n\nCoffee soon?")
# The model is sure of this sentence too, but the rules reject "your profile" and the role in it.
VETOED = "Hi Bas,\n\nI noticed on your profile that you lead the Payments team at Adyen in Amsterdam.\n\nCoffee soon?"


def _training_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("train_detail_model", ROOT / "tools" / "train_detail_model.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def _shipped() -> DetailModel:
    model = load_model(paths.rules_dir() / RULE)
    assert model is not None
    return model


def _rules_alone(tmp_path: Path) -> Path:
    folder = tmp_path / "rules"
    shutil.copytree(paths.rules_dir(), folder, ignore=shutil.ignore_patterns(MODEL_FILE))
    return folder


def _sentences(body: str) -> list[text.Span]:
    return text.sentences(body)


def _lint(body: str, rules_dir: Path | None = None):  # type: ignore[no-untyped-def]
    return lint(Message(kind="connection_request", body=body, language="en"), rules_dir=rules_dir)


def _shown(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [h.text for h in result.highlights if h.rule == RULE]


def _cases(result) -> list[str]:  # type: ignore[no-untyped-def]
    """The personalisation warnings by case: "generic" names what every reader gets, "missing" does not."""
    return ["generic" if "true of thousands" in f.message else "missing" for f in result.findings if f.rule == RULE]


def test_features_mask_names_numbers_and_placeholders_and_are_the_same_every_time() -> None:
    sentence = "Loved your talk at {{ event }} in Ghent, 2023!"
    expected = ["U:loved", "U:your", "U:talk", "U:at", "U:<PH>", "U:in", "U:<CAP>", "U:<NUM>",
                "B:loved your", "B:your talk", "B:talk at", "B:at <PH>", "B:<PH> in", "B:in <CAP>",
                "B:<CAP> <NUM>", "C:2p", "C:caps", "C:digit", "C:year", "C:content", "C:placeholder",
                "C:2p&content", "C:2p&caps", "C:content&caps"]
    assert features(sentence, 1, 3) == expected
    assert features(sentence, 1, 3) == expected
    assert "C:first" in features(sentence, 0, 3) and "C:last" in features(sentence, 2, 3)


def test_the_coach_gives_scikit_learns_probabilities_for_the_shipped_weights() -> None:
    pytest.importorskip("sklearn")
    model, script = _shipped(), _training_script()
    vec, clf = script.as_sklearn(model)
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()[:60]]
    sentences = [(s.text, i, len(spans)) for row in rows for spans in [_sentences(row["body"])]
                 for i, s in enumerate(spans)]
    theirs = clf.predict_proba(vec.transform([dict.fromkeys(features(*s), 1.0) for s in sentences]))[:, 1]
    ours = [model.probability(*s) for s in sentences]
    assert max(abs(a - b) for a, b in zip(ours, theirs, strict=True)) < 1e-6
    assert min(ours) < 0.1 and max(ours) > 0.9  # the sentences tell something apart


def test_the_training_scripts_decisions_are_the_coachs() -> None:
    pytest.importorskip("sklearn")
    script = _training_script()
    msgs = script.load_sets([CORPUS])["tune"]
    model = _shipped()
    assert script.disagreements(model, msgs) == []
    assert script.disagreements(DetailModel(model.weights, model.bias, 0.5, 0.5), msgs) == []


def test_the_shipped_model_is_read_once_and_its_cut_offs_are_probabilities() -> None:
    model = _shipped()
    assert load_model(paths.rules_dir() / RULE) is model
    assert 0.5 < model.override < 1 and (model.drop is None or 0 < model.drop < model.override)
    assert all(abs(w) >= 0.05 for w in model.weights.values())


def test_a_rules_folder_without_the_model_means_the_rules_alone(tmp_path: Path) -> None:
    folder = _rules_alone(tmp_path)
    assert load_model(folder / RULE) is None
    assert _cases(_lint(MISSED, folder)) == ["missing"]
    assert _cases(_lint(MISSED)) == []


@pytest.mark.parametrize("content", [
    json.dumps({"format": FORMAT, "featuriser": "b-2", "bias": 0, "weights": {}, "cutoffs": {}}),
    json.dumps({"format": "detail-stack-1", "featuriser": FEATURISER, "bias": 0, "weights": {}, "threshold": 0.5}),
    "{not json", json.dumps({"format": FORMAT, "featuriser": FEATURISER})])
def test_a_model_file_that_does_not_fit_is_refused_in_one_line_naming_it(tmp_path: Path, content: str) -> None:
    (tmp_path / MODEL_FILE).write_text(content, encoding="utf-8")
    with pytest.raises(ValueError) as error:
        load_model(tmp_path)
    assert MODEL_FILE in str(error.value) and "\n" not in str(error.value)


def test_the_model_counts_a_detail_the_rules_miss_and_the_coach_says_which() -> None:
    result = _lint(MISSED)
    assert _cases(result) == []
    (detail,) = _shown(result)
    assert "Kroon Logistics warehouse in Venlo" in detail and detail in MISSED


def test_the_rules_veto_wins_over_a_sure_model() -> None:
    sentence = _sentences(VETOED)[1]
    assert _shipped().probability(sentence.text, 1, 3) > _shipped().override
    result = _lint(VETOED)
    assert _cases(result) == ["generic"] and _shown(result) == []


def test_the_override_skips_vetoed_sentences_and_needs_its_cut_off() -> None:
    spans = _sentences(MISSED)
    sure = DetailModel(_shipped().weights, _shipped().bias, 0.5, None)
    found = overruled_detail(sure, spans)
    assert found is not None and spans[1].start <= found[0] < found[1] <= spans[1].end
    assert overruled_detail(sure, spans, [(spans[1].start + 4, spans[1].start + 9)]) is None
    assert overruled_detail(DetailModel(sure.weights, sure.bias, 0.9999999, None), spans) is None


def test_a_found_detail_is_dropped_only_below_a_drop_cut_off() -> None:
    spans = _sentences(MISSED)
    even = DetailModel({}, 0.0, 0.99, None)  # every sentence 0.5
    assert not drops(even, spans)
    assert drops(DetailModel({}, 0.0, 0.99, 0.6), spans)
    assert not drops(DetailModel({}, 0.0, 0.99, 0.4), spans)
    assert not drops(DetailModel({}, 0.0, 0.99, 0.6), [])


def test_the_strongest_run_lies_in_its_sentence_and_a_weak_one_shows_the_sentence() -> None:
    sentence = _sentences(MISSED)[1].text
    start, end = strongest_run(sentence, _shipped())
    assert 0 <= start < end <= len(sentence) and "Kroon" in sentence[start:end]
    assert strongest_run(sentence, DetailModel({"U:venlo": 1.0}, 0.0, 0.9, None)) == (0, len(sentence))


def test_the_good_line_names_the_detail_the_model_counted(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(MISSED, encoding="utf-8")
    out = io.StringIO()
    assert main(["lint", "--kind", "connection_request", "--data-dir", str(tmp_path / "data"), str(note)], out) == 0
    good = [line for line in out.getvalue().splitlines() if "good" in line.split()]
    assert len(good) == 1 and "personalisation: personal: “" in good[0] and "Kroon Logistics warehouse" in good[0]


# (language, sentence the model is sure of, what the coach names as generic or None): the rules
# weighed these and found nothing only this reader could get, and their word wins.
DECLINED = [
    ("en", "Thanks for your application for the Data Analyst position.", "Thanks for your application"),
    ("nl", "Bedankt voor uw sollicitatie voor de vacature Financieel Adviseur.", "Bedankt voor uw sollicitatie"),
    ("en", "On your website I read that you help clients across the Netherlands.", "your website"),
    ("nl", "Mijn collega Jeroen heeft jullie vorig jaar gesproken op de Vakbeurs.", None),
]


@pytest.mark.parametrize(("lang", "sentence", "generic"), DECLINED)
def test_what_the_rules_declined_the_model_cannot_count(lang: str, sentence: str, generic: str | None) -> None:
    greeting, ask = {"en": ("Hi Anna,", "Would you be open to a short call next week?"),
                     "nl": ("Hoi Anna,", "Heb je volgende week tijd voor een kort gesprek?")}[lang]
    body = f"{greeting}\n\n{sentence}\n\n{ask}"
    spans = _sentences(body)
    assert _shipped().probability(spans[1].text, 1, len(spans)) > _shipped().override
    result = lint(Message(kind="connection_request", body=body, language=lang))
    assert _shown(result) == []
    (finding,) = [f for f in result.findings if f.rule == RULE]
    if generic is None:
        assert body[finding.start:finding.end] == greeting  # "nothing specific", at the opening
    else:
        assert body[finding.start:finding.end] == generic
