# SPDX-License-Identifier: GPL-3.0-or-later
"""In a follow-up, the role the exchange is about is no detail about the reader.

"Any thoughts yet on the Warehouse Supervisor role?" names a vacancy every candidate on the list
received: the coach warns, quoting the title alone as the role the exchange is about. A vacancy placed
at the reader's company ("bij jullie", "on your team"), one the writer applied for, company news and the
same bare title in a first InMail still count (corpus README, "Decisions").
"""

from __future__ import annotations

import pytest

from inmail_studio.core import Message
from inmail_studio.core.lint import lint
from inmail_studio.core.lint.context import LintContext
from inmail_studio.core.lint.engine import rulebook
from inmail_studio.core.lint.facts.detail_stack import FOLLOW_UP, rule_features
from inmail_studio.core.lint.rules.personal import detail_words


def coach(body: str, language: str, kind: str) -> tuple[list[str], list[str]]:
    """(the personalisation messages, the detail shown)."""
    result = lint(Message(kind=kind, body=body, language=language))
    said = [f.message for f in result.findings if f.rule == "personalisation"]
    return said, [h.text for h in result.highlights if h.kind == "detail"]


@pytest.mark.parametrize(("language", "body", "role"), [
    ("en", "Hi Priya,\n\nJust a nudge about the Warehouse Supervisor role. Happy to wait until after the "
           "holidays if that suits you better.\n\nCheers,\nTom", "Warehouse Supervisor role"),
    ("en", "Hello Mark,\n\nQuick nudge about the QA Lead role (ref 4471). Shall I keep you in the running?"
           "\n\nRegards,\nIlse", "QA Lead role"),
    ("nl", "Hoi Wouter,\n\nEven een herinnering over de functie van werkvoorbereider. Zeg het gerust als het "
           "niks voor je is.\n\nGroet,\nNadia", "functie van werkvoorbereider"),
    ("nl", "Beste mevrouw Smit,\n\nNog even over de vacature Hoofd Bedrijfsvoering. Staat u open voor een eerste "
           "kennismaking?\n\nMet vriendelijke groet,\nRoel", "vacature Hoofd Bedrijfsvoering"),
])
def test_the_role_a_follow_up_points_back_at_is_quoted_as_the_exchanges(language: str, body: str, role: str) -> None:
    said, shown = coach(body, language, "follow_up")
    assert shown == []
    [message] = said
    assert message.startswith(f"“{role}” is the role this exchange is about")  # the title alone, no "(ref"


@pytest.mark.parametrize(("language", "body", "detail"), [
    ("nl", "Hoi Bas,\n\nIk kom nog even terug op de vacature Data Engineer bij jullie: die sprak me erg aan. "
           "Weet jij wie erover gaat?\n\nLotte", "vacature Data Engineer"),
    ("en", "Hi Grace,\n\nOne more note on the Support Lead role on your team. Could we find ten minutes "
           "next week?\n\nOmar", "Support Lead role"),
    ("en", "Hi Tom,\n\nFollowing up on my note: congrats again on the opening of the new Eindhoven test lab. "
           "Would a short call next week work?\n\nEva", "congrats again on the opening of the new Eindhoven"),
])
def test_a_vacancy_at_the_readers_and_their_news_still_count_in_a_follow_up(
        language: str, body: str, detail: str) -> None:
    said, shown = coach(body, language, "follow_up")
    assert said == []
    assert len(shown) == 1 and shown[0].startswith(detail)


@pytest.mark.parametrize(("language", "body"), [
    ("en", "Hi Noor,\n\nCircling back on the Account Planner role that suits your background so well. Open to "
           "a chat?\n\nDan"),
    ("nl", "Hoi Sem,\n\nNog even over de functie van planner die goed bij jouw profiel past. Zin in een "
           "belletje?\n\nFenna"),
])
def test_your_background_beside_the_role_does_not_make_it_theirs(language: str, body: str) -> None:
    said, shown = coach(body, language, "follow_up")
    assert shown == [] and len(said) == 1


