# SPDX-License-Identifier: GPL-3.0-or-later
"""personalisation, round 18: an event named after a comma ("at a conference, Web Summit, last month"),
and what the reader said shown to its end.

Sentences written for these tests (none copied from the coach corpus), in both languages.
"""

from __future__ import annotations

import pytest
from personal_sentences import coach, counted, shows

from inmail_studio.core import Message
from inmail_studio.core.lint import lint

# (language, sentence, part of the detail the coach must show)
APPOSED = [
    ("en", "We met at a conference, Web Summit, last month.", "Web Summit"),
    ("en", "We met at a conference, Web Summit.", "Web Summit"),
    ("nl", "We spraken elkaar op een congres, de Zorgtech Dag, vorig jaar.", "Zorgtech Dag"),
    ("nl", "Ik zag je op een beurs, Vakbeurs Energie, in Gorinchem.", "Vakbeurs Energie"),
]

# an unnamed event stays unnamed when what follows the comma is another thought or the reader's name
UNNAMED = [
    ("en", "We met at a conference, and I liked your energy."),
    ("en", "Good to meet you at a meetup, Tom."),
    ("nl", "We ontmoetten elkaar op een congres, toen had ik weinig tijd."),
]


@pytest.mark.parametrize(("lang", "sentence", "part"), APPOSED)
def test_an_event_named_after_a_comma_is_a_detail(lang: str, sentence: str, part: str) -> None:
    assert shows(coach(lang, sentence), part), counted(coach(lang, sentence))


@pytest.mark.parametrize(("lang", "sentence"), UNNAMED)
def test_an_unnamed_event_with_a_comma_after_it_is_still_unnamed(lang: str, sentence: str) -> None:
    assert counted(coach(lang, sentence)) is None


def _follow_up_detail(lang: str, sentence: str) -> list[str]:
    greeting, closing = ("Hoi Anna,", "Groet, Piet") if lang == "nl" else ("Hi Anna,", "Best, Piet")
    body = f"{greeting}\n\n{sentence}\n\n{closing}"
    return counted(lint(Message(kind="follow_up", body=body, language=lang))) or []


def _follow_up_warning(lang: str, sentence: str) -> str:
    """The personalisation warning's message for `sentence` in a follow-up ("" when none)."""
    greeting, closing = ("Hoi Anna,", "Groet, Piet") if lang == "nl" else ("Hi Anna,", "Best, Piet")
    result = lint(Message(kind="follow_up", body=f"{greeting}\n\n{sentence}\n\n{closing}", language=lang))
    return next((f.message for f in result.findings if f.rule == "personalisation"), "")


# what they said in a clause of its own is shown whole; a topic they spoke about ends where the clause goes on
SAID_SHOWN = [
    ("nl", "Je vroeg of de functie ook voor 32 uur kan.", "Je vroeg of de functie ook voor 32 uur kan"),
    ("en", "You asked whether the role could also be done in 32 hours a week.",
     "You asked whether the role could also be done in 32 hours a week"),
    ("en", "On the call you mentioned that hiring nurses in Zwolle takes four months.",
     "you mentioned that hiring nurses in Zwolle takes four months"),
    ("en", "What you said about shift rosters made me rethink ours.", "you said about shift rosters"),
    ("nl", "Wat je zei over roosters bleef hangen.", "je zei over roosters"),
    ("nl", "U raadde me vorige week aan om de vacature voor nachtverpleegkundige ook bij de regionale "
           "beroepsvereniging uit te zetten.",
     "U raadde me vorige week aan om de vacature voor nachtverpleegkundige ook bij de regionale "
     "beroepsvereniging uit te zetten"),
    ("en", "You said at the Delft dinner that you're looking for a co-founder with a hardware background.",
     "You said at the Delft dinner that you're looking for a co-founder with a hardware background"),
]


@pytest.mark.parametrize(("lang", "sentence", "shown_text"), SAID_SHOWN)
def test_what_they_said_is_shown_to_the_end_of_what_they_said(lang: str, sentence: str, shown_text: str) -> None:
    assert _follow_up_detail(lang, sentence) == [shown_text]


