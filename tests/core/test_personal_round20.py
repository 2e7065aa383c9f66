# SPDX-License-Identifier: GPL-3.0-or-later
"""personalisation, round 20: who brought writer and reader together, said in the passive, with the
verb first (Dutch inversion) or in a clause after the name; a shared past said with "like you" /
"net als u"; news said as one noun ("de beursgang", "the restructure").

Sentences written for these tests (none copied from the coach corpus), in both languages.
"""

from __future__ import annotations

import pytest
from personal_sentences import coach, counted, shows

from inmail_studio.core import Message
from inmail_studio.core.lint import lint
from inmail_studio.core.lint.facts.detail_model import strongest_run

# (language, sentence, part of the detail the coach must show)
INTRODUCED = [
    ("en", "We were put in touch by Hugo Martens at the port authority.", "Hugo Martens"),
    ("en", "I was introduced to you by Priya Shah last week.", "Priya Shah"),
    ("en", "You were recommended to me by Mr. Okafor from the finance team.", "Okafor"),
    ("en", "Tom Baker, who introduced us at the dinner, speaks highly of your team.", "Tom Baker"),
    ("en", "This is the planner role that Joost Smit flagged you for.", "Joost Smit"),
    ("en", "Ingrid Solberg pointed me to you when I asked about route planning.", "Ingrid Solberg"),
    ("nl", "Vorige week bracht Merel Jansen ons in contact.", "Merel Jansen"),
    ("nl", "Gisteren stelde Karin Bos mij aan u voor.", "Karin Bos"),
    ("nl", "Ik ben door Sanne Vos naar je doorverwezen.", "Sanne Vos"),
    ("nl", "We zijn door Pieter de Graaf aan elkaar voorgesteld.", "Pieter de Graaf"),
    ("nl", "Ook dank aan de heer Öztürk, die mij aan u heeft voorgesteld.", "Öztürk"),
    ("nl", "Dankzij jouw introductie bij Maartje Dekker mag ik in maart langskomen.", "Maartje Dekker"),
    ("en", "I was put in touch with you by Hugo Martens after the port conference.", "Hugo Martens"),
    ("en", "Hugo Martens has put us in touch about the planner role.", "Hugo Martens"),
    ("nl", "Lieke Smet heeft mij naar u doorverwezen voor de functie in Gent.", "Lieke Smet"),
    ("nl", "Vorige week bracht Sanne van der Berg ons in contact.", "Sanne van der Berg"),
    ("nl", "Gisteren stelde mevrouw Claes mij aan u voor.", "Claes"),
    ("nl", "Ik ben door dr. Smits naar je doorverwezen.", "Smits"),
]

# an introduction's words, or a name after "by" / "door", where nobody brought writer and reader together
NO_INTRODUCTION = [
    ("en", "Our platform is recommended by Gartner for mid-sized retailers."),
    ("en", "We connected by Zoom last week, so this is a quick recap."),
    ("nl", "Ik ben zelf door Randstad bij mijn vorige werkgever voorgesteld."),
    ("nl", "Je factuur wordt door Exact doorgestuurd naar je boekhouder."),
    ("nl", "Dankzij onze koppeling kun je je klanten direct doorverwijzen naar Mollie."),
    ("nl", "Toen was Pieter ook op de HR Tech Summit."),
    ("en", "The recent launch of ChatGPT Enterprise changes how teams write."),
]

# the same wordings with nobody named: could be written to anyone
INTRODUCED_BY_NOBODY = [
    ("en", "We were put in touch by a mutual contact."),
    ("en", "I was introduced to you by a former colleague."),
    ("nl", "Ik ben door een oud-collega naar je doorverwezen."),
    ("nl", "Vorige week bracht een kennis ons in contact."),
    ("nl", "Een oud-collega van je tipte me dat je openstaat voor iets nieuws."),
    ("en", "A former colleague of yours suggested I reach out."),
]