@pytest.mark.parametrize(("language", "body"), [
    ("en", "Hi Sophie,\n\nThe Marketing Manager position looks like a great fit for a retail marketer. Could you "
           "tell me who leads the hiring?\n\nKevin"),
    ("nl", "Beste Anouk,\n\nDe vacature van content marketeer spreekt erg aan. Mag ik een paar vragen stellen "
           "over het team?\n\nGroet,\nLieke"),
])
def test_a_bare_title_in_a_first_inmail_is_never_called_the_exchanges_role(language: str, body: str) -> None:
    # there is no exchange yet: the rules count the title as the reader's vacancy, and whether it is
    # one is the detail model's call (writers label a bare title in a first InMail either way)
    said, _ = coach(body, language, "inmail")
    assert not any("exchange" in message for message in said)
    assert coach(body, language, "follow_up")[0][0].startswith("“")  # the same title in a follow-up is quoted


@pytest.mark.parametrize("line", [
    "Nog even over de functie van backend developer bij Picnic waar ik je vorige week over schreef.",
    "Zoals ik je vorige week schreef, zoeken we nog een planner.",
])
def test_what_the_sender_wrote_to_them_is_not_their_detail(line: str) -> None:
    # a fresh-eyes recruiter's reminder was praised: "Persoonlijk: 'je vorige week over schreef'"
    said, shown = coach(f"Hoi Daan,\n\n{line} Laat je het me weten?\n\nMarieke", "nl", "follow_up")
    assert shown == [] and len(said) == 1
    assert coach("Hoi Daan,\n\nJe schreef vorige week over de krapte in de zorg. Herken je dat nog?\n\nMarieke",
                 "nl", "follow_up")[1] == ["Je schreef vorige week over de krapte in de zorg"]


def test_the_dutch_warning_speaks_dutch() -> None:
    body = "Hoi Wouter,\n\nNog even over de functie van werkvoorbereider. Heb je er al over nagedacht?\n\nNadia"
    result = lint(Message(kind="follow_up", body=body, language="nl"), ui_lang="nl")
    [finding] = [f for f in result.findings if f.rule == "personalisation"]
    assert finding.message.startswith("“functie van werkvoorbereider” is de vacature waar jullie contact over gaat")
    assert "bijvoorbeeld" in finding.hint


def test_the_detail_model_sees_which_rule_readings_come_from_a_follow_up() -> None:
    words = detail_words(LintContext(Message(kind="follow_up", body="x", language="en"), "en", rulebook()))
    text = "Loved your talk on pricing at SaaStock in May."
    first, _ = rule_features(text, words, True, True)
    follow_up, _ = rule_features(text, words, True, True, follow_up=True)
    assert "r:reason:possessive" in first and not any(name.endswith(FOLLOW_UP) for name in first)
    assert set(follow_up) == set(first) | {name + FOLLOW_UP for name in first}


@pytest.mark.parametrize(("language", "body", "role"), [
    ("en", "Hi Tom,\n\nI applied for the Junior Planner role two weeks ago and wondered where things stand.\n\n"
           "Could you let me know?\n\nAnna", "Junior Planner role"),
    ("nl", "Beste Tom,\n\nIk heb twee weken geleden gesolliciteerd op de functie van werkvoorbereider en ben "
           "benieuwd hoe het ervoor staat.\n\nLaat u het me weten?\n\nAnna", "functie van werkvoorbereider"),
])
def test_ones_own_application_is_the_thread_in_a_follow_up(language: str, body: str, role: str) -> None:
    # the vacancy a job seeker applied for is what the follow-up is about (most writers: generic)
    said, shown = coach(body, language, "follow_up")
    assert shown == [] and said[0].startswith(f"“{role}”")  # a first message naming it still counts: frames


def test_an_application_placed_on_their_team_still_counts_in_a_follow_up() -> None:
    body = ("Hi Tom,\n\nI applied for the Junior Planner role on your team two weeks ago.\n\n"
            "Could you let me know where things stand?\n\nAnna")
    said, shown = coach(body, "en", "follow_up")
    assert said == [] and any("Junior Planner role" in text for text in shown)
