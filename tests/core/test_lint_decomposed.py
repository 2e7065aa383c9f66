# SPDX-License-Identifier: GPL-3.0-or-later
"""A message pasted in decomposed Unicode (NFD: "e" + U+0301 for "é", as some editors and macOS
file names give it) is coached like the same message typed in NFC, with spans in the text as given."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inmail_studio.core import Message
from inmail_studio.core.lint import lint
from inmail_studio.core.text import nfc_with_offsets

BODY = ("Hoi Anna,\n\nWij zijn hét recruitmentbureau van Antwerpen. Ik las je column over personeelstekort "
        "in de zorg. Ben je geïnteresseerd in een kort gesprek volgende week?\n\nGroet,\nJoël")


def coached(body: str, subject: str = "Vraag over je café") -> tuple[list[tuple[str, str]], list[str]]:
    """(rule, quoted text) of each finding, and the highlighted texts."""
    result = lint(Message(kind="inmail", subject=subject, body=body, language="nl"))
    field = {"body": body, "subject": subject}
    return ([(f.rule, field[f.field][f.start:f.end]) for f in result.findings],
            [h.text for h in result.highlights])


def test_a_decomposed_message_gets_the_findings_of_the_composed_one() -> None:
    composed = coached(BODY)
    decomposed = coached(unicodedata.normalize("NFD", BODY), unicodedata.normalize("NFD", "Vraag over je café"))
    nfc = [(rule, unicodedata.normalize("NFC", text)) for rule, text in decomposed[0]]
    assert nfc == composed[0]
    assert ("first-contact-pitch", "Wij zijn hét recruitmentbureau") in nfc  # "hét" matched, however typed
    assert [unicodedata.normalize("NFC", t) for t in decomposed[1]] == composed[1]


def test_spans_of_a_decomposed_message_are_offsets_in_the_text_as_given() -> None:
    body = unicodedata.normalize("NFD", BODY)
    result = lint(Message(kind="inmail", body=body, language="nl"))
    [ask] = [f for f in result.findings if f.rule == "call-to-action" and f.kind]
    asked = "Ben je geïnteresseerd in een kort gesprek volgende week?"
    assert body[ask.start:ask.end] == unicodedata.normalize("NFD", asked)
    for highlight in result.highlights:
        assert body[highlight.start:highlight.end] == highlight.text


@pytest.mark.parametrize("text", ["plain ascii", "geïnteresseerd", "\u0301start", "ok\u0308"])
def test_text_already_in_nfc_is_left_alone(text: str) -> None:
    assert nfc_with_offsets(text) is None  # a mark with nothing to compose with stays as typed


@pytest.mark.parametrize("text", ["cafe\u0301 o\u0308f", "e\u0301\u0301x", "\u0301e\u0301", "A\u030a\u0301 Z",
                                  unicodedata.normalize("NFD", "한국어 café")])
def test_offsets_map_every_composed_offset_back(text: str) -> None:
    composed, offsets = nfc_with_offsets(text)  # type: ignore[misc]
    assert composed == unicodedata.normalize("NFC", text)
    assert len(offsets) == len(composed) + 1 and offsets[0] == 0 and offsets[-1] == len(text)
    for i in range(len(composed) + 1):  # each place maps to where the same prefix ends in the text as given
        if i == len(composed) or i == 0 or offsets[i] != offsets[i - 1]:
            assert unicodedata.normalize("NFC", text[:offsets[i]]) == composed[:i]


def test_a_decomposed_prospect_detail_is_found_in_a_composed_body() -> None:
    body = "Hoi Zoë,\n\nIk zag dat Bäckerei Müller in Zürich een tweede filiaal opent. Zullen we even bellen?"
    prospect = {"first_name": "Zoë", "recent_post": unicodedata.normalize("NFD", "Bäckerei Müller in Zürich")}
    result = lint(Message(kind="inmail", body=body, language="nl", prospect=prospect))
    assert not [f for f in result.findings if f.rule == "personalisation"]
    assert [h.text for h in result.highlights if h.kind == "detail"] == ["Bäckerei Müller in Zürich"]


@given(st.text(alphabet=st.sampled_from("aeo ,.?\n\u0301\u0308\u0327IkJe"), max_size=80))
def test_any_decomposed_text_keeps_spans_inside_its_field(text: str) -> None:
    result = lint(Message(kind="inmail", subject=text[:20], body=text, language="nl"))
    for item in (*result.findings, *result.highlights):
        size = len(text[:20] if item.field == "subject" else text)
        assert 0 <= item.start <= item.end <= size
