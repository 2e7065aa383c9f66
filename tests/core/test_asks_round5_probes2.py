# SPDX-License-Identifier: GPL-3.0-or-later
"""Round 5 probes, part two: the same method as test_asks_round5_probes.py (fresh sentences, kept
only when no corpus file lost a message).

- subjectless_statements: a statement without its "I" ("Have been following your work", "Hit our
  target in Q3") is no imperative; "Have a few minutes this week for a quick call?" still asks;
- dutch_subjectless: the same in Dutch ("Lees je posts altijd met plezier", "Bel vaak met klanten"),
  and "Kijk uit naar je reactie!" closes like "Looking forward to your reply!";
- english_subjectless_habits: "Use your app daily", "Read a lot about it lately" are habits, not
  imperatives; "Use this link to skip the queue: …" asks;
- open_to_move: "Ben je momenteel op zoek?", "Zit je nog op je plek?", "Are you currently looking?"
  ask about interest; the sender's own search asks nothing;
- small_talk_then_ask: a question that opens with small talk asks with the clause after it ("Hope
  you're well — would you be open to a call?", "Geen haast, maar sta je open voor een gesprek?");
- closing_then_ask: a question that opens with a closing formula asks with the clause after it ("Any
  questions, just shout — otherwise, shall we pencil in Thursday?"); the closing alone asks nothing;
- worth_it_and_case_studies: "Might be worth a chat", "Wellicht de moeite waard om even te sparren"
  ask; what the product did for others ("We helped Picnic book 30% more demos") does not.
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
    "subjectless_statements": [
        ('en', 'Have been following your work for a while.', ()),
        ('en', 'Have worked with a few teams like yours.', ()),
        ('en', 'Hit our hiring target in Q3, which was a first.', ()),
        ('en', 'Read your piece on pricing last week.', ()),
        ('en', 'Came across your profile while researching cold-chain logistics.', ()),
        ('en', "Took a look at your careers page, looks like you're growing fast.", ()),
        ('en', 'Checked out your podcast, really enjoyed the episode on churn.', ()),
        ('en', 'Joined Acme last month as head of sales.', ()),
        ('en', "Saw you're hiring for a data lead.", ()),
        ('en', 'Try as we might, spreadsheets never scale.', ()),
        ('en', 'Have a few minutes this week for a quick call?', ('meeting',)),
        ('en', 'Take a look at the demo here: https://acme.com/demo', ('resource',)),
        ('en', 'Give it a read and let me know what you think.', ('opinion',)),
        ('nl', 'Volg je werk al een tijdje.', ()),
        ('nl', 'Zag dat jullie groeien in Gent.', ()),
        ('nl', 'Las je stuk over prijsstrategie.', ()),
        ('nl', 'Kijk gerust eens naar de demo: https://acme.nl/demo', ('resource',)),
    ],
    "dutch_subjectless": [
        ('nl', 'Lees je posts altijd met veel plezier.', ()),
        ('nl', 'Kijk uit naar je reactie.', ()),
        ('nl', 'Kijk ernaar uit!', ()),
        ('nl', 'Bel vaak met klanten over dit soort vragen.', ()),
        ('nl', 'Schrijf zelf ook over duurzame inkoop.', ()),
        ('nl', 'Probeer al een tijdje een goede planner te vinden.', ()),
        ('nl', 'Bel me gerust even.', ('reply',)),
        ('nl', 'Lees hier het hele verhaal: https://acme.nl/blog', ('resource',)),
        ('nl', 'Kom gerust eens langs op kantoor.', ('meeting',)),
        ('en', 'Looking forward to your reply!', ()),
        ('en', 'Really looking forward to it.', ()),
    ],
    "english_subjectless_habits": [
        ('en', 'Use your app daily, love it.', ()),
        ('en', 'Send out a newsletter every month to 4,000 founders.', ()),
        ('en', 'Tell my clients about your tool all the time.', ()),
        ('en', 'Read a lot about supply-chain finance lately.', ()),
        ('en', 'Look after the Benelux accounts these days.', ()),
        ('en', 'Call on hospital buyers most weeks.', ()),
        ('en', 'Watch your videos every Friday with my team.', ()),
        ('en', 'Use this link to skip the queue: https://acme.com/vip', ('resource',)),
        ('en', 'Send me the file when you can.', ('resource',)),
        ('en', 'Tell me more about your setup.', ('reply',)),
        ('en', 'Watch the 2-minute video: https://youtu.be/x', ('resource',)),
        ('nl', 'Gebruik jullie app dagelijks, top ding.', ()),
        ('nl', 'Gebruik deze link om voor te gaan: https://acme.nl/vip', ('resource',)),
    ],
    "open_to_move": [
        ('nl', 'Ben je momenteel op zoek naar een nieuwe stap?', ('interest',)),
        ('nl', 'Bent u actief op zoek?', ('interest',)),
        ('nl', 'Zit je nog helemaal op je plek bij Bol?', ('interest',)),
        ('en', 'Are you currently looking?', ('interest',)),
        ('en', 'Are you actively exploring new roles?', ('interest',)),
        ('en', 'Happy where you are, or open to a conversation?', ('interest',)),
        ('nl', 'Ik ben op zoek naar een nieuwe uitdaging in de logistiek.', ()),
        ('en', "I'm looking for my next challenge in logistics.", ()),
    ],
    "small_talk_then_ask": [
        ('en', "Hope you're well — would you be open to a call next week?", ('meeting',)),
        ('en', 'Hope all is good, are you still open to new roles?', ('interest',)),
        ('en', 'How are things at Adyen, and could we catch up over coffee soon?', ('meeting',)),
        ('en', 'No pressure, but what do you think?', ('opinion',)),
        ('nl', 'Hoop dat alles goed gaat, heb je volgende week tijd voor een belletje?', ('meeting',)),
        ('nl', 'Geen haast, maar sta je open voor een gesprek?', ('interest',)),
        ('nl', 'Hoe gaat het daar, en wat vind je van het voorstel?', ('opinion',)),
        ('en', 'Hi Tanya, how are you?', ()),
        ('nl', 'Wat een avond gisteren, hè?', ()),
    ],
    "closing_then_ask": [
        ('en', 'Any questions, just shout — otherwise, shall we pencil in Thursday?', ('meeting',)),
        ('en', 'If anything changes, let me know; otherwise could you confirm Friday?', ('reply',)),
        ('nl', 'Mocht je vragen hebben, laat het weten; anders plannen we donderdag een call?', ('meeting',)),
        ('en', 'Let me know if you have any questions.', ()),
        ('nl', 'Mocht u nog vragen hebben, laat het gerust weten.', ()),
    ],
    "worth_it_and_case_studies": [
        ('en', 'We helped Picnic book 30% more demos last quarter.', ()),
        ('en', 'Our customers tell us the weekly call is the best part.', ()),
        ('en', 'Teams like yours use us to cut reporting time in half.', ()),
        ('en', 'Most of our clients start with a two-week pilot.', ()),
        ('en', 'The pilot usually takes two weeks and one kickoff call.', ()),
        ('en', 'Could be worth a quick look.', ('interest',)),
        ('en', 'Might be worth a chat.', ('meeting',)),
        ('en', 'Perhaps worth comparing notes?', ('meeting',)),
        ('en', 'Might be relevant for your Q3 plans?', ('interest',)),
        ('nl', "We hielpen Picnic vorig kwartaal aan 30% meer demo's.", ()),
        ('nl', 'Onze klanten zeggen dat het wekelijkse gesprek het beste deel is.', ()),
        ('nl', 'De meeste klanten beginnen met een pilot van twee weken.', ()),
        ('nl', 'Misschien de moeite waard om eens naar te kijken.', ('interest',)),
        ('nl', 'Wellicht de moeite waard om even te sparren.', ('meeting',)),
    ],
}
CASES = [pytest.param(language, sentence, want, id=f"{name}-{index}")
         for name, rows in PHENOMENA.items() for index, (language, sentence, want) in enumerate(rows)]


def test_every_phenomenon_of_part_two_is_tested_in_both_languages() -> None:
    for name, rows in PHENOMENA.items():
        assert {language for language, _, _ in rows} == {"en", "nl"}, name
        assert len(rows) >= 4, name


@pytest.mark.parametrize(("language", "sentence", "want"), CASES)
def test_a_part_two_sentence_gets_its_asks(language: str, sentence: str, want: tuple[str, ...]) -> None:
    assert kinds(language, sentence) == want
