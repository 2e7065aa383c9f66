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

import pytest

from inmail_studio.core import Message, lint

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

# A weak ask (the sender's backdrop: growing a network, "your input would be valuable") is the
# message's ask when it stands alone, and no second ask beside a real one.
WEAK = [
    ("en", "I'd love to expand my network of theatre nurses in the Midlands.", "Shall we connect?"),
    ("en", "Your view as a night-shift lead would be really helpful.", "Could I ask you three questions by phone?"),
    ("nl", "Graag breid ik mijn netwerk uit met planners in de thuiszorg.", "Zullen we connecten?"),
    ("nl", "Jouw ervaring als teamleider zou heel waardevol zijn.", "Heb je volgende week een kwartiertje?"),
]


@pytest.mark.parametrize(("language", "sentence"), ASKS)
def test_a_round3_ask_counts_once(language: str, sentence: str) -> None:
    assert count(language, sentence) == 1


@pytest.mark.parametrize(("language", "sentence"), NOT_ASKS)
def test_a_round3_statement_asks_nothing(language: str, sentence: str) -> None:
    assert count(language, sentence) == 0


@pytest.mark.parametrize(("language", "weak", "ask"), WEAK)
def test_a_weak_ask_counts_alone_but_not_beside_a_real_one(language: str, weak: str, ask: str) -> None:
    assert count(language, weak) == 1
    assert count(language, f"{weak} {ask}") == 1
    assert count(language, f"{ask} {weak}") == 1
