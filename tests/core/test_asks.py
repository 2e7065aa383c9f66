# SPDX-License-Identifier: GPL-3.0-or-later
"""The asks people actually write (issue 10): each example counts once, with its kind, in English and Dutch."""

from __future__ import annotations

import pytest

from inmail_studio.core import Message
from inmail_studio.core.lint import lint

EN_OPENING = "Hi Anna,\n\nYour post on buddies for new engineers made me rethink our first week.\n\n"
NL_OPENING = "Hoi Anna,\n\nJe bericht over buddy's voor nieuwe engineers zette me aan het denken.\n\n"


def kinds(sentence: str, language: str, kind: str = "follow_up") -> tuple[str, ...]:
    opening = EN_OPENING if language == "en" else NL_OPENING
    return lint(Message(kind=kind, body=opening + sentence, language=language)).metrics.cta_kinds


# (language, sentence, the kind of step it asks for): the issue's own examples first.
ISSUE_EXAMPLES = [
    # 1. A connection wish, phrased freely.
    ("en", "Would be good to be connected.", "connect"),
    ("en", "Always nice to connect with other people building data teams.", "connect"),
    ("en", "I'd welcome the chance to be part of your network.", "connect"),
    ("en", "Would love to stay in touch.", "connect"),
    ("en", "Thought it made sense for us to connect.", "connect"),
    ("nl", "Leuk om te connecten!", "connect"),
    ("nl", "Ik kom graag met je in contact.", "connect"),
    ("nl", "Altijd goed om vakgenoten in mijn netwerk te hebben.", "connect"),
    # 2. The next step as a wish, a value or an availability.
    ("en", "A 20-minute call would help me a lot.", "meeting"),
    ("en", "An intro to whoever owns this would go a long way.", "intro"),
    ("en", "I'd appreciate ten minutes next week.", "meeting"),
    ("en", "I'm still keen on a short chat if it's on your radar.", "meeting"),
    ("nl", "Een kort gesprek zou me enorm helpen.", "meeting"),
    ("nl", "Ik ben nog steeds geïnteresseerd in een kennismaking.", "interest"),
    # 3. A link, calendar or resource offered as the step.
    ("en", "My calendar is here: https://cal.example.com/anna", "calendar"),
    ("nl", "Plannen kan via deze link: https://cal.example.com/anna", "calendar"),
    ("en", "The two-minute demo is here: https://example.com/demo", "resource"),
    ("nl", "Hier is de opname, mocht je willen kijken.", "resource"),
    # 4. Fragment questions.
    ("en", "Interested?", "interest"),
    ("en", "Thoughts?", "opinion"),
    ("nl", "Interesse?", "interest"),
    ("nl", "Liever bellen?", "meeting"),
    ("nl", "Tijd voor koffie?", "meeting"),
    ("nl", "Zin om te sparren?", "interest"),
    # 5. Invitations and attendance.
    ("en", "I'd like to invite you to our session on Thursday.", "meeting"),
    ("en", "Would you be able to make it?", "reply"),
    ("nl", "Ik nodig je graag uit voor de sessie.", "meeting"),
    ("nl", "Lukt dat?", "reply"),
    ("nl", "Schikt dinsdag?", "reply"),
    # 6. Indirect questions.
    ("en", "I'm curious how your team handles this today.", "opinion"),
    ("en", "I'd love to know how you approach it.", "opinion"),
    ("nl", "Ik ben benieuwd hoe jullie dit nu aanpakken.", "opinion"),
    ("nl", "Benieuwd wat jij ervan vindt.", "opinion"),
    # 7. An abbreviation does not end the sentence.
    ("en", "Could we talk a.s.a.p. about the pilot?", "meeting"),
    ("nl", "Kunnen we z.s.m. bellen over de pilot?", "meeting"),
    # Each kind once more, in the other language where the issue gave none.
    ("en", "Would you be open to hearing more about the role?", "interest"),
    ("nl", "Staat u open voor een vrijblijvend gesprek over de functie?", "interest"),
    ("en", "Could you point me to the person who runs onboarding?", "intro"),
    ("nl", "Weet je misschien wie ik daarover het beste kan benaderen?", "intro"),
    ("en", "Happy to send you the checklist if useful.", "resource"),
    ("nl", "Zal ik je de checklist sturen?", "resource"),
    ("en", "Grab a slot here: https://calendly.com/anna/15min", "calendar"),
    ("nl", "Wat vind jij van deze aanpak?", "opinion"),
    ("en", "Let me know which day works.", "reply"),
    ("nl", "Laat je weten welke dag past?", "reply"),
    ("en", "Are you open to it?", "interest"),
    ("nl", "Heb je interesse?", "interest"),
]


@pytest.mark.parametrize(("language", "sentence", "kind"), ISSUE_EXAMPLES)
def test_ask_counts_once_with_its_kind(language: str, sentence: str, kind: str) -> None:
    assert kinds(sentence, language) == (kind,)


