# SPDX-License-Identifier: GPL-3.0-or-later
"""The detail model's featuriser and strongest run, and what the coach says with the shipped model."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from inmail_studio.cli import main
from inmail_studio.core import Message, text
from inmail_studio.core.lint import lint
from inmail_studio.core.lint.facts.detail_model import features, strongest_run

RULE = "personalisation"

# Invented for these tests: news of the reader's company (the rules count it since round 23, the model agrees).
MISSED = "Hi Bas,\n\nHope the move to the new Zuidas office went smoothly last month.\n\nCoffee soon?"


def _shown(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [h.text for h in result.highlights if h.rule == RULE]


def test_features_mask_names_numbers_and_placeholders_and_are_the_same_every_time() -> None:
    sentence = "Loved your talk at {{ event }} in Ghent, 2023!"
    expected = ["U:loved", "U:your", "U:talk", "U:at", "U:<PH>", "U:in", "U:<CAP>", "U:<NUM>",
                "B:loved your", "B:your talk", "B:talk at", "B:at <PH>", "B:<PH> in", "B:in <CAP>",
                "B:<CAP> <NUM>", "C:2p", "C:caps", "C:digit", "C:year", "C:content", "C:placeholder",
                "C:2p&content", "C:2p&caps", "C:content&caps"]
    assert features(sentence, 1, 3) == expected
    assert features(sentence, 1, 3) == expected
    assert "C:first" in features(sentence, 0, 3) and "C:last" in features(sentence, 2, 3)


def test_the_strongest_run_lies_in_its_sentence_and_a_weak_one_shows_the_sentence() -> None:
    sentence = "The Kroon Logistics warehouse in Venlo opened in 2024."
    weights = {"U:warehouse": 1.0, "U:opened": 1.0, "B:<CAP> warehouse": 0.5, "U:in": 0.1}
    start, end = strongest_run(sentence, weights)
    assert 0 <= start < end <= len(sentence) and "warehouse in Venlo opened" in sentence[start:end]
    assert strongest_run(sentence, {"U:venlo": 1.0}) == (0, len(sentence))
    assert strongest_run(sentence, {}) == (0, len(sentence))


def test_the_good_line_names_the_detail_the_model_counted(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(MISSED, encoding="utf-8")
    out = io.StringIO()
    assert main(["lint", "--kind", "connection_request", "--data-dir", str(tmp_path / "data"), str(note)], out) == 0
    good = [line for line in out.getvalue().splitlines() if "good" in line.split()]
    assert len(good) == 1 and "personalisation: personal: “" in good[0] and "Zuidas office" in good[0]


# (language, sentence, what the coach names as generic or None): the rules weighed these and found
# nothing only this reader could get; the model, which sees their reasons, agrees.
DECLINED = [
    ("en", "Thanks for your application for the Data Analyst position.", "Thanks for your application"),
    ("nl", "Bedankt voor uw sollicitatie voor de vacature Financieel Adviseur.", "Bedankt voor uw sollicitatie"),
    ("en", "On your website I read that you help clients across the Netherlands.", "your website"),
    ("nl", "Mijn collega Jeroen heeft jullie vorig jaar gesproken op de Vakbeurs.", None),
]


@pytest.mark.parametrize(("lang", "sentence", "generic"), DECLINED)
def test_what_the_rules_declined_stays_warned(lang: str, sentence: str, generic: str | None) -> None:
    greeting, ask = {"en": ("Hi Anna,", "Would you be open to a short call next week?"),
                     "nl": ("Hoi Anna,", "Heb je volgende week tijd voor een kort gesprek?")}[lang]
    body = f"{greeting}\n\n{sentence}\n\n{ask}"
    assert len(text.sentences(body)) == 3
    result = lint(Message(kind="connection_request", body=body, language=lang))
    assert _shown(result) == []
    (finding,) = [f for f in result.findings if f.rule == RULE]
    if generic is None:
        assert body[finding.start:finding.end] == greeting  # "nothing specific", at the opening
    else:
        assert body[finding.start:finding.end] == generic
