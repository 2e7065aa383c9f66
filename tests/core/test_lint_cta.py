# SPDX-License-Identifier: GPL-3.0-or-later
"""call-to-action: exactly one clear, easy next step for the reader."""

from __future__ import annotations

import pytest

from inmail_studio.core import Message
from inmail_studio.core.lint import lint

EN_OPENING = "Hi Anna,\n\nYour post on buddies for new engineers made me rethink our first week.\n\n"
NL_OPENING = "Hoi Anna,\n\nJe bericht over buddy's voor nieuwe engineers zette me aan het denken.\n\n"


def asks(body: str, language: str, kind: str = "follow_up") -> int:
    return lint(Message(kind=kind, body=body, language=language)).metrics.cta_count


ONE_ASK = [
    ("en", "Would you be open to a 10-minute call next week?"),
    ("en", "Let me know if our checklist would help your team."),
    ("en", "Happy to share it if useful."),
    ("en", "What's your take on buddies for senior hires?"),
    ("en", "Could you point me to the person who runs onboarding?"),
    ("en", "Worth a quick chat?"),
    ("en", "Does Thursday at ten work for you?"),
    ("en", "Feel free to send me your onboarding doc."),
    ("en", "I'd love to hear how you handle the second month."),
    ("en", "Are you the right person to ask about this?"),
    ("en", "Read the two-page summary here: https://example.com/buddies"),
    ("en", "Interested?"),
    ("en", "Any thoughts?"),
    ("en", "Keen to hear your thoughts."),
    ("en", "Would love your take on it."),
    ("en", "Happy to chat if helpful."),
    ("en", "Curious to hear what you think."),
    ("nl", "Zou u openstaan voor een kort gesprek?"),
    ("nl", "Laat gerust weten wat u ervan vindt."),
    ("nl", "Heeft u volgende week tien minuten?"),
    ("nl", "Wat vind jij van deze aanpak?"),
    ("nl", "Zullen we volgende week even bellen?"),
    ("nl", "Mag ik je onze checklist sturen?"),
    ("nl", "Ik hoor graag hoe jullie de tweede maand aanpakken."),
    ("nl", "Ik deel onze notities graag als dat nuttig is."),
    ("nl", "Wie is bij jullie de juiste persoon hiervoor?"),
    ("nl", "Laat ook gerust weten of de checklist hielp."),
]


@pytest.mark.parametrize(("language", "sentence"), ONE_ASK)
def test_sentence_is_one_ask(language: str, sentence: str) -> None:
    opening = EN_OPENING if language == "en" else NL_OPENING
    assert asks(opening + sentence, language) == 1


NOT_ASKS = [
    ("en", "Ever wondered why onboarding takes so long?"),
    ("en", "How are you?"),
    ("en", "No pressure."),
    ("en", "Have a great weekend!"),
    ("en", "Did you know most teams skip the second month?"),
    ("en", "Looking forward to hearing from you."),
    ("en", "Kind regards, Joost"),
    ("en", "Thanks for reading."),
    ("en", "Who doesn't love a good checklist?"),
    ("en", "Joost | https://fietsdata.nl"),
    ("en", "Interested in this myself, I read a lot about it."),
    ("nl", "Hoe gaat het?"),
    ("nl", "Fijne week!"),
    ("nl", "Geen druk hoor."),
    ("nl", "Wist je dat de helft van de nieuwe mensen binnen een jaar vertrekt?"),
    ("nl", "Herken je dat?"),
    ("nl", "Met vriendelijke groet, Joost"),
    ("nl", "Mocht het ooit spelen, dan hoor ik het graag."),
    ("nl", "Ik kijk uit naar je reactie."),
]


@pytest.mark.parametrize(("language", "sentence"), NOT_ASKS)
def test_sentence_is_not_an_ask(language: str, sentence: str) -> None:
    opening = EN_OPENING if language == "en" else NL_OPENING
    assert asks(opening + sentence, language) == 0


def test_no_ask_is_an_error_on_the_last_sentence(marks) -> None:
    body = EN_OPENING + "We tried something similar. It worked."
    found = marks("call-to-action", kind="follow_up", body=body, language="en")
    assert [(m.severity, m.text) for m in found] == [("error", "It worked.")]


@pytest.mark.parametrize("body", ["Hoi Jeroen,", "Hoi Jeroen,\n\n", "Hi Jeroen,\n\nKind regards,\nMarieke"])
def test_a_draft_of_only_a_greeting_is_not_yet_missing_an_ask(marks, body: str) -> None:
    # a freshly opened follow-up ("Hoi Jeroen,") showed a red error before anything was written
    assert marks("call-to-action", kind="follow_up", body=body, language="nl") == []


