# SPDX-License-Identifier: GPL-3.0-or-later
"""subject-length, vague-subject and body-length, and how words and characters are counted."""

from __future__ import annotations

import pytest

from inmail_studio.core import Message
from inmail_studio.core.lint import lint

ASK_EN = "Would you be open to a short call next week?"
ASK_NL = "Heeft u volgende week tijd voor een kort gesprek?"


def words(n: int) -> str:
    return " ".join(["team"] * n)


# subject-length

def test_empty_subject_is_an_error(marks) -> None:
    assert [(m.severity, m.field) for m in marks("subject-length", subject="", body=ASK_EN)] == [
        ("error", "subject")]
    assert [m.severity for m in marks("subject-length", subject="   ", body=ASK_EN)] == ["error"]


def test_subject_of_60_characters_is_fine(marks) -> None:
    assert marks("subject-length", subject="a" * 60, body=ASK_EN) == []


def test_subject_of_61_characters_warns_from_character_60(marks) -> None:
    subject = "b" * 60 + "Z"
    message = Message(subject=subject, body=ASK_EN)
    [finding] = [f for f in lint(message).findings if f.rule == "subject-length"]
    assert (finding.severity.value, finding.start, finding.end) == ("warning", 60, 61)


def test_subject_over_200_characters_is_an_error(marks) -> None:
    assert [m.severity for m in marks("subject-length", subject="c" * 201, body=ASK_EN)] == ["error"]
    assert [m.severity for m in marks("subject-length", subject="c" * 200, body=ASK_EN)] == ["warning"]


def test_subject_counts_characters_after_nfc() -> None:
    # "é" typed as e + combining acute is one character to LinkedIn.
    decomposed = "e\u0301" * 60
    result = lint(Message(subject=decomposed, body=ASK_EN))
    assert result.metrics.subject_chars == 60
    assert [f for f in result.findings if f.rule == "subject-length"] == []


def test_decomposed_subject_over_the_limit_underlines_only_the_overflow() -> None:
    subject = "e\u0301" * 60 + "xyz"
    result = lint(Message(subject=subject, body=ASK_EN))
    [finding] = [f for f in result.findings if f.rule == "subject-length"]
    assert subject[finding.start:finding.end] == "xyz"


def test_subject_rules_ignore_other_kinds(marks) -> None:
    for kind in ("connection_request", "follow_up"):
        found = marks(None, kind=kind, subject="Hi" + "x" * 300, body="Hi Anna, I'd love to connect.")
        assert [m for m in found if m.field == "subject"] == []


def test_a_given_subject_is_counted_for_every_kind() -> None:
    # The count is the subject's whatever the kind (issue 10); the CLI notes that LinkedIn sends
    # a subject only with an InMail.
    for kind, chars in (("inmail", 9), ("connection_request", 9), ("follow_up", 9)):
        result = lint(Message(kind=kind, subject="Your talk", body="Hi Anna, I'd love to connect."))
        assert result.metrics.subject_chars == chars


# vague-subject

@pytest.mark.parametrize(("subject", "body"), [
    ("Quick question", ASK_EN), ("Hi", ASK_EN), ("Hello", ASK_EN), ("Following up", ASK_EN),
    ("quick QUESTION", ASK_EN), ("Re: following up", ASK_EN),
    ("Snelle vraag", ASK_NL), ("Hallo", ASK_NL), ("Even een vraag", ASK_NL), ("Kennismaking", ASK_NL),
    # a kind of message or offer that does not say which, a reply to nothing, "for you" as filler
    ("Vacature", ASK_NL), ("Uitnodiging!", ASK_NL), ("Mooie uitdaging", ASK_NL), ("Opportuniteit", ASK_NL),
    ("Uw bericht", ASK_NL), ("Iets voor jou?", ASK_NL),
    ("Job opportunity", ASK_EN), ("A new challenge for you", ASK_EN), ("Your message", ASK_EN), ("Invitation", ASK_EN),
])
def test_vague_subjects_warn_on_the_phrase(marks, subject: str, body: str) -> None:
    found = marks("vague-subject", subject=subject, body=body)
    assert len(found) == 1
    assert found[0].severity == "warning"
    assert found[0].text.lower() in subject.lower()
    assert found[0].text.strip()


@pytest.mark.parametrize(("subject", "body"), [
    ("Quick question about your Kubernetes migration", ASK_EN),
    ("Your talk on platform teams", ASK_EN),
    ("Hiring at Fietsdata", ASK_EN),  # "hi" inside a word is not a greeting
    ("Vraag over uw Kubernetes-migratie", ASK_NL),
    ("Hallo vanuit Utrecht: uw lezing over platformteams", ASK_NL),
    # one more word names which job or event
    ("Vacature Marketingmanager", ASK_NL), ("Uitnodiging rondetafelgesprek", ASK_NL),
    ("Uw bericht over de cao voor de schoonmaak", ASK_NL), ("Invitation: Utrecht HR breakfast", ASK_EN),
    ("Vacancy: Head of Data at Picnic", ASK_EN),
    ("{{ functie }}", ASK_NL),  # still to fill in: the placeholder rule says so
])
def test_specific_subjects_are_not_vague(marks, subject: str, body: str) -> None:
    assert marks("vague-subject", subject=subject, body=body) == []


