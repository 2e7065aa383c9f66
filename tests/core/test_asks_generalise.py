# SPDX-License-Identifier: GPL-3.0-or-later
"""Fresh phrasings written after the coach corpus misses were studied by category, before the word
lists were changed for them: each sentence, after an opening line, asks once or not at all.

Batch 1 (asks and non-asks of every frame and step, both languages) came out right at first try
for 72 of 75 sentences (96 %); the three misses were fixed by a phenomenon each ("would mean a lot
if you could…", "Ever tried…?", "Wie wil er nu geen…?"). Batch 2 (requests, closings, signatures,
thanks) 81 of 81. Batch 3 (fragments, wishes without a question, reported speech, idioms) 54 of
63 (86 %): the misses were "all I'd need is", "a reply is enough", "just point me", "it'd be
great", "en kan … langskomen", "een tip is welkom", "mocht je iemand kennen", a quoted "let me
know" and "je kunt je voorstellen"; each was fixed as a phenomenon. Whole messages (every kind,
both languages, bullets, signatures, abbreviations, placeholders): 20 of 20, then 14 of 16 in the
right bucket at first try (a lost 'reconnect', and options offered after "whichever is easier:").
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from inmail_studio.core import Message
from inmail_studio.core.lint import lint

OPENING = {"en": "Hi Sam,\n\nI saw your talk on warehouse robotics last week.\n\n",
           "nl": "Hoi Sam,\n\nIk zag je talk over magazijnrobots vorige week.\n\n"}


def count(language: str, sentence: str) -> int:
    body = OPENING[language] + sentence
    return lint(Message(kind="follow_up", body=body, language=language)).metrics.cta_count


ASKS = [
    ('en', "Any chance you're free for a quick call on Friday?"),
    ('en', 'Would a short demo next week be useful?'),
    ('en', 'Happy to share the slides if that helps.'),
    ('en', 'Could you point me to the person who runs vendor onboarding?'),
    ('en', 'Is hiring for the data team still on hold?'),
    ('en', "What's the best way to get on your radar for Q1?"),
    ('en', "I'd value your take on our pricing page."),
    ('en', "Fancy grabbing a coffee when you're back in Utrecht?"),
    ('en', 'Would be great to have you in my network.'),
    ('en', "Here's my calendar if it's easier: https://cal.com/sam/20min"),
    ('en', 'The full write-up is on our blog: acme.io/blog/robots'),
    ('en', "Drop me a note if you'd like the template."),
    ('en', 'How does your team decide which sites to automate first?'),
    ('en', 'Thoughts?'),
    ('en', 'Open to a 15-minute intro call?'),
    ('en', 'Would Tuesday at 10 work for you?'),
    ('en', "I'd really appreciate an introduction to your head of ops."),
    ('en', 'Keen to stay in touch as you scale the team.'),
    ('en', 'Are you the right person to speak to about this, or is someone else better placed?'),
    ('en', "I'm still keen to compare notes whenever you have a moment."),
    ('en', 'Did the proposal land with the board yet?'),
    ('en', 'Are you attending the Logistics Summit in March?'),
    ('en', 'Can I add you to the invite list for our next roundtable?'),
    ('en', 'It would mean a lot if you could share this with your team.'),
    ('en', 'Have you had a chance to read the case study?'),
    ('nl', 'Heb je volgende week een halfuurtje voor een kop koffie?'),
    ('nl', 'Zou je me in contact willen brengen met jullie inkoper?'),
    ('nl', 'Ik stuur je graag de case, als je wilt.'),
    ('nl', 'Hoe kijken jullie aan tegen automatisering in het magazijn?'),
    ('nl', 'Tijd voor een kort belletje?'),
    ('nl', 'Leuk om elkaar te volgen!'),
    ('nl', 'Ben je nog op zoek naar versterking voor het team?'),
    ('nl', 'Mag ik je een uitnodiging sturen voor onze rondetafel?'),
    ('nl', 'Wat vind je van het idee?'),
    ('nl', 'Past woensdagochtend je beter?'),
    ('nl', 'Via deze link kun je direct een moment kiezen: https://calendly.com/sam'),
    ('nl', 'Ik hoor graag wat je ervan vindt.'),
    ('nl', 'Staat u open voor een vrijblijvende kennismaking?'),
    ('nl', 'Zou u mij kunnen doorverwijzen naar de juiste collega?'),
    ('nl', 'Is dit iets waar jullie nu mee bezig zijn?'),
    ('nl', 'Ik zou het waarderen als je even naar mijn cv wilt kijken.'),
    ('nl', 'Laten we snel iets inplannen.'),
    ('nl', 'Gaat u ook naar de beurs in Utrecht?'),
    ('nl', 'Een reactie van jouw kant zou me enorm helpen.'),
    ('en', 'Would you be the right person to talk to about this?'),
    ('en', 'Any appetite for a pilot in Q2?'),
    ('en', 'P.S. Happy to intro you to our CTO if helpful.'),
    ('en', "If it's useful, I can send over the benchmark we ran."),
    ('en', 'Let me know what works for you.'),
    ('en', 'When would suit you for a quick chat?'),
    ('en', 'Would you consider a short call with our founder?'),
    ('en', 'Could you share how you currently track picking errors?'),
    ('en', "I'd love 15 minutes of your time to show you what we built."),
    ('en', 'Would it be okay if I followed up next month?'),
    ('en', 'Mind sharing who leads operations at the Venlo site?'),
    ('en', "We're hosting a breakfast on 4 June and I'd love for you to join."),
    ('en', 'Can we grab a virtual coffee sometime next week?'),
    ('en', 'Shall I pencil in Thursday at 2?'),
    ('en', "Just say the word and I'll set it up."),
    ('en', 'Any feedback on the draft would be hugely appreciated.'),
    ('en', 'Would love your honest opinion on the prototype.'),
    ('en', 'Free for a quick call tomorrow?'),
    ('en', 'Worth a conversation?'),
    ('en', 'Want to see it in action?'),
    ('en', 'Do you know who handles partnerships at Picnic?'),
    ('en', "Please connect if you're open to it."),
    ('en', 'Happy to connect!'),
    ('en', "Let's connect and keep the conversation going."),
    ('en', 'Would you accept my invitation to connect?'),
    ('nl', 'Heeft u interesse in een korte demo?'),
    ('nl', 'Zullen we eens bellen?'),
    ('nl', 'Kan ik je bellen morgen?'),
    ('nl', 'Ik zou je graag even spreken over de vacature.'),
    ('nl', 'Wil je dat ik de offerte doorstuur?'),
    ('nl', 'Weet jij wie bij jullie over inkoop gaat?'),
    ('nl', 'Ik ben benieuwd hoe jullie dat nu regelen.'),
    ('nl', 'Heb je volgende week tijd voor een kop koffie?'),
    ('nl', 'Laat je me even weten of dinsdag past?'),
    ('nl', 'Graag kom ik eens langs om kennis te maken.'),
    ('nl', 'Mag ik u een keer bellen?'),
    ('nl', 'Zou u ervoor openstaan om eens te sparren?'),
    ('nl', 'Zou je me willen voorstellen aan jullie CTO?'),
    ('nl', 'Leuk als we elkaar kunnen volgen!'),
    ('nl', 'Graag voeg ik je toe aan mijn netwerk.'),
    ('nl', 'Ik kom graag eens kennismaken, schikt volgende week?'),
    ('nl', 'Reageer gerust als je wilt meedoen.'),
    ('nl', 'Wat denkt u, zou dit voor uw team werken?'),
    ('nl', 'Kunt u mij laten weten of de functie nog open is?'),
    ('nl', 'Ik zou het fijn vinden om even van gedachten te wisselen.'),
    ('en', 'So — coffee?'),
    ('en', 'Tuesday or Wednesday?'),
    ('en', 'Up for it?'),
    ('en', 'Quick one: are you still running the Eindhoven site?'),
    ('en', 'Given your work on fleet routing, your view on our approach would be really useful.'),
    ('en', "All I'd need is 20 minutes."),
    ('en', "A reply with 'yes' is enough and I'll handle the rest."),
    ('en', "If you'd rather I spoke to someone else on your team, just point me their way."),
    ('en', 'Would next Monday be too soon?'),
    ('en', "I'd be glad to buy you lunch if you're ever near Rotterdam."),
    ('en', 'Could I ask you three quick questions about your stack?'),
    ('en', 'Any tips for someone moving from retail into logistics?'),
    ('en', "Is this something you'd want to explore?"),
    ('en', 'How are you handling peak season this year?'),
    ('en', "The deck's here if you want a look: acme.io/deck"),
    ('en', "Have a look at the one-pager I attached and tell me what's missing."),
    ('en', "It'd be great to get your eyes on the draft before we publish."),
    ('en', "Could you let me know by Friday whether you're in?"),
    ('en', "I'd welcome the opportunity to discuss how my background fits the role."),
    ('en', 'Would you be willing to be a reference?'),
    ('nl', 'Koffie?'),
    ('nl', 'Dinsdag of woensdag?'),
    ('nl', 'Even sparren?'),
    ('nl', 'Heb jij daar ervaring mee?'),
    ('nl', 'Ik ben deze maand nog in Gent en kan makkelijk even langskomen.'),
    ('nl', 'Een reactie voor vrijdag zou fijn zijn.'),
    ('nl', 'Wat is voor jullie de grootste uitdaging op dit moment?'),
    ('nl', 'Ik hoor graag of dit bij jullie speelt.'),
    ('nl', 'Zou je mijn profiel willen bekijken?'),
    ('nl', 'De presentatie staat hier: acme.nl/deck'),
    ('nl', 'Wil je me laten weten of je erbij bent?'),
    ('nl', 'Ik ben nog steeds op zoek naar een stageplek, dus een tip is altijd welkom.'),
    ('nl', 'Mocht je iemand kennen die hiervoor openstaat, dan hoor ik het graag.'),
    ('nl', 'Kan je me in contact brengen met de juiste persoon?'),
    ('nl', 'Hoe kijkt u hier zelf tegenaan?'),
]

NOT_ASKS = [
    ('en', 'Thanks again for your time last week.'),
    ('en', 'Hope the move to the new office went smoothly.'),
    ('en', 'Looking forward to hearing your thoughts.'),
    ('en', 'Enjoy the rest of your week!'),
    ('en', 'We helped three 3PLs cut picking errors by half.'),
    ('en', 'Ever tried to hire a robotics engineer in six weeks?'),
    ('en', 'No worries if the timing is off.'),
    ('en', 'Congrats on the new role!'),
    ('en', 'I read your post about robot fleets with great interest.'),
    ('en', 'Our platform connects warehouse robots to any WMS.'),
    ('en', 'Best regards, Sam'),
    ('en', 'It was great to see the team demo at the expo.'),
    ('en', "Who doesn't want fewer picking errors?"),
    ('en', 'Shame we missed each other at the summit.'),
    ('en', "Let's be honest, nobody enjoys inventory counts."),
    ('en', 'P.S. Loved the photo of the new sorter.'),
    ('en', 'If you ever need anything, you know where to find me.'),
    ('nl', 'Bedankt voor je tijd vorige week.'),
    ('nl', 'Ik hoop dat de verhuizing goed is verlopen.'),
    ('nl', 'Ik kijk uit naar je reactie.'),
    ('nl', 'Fijne dag nog!'),
    ('nl', 'Wij helpen logistieke bedrijven hun foutpercentage te halveren.'),
    ('nl', 'Gefeliciteerd met je nieuwe baan!'),
    ('nl', 'Wat een mooi resultaat, zeg!'),
    ('nl', 'Het was leuk om je op de beurs te zien.'),
    ('nl', 'Geen haast hoor.'),
    ('nl', 'Met vriendelijke groet, Sam'),
    ('nl', 'Mocht er iets veranderen, dan hoor ik het graag.'),
    ('nl', 'Wie wil er nu geen foutloze orderpicking?'),
    ('nl', 'Ons platform koppelt robots aan elk WMS.'),
    ('nl', 'Ik las je bericht over robotvloten met veel interesse.'),
    ('en', 'Thanks so much for connecting!'),
    ('en', 'Thank you for considering my application.'),
    ('en', 'I appreciate your time.'),
    ('en', 'Hope you had a great summer.'),
    ('en', 'Wishing you a great start to the quarter.'),
    ('en', 'Talk soon,'),
    ('en', 'Cheers, Sam'),
    ('en', 'I look forward to your reply.'),
    ('en', 'Looking forward to connecting.'),
    ('en', 'Either way, keep up the great work!'),
    ('en', "Totally understand if now isn't the right time."),
    ('en', "No need to reply if this isn't relevant."),
    ('en', 'I know you must be busy.'),
    ('en', 'We just closed our Series A and are hiring across Europe.'),
    ('en', 'Our customers typically see a 30% drop in mis-picks.'),
    ('en', "I've attached my CV for reference."),
    ('en', "I'm a product manager with eight years in logistics."),
    ('en', 'Would love to hear from you.'),
    ('en', 'Good luck with the launch!'),
    ('en', 'Hope to hear from you soon.'),
    ('en', 'Sam Jones | Head of Sales | Acme'),
    ('nl', 'Dank voor je tijd!'),
    ('nl', 'Alvast bedankt voor het lezen.'),
    ('nl', 'Ik hoop snel van je te horen.'),
    ('nl', 'Succes met de lancering!'),
    ('nl', 'Ik begrijp het helemaal als het nu niet uitkomt.'),
    ('nl', 'Wij zijn een familiebedrijf uit Venlo met 40 medewerkers.'),
    ('nl', 'Ik heb mijn cv als bijlage toegevoegd.'),
    ('nl', 'Hartelijke groet,'),
    ('nl', 'Tot snel!'),
    ('nl', 'Ik wens u een fijne dag.'),
    ('nl', 'Groetjes uit Gent,'),
    ('nl', 'Ik kijk ernaar uit om van u te horen.'),
    ('nl', 'Geen reactie is ook een antwoord, hoor.'),
    ('nl', 'Fijn weekend alvast!'),
    ('nl', 'Bedankt voor het accepteren van mijn verzoek!'),
    ('en', 'You can imagine how chaotic that quarter was.'),
    ('en', "I'd love to say it was easy, but it wasn't."),
    ('en', 'Last year we ran a pilot with DHL and it went really well.'),
    ('en', 'My manager always says: "let me know if you\'re stuck".'),
    ('en', 'Our demo day last month drew 200 people.'),
    ('en', 'I was hoping to catch you at the expo, but the trains had other plans.'),
    ('en', 'The report covers picking, packing and returns.'),
    ('en', "We'd love to grow the Benelux team this year."),
    ('en', 'I recently connected with a few people from your team.'),
    ('en', "Either way, I'll keep an eye on your posts."),
    ('en', 'Sorry for the double message.'),
    ('en', 'Just a quick note to say congrats on the Series B.'),
    ('en', 'Happy Monday!'),
    ('en', "Feel free to ignore this if it's not relevant."),
    ('en', 'It was a pleasure meeting you at ProMat.'),
    ('en', "I'm reaching out because we work with many 3PLs in the region."),
    ('nl', 'Vorig jaar deden we een pilot met PostNL.'),
    ('nl', 'Ik wilde je al een tijdje schrijven.'),
    ('nl', "We zijn hard aan het groeien en zoeken nieuwe collega's."),
    ('nl', 'Je kunt je voorstellen hoe druk het was.'),
    ('nl', 'Ons team helpt webshops met retouren.'),
    ('nl', 'Ik zag dat je onlangs bent begonnen bij Bol.'),
    ('nl', 'Sorry voor het dubbele bericht.'),
    ('nl', 'Het was fijn je te spreken op de beurs.'),
    ('nl', 'Ik volg je posts al een tijdje met plezier.'),
    ('nl', 'Veel succes met de nieuwe functie!'),
    ('nl', 'Geniet van je vakantie!'),
    ('nl', 'Wij hebben al meer dan 300 klanten geholpen.'),
]


@pytest.mark.parametrize(("language", "sentence"), ASKS)
def test_a_fresh_ask_counts_once(language: str, sentence: str) -> None:
    assert count(language, sentence) == 1


@pytest.mark.parametrize(("language", "sentence"), NOT_ASKS)
def test_a_fresh_closing_or_statement_asks_nothing(language: str, sentence: str) -> None:
    assert count(language, sentence) == 0



# Whole messages written the same way (language, kind, asks, body), one JSON object a line.
MESSAGES = [json.loads(line) for line in
            (Path(__file__).parents[1] / "data" / "asks_fresh_messages.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("row", MESSAGES, ids=[row["body"][:30] for row in MESSAGES])
def test_a_fresh_message_lands_in_its_bucket(row: dict[str, object]) -> None:
    message = Message(kind=str(row["kind"]), body=str(row["body"]), language=str(row["lang"]))
    assert min(lint(message).metrics.cta_count, 2) == min(int(str(row["asks"])), 2)
