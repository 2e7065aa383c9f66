# SPDX-License-Identifier: GPL-3.0-or-later
"""Round 3: fresh phrasings for the phenomena behind the misses of the second and third tuning writers.

Each phenomenon is a one-line pattern, each tested here with sentences written for it (none taken
from a corpus), in both languages: a connection wish with "hope", "accept" or "in contact"; a value
with an adverb ("would already help", "could easily save"); an alternative offer; availability on
named days; an offer with "ik wil … wel", "ik kan … regelen", "als je er iets aan hebt"; "hoor
graag of…"; things "op te vragen"; and, on the side of precision, sentences that name a step but
ask nothing: a past chat, a reason for sharing, an appeal ("call for speakers"), news, a
disposition ("always keen to meet people", "altijd benieuwd"), thanks for an invitation.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from inmail_studio.core import Message
from inmail_studio.core.lint import lint

OPENING = {"en": "Hi Robin,\n\nI read your thread on onboarding night-shift nurses.\n\n",
           "nl": "Hoi Robin,\n\nIk las je draadje over het inwerken van nachtdiensten.\n\n"}


def count(language: str, sentence: str) -> int:
    body = OPENING[language] + sentence
    return lint(Message(kind="inmail", body=body, language=language)).metrics.cta_count


ASKS = [
    ("en", "Hope you'll accept my request."),
    ("en", "Really hope to connect with you."),
    ("en", "Kindly accept my invitation."),
    ("en", "Would be delighted to connect."),
    ("en", "I'd be glad to stay in contact."),
    ("en", "A short call would already help our team a great deal."),
    ("en", "A half-hour demo could easily save your planners a week."),
    ("en", "Our head of clinical would still love to talk."),
    ("en", "Alternatively, I could drop by your office on a Friday."),
    ("en", "I'm in Utrecht on Thursday if a coffee suits you."),
    ("en", "You can also just reply with a good time."),
    ("en", "If helpful, I can set up a trial for your ward."),
    ("en", "Happy to tell you more about the pilot."),
    ("nl", "Ik wil je de handleiding ook wel mailen."),
    ("nl", "Ik kan een kort overleg met onze planner regelen."),
    ("nl", "Ik stuur je de checklist als je er iets aan hebt."),
    ("nl", "Hoor graag wat jij ervan vindt!"),
    ("nl", "Graag verneem ik deze week of dat past."),
    ("nl", "Mocht je interesse hebben, dan hoor ik graag of ik je mag bellen."),
    ("nl", "De volledige vacaturetekst is bij mij op te vragen."),
    ("nl", "Ik ben volgende week op maandag en woensdag goed bereikbaar."),
    ("nl", "Ik ben donderdag in Zwolle, misschien kunnen we afspreken."),
    ("nl", "Ik zou het superfijn vinden om te connecten."),
    ("nl", "Tijd om eens te sparren."),
    ("nl", "Hierbij mijn connectieverzoek."),
    ("nl", "Snel eens afspreken!"),
    ("nl", "Ik zou je graag eens vertellen over ons rooster."),
]

NOT_ASKS = [
    ("en", "Great chatting yesterday about the rota pilot."),
    ("en", "Thought this might be useful for you."),
    ("en", "I saw the call for speakers at NurseTech."),
    ("en", "Just wanted to share some great news: we won the tender."),
    ("en", "Always happy to meet fellow ward managers."),
    ("en", "Take care and good luck with the audit!"),
    ("en", "Feel free to keep my number."),
    ("nl", "Hartelijk dank voor de uitnodiging voor de sessie van dinsdag."),
    ("nl", "Ik ben altijd benieuwd hoe anderen dat oplossen."),
    ("nl", "Als recruiter ben ik benieuwd naar mensen met jouw achtergrond."),
    ("en", "We met at the open day of the Erasmus MC in May."),
    ("nl", "Ik sprak je kort op de open dag van Windesheim."),
]

# Two batches written afterwards in a new writer's voices (terse, texting, formal u, P.S. lines):
# 64 of 65 and 46 of 49 right at first try; the misses ("How's the new role treating you?" is small
# talk; "say the word", "lmk"; "mocht je het willen zien") were fixed as phenomena. A third batch,
# of statements naming a step word without asking, 32 of 36 (every statement right; the misses
# were "walk your team through", "loop het … door" and a size "is perfectly fine", now weak).
# A fourth, of follow-up questions and rhetorical ones: 32 of 34 ("Remember when…?", "Ken je dat
# gevoel?" are rhetorical). A fifth, Flemish and formal "u", P.S. lines: 30 of 31 ("if you'd
# rather", "als u liever" offer; "understand if you'd rather" is no ask). A sixth, fragments and
# self-answered questions: 27 of 31 ("doorstuurt", "laat het me hoe dan ook weten", "Curious
# fact:"; whether "I'll be at the expo next week" offers a meeting is left open).
FRESH_ASKS = [
    ('en', 'Would you be up for a quick call on Thursday?'),
    ('en', 'Mind if I send over the one-pager?'),
    ('en', 'Could you point me to whoever runs procurement?'),
    ('en', 'Open to hearing more?'),
    ('en', "If it's useful, I can share the benchmark we ran with two other DCs."),
    ('en', "Let's grab a coffee when you're back from Hamburg."),
    ('en', "I'd really value 15 minutes of your time."),
    ('en', 'Happy to jump on a call whenever suits.'),
    ('en', 'Do you have capacity for a new supplier this quarter?'),
    ('en', 'Keen to hear your thoughts on the approach.'),
    ('en', "Any chance you'd be willing to review my CV?"),
    ('en', 'Please let me know your availability for next week.'),
    ('en', 'Would love to add you to my network.'),
    ('en', 'Drop me a line if the timing works.'),
    ('en', 'The full case study is linked here: https://example.com/case'),
    ('en', "I'd be grateful for an introduction to your head of ops."),
    ('en', 'Are you the right person to speak to about this?'),
    ('en', 'Worth a 10-minute chat?'),
    ('en', "I'm wondering whether you'd consider a short trial."),
    ('en', "What's the best way to get on your radar?"),
    ('nl', 'Heb je binnenkort een half uurtje voor een kennismaking?'),
    ('nl', 'Zal ik de offerte alvast doorsturen?'),
    ('nl', 'Ik kom graag eens langs om het te laten zien.'),
    ('nl', 'Mag ik je bellen volgende week?'),
    ('nl', 'Kun je me in contact brengen met de inkoper?'),
    ('nl', 'Graag hoor ik wat je van het voorstel vindt.'),
    ('nl', 'Staat u open voor een vrijblijvend gesprek?'),
    ('nl', 'Laat maar weten wanneer het je uitkomt.'),
    ('nl', 'Zullen we even bijpraten onder het genot van een kop koffie?'),
    ('nl', 'Ik ben benieuwd hoe jullie dat nu regelen.'),
    ('nl', 'Wil je dat ik een demo inplan?'),
    ('nl', 'Het lijkt me leuk om met elkaar te connecten.'),
    ('nl', 'Een reactie zou ik erg waarderen.'),
    ('nl', 'Via deze link kun je direct een moment kiezen: https://calendly.com/jo'),
    ('nl', 'Ken je toevallig iemand die hier over gaat?'),
    ('nl', 'Wat vind jij van deze aanpak?'),
    ('nl', 'Ik nodig je graag uit voor onze klantendag op 12 maart.'),
    ('nl', 'Zou het schikken om donderdag even te bellen?'),
    ('nl', 'Ik stuur je graag de presentatie toe.'),
    ('nl', 'Interesse in een korte demo?'),
    ('en', "P.S. if you'd rather just get the slides, say the word."),
    ('en', 'up for a coffee sometime?'),
    ('en', 'lmk if you want the template'),
    ('en', 'Grab any slot that works: https://cal.com/sam/30'),
    ('en', 'Would it be crazy to suggest a short pilot in one site?'),
    ('en', "I'd welcome a steer on who owns this."),
    ('en', "Is this something you're working on right now?"),
    ('en', 'Feel free to forward this to the right person.'),
    ('en', 'Would next Tuesday at 2 pm work for a call?'),
    ('en', "Shoot me a message if you're interested."),
    ('en', 'Can I add you to the invite list for our roundtable?'),
    ('en', 'Let me know what you think!'),
    ('en', "I'd love your honest feedback on the draft."),
    ('en', 'Hoping we can connect.'),
    ('en', "Here's the recording if you'd like to watch: https://loom.com/share/abc"),
    ('nl', 'Zin om eens te sparren?'),
    ('nl', 'Bel me gerust op 06-12345678.'),
    ('nl', 'Mogen we u een voorstel sturen?'),
    ('nl', 'Laat je het me weten?'),
    ('nl', 'Ik zou graag eens kennismaken met jou en het team.'),
    ('nl', 'Wanneer zou het u schikken?'),
    ('nl', 'Graag connect ik met je.'),
    ('nl', 'Kunt u mij doorverwijzen naar de juiste persoon?'),
    ('nl', 'Ik hoor graag of dit voor jullie interessant is.'),
    ('nl', 'Past een belletje volgende week?'),
    ('nl', 'Mocht je het willen zien, dan stuur ik je de video.'),
    ('nl', 'Ik plan graag een kort gesprek in.'),
    ('nl', 'Zou u mij willen laten weten of de functie nog open staat?'),
    ('nl', 'Heeft u volgende week tijd voor een kop koffie?'),
    ('nl', 'Wie kan ik hierover het beste benaderen?'),
    ('en', 'Any feedback on the draft would be gold.'),
    ('en', 'Would a short demo on site help?'),
    ('en', "I'd be glad to walk your team through it."),
    ('nl', 'Een korte demo op locatie, zou dat helpen?'),
    ('nl', 'Ik loop het graag met je team door.'),
    ('nl', 'Feedback op het concept is meer dan welkom.'),
    ('en', 'Did you get a chance to look at the proposal?'),
    ('en', 'Sound like a plan?'),
    ('en', 'Still relevant for you?'),
    ('en', 'Who would be the best person to talk to about rostering?'),
    ('en', 'When works for you?'),
    ('en', "Fancy a coffee next time you're in Utrecht?"),
    ('en', 'How are you currently handling last-minute cover?'),
    ('en', "I'd welcome your thoughts, even a one-liner."),
    ('en', 'Can I buy you a coffee at the expo?'),
    ('en', 'Would you consider me for the role?'),
    ('en', 'Could you take a look at my portfolio?'),
    ('nl', 'Heb je al de kans gehad om het voorstel te bekijken?'),
    ('nl', 'Klinkt dat als een plan?'),
    ('nl', 'Hoe lossen jullie invalwerk nu op?'),
    ('nl', 'Wanneer komt het jou uit?'),
    ('nl', 'Nog steeds actueel voor jou?'),
    ('nl', 'Zin in een bakje koffie als je in Utrecht bent?'),
    ('nl', 'Wie is bij jullie de juiste persoon voor roosters?'),
    ('nl', 'Mag ik je een paar vragen stellen over je ervaring?'),
    ('nl', 'Zou u mij willen overwegen voor de functie?'),
    ('nl', 'Wil je eens naar mijn portfolio kijken?'),
    ('nl', 'Ben je nog op zoek naar iemand voor die rol?'),
    ('nl', 'Zoudt u hier eens over willen samenzitten?'),
    ('nl', 'Mag ik u eens contacteren over deze opportuniteit?'),
    ('nl', 'Hebt u volgende week een momentje voor een babbel?'),
    ('nl', 'Indien u interesse hebt, bezorg ik u graag meer info.'),
    ('nl', 'Gelieve mij te laten weten of dit u past.'),
    ('nl', 'Zou u openstaan voor een vrijblijvende kennismaking bij een tas koffie?'),
    ('nl', 'Ik zou u graag eens uitnodigen op ons kantoor in Mechelen.'),
    ('nl', 'Mogen we u eens bellen?'),
    ('nl', 'Laat gerust iets weten als het u interesseert.'),
    ('nl', 'Kan ik u mijn cv bezorgen?'),
    ('nl', 'Zou u mij kunnen doorverwijzen naar de verantwoordelijke aankoop?'),
    ('nl', 'Ik kom graag eens langs op uw werf.'),
    ('nl', 'PS: wil je de opname van het webinar nog ontvangen?'),
    ('nl', 'Stuur me gerust een berichtje.'),
    ('en', 'P.S. Want me to send the case study too?'),
    ('en', "PS — if you'd rather chat by phone, my number is below."),
    ('en', "If you know anyone who'd fit, I'd be grateful for a nudge in their direction."),
    ('en', 'Any interest in comparing notes over lunch?'),
    ('en', 'Would a Thursday morning suit you for a quick sync?'),
    ('en', 'Thoughts?'),
    ('en', 'Interested in seeing how?'),
    ('en', 'Coffee next week?'),
    ('en', 'Tuesday or Wednesday?'),
    ('en', 'Does that sound like something worth exploring?'),
    ('en', 'Would you be the right person, or should I reach out to someone else?'),
    ('en', 'Is it OK if I send you a short Loom?'),
    ('en', 'Can we make it 10 am instead?'),
    ('en', "I'd appreciate it if you could pass my profile on to the hiring manager."),
    ('en', 'Let me know either way so I can close the loop.'),
    ('en', 'Open to a quick intro call with our CTO?'),
    ('nl', 'Interesse?'),
    ('nl', 'Koffie volgende week?'),
    ('nl', 'Dinsdag of woensdag?'),
    ('nl', 'Liever mailen dan bellen?'),
    ('nl', 'Is het goed als ik je een korte video stuur?'),
    ('nl', 'Kunnen we het om 10 uur doen?'),
    ('nl', 'Ik zou het waarderen als je mijn profiel doorstuurt naar de hiring manager.'),
    ('nl', 'Laat het me hoe dan ook even weten.'),
    ('nl', 'Ben jij de juiste persoon, of kan ik beter iemand anders benaderen?'),
]
FRESH_NOT_ASKS = [
    ('en', 'We help 3PLs cut overtime by a third.'),
    ('en', 'Congrats on the new DC in Venlo!'),
    ('en', 'I was at the same panel in Rotterdam last spring.'),
    ('en', 'Our clients include two of the big four retailers.'),
    ('en', 'Thanks for your time.'),
    ('en', 'Looking forward to hearing from you.'),
    ('en', 'Have a great weekend!'),
    ('en', "I've attached nothing yet, as I don't want to spam you."),
    ('en', 'I know how busy peak season gets.'),
    ('en', 'It was great to meet you at the expo.'),
    ('en', 'No worries if the timing is off.'),
    ('en', 'Best regards, Sam'),
    ('en', "How's the new role treating you?"),
    ('nl', 'Wij helpen logistieke bedrijven met planning.'),
    ('nl', 'Gefeliciteerd met de nieuwe vestiging!'),
    ('nl', 'Ik hoor graag van je.'),
    ('nl', 'Fijne dag nog!'),
    ('nl', 'Met vriendelijke groet, Sam'),
    ('nl', 'Ik begrijp dat het druk is rond de feestdagen.'),
    ('nl', 'Vorig jaar hebben we dit bij Jumbo uitgerold.'),
    ('nl', 'Bedankt voor je tijd.'),
    ('nl', 'Geen verplichtingen natuurlijk.'),
    ('nl', 'Wat een mooie groei hebben jullie doorgemaakt!'),
    ('nl', 'Ik kijk uit naar je reactie.'),
    ('nl', 'Hoe gaat het met de nieuwe baan?'),
    ('en', 'P.S. Love the dog in your banner photo.'),
    ('en', "We're hiring too, funnily enough."),
    ('en', "I'll keep it short."),
    ('en', 'Sent from my iPhone'),
    ('en', 'Cheers, Sam'),
    ('en', 'I hope the move went smoothly.'),
    ('en', "Your team's growth this year has been impressive."),
    ('en', 'Sorry for the late reply!'),
    ('en', 'Just following up on my last note.'),
    ('en', "We're based in Utrecht and work mostly with mid-sized shippers."),
    ('nl', 'PS: mooie foto van je hond!'),
    ('nl', 'Ik zal het kort houden.'),
    ('nl', 'Groetjes, Sam'),
    ('nl', 'Sorry voor de late reactie!'),
    ('nl', 'Wij zitten in Utrecht en werken vooral voor mkb.'),
    ('nl', 'Jullie groei dit jaar is indrukwekkend.'),
    ('nl', 'Ik hoop dat de verhuizing goed is gegaan.'),
    ('nl', 'Succes met de drukte!'),
    ('nl', 'Ik wilde nog even terugkomen op mijn vorige bericht.'),
    ('en', 'Our last demo day drew 300 people.'),
    ('en', 'I was on a call with your former colleague Ana yesterday.'),
    ('en', 'We met briefly at the networking drinks in March.'),
    ('en', 'The feedback from our pilot clinics was overwhelmingly positive.'),
    ('en', "I'm happy to say the project shipped on time."),
    ('en', "We'd love to have more clients like you, obviously."),
    ('en', 'Our team would love this kind of challenge.'),
    ('en', "I've been following your work on shift design for a while."),
    ('en', "I'm currently open to new opportunities in product ops."),
    ('en', 'It would be great if the industry moved faster on this.'),
    ('en', 'Many of our clients book their first session within a week.'),
    ('en', 'Last week I read your article on the 4-day week.'),
    ('en', 'I was glad to see your team win the logistics award.'),
    ('en', 'Your perspective on rostering really stuck with me.'),
    ('en', "Here's a bit of context on who I am."),
    ('en', "I'd love to say we invented this, but we didn't."),
    ('nl', 'Vorige week had ik een gesprek met je oud-collega Ana.'),
    ('nl', 'We ontmoetten elkaar kort op de netwerkborrel in maart.'),
    ('nl', 'De feedback van onze pilotpraktijken was erg positief.'),
    ('nl', 'Ik volg je werk over roosters al een tijdje.'),
    ('nl', 'Onze klanten plannen hun eerste sessie meestal binnen een week.'),
    ('nl', 'Ik sta momenteel open voor nieuwe kansen in de logistiek.'),
    ('nl', 'Graag stel ik mezelf even voor.'),
    ('nl', 'Het zou mooi zijn als de sector sneller zou bewegen.'),
    ('nl', 'Wij delen regelmatig kennis via onze nieuwsbrief.'),
    ('nl', 'Ik was blij om te lezen dat jullie de award hebben gewonnen.'),
    ('nl', 'Jouw kijk op roosters is me bijgebleven.'),
    ('nl', 'Hier een korte introductie van mezelf.'),
    ('en', 'Crazy how fast this year went, right?'),
    ('en', "Who doesn't love a good spreadsheet?"),
    ('en', "Remember when everyone said remote wouldn't work?"),
    ('en', 'Hope all is well with you and the team.'),
    ('en', "What a week it's been!"),
    ('en', 'Not sure if you remember me from the Delft course.'),
    ('nl', 'Wat gaat de tijd snel, hè?'),
    ('nl', 'Wie houdt er nu niet van een goede planning?'),
    ('nl', 'Ik hoop dat alles goed gaat met jou en het team.'),
    ('nl', 'Wat een week was het!'),
    ('nl', 'Weet niet of je me nog kent van de cursus in Delft.'),
    ('nl', 'Ken je dat gevoel?'),
    ('nl', 'Wij zijn actief in heel Vlaanderen en Brussel.'),
    ('nl', 'Ons team telt intussen een twintigtal medewerkers.'),
    ('nl', 'Met de meeste vriendelijke groeten,'),
    ('nl', 'Alvast bedankt voor uw tijd en aandacht.'),
    ('nl', 'Ik hoop u binnenkort te mogen verwelkomen.'),
    ('nl', 'Nog een fijne werkdag gewenst!'),
    ('nl', 'Tot binnenkort hopelijk.'),
    ('nl', 'PS: leuke foto van de werf!'),
    ('en', 'PS: congrats on the marathon!'),
    ('en', 'Thanks in advance for your time.'),
    ('en', 'Speak soon, hopefully.'),
    ('en', "We've been in business since 2011."),
    ('en', "Completely understand if you'd rather keep it in-house."),
    ('en', "Remember when everyone said remote wouldn't work?"),
    ('en', 'The short answer? Better handovers.'),
    ('en', 'Why does this matter? Because peak is coming.'),
    ('en', 'Sounds simple, right?'),
    ('en', 'Curious fact: most delays start at the dock.'),
    ('en', 'We just published our annual staffing report.'),
    ('nl', 'Het korte antwoord? Betere overdrachten.'),
    ('nl', 'Waarom is dat belangrijk? Omdat de piek eraan komt.'),
    ('nl', 'Klinkt simpel, toch?'),
    ('nl', 'We hebben net ons jaarlijkse personeelsrapport gepubliceerd.'),
]

# A weak ask (the sender's backdrop: growing a network, "your input would be valuable") is the
# message's ask when it stands alone, and no second ask beside a real one.
WEAK = [
    ("en", "I'd love to expand my network of theatre nurses in the Midlands.", "Shall we connect?"),
    ("en", "Your view as a night-shift lead would be really helpful.", "Could I ask you three questions by phone?"),
    ("nl", "Graag breid ik mijn netwerk uit met planners in de thuiszorg.", "Zullen we connecten?"),
    ("nl", "Jouw ervaring als teamleider zou heel waardevol zijn.", "Heb je volgende week een kwartiertje?"),
    ("en", "A quick yes or no is perfectly fine.", "Could you tell me by Friday whether the slot works?"),
    ("nl", "Een kort ja of nee is prima.", "Laat je me voor vrijdag weten of het past?"),
]


@pytest.mark.parametrize(("language", "sentence"), ASKS + FRESH_ASKS)
def test_a_round3_ask_counts_once(language: str, sentence: str) -> None:
    assert count(language, sentence) == 1


@pytest.mark.parametrize(("language", "sentence"), NOT_ASKS + FRESH_NOT_ASKS)
def test_a_round3_statement_asks_nothing(language: str, sentence: str) -> None:
    assert count(language, sentence) == 0


@pytest.mark.parametrize(("language", "weak", "ask"), WEAK)
def test_a_weak_ask_counts_alone_but_not_beside_a_real_one(language: str, weak: str, ask: str) -> None:
    assert count(language, weak) == 1
    assert count(language, f"{weak} {ask}") == 1
    assert count(language, f"{ask} {weak}") == 1


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "Is cutting agency spend something your team is looking at this year?"),
    ("en", "Is night-shift retention on your roadmap?"),
    ("nl", "Is roosterplanning iets waar jullie nu mee bezig zijn?"),
    ("nl", "Zou een flexpool een optie voor jullie zijn?"),
])
def test_a_question_whether_it_is_on_their_plate_asks_about_interest(language: str, sentence: str) -> None:
    result = lint(Message(kind="inmail", body=OPENING[language] + sentence, language=language))
    assert list(result.metrics.cta_kinds) == ["interest"]


# Whole messages in the new voices (lang, kind, asks, body; one JSON object a line): connection requests, signatures
# with a web address, numbered asks, thanks after connecting; 29 of 29 right at first try.
_MESSAGES_FILE = Path(__file__).parents[1] / "data" / "asks_round3_messages.jsonl"
MESSAGES = [json.loads(line) for line in _MESSAGES_FILE.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("row", MESSAGES, ids=[str(row["body"])[:30] for row in MESSAGES])
def test_a_round3_message_lands_in_its_bucket(row: dict[str, object]) -> None:
    result = lint(Message(kind=str(row["kind"]), body=str(row["body"]), language=str(row["lang"])))
    assert min(result.metrics.cta_count, 2) == row["asks"]


@pytest.mark.parametrize(("language", "lines", "kind"), [
    ("en", "Here's the deck:\nhttps://example.com/deck.pdf", "resource"),
    ("en", "You can book a slot here 👇\nhttps://calendly.com/sam/20", "calendar"),
    ("nl", "De video staat hier:\nhttps://youtu.be/abc123", "resource"),
    ("nl", "Plan gerust een moment in via mijn agenda:\n👉 https://calendly.com/sam", "calendar"),
])
def test_a_link_on_its_own_line_asks_once_with_the_line_that_introduces_it(language: str, lines: str,
                                                                          kind: str) -> None:
    result = lint(Message(kind="inmail", body=OPENING[language] + lines, language=language))
    assert list(result.metrics.cta_kinds) == [kind]
