# SPDX-License-Identifier: GPL-3.0-or-later
"""Words, sentences, paragraphs and offsets: the counting every rule shares."""

from __future__ import annotations

import pytest

from inmail_studio.core import text
from inmail_studio.core.message import format_message_text, parse_message_text

ABBREVIATIONS = frozenset({"e.g", "bijv", "dr"})


def sentence_texts(value: str) -> list[str]:
    return [s.text for s in text.sentences(value, ABBREVIATIONS)]


@pytest.mark.parametrize(("value", "expected"), [
    ("One. Two! Three? Four…", ["One.", "Two!", "Three?", "Four…"]),
    ("Hi Anna,\nThanks for the intro.", ["Hi Anna,", "Thanks for the intro."]),
    ("We use tools, e.g. Slack and Jira, every day.", ["We use tools, e.g. Slack and Jira, every day."]),
    ("Wij gebruiken bijv. Slack. Jij ook?", ["Wij gebruiken bijv. Slack.", "Jij ook?"]),
    ("I met J. Smith and Dr. Jansen today. Nice.", ["I met J. Smith and Dr. Jansen today.", "Nice."]),
    ('She said "yes." Then she left.', ['She said "yes."', "Then she left."]),
    ("Version 2.5 ships today. Good.", ["Version 2.5 ships today.", "Good."]),
    ("See https://example.com/a.b. Then reply.", ["See https://example.com/a.b.", "Then reply."]),
    ("\n\n  \n", []),
    ("🙂\n— \nOK", ["OK"]),
])
def test_sentences(value: str, expected: list[str]) -> None:
    assert sentence_texts(value) == expected


def test_sentence_spans_point_into_the_text() -> None:
    value = "Hi Anna,\n\n  First one. Second one?  \nThird"
    for span in text.sentences(value, ABBREVIATIONS):
        assert value[span.start:span.end] == span.text


def test_paragraphs() -> None:
    value = "Hi Anna,\n\nFirst paragraph.\nStill first.\n \n\nSecond.\n"
    assert [p.text for p in text.paragraphs(value)] == ["Hi Anna,", "First paragraph.\nStill first.", "Second."]


@pytest.mark.parametrize("value", ["plain", "Zoë 🙂 x", "🙂🙂a", "e\u0301🙂"])
def test_utf16_offsets_round_trip(value: str) -> None:
    for index in range(len(value) + 1):
        assert text.from_utf16_offset(value, text.utf16_offset(value, index)) == index
    assert text.utf16_offset(value, len(value)) == len(value.encode("utf-16-le")) // 2


def test_nfc_len() -> None:
    assert text.nfc_len("Zoe\u0308") == 3
    assert text.nfc_len("🙂") == 1


@pytest.mark.parametrize(("value", "count", "index"), [
    ("abcdef", 4, 4), ("abc", 10, 3), ("e\u0301" * 5 + "xyz", 5, 10), ("e\u0301" * 5, 4, 8),
    ("Zoe\u0308 ok", 3, 4), ("🙂🙂🙂", 2, 2), ("", 0, 0),
])
def test_nfc_index_is_where_the_limit_falls(value: str, count: int, index: int) -> None:
    assert text.nfc_index(value, count) == index
    assert text.nfc_len(value[:index]) == min(count, text.nfc_len(value))


@pytest.mark.parametrize(("raw", "subject", "body"), [
    ("Subject: Your talk\n\nHi Anna,\nThanks.", "Your talk", "Hi Anna,\nThanks."),
    ("subject:   Your talk  \r\n\r\nHi Anna", "Your talk", "Hi Anna"),
    ("\ufeffSubject: Your talk\n\nHi", "Your talk", "Hi"),
    ("Hi Anna,\n\nSubject: not a header", "", "Hi Anna,\n\nSubject: not a header"),
    ("Subject: Only a subject", "Only a subject", ""),
])
def test_message_file_format(raw: str, subject: str, body: str) -> None:
    assert parse_message_text(raw) == (subject, body)


def test_message_file_format_round_trips() -> None:
    body = "Hi Anna,\n\nThanks."
    assert parse_message_text(format_message_text("Your talk", body)) == ("Your talk", body)
    assert parse_message_text(format_message_text("", "Hi Anna")) == ("", "Hi Anna")


@pytest.mark.parametrize(("value", "count"), [
    ("Write to First.M.Last@College.edu or see College.edu today.", 7),  # the example
    ("See yaradesign.nl/werk or forms.gle/abc12 for more.", 6),
    ("Mail jan@acme.nl, then www.acme.nl/jobs and https://acme.nl/a.b.", 6),
    ("We use tools, e.g. Slack and Jira, i.e. the usual ones.", 13),  # "e.g." is no domain
    ("Version 2.5 of Acme B.V. shipped in the U.S. today.", 13),
])
def test_an_address_or_a_domain_is_one_word(value: str, count: int) -> None:
    assert text.count_words(value) == count


def test_addresses_and_domains_are_not_scored_for_syllables() -> None:
    from inmail_studio.core.lint.engine import rulebook
    from inmail_studio.core.lint.readability import reading_ease

    english = rulebook().languages["en"]
    plain = reading_ease(["Write", "to", "us", "or", "see", "today"], 1, english)
    with_links = reading_ease(["Write", "to", "First.M.Last@College.edu", "us", "or", "see", "College.edu",
                               "today"], 1, english)
    assert with_links == plain


@pytest.mark.parametrize(("value", "words"), [
    ("Write to First.M.Last@College.edu or see College.edu today.", 7),
    ("We build it in Node.js and deploy daily.", 8),  # a dotted name ending in lower-case letters is one word
    ("Send the file.pdf over", 4),
    ("Our ASP.NET team", 4),  # an upper-case ending is no domain: ASP and NET
    ("Visit Acme.NL soon", 4),
    ("e.g. this and i.e. that", 7),  # abbreviations are letters, not domains
    ("See acme.nl/demo/v2, then reply", 4),
    ("Mail jan-piet@acme-bv.nl or bel", 4),
])
def test_a_bare_domain_or_address_is_one_word_as_the_coach_is_measured(value: str, words: int) -> None:
    assert text.count_words(value) == words


@pytest.mark.parametrize(("text", "quotes"), [
    ('Uw boek "Doe het nu je nog kunt" las ik graag.', ['"Doe het nu je nog kunt"']),
    ("Je schreef “een interessante opportuniteit” en ‘wat nu?’.", ["“een interessante opportuniteit”", "‘wat nu?’"]),
    ("It's Anna's team, and I'd say it's great.", []),  # apostrophes open nothing
    ('Een regel met " één teken\nen nog een " op de volgende.', []),  # a quote never spans two lines
])
def test_quoted_finds_what_someone_else_wrote(text: str, quotes: list[str]) -> None:
    from inmail_studio.core.text import quoted

    assert [text[a:b] for a, b in quoted(text)] == quotes