# follow-ups: what the reader said, advised or wished, a favour with the person it went to
FOLLOW_UP_FOUND = [
    ("nl", "Je had het over de wachtlijst voor monteurs in Twente.", "wachtlijst voor monteurs in Twente"),
    ("nl", "U liet weten dat de aanbesteding in april sluit.", "aanbesteding in april sluit"),
    ("en", "You brought up the hiring freeze in your Leeds office.", "hiring freeze"),
    ("en", "You flagged that the audit starts in May.", "audit starts in May"),
    ("nl", "Ik heb uw advies om mij te richten op de zorgsector ter harte genomen.", "om mij te richten op de zorg"),
    ("nl", "Met je wens om dichter bij huis in Drenthe te werken in gedachten, heb ik rondgebeld.", "Drenthe"),
    ("en", "With your plan to open a second clinic in Utrecht in mind, I asked around.", "second clinic in Utrecht"),
    ("nl", "Nog eens merci om me in contact te brengen met Wout!", "Wout"),
    ("nl", "Hartelijk dank voor uw doorverwijzing naar mevrouw De Bruin.", "De Bruin"),
    ("en", "Thanks for offering to introduce me to Priya at Greenloop.", "Priya"),
    ("en", "Thanks for passing my CV on to Mr Okafor.", "Okafor"),
    ("en", "After our call you said your team is short two analysts until March.", "short two analysts"),
    ("en", "Sorry to hear about your hiring freeze, that must sting.", "hiring freeze"),
    ("nl", "Ik hoorde van jullie vacaturestop in de regio Noord.", "vacaturestop"),
    ("en", "Ben Okafor connected us last month, and I wanted to pick this up again.", "Ben Okafor"),
    ("nl", "Sander van Dijk bracht ons vorige maand met elkaar in contact.", "Sander van Dijk"),
    ("nl", "Na ons gesprek op de Nationale Carrièrebeurs heb ik mijn cv gestuurd.", "Nationale Carrièrebeurs"),
    ("nl", "Na afloop bood je aan om me in contact te brengen met Ilse Verbeek van het datateam.", "Ilse Verbeek"),
    ("en", "You kindly offered to introduce me to Jana Novak at Forkline.", "Jana Novak"),
    ("nl", "Nogmaals dank dat je me in contact bracht met Joost van der Wal.", "Joost van der Wal"),
    ("nl", "Dank je wel dat je me in contact hebt gebracht met Joyce van de afdeling geriatrie!", "Joyce"),
    ("nl", "Zoals je me aanraadde, heb ik het UWV gebeld over het omscholingsbudget voor Zwolle.",
     "je me aanraadde, heb ik het UWV gebeld"),
    ("en", "Thanks for pointing me to Ahmed Bashir on your IT team.", "Ahmed Bashir"),
    ("en", "Thanks for your advice yesterday to call the council in Delft first.", "your advice"),
    ("nl", "Geweldig wat je met de buurtmoestuin in Utrecht-Oost hebt neergezet.", "buurtmoestuin"),
    ("nl", "U adviseerde mij om de vacature ook bij de beroepsvereniging in Utrecht te plaatsen.", "beroepsvereniging"),
    ("nl", "Jouw idee om de roosters per locatie te plannen vond ik sterk.", "om de roosters per locatie te plannen"),
    ("nl", "Vooral [het advies dat je gaf] heb ik onthouden.", "[het advies dat je gaf]"),
]

# follow-ups that could go to anyone in the same thread: the sender's own deed, a favour that names nobody,
# what the reader would do for the sender, an event the sender ran or one placed only by its town
FOLLOW_UP_GENERIC = [
    ("en", "I've applied today and mentioned your name in my cover letter."),
    ("en", "Thanks for the referral."),
    ("nl", "Bedankt voor de intro!"),
    ("en", "Thanks so much for introducing me."),
    ("en", "You'd said you would get back to me after the board meeting."),
    ("nl", "Je zei dat je me na de zomer zou bellen."),
    ("nl", "U gaf aan dat u ons na de vakantie zou laten weten hoe het zit."),
    ("en", "It was great to meet at the Women in Data breakfast I organised."),
    ("nl", "Leuk je gesproken te hebben op de beurs in Gorinchem."),
    ("en", "Great to meet you at the meetup in Leeds."),
    ("en", "We'd still love to have you as a guest on the Hiring Talk podcast."),
    ("en", "I'll work on more structured answers, as you suggested."),
    ("nl", "Ik heb mijn cv ingekort, zoals je zei."),
    ("en", "We met at our Founders Summit in Leeds."),
    ("en", "I offered to introduce you to Jana, and she's keen."),
    ("en", "We spoke last month about a pilot with your inside sales team."),
    ("nl", "Bedankt voor het gesprek met jullie HR-team van dinsdag."),
]


