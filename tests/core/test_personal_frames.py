# SPDX-License-Identifier: GPL-3.0-or-later
"""personalisation: details said without "your" next to them, and the look-alikes that stay generic.

Each case names the pattern it stands for; the sentences are written for these tests, in both
languages, so that a rule is held to the pattern and not to one phrasing.
"""

from __future__ import annotations

import pytest

from inmail_studio.core import Message
from inmail_studio.core.lint import lint
from inmail_studio.core.lint.model import LintResult

ASK = {"en": "Would you be open to a short call next week?", "nl": "Heb je volgende week tijd voor een kort gesprek?"}
GREETING = {"en": "Hi Anna,", "nl": "Hoi Anna,"}


def coach(lang: str, sentence: str, kind: str = "connection_request") -> LintResult:
    body = f"{GREETING[lang]}\n\n{sentence}\n\n{ASK[lang]}"
    return lint(Message(kind=kind, body=body, language=lang))


def shown(result: LintResult) -> list[str]:
    return [h.text for h in result.highlights if h.rule == "personalisation"]


def warned(result: LintResult) -> bool:
    return any(f.rule == "personalisation" for f in result.findings)


# (language, sentence, part of the detail the coach must show)
FOUND = [
    # a piece praised or seen, with a topic: its owner is understood
    ("en", "What a clear thread on onboarding for night-shift staff.", "thread on onboarding"),
    ("nl", "Wat een scherpe post over roosters in de thuiszorg.", "post over roosters"),
    ("en", "Saw the launch of the Pathfinder SDK on Hacker News this morning.", "launch of the Pathfinder SDK"),
    ("nl", "Ik zag de lancering van de Kompas-app op Product Hunt.", "lancering van de Kompas-app"),
    ("en", "Saw the photos from your team's volunteering day at the food bank.", "photos from your team"),
    # forms of content the reader gives: a demo, a guest lecture, a carousel
    ("en", "Thanks for the demo of the Orbit dashboard yesterday.", "demo of the Orbit dashboard"),
    ("nl", "Dank voor je gastles over circulair bouwen op het ROC.", "je gastles over circulair bouwen"),
    ("nl", "Jouw LinkedIn-carrousel over onboarding van zzp'ers kwam precies op tijd.", "carrousel over onboarding"),
    # a piece or project with its name before the noun
    ("en", "It was a pleasure working together on the Meridian rollout.", "the Meridian rollout"),
    # a deed of theirs with a name or a number
    ("en", "You turned around the Leeds branch in under a year.", "You turned around the Leeds branch"),
    ("nl", "Je hebt in 2022 de webshop van Tuinhuys helemaal omgebouwd.", "omgebouwd"),
    # news about a named organisation, dated
    ("en", "Brightwater Council voted last week to outsource its fleet maintenance.", "Council voted"),
    ("nl", "Het college van Zwijndrecht heeft vorige week besloten de schoonmaak aan te besteden.", "besloten"),
    # a position the writer applied for is at the reader's company, though the writer speaks
    ("en", "I applied for the Junior Data Engineer role last week.", "Junior Data Engineer role"),
    ("nl", "Ik heb op 12 maart gesolliciteerd naar de functie Planner Binnendienst.", "functie Planner Binnendienst"),
    # the reader's places counted or named
    ("en", "Your three depots in the north must keep you busy.", "Your three depots"),
    ("nl", "Dank voor het gesprek over de verbouwing van uw loods in Tiel.", "uw loods in Tiel"),
    # a compound names the topic of a challenge
    ("nl", "Op de beurs spraken we kort over jullie roosterprobleem.", "jullie roosterprobleem"),
    # a shared past, said in the past
    ("nl", "We zaten allebei in het eerste jaar van de opleiding Bestuurskunde in Leiden.",
     "allebei in het eerste jaar"),
    # what someone told the writer, a referrer a few words before the verb
    ("en", "Ingrid Solberg from your finance team told me you're reviewing expense tools.", "Ingrid Solberg"),
    ("en", "Heard from Priya Nair that you're rebuilding the data team after the reorg.", "rebuilding the data team"),
    ("nl", "Ik zag dat de gemeente Ede een nieuwe aanbesteding voor leerlingenvervoer heeft uitgeschreven.",
     "gemeente Ede"),
    ("nl", "Ik zag dat jij sinds januari de nieuwe CFO bent bij Van Leeuwen Buizen.", "jij"),
    # a wish names an event like a congratulation does
    ("en", "Good luck with the Rotterdam store opening on Saturday!", "Rotterdam store opening"),
    ("nl", "Succes met de verhuizing naar het nieuwe kantoor aan de Catharijnesingel!", "verhuizing"),
    # a remark of theirs reported after "that"
    ("en", "Your comment that onboarding at Kestrel still lives in 40 spreadsheets made me smile.",
     "Your comment"),
    # a meeting of the two at a named event is shared, though "our" stands before it
    ("en", "Following up on our chat at the Booking.com alumni drinks on Thursday.", "Booking.com alumni drinks"),
    ("nl", "Naar aanleiding van ons gesprek op de Vakbeurs Zorg stuur ik je de brochure.", "Vakbeurs Zorg"),
    # a referral whose verb takes in "you", or reaches the reader over "that"
    ("en", "Kai Jansen said you're the person to talk to about freight audits.", "Kai Jansen said you're"),
    ("nl", "Sanne van der Berg gaf aan dat jij over de inkoop gaat.", "Sanne van der Berg gaf aan dat jij"),
    # a deed on an event of theirs, a question of theirs at an event
    ("en", "The way you handled the recall at Fennel Foods last spring was a masterclass.", "you handled the recall"),
    ("nl", "Naar aanleiding van uw vraag tijdens het webinar over btw-verlegging stuur ik de checklist.", "uw vraag"),
    # their own thing at a named place, their incident, their go-live
    ("en", "Thanks for walking me through your returns process in Venlo on Monday.", "your returns process in Venlo"),
    ("en", "Sorry to hear the warehouse flooded last week.", "warehouse"),
    ("en", "Hope the go-live of the new WMS went smoothly.", "go-live of the new WMS"),
    ("en", "Per our conversation at the Fleet Europe conference, here is the calculator.", "Fleet Europe"),
    # a listed noun in the plural, an event noun that is also news
    ("nl", "Jullie nieuwe reeks podcasts over ondernemen op het platteland is echt goed.", "podcasts over ondernemen"),
    ("nl", "Ik heb je gisteren horen spreken bij de opening van het Innovatiehuis in Zwolle.", "Innovatiehuis"),
    ("nl", "Ik heb je boek over lean in de zorg in één avond uitgelezen.", "je boek over lean"),
    # a prompted event with something specific after it
    ("en", "Congrats on the new role as Head of Sales at Tallyhub!", "Congrats on the new role as Head of Sales"),
    ("nl", "Gefeliciteerd met je nieuwe functie als hoofd inkoop bij Bouwgroep Dijk!", "je nieuwe functie als hoofd"),
    # a template's instruction to the writer stands for a detail
    ("en", "[Insert something specific from their recent activity]", "[Insert something specific"),
    ("nl", "[Noem iets specifieks uit hun recente posts]", "[Noem iets specifieks"),
]

