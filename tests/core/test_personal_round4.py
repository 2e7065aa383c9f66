# SPDX-License-Identifier: GPL-3.0-or-later
"""personalisation, fourth round: hedges, ties in a sector, the reader's own application, things noticed.

The sentences are written for these tests, in both languages, one pattern per group, so that a rule
is held to the pattern and not to the corpus phrasing it was found in.
"""

from __future__ import annotations

import pytest

from inmail_studio.core import Message, lint
from inmail_studio.core.lint.model import LintResult

ASK = {"en": "Would you be open to a short call next week?", "nl": "Heb je volgende week tijd voor een kort gesprek?"}
GREETING = {"en": "Hi Anna,", "nl": "Hoi Anna,"}


def coach(lang: str, sentence: str) -> LintResult:
    body = f"{GREETING[lang]}\n\n{sentence}\n\n{ASK[lang]}"
    return lint(Message(kind="connection_request", body=body, language=lang))


def shown(result: LintResult) -> list[str]:
    return [h.text for h in result.highlights if h.rule == "personalisation"]


def warned(result: LintResult) -> bool:
    return any(f.rule == "personalisation" for f in result.findings)


# (language, sentence, part of the detail the coach must show)
FOUND = [
    # the writer's own hedge ("I think") before a shared past does not make it shared knowing
    ("en", "I think we were both on the Makers Academy cohort of spring 2019.", "we were both"),
    ("nl", "Ik denk dat we allebei in de lichting 2015 van de Politieacademie zaten.", "we allebei"),
    # a named or counted thing the writer noticed, then "you" and its verb
    ("en", "I came across the 40 refurbished e-bikes you put up for sale on Marktplaats.", "40 refurbished e-bikes"),
    ("en", "I read about the four-day-week trial you ran at the Leeds call centre.", "you ran"),
    ("en", "I spotted the three Senior Nurse vacancies you posted for the Ealing clinic.", "Senior Nurse vacancies"),
    ("nl", "Ik zag de drie tweedehands heftrucks die jullie op Marktplaats aanbieden.", "heftrucks"),
    # their contributions, explanations, programmes, appointments
    ("en", "Your contributions to the Home Assistant integrations have saved me hours.", "Your contributions"),
    ("nl", "Je bijdragen aan de Odoo-community helpen ons elke dag.", "Je bijdragen"),
    ("nl", "Bedankt voor je toelichting over de nieuwe cao gisteren bij de OR.", "je toelichting over"),
    ("nl", "Ik las in het Nieuwsblad over jullie nieuwe leertraject voor lassers.", "leertraject"),
    ("en", "Congratulations on your appointment to the board of Oxfam Novib.", "appointment"),
    ("nl", "Proficiat met uw aanstelling als directeur van De Lijn Limburg.", "aanstelling"),
    # advice of theirs the writer acted on
    ("en", "I took your advice to build a portfolio before applying, and it worked.", "your advice to build"),
    ("nl", "Ik heb je advies opgevolgd om eerst een portfolio te maken.", "je advies"),
    # a tour of their place, time spent together, knowing each other from somewhere
    ("en", "Thanks again for the tour of your bakery in Haarlem last Friday.", "your bakery"),
    ("nl", "Nogmaals dank voor de rondleiding door jullie bakkerij in Mechelen.", "jullie bakkerij"),
    ("en", "I still think back to our time at Booking.com in the payments team.", "our time at Booking.com"),
    ("nl", "Ik kijk nog vaak terug op onze gezamenlijke tijd bij de Rabobank.", "gezamenlijke tijd"),
    ("en", "We know each other from the Toastmasters club in Eindhoven.", "know each other from"),
    ("nl", "Wij kennen elkaar nog van de cursus timemanagement bij de VDAB.", "kennen elkaar"),
    # a place of theirs named by the nouns before it (English writes apart what Dutch compounds)
    ("en", "I ordered through your spare parts portal last week.", "your spare parts portal"),
    ("en", "Your dealer locator page sent me to a shop in Utrecht.", "Your dealer locator page"),
]

GENERIC = [
    # a tie in a sector or a market is true of thousands
    ("en", "I'm also active in the Manchester logistics sector and growing my network."),
    ("en", "Looks like we both work on digital health in the Benelux."),
    ("en", "We both sell into the retail market, so connecting made sense."),
    ("nl", "Ik ben ook actief in de Brabantse zorgsector en breid mijn netwerk uit."),
    ("nl", "Ook ik ben actief in de retailbranche."),
    # the reader applied: the position is the sender's own vacancy
    ("en", "Thank you for applying for the Warehouse Supervisor role at Tilbury."),
    ("en", "Thanks for your application for the Data Analyst position."),
    ("nl", "Bedankt voor je sollicitatie op de functie van magazijnmedewerker in Tilburg."),
    ("nl", "Bedankt voor uw sollicitatie voor de vacature Financieel Adviseur."),
    # their events, unnamed, are a sales pitch's guess
    ("en", "Your events deserve better catering."),
    ("nl", "Voor uw evenementen verzorgen wij de catering."),
    ("nl", "Jullie evenementen verdienen betere catering."),
    # a place of theirs with an adjective only
    ("en", "I love your beautiful office."),
    ("en", "Your whole website could convert better."),
    ("en", "Your stunning webshop could convert better."),
    ("nl", "Jullie hele website kan beter converteren."),
    # something noticed that names nothing; knowing together; advice wished for
    ("en", "I saw the email you sent to our support desk."),
    ("nl", "Ik zag de mail die je naar onze helpdesk stuurde."),
    ("en", "I think we both know how tough hiring is right now."),
    ("nl", "Ik denk dat we allebei weten hoe lastig werven nu is."),
    ("en", "I'd love your advice to help me pick the right course."),
    ("en", "I need your advice to choose a course."),
    ("nl", "Ik zou graag je advies willen om de juiste opleiding te kiezen."),
]


@pytest.mark.parametrize(("lang", "sentence", "part"), FOUND)
def test_a_detail_is_found_and_shown(lang: str, sentence: str, part: str) -> None:
    result = coach(lang, sentence)
    assert not warned(result), sentence
    assert any(part in text for text in shown(result)), (sentence, shown(result))


@pytest.mark.parametrize(("lang", "sentence"), GENERIC)
def test_a_generic_sentence_is_warned(lang: str, sentence: str) -> None:
    result = coach(lang, sentence)
    assert warned(result), (sentence, shown(result))
