# SPDX-License-Identifier: GPL-3.0-or-later
"""The lint's shortcuts find what the long way finds: shared word lists, gated patterns, weights without names."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from inmail_studio.core import text
from inmail_studio.core.language import detect_fields, detect_language
from inmail_studio.core.lint.engine import rulebook
from inmail_studio.core.lint.facts import ask_kinds, ask_model, ask_stack, asks
from inmail_studio.core.lint.matching import PhraseMatcher, alternation

PROPERTY = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# What changes how a word is found or lower-cased: capitals, links, domains, addresses, "İ", "Σ".
PIECES = ["We", "ZIJN", "wij", "the", "De", "HET", "İstanbul", "ΟΔΟΣ", "Σ:Α", "ſ", "ı", "Acme.NL", "acme.nl",
          "HTTP://X.IO", "https://x.io/a", "WWW.X.NL", "a@b.nl", "e.g.", "scale-Ups", "Zoe\u0308", "don’t",
          "20% KORTING", "Plan nu een demo", "we’re the BEST", "marktleider", "\n", " ", ",", ".", "🙂", "1004",
          "plannen", "x-plan", "plan-x", "plan_x", "https://plan.nl/boek", "Zijn", "wij", "WIJ ZIJN", "nr. 1",
          "Boek\u0308", "boek", "vandaag nog", "leading provider", "Book", "a free demo"]
TEXTS = st.lists(st.sampled_from(PIECES) | st.text(max_size=6), max_size=25).map(" ".join)


def _lower_words_long_way(value: str) -> list[str]:
    low = value.lower()
    return text.word_pattern(low).findall(low)


@PROPERTY
@given(TEXTS)
@example("İk Σ:Α HTTP://X.IO Acme.NL")
def test_lower_words_are_the_words_of_the_lower_cased_text(value: str) -> None:
    assert text.lower_words(value) == _lower_words_long_way(value)


@PROPERTY
@given(TEXTS, TEXTS)
def test_the_language_of_the_fields_is_that_of_the_joined_text(subject: str, body: str) -> None:
    languages = rulebook().languages
    assert detect_fields((subject, body), languages) == detect_language(f"{subject}\n{body}", languages)


@PROPERTY
@given(TEXTS)
@example("Wij zijn de nummer 1 en marktleider; plan vandaag nog een demo. 20% korting!")
@example("We're the best provider in the world. Book a free demo today, 50 % OFF")
@example("Wij zijn de nummer 1 en x-plan een demo")  # "plan" only inside a hyphenated word
def test_gated_patterns_find_what_the_whole_alternation_finds(value: str) -> None:
    book = rulebook()
    for spec in book.rules.values():
        for language, words in spec.words.items():
            patterns = words.get("patterns", []) if isinstance(words, dict) else []
            if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns) or not patterns:
                continue
            whole = alternation(patterns)
            assert whole is not None
            lower = [text.fold(w) for w in text.word_texts(value)]
            found = list(PhraseMatcher((), patterns).finditer(value, lower, lambda: text.words(value)))
            expected: list[tuple[int, int]] = []
            for start, end in sorted((m.span() for m in whole.finditer(value)), key=lambda s: (s[0], -s[1])):
                if not expected or start >= expected[-1][1]:
                    expected.append((start, end))
            assert found == expected, (spec.id, language)


def test_every_word_that_opens_a_branch_holds_a_letter_or_an_apostrophe() -> None:
    """Grouped._opens answers () for a number without looking: no indexed word is made of digits."""
    book = rulebook()
    for language in book.languages:
        model = asks._model(book, language)
        for grouped in (model.steps, model.frames, model.spans_not, model.steps_not):
            if grouped is None:
                continue
            for word in (*grouped.by_word, *grouped.by_prefix):
                assert word and re.search(r"[^\W\d_]|'", word), (language, word)


def test_the_weights_of_a_sentence_sum_as_those_of_its_feature_names() -> None:
    book = rulebook()
    model = ask_stack.for_book(book)
    assert model is not None
    body = ("Hoi Anna,\nIk zag je bericht over de nieuwe hal in Venlo. Zou je openstaan voor een kort gesprek "
            "van 20 minuten? Dinsdag of donderdag komt mij goed uit: https://cal.com/anouk\nGroet,\nAnouk")
    sentences = text.sentences(body)
    _, readings = asks.read_asks(sentences, "nl", book)
    texts = [s.text for s in sentences]
    names = ask_stack.features(texts, readings, "inmail", "nl")
    assert ask_stack.decide(texts, readings, "inmail", "nl", model) == ask_stack.decide_features(names, readings, model)
    assert [ask_stack.features(texts, readings, "inmail", "nl", [i])[0] for i in range(len(texts))] == names
    for name, text_ in zip(names, texts, strict=True):
        assert list(ask_model.names(text_)) == name[:len(ask_model.names(text_))]


def test_kind_scores_by_rows_are_those_added_weight_by_weight() -> None:
    model = ask_kinds.for_book(rulebook())
    assert model is not None
    sparse = ask_kinds.KindModel(model.classes, model.bias, model.weights, model.margin)
    object.__setattr__(sparse, "_rows", None)  # the weight-by-weight sum, as before the rows
    names = [*model.weights][::7] + ["rk:meeting", "s:None", "w:unknown-word"]
    for start in range(0, len(names), 50):
        features = names[start:start + 90]
        assert model.scores(features) == sparse.scores(features)


@PROPERTY
@given(TEXTS)
@example("Beste Gerard, zou u openstaan voor een gesprek van 20 minuten? Dinsdag: 14 u.")
@example("ΟΔΟΣ Σ:Α 1004 _x_ a__b één")
def test_a_sentence_of_plain_runs_has_as_many_words_as_the_featuriser_counts(value: str) -> None:
    if text.words_are_runs(value):
        assert ask_model.read(value).words == text.count_words(value)