SHARED_PAST = [
    ("en", "Like you, I'm ex-ING: six years in risk before I moved into recruiting.", "ING"),
    ("en", "Like you, I served in the Royal Netherlands Navy before moving into security.", "Royal Netherlands Navy"),
    ("nl", "Net als u heb ik bij het Korps Mariniers gediend.", "Korps Mariniers"),
    ("nl", "Net als jij heb ik de lerarenopleiding aan Fontys gedaan.", "Fontys"),
    ("nl", "Ik ben net als jij oud-Rabobanker.", "Rabobanker"),
]

# "like you" with what is true of thousands: a field, a town, a tool
SHARED_BY_THOUSANDS = [
    ("en", "Like you, I work in B2B sales."),
    ("en", "Like you, I live in Amsterdam."),
    ("en", "Like you, I use HubSpot every day."),
    ("nl", "Net als jij woon ik in Utrecht."),
    ("nl", "Net als u werk ik in de zorg."),
    ("en", "Like you, I served in the army for a few years."),
    ("nl", "Net als u heb ik in het leger gediend."),
    ("en", "Just like you, our customers moved away from Excel."),
]



# the reader's plan, worry or question, with what it is
STANCES = [
    ("nl", "Na ons gesprek over jullie plan om de helpdesk uit te besteden heb ik een opzet gemaakt.", "helpdesk"),
    ("nl", "Ik snap je zorg dat je team de nieuwe planningstool niet gaat gebruiken.", "planningstool"),
    ("en", "I understand your concern that the night shift won't adopt the new scanners.", "night shift"),
    ("en", "Your plan to move the Tilburg warehouse onto one WMS made me think of a client.", "Tilburg warehouse"),
]

# …and the same nouns when nothing says what it is, or when it is asked for
STANCES_UNSAID = [
    ("en", "What is your plan to fix this?"),
    ("en", "I'd love to hear your plans."),
    ("nl", "Wat is jullie plan om dit op te lossen?"),
    ("nl", "Ik hoop dat je idee dat we samenwerken je aanspreekt."),
    ("nl", "Dank voor je vraag om een offerte voor twintig werkplekken."),
]


@pytest.mark.parametrize(("lang", "sentence", "part"), STANCES)
def test_the_readers_plan_or_worry_said_with_what_it_is_is_a_detail(lang: str, sentence: str, part: str) -> None:
    assert shows(coach(lang, sentence), part), counted(coach(lang, sentence))


@pytest.mark.parametrize(("lang", "sentence"), STANCES_UNSAID)
def test_a_plan_asked_for_or_left_unsaid_is_warned(lang: str, sentence: str) -> None:
    assert counted(coach(lang, sentence)) is None


@pytest.mark.parametrize(("lang", "sentence", "part"), INTRODUCED)
def test_who_introduced_them_named_is_a_detail(lang: str, sentence: str, part: str) -> None:
    assert shows(coach(lang, sentence), part), counted(coach(lang, sentence))


@pytest.mark.parametrize(("lang", "sentence"), NO_INTRODUCTION)
def test_no_introduction_is_read_where_nobody_brought_them_together(lang: str, sentence: str) -> None:
    assert counted(coach(lang, sentence)) is None


@pytest.mark.parametrize(("lang", "sentence"), INTRODUCED_BY_NOBODY)
def test_an_introduction_that_names_nobody_is_warned(lang: str, sentence: str) -> None:
    assert counted(coach(lang, sentence)) is None


@pytest.mark.parametrize(("lang", "sentence", "part"), SHARED_PAST)
def test_a_named_shared_past_said_with_like_you_is_a_detail(lang: str, sentence: str, part: str) -> None:
    assert shows(coach(lang, sentence), part), counted(coach(lang, sentence))


@pytest.mark.parametrize(("lang", "sentence"), SHARED_BY_THOUSANDS)
def test_like_you_with_what_thousands_share_is_warned(lang: str, sentence: str) -> None:
    assert counted(coach(lang, sentence)) is None