def test_vague_subject_underlines_the_vague_phrase(marks) -> None:
    assert [m.text for m in marks("vague-subject", subject="Quick question", body=ASK_EN)] == ["Quick question"]


# body-length

@pytest.mark.parametrize(("count", "warns"), [(99, True), (100, False), (200, False), (201, True)])
def test_inmail_words(marks, count: int, warns: bool) -> None:
    found = marks("body-length", subject="Onboarding", body=words(count))
    assert [m.severity for m in found] == (["warning"] if warns else [])


def test_long_inmail_underlines_the_words_past_200(marks) -> None:
    body = words(200) + " overflow words"
    assert [m.text for m in marks("body-length", subject="Onboarding", body=body)] == ["overflow words"]


def test_inmail_over_1900_characters_is_an_error(marks) -> None:
    body = ("Onboarding remote engineers takes time. " * 48)[:1901]
    found = marks("body-length", subject="Onboarding", body=body)
    assert ("error", body[1900:]) in [(m.severity, m.text) for m in found]
    fits = marks("body-length", subject="Onboarding", body=body[:1900])
    assert "error" not in [m.severity for m in fits]


@pytest.mark.parametrize(("account", "chars", "error"), [
    ("premium", 300, False), ("premium", 301, True), ("premium", 250, False),
    ("free", 200, False), ("free", 201, True),
])
def test_connection_request_note_limits(marks, account: str, chars: int, error: bool) -> None:
    body = ("I'd love to connect. " * 20)[:chars]
    found = marks("body-length", kind="connection_request", account=account, body=body)
    assert [m.severity for m in found] == (["error"] if error else [])
    if error:
        assert found[0].text == body[-1]


def test_decomposed_note_over_the_limit_underlines_only_the_overflow(marks) -> None:
    # 200 accented letters typed as letter + combining mark, then the overflow.
    body = "e\u0301" * 200 + " over"
    found = marks("body-length", kind="connection_request", account="free", body=body)
    assert [(m.severity, m.text) for m in found] == [("error", " over")]


def test_connection_request_without_a_note_is_a_tip(marks) -> None:
    assert [m.severity for m in marks("body-length", kind="connection_request", body="")] == ["info"]


def test_empty_inmail_is_an_error(marks) -> None:
    assert [m.severity for m in marks("body-length", subject="Onboarding", body=" \n ")] == ["error"]


@pytest.mark.parametrize(("count", "warns"), [(150, False), (151, True)])
def test_follow_up_words(marks, count: int, warns: bool) -> None:
    found = marks("body-length", kind="follow_up", body=words(count))
    assert [m.severity for m in found] == (["warning"] if warns else [])


def test_follow_up_has_no_minimum(marks) -> None:
    assert marks("body-length", kind="follow_up", body="Any news? Let me know.") == []


# counting

@pytest.mark.parametrize(("text", "count"), [
    ("don't", 1), ("don’t", 1), ("scale-ups", 1), ("zo'n", 1), ("e-mail", 1),
    ("https://example.com/blog/onboarding?utm=x,y", 1), ("www.fietsdata.nl/team", 1),
    ("Hi! 🙂 — … ?!", 1), ("🙂🙂🙂", 0), ("— – , . ; : ( ) [ ]", 0),
    ("Zoe\u0308 en Zoë", 3), ("Read it: https://example.com/a, then reply.", 5),
    ("Hoi Anna, hoe gaat 't?", 5),
])
def test_body_words_metric(text: str, count: int) -> None:
    assert lint(Message(kind="follow_up", body=text)).metrics.body_words == count


def test_body_chars_counts_nfc_code_points() -> None:
    result = lint(Message(kind="follow_up", body="Zoe\u0308 🙂"))
    assert result.metrics.body_chars == len("Zoë 🙂")


@pytest.mark.parametrize(("subject", "language"), [
    ("Nieuwe uitdaging?", "nl"), ("Een unieke kans voor u", "nl"), ("Interessante opportuniteit", "nl"),
    ("A unique opportunity", "en"),
])
def test_a_stock_offer_as_subject_gets_one_warning_not_two(marks, subject: str, language: str) -> None:
    """first-contact-pitch reads the subject too: vague-subject does not repeat it on the same words."""
    body = ASK_NL if language == "nl" else ASK_EN
    found = marks(None, kind="inmail", subject=subject, body=body, language=language)
    on_subject = [(m.rule, m.severity) for m in found if m.field == "subject"]
    assert on_subject == [("first-contact-pitch", "warning")]
