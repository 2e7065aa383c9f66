# SPDX-License-Identifier: GPL-3.0-or-later
"""personalisation, round 27: flattery that reads like a detail and is true of thousands of readers.

A company's age or anniversary, an award nobody named, a reputation, growth, a headcount, how long the
reader has been somewhere and a town shared are generic (corpus README, "Decisions"; round 27's tune
writers, who stacked several such lines in long sales InMails); the same sentence with news, a piece,
a named school or event, an amount or a named award still counts. So does a bare "as you said" before a
truism or the sender's own step ("As you said, small teams are underserved", "Zoals je vroeg, stuur ik je
de link"): it says nothing of theirs. Sentences written for these tests
(none copied from the coach corpus), in both languages.
"""

from __future__ import annotations

import pytest
from personal_sentences import coach, shown, warned

FLATTERY = [
    # a company's age or anniversary, with its name
    ("en", "Congratulations on 40 years of Hartman Logistics!"),
    ("en", "I noticed that Vellum Print has existed for over 30 years."),
    ("nl", "Proficiat met 25 jaar Brouwerij De Klok!"),
    ("nl", "Gefeliciteerd met het 40-jarig jubileum van Drukkerij Smit!"),  # counted from round 16 to 26
    ("nl", "Uw kantoor bestaat dit jaar 35 jaar, een mooie mijlpaal."),
    ("nl", "Ik zag dat Bouwbedrijf Kuipers dit jaar 60 jaar bestaat."),
    # an award nobody named
    ("en", "Congrats on the award!"),
    ("en", "Congratulations on the agency's recent award."),
    ("nl", "Gefeliciteerd met de onderscheiding!"),
    ("nl", "Proficiat met de prijs, verdiend!"),
    ("nl", "Proficiat met de prijs die jullie onlangs wonnen!"),
    # a reputation, growth, a headcount
    ("en", "Your firm has a great reputation across the Midlands."),
    ("en", "I see Northgate has grown a lot over the last few years."),
    ("nl", "Jullie zorggroep staat in heel Brabant goed bekend."),
    ("nl", "Ik zie dat jullie coöperatie flink groeit."),
    ("nl", "Ik zie dat jullie inmiddels met meer dan 400 leden zijn."),
    ("nl", "Met zes winkels en zo'n 90 medewerkers zijn jullie flink gegroeid."),
    # a bare "as you said" before a truism or the sender's own step
    ("en", "As you said, trust comes first in this business."),
    ("nl", "Zoals je vroeg, stuur ik je hierbij de link naar onze brochure."),
    # how long they have been somewhere or done something
    ("en", "I noticed you've been CFO since 2019."),
    ("en", "You've led the finance team for over eight years now."),
    ("nl", "Ik zie dat u al meer dan twaalf jaar in de zorg werkt."),
    # a town shared, no school, employer or event named
    ("en", "We both studied in Leiden, small world!"),
    ("en", "We're both Utrecht-based, so coffee is easy."),
    ("nl", "We hebben allebei in Groningen gestudeerd."),
    ("nl", "We wonen allebei in Hasselt."),
]

# the same kind of sentence saying which: news, an amount, a named award, school or event, a date
STILL_FOUND = [
    ("en", "Congrats on 40 years of Hartman Logistics and the new hub in Venlo!", "Hartman"),
    ("en", "Congrats on the Emerce Award for your checkout redesign!", "Emerce"),
    ("en", "Congrats on 25 years of Brightwater Dental, and on opening the new clinic in Leeds!", "Brightwater"),
    ("en", "As you wrote last week, your churn rose after the price change.", "churn rose"),
    ("en", "I saw your revenue grew 40% after the Series A.", "40%"),
    ("en", "We both studied at TU Delft around 2012.", "TU Delft"),
    ("en", "We were both at the Utrecht HR meetup last spring.", "Utrecht HR meetup"),
    ("en", "Looks like we both worked at Philips in Eindhoven.", "Philips"),
    ("nl", "Proficiat met de prijs voor het beste stageprogramma van Zeeland!", "beste stageprogramma"),
    ("nl", "Ik zag dat jullie groeien en in maart een tweede vestiging in Breda openen.", "tweede vestiging"),
    ("nl", "We hebben allebei aan de Hogeschool Utrecht gestudeerd.", "Hogeschool Utrecht"),
    ("en", "As you mentioned, your team is moving to Workday next year.", "Workday"),
    ("nl", "Zoals je vroeg: de offerte voor de tweede locatie in Hoofddorp zit in de bijlage.", "Hoofddorp"),
    ("nl", "Ik zag dat jullie een van de genomineerden voor de MKB Innovatie Top 100 zijn.", "genomineerden"),
]


