# SPDX-License-Identifier: GPL-3.0-or-later
"""personalisation, round 30: follow-ups that say back the reader's own situation, and look-alikes that do not.

Round 30's tune writers (follow-ups in near-identical pairs, recaps after calls, fairs and intros) and the
misses still open from earlier rounds: a colleague of the reader's named with their title, the reader's
question or worry said out, a figure of theirs in a recap, an open role with its title at their site, a
meeting missed at a named stand; and on the other side a plural of vacancies with nothing that says which, a
sender introducing themself as co-founder of their own company, "like you said" before a truism and "you're
CFO at …" (a role). Sentences written for these tests (none copied from the coach corpus), in both languages.
"""

from __future__ import annotations

import pytest
from personal_sentences import coach, shown, warned

FOUND = [
    # a colleague of the reader's, named with their title or team
    ("en", "Your new HR lead Fatima asked me to send the shortlist.", "HR lead Fatima", "follow_up"),
    ("en", "Amir, your finance director, asked for the revised quote.", "your finance director", "follow_up"),
    ("en", "Ingrid from your logistics team sent me the floor plans.", "Ingrid from your logistics team", "follow_up"),
    ("nl", "Fatima, jullie HR-manager, vroeg me de shortlist te sturen.", "jullie HR-manager", "follow_up"),
    ("nl", "Uw directeur Jan Smit liet weten dat het budget rond is.", "Jan Smit", "follow_up"),
    ("nl", "Karim van jullie team in Tiel stuurde me de cijfers.", "Karim van jullie team", "follow_up"),
    # the reader's question or worry, said out
    ("en", "Thanks for your question whether the night shift gets a weekend allowance.", "night shift", "follow_up"),
    ("en", "Your concern about moving the payroll data to a cloud vendor makes sense.", "payroll data", "follow_up"),
    ("nl", "Uw vraag of de training ook in Antwerpen kan, heb ik nagevraagd.", "in Antwerpen kan", "follow_up"),
    ("nl", "Je zorgen over de reorganisatie bij de thuiszorg begrijp ik goed.", "reorganisatie", "follow_up"),
    # a figure of theirs in a recap of the call
    ("nl", "- jullie budget van ca. 18.000 euro voor volgend jaar", "18.000", "follow_up"),
    ("en", "- your fleet of 42 refrigerated trailers", "42 refrigerated", "follow_up"),
    # the reader seeking a counted number of people
    ("nl", "- ge zoekt 3 elektriciens voor de werf in Genk", "3 elektriciens", "follow_up"),
    # an open role with its title, placed at theirs by "your"
    ("en", "Circling back on your open Quality Engineer role at the Tilburg plant.", "Quality Engineer", "follow_up"),
    # where exactly they met or missed each other
    ("nl", "We hebben elkaar net gemist bij de stand van Vandemoortele.", "Vandemoortele", "follow_up"),
    ("en", "Sorry we missed each other at the Brightlane stand on Tuesday.", "Brightlane", "follow_up"),
    # a compound's head: a launch of theirs with its quarter
    ("en", "I know your Q3 app launch slipped to November, so I'll keep this short.", "Q3 app launch", "follow_up"),
    # where the reader stands: final rounds elsewhere, a freeze that says what, a preference said out
    # (rounds 30 and 31's final sets, read after scoring once)
    ("en", "I know you're in final rounds with another bank, so I'll keep this short.", "final rounds", "follow_up"),
    ("nl", "Ik begrijp dat je in de laatste ronde zit bij een ander ziekenhuis.", "laatste ronde", "follow_up"),
    ("en", "Understood that the events budget is frozen until your new fiscal year in July.", "events budget",
     "follow_up"),
    ("nl", "Jammer dat het budget voor nieuwe infuuspompen bevroren is tot het nieuwe boekjaar.", "infuuspompen",
     "follow_up"),
    ("en", "I've passed on your preference for a role with no more than two office days.", "two office days",
     "follow_up"),
    ("nl", "Ik heb uw voorkeur voor een opdracht van maximaal drie maanden doorgegeven.", "drie maanden", "follow_up"),
    # "like you" only as "like you said": "I'd like to …" before what they mentioned still counts
    ("en", "I'd like to follow up on the Kanban cards you mentioned and share an example.", "mentioned",
     "follow_up"),
    # a question about the sender's offer, spelled out, is theirs
    ("nl", "Terugkomend op je vraag of we ook met Nmbrs koppelen: dat kan sinds vorige maand.", "Nmbrs", "follow_up"),
    # plural vacancies that say how many or which
    ("nl", "Ik zag jullie vacatures voor 12 orderpickers in Tiel.", "12 orderpickers", "inmail"),
    ("en", "I noticed your 4 openings for night-shift nurses.", "4 openings", "inmail"),
]

