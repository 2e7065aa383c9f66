# SPDX-License-Identifier: GPL-3.0-or-later
"""Round 5 probes: phenomena found by writing fresh sentences of each kind of message (recruiting,
sales, networking, job seeking; connection requests, InMails, follow-ups; English, Dutch, Flemish)
after heldout4's misses were used up. None is a corpus copy; each was checked on all five corpus
files before it was kept (no set lost a message).

- statements_and_hopes: "Ik stuur je morgen de uitnodiging", "Onze klanten waarderen het overleg"
  ask nothing; "Ik hoopte dat we eens koffie konden drinken" and "mijn uitnodiging accepteren?" do;
- greeting_question: "Hoi Wim, ook actief in de GGZ?" in the greeting line is small talk;
- flemish_wish: "Graag had ik eens kennisgemaakt" asks for a meeting; a missed chance ("…, maar") does not;
- leave_and_openness: "Hope it's okay to add you", "Ik sta open voor je feedback", "Speelt dit bij
  jullie?" ask; "Do you know if the role is still open?" asks for a reply, not to open something;
- graag_as_habit: Dutch "graag" as a habit ("Ik lees graag je posts", "…met klanten", "Onze klanten
  bellen ons graag") offers nothing; "Mijn cv stuur ik je graag toe" does;
- reader_named: an English indirect question names the reader ("Curious how you…"; the market's
  course is no ask); a past wish ("I was keen to read") and "meet our targets" ask nothing;
- pitch_announcement: "I'd like to tell you about a role", "Ik deel graag wat we doen" announce the
  pitch: weak (after "If so, …" it is an offer); presenting oneself ("introduce myself") asks nothing;
- pain_hook: a pitch's hook question ("Struggling to hire…?", "Moe van handmatig factureren?") is
  rhetorical; "Are you still hiring…?" asks;
- connect_wish: the wish to connect in more words ("link up", "among my connections", "figured we
  should be connected", "Ik voeg je graag toe"); being connected already ("Glad we're connected
  now", "Leuk dat we nu verbonden zijn") and a product that connects people ask nothing;
- english_idioms: "Please advise.", "the best person to chat to", "Would you be keen?" ask; "Have a
  good one." closes;
- follow_up_nudges: "Did you have a chance to think about it?", "Heb je er al over na kunnen denken?"
  ask about interest; "Just checking in." asks nothing;
- job_seeking: advice questions ("Welke vaardigheden zou jij ontwikkelen…?"), "in aanmerking komen",
  "in gedachten houden" and "doorsturen naar" ask; a CV attached or a statement of fit does not;
- benefit_claims: what the reader could do with the product ("With our tool you can book meetings
  twice as fast", "Je kunt binnen een week resultaat zien") asks nothing; "You can book a slot in
  my calendar" does;
- sense_and_sales: "Does it make sense to explore this?" asks about interest, "Does that make sense?"
  and "Klinkt dat logisch?" check understanding; "on your list", "worth a 10-minute look" are interest;
- flemish_and_formal: "gij"-forms, "iets gaan drinken" (a meeting), "of u de offerte hebt ontvangen"
  (a reply), Flemish closings ("Nog een schone dag!", "Tot de volgende!");
- standing_offer: "My offer of a coffee still stands", "Mijn aanbod voor een kop koffie staat nog"
  ask for the step offered; "The role is still open" asks nothing;
- story_and_catch_up: "Ik hoor graag je verhaal" asks for an opinion, "tijd om bij te praten?" for a
  meeting; congratulations ask nothing.

More probes (habits without a subject, small talk or a closing before an ask, …) are in
tests/core/test_asks_round5_probes2.py.
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
    "statements_and_hopes": [
        ('nl', 'Ik stuur je morgen de uitnodiging.', ()),
        ('nl', 'Onze klanten waarderen het wekelijkse overleg.', ()),
        ('en', 'Our customers value the weekly check-in call.', ()),
        ('en', "I'll send you the invite tomorrow.", ()),
        ('nl', 'Ik hoopte dat we eens koffie konden drinken als je in Amsterdam bent.', ('meeting',)),
        ('nl', 'Zou zoiets nuttig zijn voor jullie team?', ('interest',)),
        ('nl', 'Laten we volgende week een halfuur vrijmaken.', ('meeting',)),
        ('nl', 'Zou u mijn uitnodiging willen accepteren?', ('connect',)),
    ],
    "greeting_question": [
        ('nl', 'Hoi Wim, ook actief in de GGZ? Lijkt me leuk om elkaar te volgen!', ('connect',)),
        ('nl', 'Hey Fleur, jij ook in de logistiek? Leuk om te connecten.', ('connect',)),
        ('en', 'Hi Wim, also in hospital IT? Would be great to connect.', ('connect',)),
        ('en', "Hey Sara, another Elixir fan? Let's connect!", ('connect',)),
        ('nl', 'Hoi Wim, heb je nog plek in je team?', ('reply',)),
        ('en', 'Hi Wim, are you still hiring for the SRE role?', ('reply',)),
    ],
    "flemish_wish": [
        ('nl', 'Graag had ik eens kennisgemaakt.', ('meeting',)),
        ('nl', 'Graag had ik u eens gesproken over uw uitbreidingsplannen.', ('meeting',)),
        ('nl', 'Ik had je graag gesproken op de beurs, maar je was er niet.', ()),
        ('en', "I'd have loved to meet you at the fair, but you'd already left.", ()),
    ],
    "leave_and_openness": [
        ('en', "Hope it's okay to add you to my network.", ('connect',)),
        ('en', "Hope that's fine to send over the case study.", ('resource',)),
        ('nl', 'Ik sta open voor een kort gesprek.', ('meeting',)),
        ('nl', 'Ik sta open voor je feedback.', ('opinion',)),
        ('nl', 'Ik hoop dat het goed is dat ik je toevoeg aan mijn netwerk.', ('connect',)),
        ('nl', 'Speelt dit bij jullie?', ('interest',)),
        ('en', 'Do you know if the role is still open?', ('reply',)),
    ],
    "graag_as_habit": [
        ('nl', 'Ik lees graag je posts over leiderschap.', ()),
        ('nl', 'Ik deel graag kennis op mijn blog.', ()),
        ('nl', 'Ik ga graag in gesprek met klanten over hun uitdagingen.', ()),
        ('nl', 'Onze klanten bellen ons graag als er iets misgaat.', ()),
        ('nl', 'Mijn cv stuur ik je graag toe.', ('resource',)),
        ('nl', 'Ik volg je graag!', ('connect',)),
        ('en', 'I love reading your posts on leadership.', ()),
        ('en', 'We love working with local partners.', ()),
    ],
    "reader_named": [
        ('en', 'Keen to see how the market develops this year.', ()),
        ('en', 'Curious how the new rules will play out.', ()),
        ('en', 'Keen to hear your first impressions.', ('opinion',)),
        ('en', "Curious how you're handling the new rules.", ('opinion',)),
        ('en', 'I was keen to read the report after your talk.', ()),
        ('en', "We'd love to meet our targets this quarter.", ()),
        ('nl', 'Benieuwd hoe de verhuizing is verlopen!', ('opinion',)),
        ('nl', 'Ik ben altijd nieuwsgierig hoe andere teams dat doen.', ()),
    ],
    "pitch_announcement": [
        ('en', "I'd like to tell you about a role that might interest you. "
         'Would you be open to a short call?', ('meeting',)),
        ('en', "I thought I'd share how we helped a similar team. Is this on your radar at all?", ('interest',)),
        ('en', "I'd like to share a bit about what we do.", ('resource',)),
        ('nl', 'Ik wil je graag iets vertellen over een mooie functie. '
         'Heb je deze week tijd voor een belletje?', ('meeting',)),
        ('nl', 'Ik deel graag wat we doen. Is dat interessant voor jullie?', ('interest',)),
        ('en', 'I want to introduce myself briefly.', ()),
        ('en', "I'd like to take a moment to introduce our studio.", ()),
        ('en', 'Could you introduce me to your head of data?', ('intro',)),
        ('en', "If so, I'd love to share how we cut churn for a similar team.", ('resource',)),
    ],
    "pain_hook": [
        ('en', 'Struggling to hire senior engineers?', ()),
        ('en', 'Tired of chasing invoices every month?', ()),
        ('en', 'Still doing payroll in spreadsheets?', ()),
        ('en', 'Why does this matter?', ()),
        ('en', 'So what does this mean for your team?', ()),
        ('en', 'The catch?', ()),
        ('en', 'Looking for a way to cut onboarding time in half?', ()),
        ('en', 'Did you know 60% of candidates drop out after the first interview?', ()),
        ('en', 'Ever tried hiring a data engineer in Amsterdam?', ()),
        ('nl', 'Moe van handmatig factureren?', ()),
        ('nl', 'Worstel je met het vinden van goede developers?', ()),
        ('nl', 'Nog steeds je planning in Excel?', ()),
        ('nl', 'Waarom is dit belangrijk?', ()),
        ('nl', 'Wat betekent dit voor jullie team?', ()),
        ('nl', 'Op zoek naar een manier om je onboarding te halveren?', ()),
        ('nl', 'Wist je dat 60% van de kandidaten afhaakt na het eerste gesprek?', ()),
        ('en', 'Are you still hiring for the SRE role?', ('reply',)),
        ('en', 'How big is your data team today?', ('reply',)),
        ('nl', 'Zoeken jullie nog een SRE?', ('reply',)),
        ('nl', 'Hoe groot is jullie data-team nu?', ('reply',)),
    ],
    "connect_wish": [
        ('en', 'Would be nice to have you in my network.', ('connect',)),
        ('en', "Let's link up here.", ('connect',)),
        ('en', 'Figured we should be connected.', ('connect',)),
        ('en', 'Adding you here so we can stay in touch.', ('connect',)),
        ('en', "Happy to connect if you're open to it.", ('connect',)),
        ('en', "I'd be glad to have you among my connections.", ('connect',)),
        ('en', "It'd be great to follow your work more closely.", ('connect',)),
        ('en', 'Hoping we can connect.', ('connect',)),
        ('en', 'Keen to be connected with more people in edtech.', ('connect',)),
        ('en', 'Mind if I connect?', ('connect',)),
        ('en', 'Sending a request your way.', ('connect',)),
        ('en', 'Would love to add you to my network.', ('connect',)),
        ('en', 'Connecting here as promised!', ('connect',)),
        ('en', 'Thanks for connecting!', ()),
        ('en', "Glad we're connected now.", ()),
        ('en', 'Great to be connected.', ('connect',)),
        ('en', 'I connect with a lot of people in HR tech.', ()),
        ('en', 'Our platform connects patients with therapists.', ()),
        ('nl', 'Zou leuk zijn om in elkaars netwerk te zitten.', ('connect',)),
        ('nl', 'Laten we connecten!', ('connect',)),
        ('nl', 'Ik voeg je graag toe.', ('connect',)),
        ('nl', 'Lijkt me goed om verbonden te zijn.', ('connect',)),
        ('nl', 'Mag ik je toevoegen aan mijn netwerk?', ('connect',)),
        ('nl', 'Hierbij een connectieverzoek.', ('connect',)),
        ('nl', 'Graag in contact!', ('connect',)),
        ('nl', 'Ik zou graag met je connecten.', ('connect',)),
        ('nl', 'Fijn als we elkaar hier kunnen volgen.', ('connect',)),
        ('nl', 'Zin om te linken?', ('connect',)),
        ('nl', 'Bedankt voor het connecten!', ()),
        ('nl', 'Leuk dat we nu verbonden zijn.', ()),
        ('nl', 'Ons platform verbindt patiënten met therapeuten.', ()),
        ('nl', 'Ik connect veel met mensen uit de HR-tech.', ()),
    ],
    "english_idioms": [
        ('en', 'Please advise.', ('reply',)),
        ('en', "Who's the best person to chat to about this?", ('intro',)),
        ('en', 'Would you be keen?', ('interest',)),
        ('en', 'Have a good one.', ()),
        ('en', 'Might you have time for a coffee next week?', ('meeting',)),
        ('nl', 'Wie is bij jullie de juiste persoon voor inkoop?', ('intro',)),
        ('nl', 'Nog een fijne avond!', ()),
    ],
    "follow_up_nudges": [
        ('en', 'Did you have a chance to think about it?', ('interest',)),
        ('en', 'Have you had time to think it over?', ('interest',)),
        ('nl', 'Heb je er al over na kunnen denken?', ('interest',)),
        ('nl', 'Wil je er nog even over nadenken?', ('interest',)),
        ('en', 'Just checking in.', ()),
        ('nl', 'Even een kleine reminder van mijn kant.', ()),
    ],
    "job_seeking": [
        ('en', "I'd be grateful for any advice on breaking into UX.", ('opinion',)),
        ('en', "I've applied for the analyst role and would love to be considered.", ('interest',)),
        ('en', "I've attached my CV for your consideration.", ()),
        ('en', "I'd appreciate it if you could keep me in mind for future roles.", ('reply',)),
        ('en', 'Would you be willing to pass my CV on to the hiring manager?', ('intro',)),
        ('en', "If you know anyone hiring junior analysts, I'd be grateful for a pointer.", ('intro',)),
        ('en', 'What skills would you focus on if you were starting out today?', ('opinion',)),
        ('en', "I'm a recent graduate looking for my first role in data.", ()),
        ('en', "I'm passionate about sustainable finance.", ()),
        ('en', 'I believe my background would make me a strong fit for your team.', ()),
        ('en', 'Would you have 15 minutes for an informational interview?', ('meeting',)),
        ('nl', 'Ik zou je advies over de overstap naar UX erg waarderen.', ('opinion',)),
        ('nl', 'Ik heb gesolliciteerd op de functie en zou graag in aanmerking komen.', ('interest',)),
        ('nl', 'In de bijlage vind je mijn cv.', ()),
        ('nl', 'Wil je mij in gedachten houden voor toekomstige vacatures?', ('reply',)),
        ('nl', 'Zou je mijn cv willen doorsturen naar de hiring manager?', ('intro',)),
        ('nl', 'Welke vaardigheden zou jij ontwikkelen als je nu begon?', ('opinion',)),
        ('nl', 'Ik ben net afgestudeerd en zoek mijn eerste baan in data.', ()),
        ('nl', 'Ik denk dat mijn achtergrond goed past bij jullie team.', ()),
        ('nl', 'Heb je een kwartiertje voor een kort oriënterend gesprek?', ('meeting',)),
    ],
    "benefit_claims": [
        ('en', 'You can see results within the first week.', ()),
        ('en', 'With our tool you can book meetings twice as fast.', ()),
        ('en', 'Your reps can reply to leads straight from Slack.', ()),
        ('en', 'Clients can download their reports any time.', ()),
        ('en', 'Our clients book 30% more meetings.', ()),
        ('en', 'We send a short report every Friday.', ()),
        ('en', 'You can expect a first draft within two days.', ()),
        ('en', 'Candidates can apply in under a minute.', ()),
        ('en', 'You can call it a side project that got out of hand.', ()),
        ('en', 'You can read more about it on our website.', ('resource',)),
        ('en', 'You can book a slot directly in my calendar.', ('calendar',)),
        ('nl', 'Je kunt binnen een week resultaat zien.', ()),
        ('nl', 'Met onze tool kun je twee keer zo snel afspraken inplannen.', ()),
        ('nl', 'Klanten kunnen hun rapporten altijd downloaden.', ()),
        ('nl', 'Onze klanten boeken 30% meer afspraken.', ()),
        ('nl', 'We sturen elke vrijdag een kort rapport.', ()),
        ('nl', 'Je kunt binnen twee dagen een eerste versie verwachten.', ()),
        ('nl', 'Je kunt er meer over lezen op onze website.', ('resource',)),
        ('nl', 'Je kunt direct een moment in mijn agenda boeken.', ('calendar',)),
    ],
    "sense_and_sales": [
        ('en', 'Does it make sense to explore this together?', ('interest',)),
        ('en', 'Does that make sense?', ()),
        ('nl', 'Klinkt dat logisch?', ()),
        ('en', 'Worth a 10-minute look?', ('interest',)),
        ('en', 'Is improving forecast accuracy on your list for next year?', ('interest',)),
        ('nl', 'Staat verbetering van de forecast op jullie lijstje voor volgend jaar?', ('interest',)),
        ('en', 'Would it help if I sent over a few examples?', ('interest',)),
    ],
    "flemish_and_formal": [
        ('en', 'Fancy going for a drink sometime?', ('meeting',)),
        ('en', "Could you let me know whether you've received the quote?", ('reply',)),
        ('nl', 'Zijt ge geïnteresseerd?', ('interest',)),
        ('nl', 'Kunt ge mij eens bellen?', ('meeting',)),
        ('nl', 'Laat maar iets weten, hé!', ('reply',)),
        ('nl', 'Hebt ge zin om eens iets te gaan drinken?', ('meeting',)),
        ('nl', 'Zullen we eens afspreken op kantoor in Gent?', ('meeting',)),
        ('nl', 'Zou dat iets voor u zijn?', ('interest',)),
        ('nl', 'Mag ik u eens bellen om dit af te toetsen?', ('meeting',)),
        ('nl', 'Merci voor uw reactie!', ()),
        ('nl', 'Nog een schone dag!', ()),
        ('nl', 'Tot de volgende!', ()),
        ('nl', 'Ik ben afkomstig uit Brugge en woon nu in Leuven.', ()),
        ('nl', 'Ik had graag uw mening gekend over ons voorstel.', ('opinion',)),
        ('nl', 'Kan u mij laten weten of u de offerte hebt ontvangen?', ('reply',)),
    ],
    "standing_offer": [
        ('en', 'The role is still open.', ()),
        ('en', "We're still looking for the right person.", ()),
        ('en', "I'm still keen on a short chat if it's on your radar.", ('meeting',)),
        ('en', 'My offer of a coffee still stands.', ('meeting',)),
        ('en', 'The offer of a quick call still stands.', ('meeting',)),
        ('en', 'Our offer still stands at €95k.', ()),
        ('nl', 'De vacature staat nog open.', ()),
        ('nl', 'We zoeken nog steeds de juiste persoon.', ()),
        ('nl', 'Ik ben nog steeds geïnteresseerd in een kennismaking.', ('interest',)),
        ('nl', 'Mijn aanbod voor een kop koffie staat nog steeds.', ('meeting',)),
        ('nl', 'Het aanbod om even te bellen staat nog.', ('meeting',)),
    ],
    "story_and_catch_up": [
        ('en', 'Would love to pick your brain over a coffee.', ('meeting',)),
        ('en', "I'd love to hear your story.", ('opinion',)),
        ('en', "I'd love to hear how you made the jump from law to product.", ('opinion',)),
        ('en', "It's been ages — time for a catch-up?", ('meeting',)),
        ('en', "Long time no see! Thought I'd reconnect here.", ('connect',)),
        ('en', 'Congrats on the new role, well deserved!', ()),
        ('en', 'Congrats on 5 years at Philips!', ()),
        ('en', 'Such a great milestone.', ()),
        ('en', "What a journey it's been for your team.", ()),
        ('en', 'How did you find the move from agency to in-house?', ('opinion',)),
        ('nl', 'Ik zou graag eens je brein pijnigen bij een kop koffie.', ('meeting',)),
        ('nl', 'Ik hoor graag je verhaal.', ('opinion',)),
        ('nl', 'Ik ben benieuwd hoe je de overstap van advocatuur naar product hebt gemaakt.', ('opinion',)),
        ('nl', 'Lang geleden — tijd om bij te praten?', ('meeting',)),
        ('nl', 'Gefeliciteerd met de nieuwe rol, dik verdiend!', ()),
        ('nl', 'Wat een mijlpaal!', ()),
        ('nl', 'Hoe heb je de overstap van bureau naar in-house ervaren?', ('opinion',)),
    ],
}
CASES = [pytest.param(language, sentence, want, id=f"{name}-{index}")
         for name, rows in PHENOMENA.items() for index, (language, sentence, want) in enumerate(rows)]


def test_every_probed_phenomenon_is_tested_in_both_languages() -> None:
    for name, rows in PHENOMENA.items():
        assert {language for language, _, _ in rows} == {"en", "nl"}, name
        assert len(rows) >= 4, name


@pytest.mark.parametrize(("language", "sentence", "want"), CASES)
def test_a_probed_sentence_gets_its_asks(language: str, sentence: str, want: tuple[str, ...]) -> None:
    assert kinds(language, sentence) == want
