# SPDX-License-Identifier: GPL-3.0-or-later
"""Round 5: fresh phrasings for the phenomena behind the fourth held-out writer's misses.

The odd-numbered messages' misses were fixed first (open_door … together) and the untouched even
half scored before and after; then the even half's misses where a second, blind labelling agreed
(need_any … situation_words). Each phenomenon is tested with sentences written for it (none taken
from a corpus), in English and Dutch, through lint(): the ask kinds the coach reports for an
opening plus the sentence.

- open_door: the reader's vague future need ("Should you ever need a hand, let me know",
  "Mocht je nog iets nodig hebben…") is a closing, no ask;
- spare_time: a condition on the reader's time ("If you ever have 15 minutes, I'd love to hear…")
  is no closing, and its length of time does not make the ask a meeting;
- third_party: someone else's wish reported ("The client is still keen to see…", "Het bestuur is
  benieuwd…") asks nothing of the reader;
- sender_promise: what the sender will do after the ask ("…, and I'll set up a call") does not set
  the ask's kind;
- sized_meeting: "open to a short call" asks for a meeting, "open to a chat" about interest;
- informal_meeting: a beer, a walk, a video call, and an alternative offered ("Or …, whichever you
  prefer", "Of anders …, wat jij fijner vindt") ask for a meeting;
- free_service: a service offered for free ("a free energy scan", "een gratis quickscan") is an
  offer that needs a yes (resource);
- sweetener: what the sender gives in return ("I'm happy to share my findings afterwards", "Als
  dank stuur ik je het rapport") is a weak ask: it does not count beside the real one;
- fallback: "If none of these slots suit you, just reply" is no ask (an alternative proposed as a
  question still is);
- status: a question whether they did something ("Did you get a chance to read…?"), a request for
  their own details ("Send me your CV") or a survey asks for a reply, whatever else it names;
- interest_words: "Worth a quick look?", "if you'd like to know more", "interessant voor jullie?";
- together: going through something together is a meeting; so is an interview one is invited to;
- need_any: the reader's need of anything ("Should you need any further information…") is a closing;
- invitation: an English invitation to an event counts only when no question or link asks about it
  (the writers: 3 of 4); the Dutch writers count "Graag nodig ik u uit…" as its own ask (3 of 4);
- attachment: "Please find my CV attached", "In de bijlage vind je…" ask nothing;
- disposition: "Always happy to swap ideas", "Altijd blij om…" ask nothing (a wish to connect does);
- shared_past: "…, remember?", "didn't we both…?", "weet je nog?" are small talk;
- conditional_request: "If you send me your number, I'll call you" asks for a reply;
- would_be_great: a step then "zou geweldig zijn", "an intro would be amazing" asks;
- proposal: "Then we can jump on a call", "Dan kunnen we even bellen" asks for a meeting;
- praised_experience: "Je ervaring bij X lijkt me waardevol" asks nothing; "ik hoor graag je ervaring" does;
- learn_more_weak: "I'd love to learn more about your goals" counts only when nothing else asks;
- situation_words: "What does your setup look like?" and "Wat vind jij?" ask for an opinion.

More phenomena, found by probing with fresh sentences after heldout4 was used up, are in
tests/core/test_asks_round5_probes.py.
"""

from __future__ import annotations

import pytest

from inmail_studio.core import Message
from inmail_studio.core.lint import lint

OPENING = {"en": "Hi Sam,\n\nI saw your talk on warehouse robotics.\n\n",
           "nl": "Hoi Sam,\n\nIk zag je talk over magazijnrobots.\n\n"}


def kinds(language: str, sentence: str) -> tuple[str, ...]:
    """The ask kinds the coach finds in an opening that asks nothing, followed by `sentence`."""
    return lint(Message(kind="inmail", body=OPENING[language] + sentence, language=language)).metrics.cta_kinds