GENERIC = [
    # every employer has vacancies: no number, no name says which
    ("en", "I saw your vacancies are still open, so I thought I'd check in.", "follow_up"),
    ("en", "Your vacancies in hospitality caught my eye.", "inmail"),
    ("nl", "Ik zag dat jullie vacatures voor monteurs al even openstaan.", "follow_up"),
    ("nl", "Ik zag jullie openstaande vacatures in de boekhouding.", "inmail"),
    # the sender introducing themself
    ("en", "I'm Lotte, co-founder of Pallety. Following up on my note from last week.", "follow_up"),
    ("nl", "Ik ben Daan, medeoprichter van Roosterwijs. Even een kort vervolg op mijn bericht.", "follow_up"),
    # "like you said" before a truism, as "as you said"
    ("en", "Like you said, it all starts with trust.", "follow_up"),
    # a role read off the profile
    ("en", "I saw you're CFO at a food wholesaler in Leeds.", "inmail"),
    # a question about nothing said, a title alone, a town's meeting
    ("en", "Thanks for your question.", "follow_up"),
    ("en", "I know your manager is busy this month.", "follow_up"),
    ("nl", "We hebben elkaar net gemist op de beurs.", "follow_up"),
    # the sender's own process, a freeze that says nothing of theirs, a year after a wish
    ("en", "Great news: they'd like to invite you to a final round with the CEO.", "follow_up"),
    ("en", "Thanks, understood that budgets are frozen until January.", "follow_up"),
    ("en", "Just a note: the client has put the Copywriter role on hold until Q2.", "follow_up"),
    ("en", "All the best for 2027!", "follow_up"),
    # a fresh reviewer's look-alikes: the sender's process, papers and admin, the thread's step, a greeting
    ("en", "I'll prepare you for the final round on Monday.", "follow_up"),
    ("en", "You're through to the final round with our client!", "follow_up"),
    ("en", "Your subscription is paused until March.", "follow_up"),
    ("en", "I've put your order on hold until you confirm.", "follow_up"),
    ("en", "Your invoice of €4,200 is attached.", "follow_up"),
    ("nl", "Jullie korting van 10% is verwerkt in de offerte.", "follow_up"),
    ("en", "I saw your vacancies in 2025 went up.", "inmail"),
    ("nl", "Bedankt voor uw vraag of opmerking over onze dienstverlening.", "follow_up"),
    ("en", "Thanks for your question what the next step is.", "follow_up"),
    ("en", "Please let me know your preference for the date of our call.", "follow_up"),
    ("nl", "Uw wens voor een fijne kerst en een goed 2027 waardeer ik.", "follow_up"),
    ("en", "Your assistant Copilot already drafts your emails.", "follow_up"),
    ("nl", "Jullie routeplanner PTV Map werkt prima.", "follow_up"),
    # "the X you mentioned" and straight on with the sender's own step
    ("en", "I'll look at the resources you mentioned and let you know how I get on.", "follow_up"),
    # the sender's own pitch with a figure, and a year
    ("en", "We can cut your costs of 40k a year by half.", "follow_up"),
    ("nl", "Ik stuur u de offerte voor uw begroting van 2027.", "follow_up"),
]


@pytest.mark.parametrize(("lang", "sentence", "part", "kind"), FOUND)
def test_the_readers_own_situation_is_found(lang: str, sentence: str, part: str, kind: str) -> None:
    result = coach(lang, sentence, kind=kind)
    assert not warned(result) and any(part in text for text in shown(result)), (sentence, shown(result))


@pytest.mark.parametrize(("lang", "sentence", "kind"), GENERIC)
def test_look_alikes_true_of_thousands_are_warned(lang: str, sentence: str, kind: str) -> None:
    assert warned(coach(lang, sentence, kind=kind)), sentence


def test_a_colleague_is_shown_without_what_follows() -> None:
    """The coach quotes the colleague and their title, not the rest of the sentence."""
    result = coach("en", "Great to meet your CEO Anna de Vries at the fair in Gorinchem.", kind="follow_up")
    assert "your CEO Anna de Vries" in shown(result)


def test_a_figure_of_theirs_counts_in_a_follow_up_only() -> None:
    """In a first message "your budget of 18,000 euro" is a guess; in a recap of the call it is theirs."""
    sentence = "Jullie budget van ca. 18.000 euro voor volgend jaar is ruim genoeg."
    assert not warned(coach("nl", sentence, kind="follow_up"))
    assert warned(coach("nl", sentence, kind="inmail"))


def test_a_question_of_theirs_is_quoted_whole() -> None:
    """The reader's question is shown to its end, also where the sender is its subject."""
    sentence = "Bedankt voor uw vraag hoe ik een nieuw team in de nachtdienst zou inwerken."
    result = coach("nl", sentence, kind="follow_up")
    assert any("zou inwerken" in text for text in shown(result)), shown(result)