def test_an_introduction_in_a_follow_up_is_shown_with_the_name() -> None:
    body = "Hoi Thijs,\n\nVorige week bracht Merel Jansen ons in contact. Heb je dinsdag even tijd?\n\nGroet, Inge"
    result = lint(Message(kind="follow_up", body=body, language="nl"))
    assert any("Merel Jansen" in h.text for h in result.highlights if h.rule == "personalisation")


UNNAMED_INTRODUCERS = [
    ("en", "A mutual contact suggested I reach out.", "A mutual contact", "who introduced you"),
    ("nl", "Een oud-collega van je tipte me dat je openstaat voor iets nieuws.", "Een oud-collega",
     "wie jullie in contact"),
]
FRAME = {"en": ("Hi Anna,", "Best, Piet", "Question"), "nl": ("Hoi Anna,", "Groet, Piet", "Vraag")}


@pytest.mark.parametrize(("lang", "sentence", "quoted", "words"), UNNAMED_INTRODUCERS)
def test_an_unnamed_introducer_is_quoted_and_the_hint_asks_for_the_name(lang: str, sentence: str, quoted: str,
                                                                         words: str) -> None:
    greeting, closing, subject = FRAME[lang]
    body = f"{greeting}\n\n{sentence}\n\n{closing}"
    result = lint(Message(kind="inmail", subject=subject, body=body, language=lang), ui_lang=lang)
    finding = next(f for f in result.findings if f.rule == "personalisation")
    assert quoted in finding.message and words in finding.message
    assert body[finding.start:finding.end].startswith(quoted)


# Dutch follow-ups open with when or where, and the verb of saying comes before "je" / "u"
SAID_INVERTED = [
    ("nl", "Vorige week liet u weten dat de aanbesteding voor Zwolle pas in april sluit.", "aanbesteding voor Zwolle"),
    ("nl", "Vorige keer gaf je aan dat jullie pas in mei over de begroting beslissen.", "in mei"),
    ("en", "When we spoke in May you said the Leeds depot needs two more planners.", "Leeds depot"),
]


@pytest.mark.parametrize(("lang", "sentence", "part"), SAID_INVERTED)
def test_what_they_said_after_an_opening_time_is_found(lang: str, sentence: str, part: str) -> None:
    greeting, closing, _ = FRAME[lang]
    result = lint(Message(kind="follow_up", body=f"{greeting}\n\n{sentence}\n\n{closing}", language=lang))
    assert any(part in h.text for h in result.highlights if h.rule == "personalisation"), result.findings


@pytest.mark.parametrize("verb", ["liet je weten", "zei je"])
def test_what_they_said_they_would_do_next_stays_the_thread_after_an_opening_time(verb: str) -> None:
    body = f"Hoi Anna,\n\nVorige week {verb} dat je me na de zomer zou bellen.\n\nGroet, Piet"
    result = lint(Message(kind="follow_up", body=body, language="nl"))
    assert any(f.rule == "personalisation" for f in result.findings)


# news from the reader's own life, which they shared or posted
LIFE_NEWS = [
    ("en", "Congrats on the new baby!", "baby"),
    ("en", "Good to see you're back from parental leave.", "parental leave"),
    ("nl", "Gefeliciteerd met de geboorte van jullie dochter!", "geboorte"),
    ("nl", "Proficiat met jullie bruiloft.", "bruiloft"),
]


@pytest.mark.parametrize(("lang", "sentence", "part"), LIFE_NEWS)
def test_news_from_the_readers_life_is_a_detail(lang: str, sentence: str, part: str) -> None:
    assert shows(coach(lang, sentence), part), counted(coach(lang, sentence))


def test_a_detail_the_model_adds_is_quoted_to_the_end_of_its_clause() -> None:
    text = "Je mailde dat jullie CFO nog twijfelt over de implementatiekosten, dus ik stuur twee fasen."
    weights = {"U:twijfelt": 1.0, "U:over": 0.5, "U:de": 0.5, "U:nog": 0.5}
    start, end = strongest_run(text, weights)
    assert text[start:end] == "nog twijfelt over de implementatiekosten"