# (language, sentence): closings, small talk, statements and signature lines, which ask nothing.
NO_ASKS = [
    ("en", "Looking forward to hearing from you."),
    ("en", "No pressure."),
    ("en", "Thanks!"),
    ("en", "How are you?"),
    ("en", "Ever wondered why week two is the hardest?"),
    ("en", "Let me know if you have any questions."),
    ("en", "Great to meet you at the dinner yesterday!"),
    ("en", "We're looking for a staff engineer to own our ledger service."),
    ("nl", "Ik hoor graag van je."),
    ("nl", "Fijne week!"),
    ("nl", "Hoe gaat het?"),
    ("nl", "Mocht je vragen hebben, laat het gerust weten."),
    ("nl", "Benieuwd hoe het nu met je gaat."),
    ("en", "Joost | https://fietsdata.nl"),
    ("en", "Anouk de Vries · Brightline · https://brightline.nl"),
    ("nl", "Studio Vorm | 020 123 45 67 | studiovorm.nl"),
    ("nl", "İlknur Yılmaz | İzmir Bakkal · https://izmirbakkal.nl"),
    ("nl", "U kunt mij bereiken via j.hermans@example.nl."),
]


@pytest.mark.parametrize(("language", "sentence"), NO_ASKS)
def test_closings_small_talk_and_signatures_are_no_asks(language: str, sentence: str) -> None:
    assert kinds(sentence, language) == ()


@pytest.mark.parametrize(("language", "sentence", "kind"), [
    ("en", "Would love to connect and I'm happy to answer any questions you have.", "connect"),
    ("en", "Shall we set up a call next week; any questions before then, just ask.", "meeting"),
    ("en", "An intro to your head of hiring would go a long way and if you need anything from me, shout.",
     "intro"),
    ("nl", "Graag kom ik met je in contact en als je vragen hebt, hoor ik het graag.", "connect"),
    ("nl", "Zullen we volgende week even bellen? Bij vragen kun je me altijd mailen.", "meeting"),
    # a clause that opens as a question, with no question mark at the end
    ("en", "Are you free for a call on Tuesday and let me know if you have any questions", "meeting"),
    ("en", "Could we set up a quick call next week; let me know if you have any questions.", "meeting"),
    ("nl", "Heb je dinsdag tijd voor een belletje en laat gerust weten als je vragen hebt.", "meeting"),
    # the ask after the closing formula
    ("en", "Happy to answer any questions and would love to grab a coffee next week.", "meeting"),
])
def test_an_ask_joined_to_a_closing_formula_still_counts(language: str, sentence: str, kind: str) -> None:
    assert kinds(sentence, language) == (kind,)


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "Thanks again and if you have any questions, just shout."),
    ("en", "Feel free to reach out, if you have any questions."),
    ("en", "Hope all is well and let me know if you ever need anything."),
    ("nl", "Bedankt nog en mocht je vragen hebben, laat het gerust weten."),
])
def test_a_closing_formula_joined_to_a_pleasantry_asks_nothing(language: str, sentence: str) -> None:
    assert kinds(sentence, language) == ()


def test_two_sentences_that_ask_count_twice_one_sentence_with_two_asks_once() -> None:
    assert kinds("Would you be open to a call this week? Happy to send the deck first if useful.", "en") == (
        "meeting", "resource")
    assert kinds("Zullen we bellen, of stuur ik eerst de checklist?", "nl") == ("meeting",)


def test_each_ask_finding_carries_its_kind() -> None:
    body = NL_OPENING + "Zullen we volgende week bellen? Mag ik je de checklist sturen?"
    result = lint(Message(kind="follow_up", body=body, language="nl"))
    asks = [f for f in result.findings if f.rule == "call-to-action"]
    assert [f.to_dict()["kind"] for f in asks] == ["meeting", "resource"]
    assert result.to_dict()["metrics"]["cta_kinds"] == ["meeting", "resource"]


def test_a_first_message_that_asks_for_a_meeting_gets_a_tip_with_the_industry_estimate(marks) -> None:
    body = EN_OPENING + "Would you have 20 minutes for a call next week?"
    found = marks("call-to-action", kind="inmail", subject="Your post on buddies", body=body, language="en")
    assert [(m.severity, m.text) for m in found] == [("info", "Would you have 20 minutes for a call next week?")]
    finding = next(f for f in lint(Message(kind="inmail", subject="Buddies", body=body, language="en")).findings
                   if f.rule == "call-to-action")
    assert "Industry estimate" in finding.reason and finding.kind == "meeting"