@pytest.mark.parametrize(("language", "body", "where"), [
    ("nl", "Hoi Jeroen,\n\nNog even over de functie. Ik denk dat het goed bij je past.\n\nGroet,\nMarieke",
     "Ik denk dat het goed bij je past."),
    ("en", "Hi Jeroen,\n\nA quick note on the role. I think it suits you.\n\nKind regards,\nMarieke de Vries",
     "I think it suits you."),
])
def test_no_ask_points_before_the_sign_off_where_an_ask_would_go(marks, language: str, body: str,
                                                                 where: str) -> None:
    # a fresh-eyes recruiter clicked the finding and only her name was selected
    found = marks("call-to-action", kind="follow_up", body=body, language=language)
    assert [m.text for m in found] == [where]


@pytest.mark.parametrize(("language", "body"), [
    ("nl", "Dag Kevin, we zaten samen in de jury van de Antwerp Tech Awards vorige maand. Fijne avond nog!"),
    ("en", "Hi Kevin, we sat on the Antwerp Tech Awards jury together last month. Have a good evening!"),
])
def test_a_connection_note_without_an_ask_is_a_tip_that_suggests_no_meeting(language: str, body: str) -> None:
    """The invitation is the ask; a note that does not say so is a tip (an empty note is one too),
    and its fix is a line about connecting, not the call the meeting-first tip warns against."""
    result = lint(Message(kind="connection_request", body=body, language=language), ui_lang=language)
    [finding] = [f for f in result.findings if f.rule == "call-to-action"]
    assert finding.severity.value == "info"
    assert "connect" in finding.message
    assert not any(word in finding.hint for word in ("call", "gesprek", "bellen", "koffie"))


def test_two_asks_warn_on_each_ask_sentence(marks) -> None:
    body = EN_OPENING + ("Would you be open to a call next week? In the meantime, no pressure. "
                         "Let me know what you think.")
    found = marks("call-to-action", kind="follow_up", body=body, language="en")
    assert [(m.severity, m.text) for m in found] == [
        ("warning", "Would you be open to a call next week?"),
        ("warning", "Let me know what you think."),
    ]


def test_three_dutch_asks_warn_three_times(marks) -> None:
    body = NL_OPENING + ("Zullen we bellen? Mag ik je de checklist sturen? Laat gerust weten wat je ervan vindt."
                         "\n\nFijne week!")
    found = marks("call-to-action", kind="follow_up", body=body, language="nl")
    assert [m.text for m in found] == [
        "Zullen we bellen?", "Mag ik je de checklist sturen?", "Laat gerust weten wat je ervan vindt."]
    assert {m.severity for m in found} == {"warning"}


def test_one_ask_among_small_talk_is_fine(marks) -> None:
    body = "Hi Anna,\n\nHow are you? Ever wondered why week two is the hardest?\n\nWorth a quick chat?\n\nNo pressure."
    assert marks("call-to-action", kind="follow_up", body=body, language="en") == []


@pytest.mark.parametrize(("language", "body"), [
    ("en", "Hi Mark, your talk on platform teams in Ghent was great. I'd love to connect."),
    ("en", "Hi Mark,\n\nYour talk on platform teams in Ghent was great.\n\nWould love to connect."),
    ("nl", "Hoi Mark, je lezing over platformteams in Gent was sterk. Ik wil graag met je connecten."),
    ("nl", "Hoi Mark, je lezing over platformteams in Gent was sterk. Ik connect graag."),
])
def test_connection_request_asks_to_connect(language: str, body: str) -> None:
    assert asks(body, language, kind="connection_request") == 1


def test_empty_body_has_no_call_to_action_finding(marks) -> None:
    # The empty body is already an error; a second one for the missing ask would add nothing.
    assert marks("call-to-action", kind="inmail", subject="Onboarding", body="") == []


def test_question_inside_brackets_still_counts() -> None:
    assert asks(EN_OPENING + "(Would you be open to a call next week?)", "en") == 1
    assert asks(NL_OPENING + "(Heeft u volgende week tien minuten?)", "nl") == 1


def test_two_asks_that_start_alike_are_quoted_until_they_differ() -> None:
    body = ("Hi Anna,\n\nI liked your talk on buddies. Would you be open to a call next week? "
            "Would you be open to a short demo instead?")
    result = lint(Message(kind="inmail", subject="Buddies", body=body, language="en"))
    quotes = [f.message.split("(")[1].split(")")[0] for f in result.findings
              if f.rule == "call-to-action" and f.severity.value == "warning"]
    assert quotes == ["“Would you be open to a call…”", "“Would you be open to a short…”"]


def test_a_quote_cut_after_a_comma_drops_the_comma() -> None:
    body = "Hoi Tom,\n\nIs dit nog iets voor jou, of zit je goed waar je zit? Heb je tijd voor een belletje?"
    result = lint(Message(kind="follow_up", body=body, language="nl"), ui_lang="nl")
    messages = [f.message for f in result.findings if f.rule == "call-to-action"]
    assert any("(“Is dit nog iets voor jou…”)" in m for m in messages), messages