# (language, sentence): true of thousands of readers, or the sender's own
GENERIC = [
    ("en", "I read an article about the talent shortage in logistics."),  # some article, not theirs
    ("nl", "Ik las vanochtend een interessant artikel over onboarding op afstand."),
    ("en", "Thanks for downloading the whitepaper on shift planning."),  # they read the sender's piece
    ("nl", "Leuk dat je onze whitepaper over roosters hebt gedownload!"),
    ("en", "Happy to give you the Acme demo whenever suits."),  # the sender's demo
    ("en", "You built a great team, I can tell."),  # a deed that names nothing
    ("nl", "Je hebt een indrukwekkende loopbaan opgebouwd."),
    ("en", "Noticed we're both in B2B SaaS."),  # the same field now
    ("nl", "We zitten allebei in de logistiek."),
    ("en", "You're invited: Founders Lunch Rotterdam on 14 May."),  # the sender's event
    ("nl", "Je bent uitgenodigd voor ons Ondernemersontbijt Utrecht op 3 juni."),
    ("nl", "Ik zie dat je bij de Rabobank in dat vakgebied werkt."),  # a role, the verb at the end
    ("nl", "Je werkt aan een product dat door 1 miljoen mensen gebruikt wordt."),  # a job pitch
    ("en", "The Senior Backend role pays up to €95k and is fully remote."),  # a recruiter's offer
    ("nl", "De functie Senior Backend Developer biedt tot € 5.800 bruto."),
    ("en", "Last year we helped Brightwater cut costs by 20%."),  # the sender's case
    ("nl", "Vorige week lanceerde Parcelo met onze hulp een nieuwe chauffeursapp."),
    ("en", "I noticed you have 12 years of experience in finance."),
    ("nl", "Ik zie dat je al 12 jaar ervaring hebt in finance."),
    ("en", "Thanks for the great conversation yesterday about our onboarding tool."),
    ("en", "I came across you in the search results for data engineers in Utrecht."),  # where, not who
    ("nl", "Ik kwam je tegen in de zoekresultaten voor HR-professionals in Gelderland."),
    ("en", "Let's have a call on Thursday at 10 a.m. to discuss."),  # a time is not an event
    ("en", "I help companies like yours find great people in Amsterdam."),  # theirs, but not a detail
    ("en", "Would your colleagues in Berlin be interested too?"),
    ("nl", "Uw medewerkers in Gent zijn vast ook druk."),
    ("en", "We both know how hard it is to hire good engineers."),  # common ground, not a shared past
    ("nl", "We weten allebei hoe lastig het is om goede developers te vinden."),
    ("en", "I'd love to hear your thoughts on the future of hybrid work."),  # it asks for their view
    ("nl", "Ik hoor graag jouw visie op de toekomst van hybride werken."),
    ("nl", "Heb je tips voor iemand die begint in data science?"),  # "je" is "you" in a question
    ("nl", "Je krijgt vast tien berichten per week van recruiters."),  # a guess
    ("en", "Congrats on your work anniversary!"),  # what the network prompts everyone to say
    ("nl", "Gefeliciteerd met je werkjubileum!"),
]


