# SPDX-License-Identifier: GPL-3.0-or-later
"""Fresh phrasings written after the coach corpus misses were studied by category, before the word
lists were changed for them: each sentence, after an opening line, asks once or not at all.

Batch 1 (asks and non-asks of every frame and step, both languages) came out right at first try
for 72 of 75 sentences (96 %); the three misses were fixed by a phenomenon each ("would mean a lot
if you could…", "Ever tried…?", "Wie wil er nu geen…?").
"""

from __future__ import annotations

import pytest

from inmail_studio.core import Message, lint

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
]


@pytest.mark.parametrize(("language", "sentence"), ASKS)
def test_a_fresh_ask_counts_once(language: str, sentence: str) -> None:
    assert count(language, sentence) == 1


@pytest.mark.parametrize(("language", "sentence"), NOT_ASKS)
def test_a_fresh_closing_or_statement_asks_nothing(language: str, sentence: str) -> None:
    assert count(language, sentence) == 0