@pytest.mark.parametrize(("lang", "sentence"), FLATTERY)
def test_flattery_true_of_thousands_is_warned(lang: str, sentence: str) -> None:
    assert warned(coach(lang, sentence)), sentence


@pytest.mark.parametrize(("lang", "sentence", "part"), STILL_FOUND)
def test_a_detail_beside_flattery_still_counts(lang: str, sentence: str, part: str) -> None:
    result = coach(lang, sentence)
    assert not warned(result), sentence
    assert any(part in text for text in shown(result)), (sentence, shown(result))


def test_the_warning_quotes_the_flattery_as_generic() -> None:
    """The coach says why it did not count: the flattering words are quoted as what thousands could get."""
    result = coach("en", "Congratulations on 40 years of Hartman Logistics!")
    finding = next(f for f in result.findings if f.rule == "personalisation")
    assert "40 years" in finding.message


# Round 27's final sets, once scored, missed these in follow-ups: thanks for recommending someone named, a tip
# of theirs followed to do something, and what the sender noted or understood from the reader with a name or a
# number. A date alone is not enough: the stack writers call "budgets are frozen until January" generic, and
# "thanks for the tip about the VLAIO subsidy" too, so "the tip" without "your" is left as it was.
FOLLOW_UP_FOUND = [
    ("en", "Thanks for recommending Priya Raman for our data lead role.", "Priya Raman"),
    ("en", "Many thanks for recommending Priya Raman for our data lead role.", "Priya Raman"),
    ("nl", "Ik heb je tip opgevolgd om mijn stage bij Bol bovenaan mijn cv te zetten.", "je tip opgevolgd om"),
    ("nl", "Ik begrijp dat jullie eerst de 14 filialen in Limburg willen aansluiten.", "14 filialen"),
    ("en", "I've noted that the link with Exact is decisive for your team.", "Exact"),
]

FOLLOW_UP_GENERIC = [
    ("nl", "Ik wens u veel succes met uw projecten."),  # round 28's final sets, read after scoring once
    ("en", "Thanks for the tip!"),
    ("nl", "Dank je voor de tip!"),
    ("nl", "Bedankt voor de demo van dinsdag."),
    ("en", "I understand that you're busy."),
    ("en", "I understand that budgets are frozen until January."),
    ("en", "I gather that Q3 is busy for you."),
    ("en", "I noted that we'll speak again in March."),
]


@pytest.mark.parametrize(("lang", "sentence", "part"), FOLLOW_UP_FOUND)
def test_a_follow_up_detail_said_back_is_found(lang: str, sentence: str, part: str) -> None:
    result = coach(lang, sentence, kind="follow_up")
    assert any(part in text for text in shown(result)) and not warned(result), (sentence, shown(result))


@pytest.mark.parametrize(("lang", "sentence"), FOLLOW_UP_GENERIC)
def test_a_follow_up_that_says_nothing_of_theirs_is_warned(lang: str, sentence: str) -> None:
    assert warned(coach(lang, sentence, kind="follow_up")), sentence


def test_what_the_sender_noted_is_no_detail_in_a_first_message() -> None:
    """In a first message the sender cannot have noted anything from the reader: it is a guess."""
    assert warned(coach("en", "I've noted that the link with Exact is decisive for your team.", kind="inmail"))


def test_a_truism_after_as_you_said_is_quoted_whole() -> None:
    """The warning quotes what was read as a truism, not the clause cut at its comma."""
    result = coach("en", "As you said, trust comes first in this business.", kind="follow_up")
    finding = next(f for f in result.findings if f.rule == "personalisation")
    assert "trust comes first in this business" in finding.message


def test_an_amount_or_a_place_is_read_by_its_ending() -> None:
    """The word endings in each language's list decide: "Edinburgh-based" is a town, "€5m" an amount."""
    assert warned(coach("en", "We're both Edinburgh-based, so coffee is easy."))
    assert not warned(coach("en", "Congrats on growing to €5m in revenue after the Series A."))
    assert warned(coach("nl", "Gefeliciteerd met het 15-jarig bestaan van FysioVondel!"))
