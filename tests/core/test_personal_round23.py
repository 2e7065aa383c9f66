# SPDX-License-Identifier: GPL-3.0-or-later
"""personalisation, round 23: the reader's private life as they shared it ("uw vader", "your shoulder
surgery", "de verhuizing naar Gent", "een reis door Japan"), the thread's next step when the sender is the
one who may get in touch ("U gaf aan dat ik in januari weer contact mocht opnemen"), a company's rank read
anywhere ("een van de grootste bakkerijen van het oosten") and the reader as whom the sender writes to
("aanleiding om u te schrijven").

Sentences written for these tests (none copied from the coach corpus), in both languages.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from personal_sentences import coach, counted, shown, warned

from inmail_studio.core import Message
from inmail_studio.core.lint import lint


def follow_up(lang: str, sentence: str):  # type: ignore[no-untyped-def]
    """`sentence` between a greeting and an ask, as a follow-up in `lang`."""
    return coach(lang, sentence, kind="follow_up")


@pytest.fixture
def rules(rules_alone: Path):  # type: ignore[no-untyped-def]
    """The detail the hand rules alone count in a follow-up sentence (the text the coach shows), or None."""
    def count(lang: str, sentence: str) -> str | None:
        found = counted(lint(Message(kind="follow_up", body=sentence, language=lang), rules_dir=rules_alone))
        return None if found is None else " | ".join(found)
    return count


# the reader's private life, said of this reader: a relative, their health, an event of theirs, a trip with its place
PRIVATE = [
    ("en", "Hope the recovery from your knee surgery is going well.", "your knee surgery"),
    ("en", "I've told the hiring manager that, with your son starting school in September, October suits you best.",
     "your son"),
    ("en", "Hope the half marathon went well on Sunday!", "the half marathon"),
    ("en", "Hope you had a wonderful trip to Lisbon.", "trip to Lisbon"),
    ("en", "How did the move to Utrecht go?", "the move to Utrecht"),
    ("en", "Hope your father is doing a bit better by now.", "your father"),
    ("nl", "Ik hoop dat het inmiddels wat beter gaat met uw moeder.", "uw moeder"),
    ("nl", "Hoe was de eerste schooldag van Lotte?", "de eerste schooldag van Lotte"),
    ("nl", "Ik hoop dat u een mooie reis door Vietnam heeft gehad.", "reis door Vietnam"),
    ("nl", "Succes met de verhuizing naar Gent!", "de verhuizing naar Gent"),
    ("nl", "Hoe gaat het met je revalidatie na de knieoperatie?", "je revalidatie"),
    ("nl", "Veel plezier op je huwelijksreis naar Bali!", "je huwelijksreis"),
    ("en", "Hope you had a great trip to the Dolomites.", "trip to the Dolomites"),
    ("nl", "Ik hoop dat je een mooie vakantie in de Ardennen hebt gehad.", "vakantie in de Ardennen"),
    ("en", "Is your son enjoying his first year at university?", "your son"),
    ("nl", "Is je vader inmiddels weer thuis?", "je vader"),
    ("nl", "Hoe ging de Zevenheuvelenloop?", "de Zevenheuvelenloop"),
    ("nl", "Hoe was de Japanreis?", "de Japanreis"),
]

# what everyone is asked or wished, a relative the reader is asked to consult, a word in a business phrase
NOT_PRIVATE = [
    ("en", "Hope you had a great holiday."),
    ("en", "How was your weekend?"),
    ("en", "Hope all is well with you and the family."),
    ("en", "Could you check with your brother whether Thursday works?"),
    ("en", "Is English your mother tongue?"),
    ("nl", "Hoe was je vakantie?"),
    ("nl", "Ik hoop dat het goed met u gaat."),
    ("nl", "Heb je al met je broer kunnen overleggen?"),
    ("nl", "Hopelijk zet het herstel van de markt door."),
    ("nl", "Ik hoor graag hoe jij omgaat met klanten die na de bruiloft nog extra's willen."),
    # business phrases that start with a private word
    ("en", "We support you on your journey to Azure."),
    ("en", "How is your disaster recovery setup holding up?"),
    ("en", "Hope your Q3 recovery plan is on track."),
    ("en", "Hope the wedding season has been busy for you."),
    ("en", "We already work with your daughter company in Belgium."),
    ("nl", "Hoe ziet je reis naar Azure eruit?"),
    ("nl", "Ik volg het herstel van KLM na corona met interesse."),
    ("nl", "Wij werken al voor de Nederlandse dochter van Bosch."),
    ("nl", "Hoe ziet het huwelijk tussen sales en marketing eruit bij jullie?"),
]


@pytest.mark.parametrize(("lang", "sentence", "part"), PRIVATE)
def test_the_readers_private_life_is_a_detail_of_theirs(lang: str, sentence: str, part: str, rules) -> None:
    shown_text = rules(lang, sentence)
    assert shown_text is not None and part in shown_text, shown_text


@pytest.mark.parametrize(("lang", "sentence"), NOT_PRIVATE)
def test_what_everyone_is_wished_is_not(lang: str, sentence: str, rules) -> None:
    assert rules(lang, sentence) is None
    assert warned(follow_up(lang, sentence))


def test_the_coach_shows_the_private_detail_as_the_good_line() -> None:
    result = follow_up("nl", "Ik hoop dat het inmiddels wat beter gaat met uw vader.")
    assert not warned(result) and any("uw vader" in text for text in shown(result))
    result = follow_up("en", "Hope the recovery from your shoulder surgery is going well.")
    assert not warned(result) and any("your shoulder surgery" in text for text in shown(result))


# the thread's next step said by the reader, whoever is to act: naming nothing of theirs
NEXT_STEP = [
    ("nl", "U gaf aan dat ik in het nieuwe jaar weer contact mocht opnemen."),
    ("nl", "Je gaf in oktober aan dat ik in januari weer contact mocht opnemen."),
    ("nl", "Je zei dat je na de zomer contact zou opnemen."),
    ("en", "You mentioned I could reach out again in January."),
    ("en", "You said we should talk again in March."),
    ("en", "You said you'd get back to me after your holiday."),
]


@pytest.mark.parametrize(("lang", "sentence"), NEXT_STEP)
def test_the_threads_next_step_is_not_a_detail(lang: str, sentence: str, rules) -> None:
    assert rules(lang, sentence) is None
    assert warned(follow_up(lang, sentence))


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "You mentioned you wanted to revisit your pricing model."),
    ("nl", "Je vertelde dat jullie veel contact hebben met zorginstellingen."),
    ("nl", "Je gaf aan dat jullie de planning dit jaar willen oppakken."),
])
def test_what_they_said_they_do_themselves_is_still_theirs(lang: str, sentence: str, rules) -> None:
    assert rules(lang, sentence) is not None


def test_a_next_step_about_their_vacancy_still_names_it(rules) -> None:
    sentence = "Je gaf vorige week aan dat ik je mocht mailen over de vacature voor adviseur bij jullie afdeling."
    assert "vacature" in (rules("nl", sentence) or "")
    assert "Priya" in (rules("en", "You said I should talk to Priya Shah about the Leeds depot.") or "")


# a rank anyone can read is no news; an award with a name, a new site are
@pytest.mark.parametrize(("lang", "sentence"), [
    ("nl", "Ik zag dat Bakkerij Oven & Co een van de grotere bakkerijen van Oost-Nederland is."),
    ("nl", "Ik las dat het Dierenziekenhuis Noord wordt gezien als een van de grootste klinieken van het noorden."),
    ("nl", "Ik las in de krant dat Museum Het Waaghuis tot de best bezochte musea van Gelderland hoort."),
    ("en", "I've been following how your team at Greenline Energy has grown into one of the bigger names in solar."),
])
def test_a_rank_read_anywhere_is_generic(lang: str, sentence: str, rules) -> None:
    assert rules(lang, sentence) is None


@pytest.mark.parametrize(("lang", "sentence", "part"), [
    ("en", "I saw Greenline Energy was named one of the best employers in the Netherlands by Great Place to Work.",
     "named one of the best employers"),
    ("nl", "Ik zag dat Bakkerij Oven & Co net een tweede vestiging in Deventer heeft geopend.", "Deventer"),
    ("nl", "Ik zag dat jullie een van de genomineerden voor de MKB Innovatie Top 100 zijn.", "genomineerden"),
])
def test_news_with_a_rank_is_still_news(lang: str, sentence: str, part: str, rules) -> None:
    assert part in (rules(lang, sentence) or "")


def test_the_reader_as_whom_the_sender_writes_to_is_not_what_they_said(rules) -> None:
    sentence = "De goede naam van Kuipers was voor mij de aanleiding om u te schrijven."
    assert rules("nl", sentence) is None
    assert counted(follow_up("nl", sentence)) is None


# what the reader wants, needs or plans, said back in a follow-up with a name, a number or a date
WANTS = [
    ("en", "Quick recap of the demo: you want to replace three ticketing tools with one before your Freshdesk contract "
           "ends in June.", "you want to replace three ticketing tools"),
    ("en", "Just recapping our call: you'd like to start with the Antwerp team of 15 and add Ghent later.",
     "you'd like to start with the Antwerp team of 15"),
    ("nl", "Ik noteerde dat je pas na de zomer van baan wilt wisselen.", "je pas na de zomer van baan wilt wisselen"),
    ("nl", "Goed nieuws: het is geen probleem dat je pas half februari kunt beginnen.", "je pas half februari kunt"),
]

NOT_WANTS = [
    ("en", "Let me know if you want to schedule a call next Tuesday."),
    ("en", "Would you like a demo in March?"),
    ("en", "I understand you'd rather wait."),
    ("nl", "Als je wilt, kan ik je in maart bellen."),
    ("nl", "Wat leuk dat je mee wilt doen met onze sponsorloop op 7 maart!"),
]


@pytest.mark.parametrize(("lang", "sentence", "part"), WANTS)
def test_what_they_want_said_back_in_a_follow_up_is_theirs(lang: str, sentence: str, part: str, rules) -> None:
    assert part in (rules(lang, sentence) or "")


@pytest.mark.parametrize(("lang", "sentence"), NOT_WANTS)
def test_a_wish_asked_for_or_without_anything_named_is_not(lang: str, sentence: str, rules) -> None:
    assert rules(lang, sentence) is None


def test_what_they_want_is_a_guess_in_a_first_message(rules_alone: Path) -> None:
    body = "Hi Tom,\nI know you want to grow your sales team in 2026.\nWould a call next week work?"
    result = lint(Message(kind="inmail", body=body, language="en"), rules_dir=rules_alone)
    assert warned(result)