# phenomenon -> (language, sentence, the kinds of the asks it holds)
PHENOMENA: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {
    "open_door": [
        ('en', 'Should you ever need a hand with hiring, just let me know.', ()),
        ('en', "If there's anything else you need from me, such as references, do let me know.", ()),
        ('en', 'Whenever you need extra hands on a project, give me a shout.', ()),
        ('nl', 'Mocht je nog iets van me nodig hebben, laat maar weten.', ()),
        ('nl', 'Mocht u ooit hulp nodig hebben bij werving, laat het gerust weten.', ()),
        ('nl', 'Als je nog iets nodig hebt, zoals een referentie, zeg het maar.', ()),
    ],
    "spare_time": [
        ('en', "If you ever have a free half hour, I'd love to hear how you set up your lab.", ('opinion',)),
        ('en', 'If you ever find a spare moment, a quick call would help me a lot.', ('meeting',)),
        ('en', "If you ever have 15 minutes, I'd be glad to learn how you started out.", ('opinion',)),
        ('nl', 'Als je ooit een kwartiertje over hebt, hoor ik graag hoe je begonnen bent.', ('opinion',)),
        ('nl', 'Mocht je eens een halfuurtje tijd hebben, dan zou ik graag met je sparren.', ('meeting',)),
    ],
    "third_party": [
        ('en', 'The client is still keen to see a second candidate before Friday.', ()),
        ('en', "They're eager to hear back from the shortlist by Monday.", ()),
        ('en', "She's hoping to talk to two more people this week.", ()),
        ('en', 'The board is keen to review one more proposal next week.', ()),
        ('nl', 'De klant is nog steeds benieuwd naar een extra profiel.', ()),
        ('nl', 'Ons bestuur is erg benieuwd hoe de pilot in Gent loopt.', ()),
    ],
    "sender_promise": [
        ('en', "If you're still open to it, reply by Monday and I'll book a call with the founder.", ('interest',)),
        ('en', "If this sounds interesting, let me know and we'll set up a demo.", ('interest',)),
        ('nl', 'Als je interesse hebt, laat het weten, dan plan ik een gesprek in met de directeur.', ('interest',)),
        ('nl', 'Heb je interesse, laat het me weten en dan regel ik een call met het team.', ('interest',)),
    ],
    "sized_meeting": [
        ('en', 'Would you be open to a short call about your roadmap?', ('meeting',)),
        ('en', 'Open to a brief chat next month?', ('meeting',)),
        ('nl', 'Sta je open voor een kort gesprek over de planning?', ('meeting',)),
        ('nl', 'Zou u openstaan voor een korte call?', ('meeting',)),
        ('en', 'Would you be open to an exploratory conversation?', ('interest',)),
        ('nl', 'Staat u open voor een kennismaking?', ('interest',)),
    ],
    "informal_meeting": [
        ('nl', 'Zin om een keer een borrel te drinken?', ('meeting',)),
        ('nl', 'Of anders een kwartiertje bellen, wat jou beter uitkomt.', ('meeting',)),
        ('nl', 'Of liever even videobellen?', ('meeting',)),
        ('nl', 'Anders kunnen we ook gewoon een uurtje wandelen, wat je prettiger vindt.', ('meeting',)),
        ('en', 'Fancy grabbing a beer after work sometime?', ('meeting',)),
        ('en', 'Or a quick video call, whichever you prefer.', ('meeting',)),
        ('en', 'Or else a walk around the block at lunch, whatever suits you.', ('meeting',)),
        ('en', 'Up for a pint on Thursday?', ('meeting',)),
    ],
    "free_service": [
        ('en', "We'd gladly run a free energy scan of your building.", ('resource',)),
        ('en', "I'm happy to put together a free cost estimate for your site.", ('resource',)),
        ('en', 'Happy to do a no-cost audit of your setup.', ('resource',)),
        ('nl', 'Ik doe graag een gratis quickscan van jullie website.', ('resource',)),
        ('nl', 'We voeren graag kosteloos een meting uit bij u op locatie.', ('resource',)),
        ('nl', 'Wij stellen graag een vrijblijvende berekening voor uw pand op.', ('resource',)),
    ],
    "sweetener": [
        ('en', 'Could you spare 15 minutes for a short interview? '
         "I'm happy to share my results afterwards.", ('meeting',)),
        ('en', 'Would a 20-minute call work for you? Glad to send you the final report in return.', ('meeting',)),
        ('en', 'Could you point me to whoever runs procurement? '
         'Happy to pass on a summary of what I learn once the study is done.', ('intro',)),
        ('en', "I'd love your view on the draft. "
         "In exchange, I'd gladly share the benchmark once it's published.", ('opinion',)),
        ('nl', 'Heb je een kwartiertje voor een kort interview? '
         'Ik deel graag mijn bevindingen achteraf met je.', ('meeting',)),
        ('nl', 'Wil je kort reageren op de vragen hieronder? Als dank stuur ik je graag het eindrapport.', ('reply',)),
        ('nl', 'Zou u twintig minuten willen bellen? '
         'Na afloop stuur ik u graag een samenvatting van de uitkomsten.', ('meeting',)),
        ('nl', 'Kunnen we volgende week even bellen? In ruil daarvoor deel ik graag de resultaten.', ('meeting',)),
    ],
    "fallback": [
        ('en', 'If none of these slots suit you, just reply with a better day.', ()),
        ('en', "If neither date works, let me know and I'll send a few more.", ()),
        ('en', "If that time doesn't work for you, simply suggest another.", ()),
        ('en', 'If none of the options fit, drop me a line.', ()),
        ('nl', 'Als geen van deze momenten past, laat het gerust weten.', ()),
        ('nl', 'Mocht die dag je niet uitkomen, stuur me dan een alternatief.', ()),
        ('nl', 'Als deze tijden niet passen, zeg het maar.', ()),
        ('en', "If Tuesday doesn't suit, how about a call on Thursday morning?", ('meeting',)),
    ],
    "status": [
        ('en', 'Did you get a chance to look at the deck I sent?', ('reply',)),
        ('en', 'Have you had time to read the proposal yet?', ('reply',)),
        ('en', 'Could you send me your CV and your availability?', ('reply',)),
        ('en', 'Feel free to share your rates for a two-day workshop.', ('reply',)),
        ('nl', 'Heb je de offerte al kunnen bekijken?', ('reply',)),
        ('nl', 'Heeft u de gelegenheid gehad de brochure te lezen?', ('reply',)),
        ('nl', 'Stuur me gerust je cv en je beschikbaarheid.', ('reply',)),
        ('nl', 'Wil je me je telefoonnummer even mailen?', ('reply',)),
        ('en', 'Would you be willing to fill in a two-minute questionnaire?', ('reply',)),
        ('nl', 'Wil je een korte vragenlijst invullen?', ('reply',)),
    ],
    "interest_words": [
        ('en', 'Worth a quick look?', ('interest',)),
        ('en', "Let me know if you'd like to know more.", ('interest',)),
        ('nl', 'Zou dit interessant kunnen zijn voor jullie team?', ('interest',)),
        ('nl', 'Laat maar weten of je hier meer over wilt horen.', ('interest',)),
        ('nl', 'Lijkt dit je interessant?', ('interest',)),
        ('en', 'Do you already have someone lined up for that?', ('reply',)),
    ],
    "together": [
        ('en', 'Would Wednesday work to go through it together?', ('meeting',)),
        ('en', 'Could we look at the numbers together next week?', ('meeting',)),
        ('nl', 'Zin om even te bellen?', ('meeting',)),
        ('nl', 'Past donderdag om de cijfers samen door te nemen?', ('meeting',)),
        ('en', "We'd like to invite you to a second interview.", ('meeting',)),
        ('nl', 'We nodigen je graag uit voor een tweede gesprek.', ('meeting',)),
    ],
    "need_any": [
        ('en', "Should you need any further information, I'm happy to provide it.", ()),
        ('en', 'If you need more details on my background, just let me know.', ()),
        ('nl', 'Mocht u nog aanvullende gegevens nodig hebben, dan hoor ik het graag.', ()),
        ('nl', 'Als je extra informatie nodig hebt, laat het gerust weten.', ()),
    ],
    "invitation": [
        ('en', "We'd love to invite you to our supply-chain breakfast on 4 March. "
         'Would you be able to make it?', ('reply',)),
        ('en', "I'd like to invite you to a first interview with our CTO. "
         'Please choose a slot here: https://cal.com/acme/interview', ('calendar',)),
        ('nl', 'Graag nodig ik je uit voor onze klantendag op 14 mei. '
         'Laat je even weten of je erbij bent?', ('reply', 'reply')),
        ('nl', 'Wij nodigen u graag uit voor de opening van ons nieuwe lab. '
         'Kunt u aangeven of u komt?', ('reply', 'reply')),
        ('en', "I'd like to invite you to our roundtable on data contracts next month.", ('reply',)),
        ('nl', 'Ik nodig je graag uit voor onze meetup over platform engineering.', ('reply',)),
    ],
    "attachment": [
        ('en', 'Please find my CV attached.', ()),
        ('en', "Attached you'll find the brochure for next year.", ()),
        ('en', "I've attached the case study we discussed.", ()),
        ('nl', 'In de bijlage vind je mijn portfolio.', ()),
        ('nl', 'Bijgaand treft u de offerte aan.', ()),
        ('nl', 'U vindt het programma als bijlage bij deze mail.', ()),
    ],
    "disposition": [
        ('en', 'Always happy to swap ideas if you ever fancy it.', ()),
        ('en', "I'm always glad to help people who are new to the field.", ()),
        ('en', 'Always keen to connect with people in hospital logistics.', ('connect',)),
        ('nl', 'Altijd blij om ervaringen uit te wisselen als je daar ooit zin in hebt.', ()),
        ('nl', 'Ik sta altijd open om mee te denken met starters in de zorg.', ()),
    ],
    "shared_past": [
        ('en', 'We were both in the 2019 cohort at Insead, remember?', ()),
        ('en', "Hi Noor, didn't we both work on the Schiphol tender back then?", ()),
        ('nl', 'Hoi Sanne, zaten jij en ik niet allebei bij de Hogeschool Utrecht?', ()),
        ('nl', 'We liepen allebei stage bij Philips, weet je nog?', ()),
    ],
    "conditional_request": [
        ('en', "If you send me your number, I'll give you a ring on Thursday.", ('reply',)),
        ('en', "If you reply with two good times, I'll send over an invite.", ('reply',)),
        ('nl', 'Als je me je mailadres stuurt, stuur ik de uitnodiging door.', ('reply',)),
        ('nl', 'Als u mij uw beschikbaarheid doorgeeft, plan ik een afspraak in.', ('reply',)),
    ],
    "would_be_great": [
        ('nl', 'Een korte call zou al geweldig zijn.', ('meeting',)),
        ('nl', 'Een halfuurtje koffie zou echt top zijn.', ('meeting',)),
        ('nl', 'Een introductie bij jullie inkoper zou heel fijn zijn.', ('intro',)),
        ('en', 'And if you know their head of IT, an intro would be fantastic.', ('intro',)),
        ('en', 'A quick intro to your finance lead would be amazing.', ('intro',)),
    ],
    "proposal": [
        ('nl', 'Dan kunnen we even bellen over de planning.', ('meeting',)),
        ('nl', 'Daarna kunnen we eens koffie drinken in Utrecht.', ('meeting',)),
        ('en', 'Then we can jump on a call about the timeline.', ('meeting',)),
        ('en', 'Maybe we could grab a coffee near your office.', ('meeting',)),
    ],
    "praised_experience": [
        ('nl', 'Je ervaring bij Fluxys lijkt me hier erg waardevol.', ()),
        ('nl', 'Jouw ervaring in de retail past precies bij deze rol.', ()),
        ('nl', 'Ik hoor graag je ervaring met die migratie.', ('opinion',)),
        ('en', 'Your experience at Vattenfall seems highly relevant here.', ()),
    ],
    "learn_more_weak": [
        ('en', "I'd love to learn more about your plans for 2025 and see whether we could help. "
         'Who looks after paid search at your company?', ('intro',)),
        ('en', 'Keen to find out more about your hiring goals. Would a short call on Monday work?', ('meeting',)),
        ('en', "I'd love to learn more about your roadmap.", ('opinion',)),
        ('nl', 'Ik wil graag meer weten over jullie plannen voor volgend jaar. '
         'Ben jij daarvoor de juiste persoon?', ('intro',)),
        ('nl', 'Graag hoor ik meer over jullie groeiplannen. Zullen we donderdag even bellen?', ('meeting',)),
        ('nl', 'Ik zou graag meer horen over jouw aanpak.', ('opinion',)),
    ],
    "situation_words": [
        ('en', 'What does your current setup look like?', ('opinion',)),
        ('en', 'What does onboarding look like for new hires?', ('opinion',)),
        ('nl', 'Wat vind jij?', ('opinion',)),
        ('nl', 'Wat denkt u, is dit haalbaar?', ('opinion',)),
    ],
}
CASES = [pytest.param(language, sentence, want, id=f"{name}-{index}")
         for name, rows in PHENOMENA.items() for index, (language, sentence, want) in enumerate(rows)]