@pytest.mark.parametrize(("lang", "sentence", "part"), FOLLOW_UP_FOUND)
def test_a_follow_up_detail_the_reader_gave_is_found(lang: str, sentence: str, part: str) -> None:
    shown_texts = _follow_up_detail(lang, sentence)
    assert any(part in text for text in shown_texts), shown_texts


@pytest.mark.parametrize(("lang", "sentence"), FOLLOW_UP_GENERIC)
def test_a_follow_up_mention_anyone_in_the_thread_could_get_is_warned(lang: str, sentence: str) -> None:
    assert _follow_up_warning(lang, sentence)


def test_something_done_with_them_is_the_thread_in_a_follow_up_only() -> None:
    """"the pilot with your inside sales team" is what a follow-up's exchange is about, and the warning
    names it as such; in a first message it is a shared past the writer names."""
    sentence = "Last year we ran a pilot with your Leeds sales team on call routing."
    assert shows(coach("en", sentence), "pilot with your Leeds sales team")
    warning = _follow_up_warning("en", sentence)
    assert "pilot with your Leeds sales team" in warning and "anyone you were in touch with" in warning


def test_what_the_reader_would_do_next_is_named_as_the_threads_next_step() -> None:
    warning = _follow_up_warning("en", "You'd said you would get back to me after the board meeting.")
    assert "could be written to anyone you were in touch with" in warning


def test_a_next_step_in_a_first_message_gets_the_first_message_wording() -> None:
    body = "Hi Anna,\n\nYou said you would get back to me after the board meeting.\n\nWould a call on Friday work?"
    result = lint(Message(kind="inmail", subject="Board meeting", body=body, language="en"))
    messages = [f.message for f in result.findings if f.rule == "personalisation"]
    assert messages and "follow-up" not in messages[0]


# over-reach the review found: none of these is a detail about the reader
NOT_THEIRS = [
    ("en", "I offered you an introduction to Jana Novak."),  # the sender's offer
    ("nl", "Ik bood je aan om je in contact te brengen met Wout."),
    ("en", "Thanks for sharing the vacancy at Coolblue."),  # a company is not whom a favour went to
    ("en", "Great to meet you at a conference, Anna, last week."),  # a name after the comma, not an event
    ("en", "We met at a conference, London, last month."),
    ("nl", "Mijn zoektocht naar Python-vacatures bracht mij bij Coolblue."),  # a search is no referrer
    ("nl", "Leuk je te ontmoeten op de Zorgborrel die ik had georganiseerd."),  # the sender's event
    ("en", "Would you be free for a [call length] call?"),  # the sender's placeholder
]

# details the review found at risk: each is specific to the reader
STILL_THEIRS = [
    ("en", "You said you need us for the payroll migration in Leeds.", "payroll migration"),
    ("en", "Great to meet you at the ProductTank meetup organised by Booking.com.", "ProductTank"),
    ("en", "As you suggested, I reached out to Jana de Vries at Forkline.", "you suggested"),
]


@pytest.mark.parametrize(("lang", "sentence"), NOT_THEIRS)
def test_what_is_not_the_readers_is_warned(lang: str, sentence: str) -> None:
    assert _follow_up_warning(lang, sentence)


@pytest.mark.parametrize(("lang", "sentence", "part"), STILL_THEIRS)
def test_what_is_the_readers_stays_found(lang: str, sentence: str, part: str) -> None:
    assert any(part in text for text in _follow_up_detail(lang, sentence))


def test_what_they_said_stops_where_the_sender_speaks() -> None:
    shown_texts = _follow_up_detail("nl", "Je zei dat het rooster veel tijd kost in Zwolle en daarom stuur ik je dit.")
    assert shown_texts == ["Je zei dat het rooster veel tijd kost in Zwolle"]