@pytest.mark.parametrize(("lang", "sentence", "detail"), FOUND)
def test_a_detail_said_without_your_is_found_and_shown(lang: str, sentence: str, detail: str) -> None:
    result = coach(lang, sentence)
    assert not warned(result), sentence
    assert len(shown(result)) == 1 and detail in shown(result)[0], shown(result)


@pytest.mark.parametrize(("lang", "sentence"), GENERIC)
def test_a_look_alike_that_is_generic_or_the_senders_still_warns(lang: str, sentence: str) -> None:
    result = coach(lang, sentence)
    assert warned(result) and shown(result) == [], shown(result)


def test_a_detail_that_names_something_is_shown_before_a_bare_your_post() -> None:
    body = "Hi Omar,\n\nI get your newsletter. In it I saw Norwell is opening a cross-dock in Tilburg.\n\n" + ASK["en"]
    result = lint(Message(kind="inmail", subject="Tilburg", body=body, language="en"))
    assert not warned(result)
    assert shown(result) == ["Norwell is opening a cross-dock in Tilburg"]


def test_a_prompted_congratulation_is_pointed_at_in_the_warning() -> None:
    message = Message(kind="connection_request", language="en", body="Hi Tom, congrats on your work anniversary!")
    finding = next(f for f in lint(message).findings if f.rule == "personalisation")
    assert message.body[finding.start:finding.end] == "your work anniversary"


def test_a_detail_span_stops_before_the_verb_that_follows_it() -> None:
    result = coach("en", "Your open-source parser for Dutch addresses saved me a weekend.")
    assert shown(result) == ["Your open-source parser for Dutch addresses"]