def test_every_phenomenon_is_tested_in_both_languages() -> None:
    for name, rows in PHENOMENA.items():
        assert {language for language, _, _ in rows} == {"en", "nl"}, name
        assert len(rows) >= 4, name


@pytest.mark.parametrize(("language", "sentence", "want"), CASES)
def test_a_round5_sentence_gets_its_asks(language: str, sentence: str, want: tuple[str, ...]) -> None:
    assert kinds(language, sentence) == want


@pytest.mark.parametrize(("language", "body"), [
    ("en", "Hi Tom,\n\nWould you be open to a 15-minute call next week?\n\nBest,\nJane Doe\nHead of Sales | Acme\n"
           "Web: www.acmerobotics.com\nTel: +31 6 1234 5678\nLinkedIn: linkedin.com/in/janedoe"),
    ("nl", "Beste meneer De Vries,\n\nGraag wil ik u uitnodigen voor een kennismakingsgesprek.\n\n"
           "Met vriendelijke groet,\nSanne Jansen\nT: 020 123 4567\nE: sanne@talentlab.nl\nW: www.talentlab.nl"),
])
def test_a_signature_contact_field_is_no_ask(language: str, body: str) -> None:
    assert lint(Message(kind="inmail", body=body, language=language)).metrics.cta_count == 1