@pytest.mark.parametrize(("kind", "body"), [
    ("inmail", NL_OPENING + "Sta je open voor een gesprek hierover? Heb je interesse?"),  # interest asked too
    ("follow_up", NL_OPENING + "Zullen we volgende week even bellen?"),  # not a first message
    ("connection_request", "Hoi Anna, mooie lezing over buddy's. Ik connect graag."),
])
def test_no_meeting_tip_when_interest_is_asked_or_it_is_no_first_message(kind: str, body: str, marks) -> None:
    found = marks("call-to-action", kind=kind, subject="Buddies", body=body, language="nl")
    assert [m for m in found if m.severity == "info"] == []


def test_the_word_index_never_hides_a_match() -> None:
    # A branch runs only when the sentence holds one of the words it needs; on every sentence of
    # the tuning corpus and of this file that must find what running every branch finds.
    import json
    from pathlib import Path

    from inmail_studio.core.lint.engine import rulebook
    from inmail_studio.core.lint.facts import asks
    from inmail_studio.core.lint.facts.patterns import words_of

    corpus = Path(__file__).resolve().parent.parent / "data" / "coach_corpus" / "tune.jsonl"
    rows = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    sentences = [(r["lang"], s["text"]) for r in rows for s in r["sentences"]]
    sentences += [(language, sentence) for language, sentence, _ in ISSUE_EXAMPLES]
    book = rulebook()
    for language, sentence in sentences:
        model = asks._model(book, language)
        low = sentence.lower().replace("’", "'")
        for grouped in (model.frames, model.steps, model.spans_not):
            assert grouped is not None
            every = sorted((name, *m.span()) for name, regex in grouped.branches for m in regex.finditer(low))
            assert sorted(grouped.matches(low, words_of(low))) == every, sentence


def test_a_pasted_book_is_read_only_as_far_as_a_message_goes() -> None:
    from inmail_studio.core.lint.facts.asks import MAX_SENTENCES

    body = "Would you be open to a call? " * (MAX_SENTENCES + 500)
    result = lint(Message(kind="follow_up", body=body, language="en"))
    assert result.metrics.sentences == MAX_SENTENCES + 500
    assert result.metrics.cta_count == MAX_SENTENCES


@pytest.mark.parametrize(("language", "sentence", "kind"), [
    ("nl", "Connecten? 🙂", "connect"),  # a question mark before an emoji still asks
    ("en", "Thoughts? 👀", "opinion"),
    ("en", "Is there any update on the hiring timeline?", "reply"),  # a question asks without "you"
    ("nl", "Klopt het dat de kick-off in juni is?", "reply"),
    ("en", "Open to a chat?", "interest"),  # a meeting without a time or size yields to the interest before it
    ("en", "Open to a quick chat?", "meeting"),  # a quick or short one is asked for as a meeting (the corpora: 8 of 9)
    ("en", "Open to a quick chat on Thursday?", "meeting"),
    ("nl", "Sta je open voor een kennismaking?", "interest"),
    ("en", "Keen to connect and compare notes.", "connect"),
    ("en", "You can grab 20 minutes with me here: https://meet.example.com/sam", "calendar"),
    ("nl", "Plan gerust een adviesgesprek in via https://plan.example.nl/advies", "calendar"),
    ("nl", "Hoe pakken jullie dat nu aan?", "opinion"),
    ("en", "The deck or a call?", "meeting"),
    ("en", "Want me to send over a 2-minute video of the setup?", "resource"),  # a length of a thing offered
    ("nl", "Zal ik je een filmpje van 4 minuten sturen?", "resource"),
    ("en", "Could I have 15 minutes of your time next week?", "meeting"),
    ("en", "Could you suggest someone in finance I could speak to?", "intro"),
    ("en", "Would you mind connecting me with the team lead?", "intro"),
    ("en", "What would you have done differently?", "opinion"),
    ("nl", "Ik bel je morgen even, is dat goed?", "meeting"),
    ("nl", "Donderdag?", "reply"),
])
def test_questions_and_kinds_the_corpora_taught(language: str, sentence: str, kind: str) -> None:
    assert kinds(sentence, language) == (kind,)


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "Why do so many teams still plan in spreadsheets?"),
    ("en", "Who knew payroll could be this much fun?"),
    ("nl", "Wat een dag was het gisteren, hè?"),
    ("nl", "Waarom blijven zoveel teams plannen in Excel?"),
    ("en", "If anything changes on your side, let me know."),
    ("nl", "Mocht je later nog vragen hebben over de rol, laat het gerust weten."),
    ("en", "RoadReady lets teams onboard drivers on the phone."),
    ("en", "It's been great to watch the team grow."),
    ("en", "The result? 40% fewer no-shows."),
    ("nl", "Het resultaat? 40 % minder no-shows."),
    ("nl", "Wat als het anders kan?"),
    ("nl", "Klinkt bekend?"),
])
def test_rhetorical_questions_and_open_doors_ask_nothing(language: str, sentence: str) -> None:
    assert kinds(sentence, language) == ()

