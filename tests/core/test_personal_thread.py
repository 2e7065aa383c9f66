# SPDX-License-Identifier: GPL-3.0-or-later
"""In a follow-up, the role the thread is about is no detail about the reader.

"Circling back on the Account Director role" names the sender's vacancy, which every candidate on the
list received: the coach warns, quoting it as what the earlier message was about. A vacancy placed at
the reader's company ("bij jullie", "on your team"), one the writer applied for, and the same bare title
in a first InMail still count (corpus README, "Decisions").
"""

from __future__ import annotations

import pytest

from inmail_studio.core import Message
from inmail_studio.core.lint import lint


def coach(body: str, language: str, kind: str) -> tuple[list[str], list[str]]:
    """(the personalisation messages, the detail shown)."""
    result = lint(Message(kind=kind, body=body, language=language))
    said = [f.message for f in result.findings if f.rule == "personalisation"]
    return said, [h.text for h in result.highlights if h.kind == "detail"]


@pytest.mark.parametrize(("language", "body", "role"), [
    ("en", "Hi Lisa,\n\nCircling back on the Account Director role. If now isn't the right time, no worries. "
           "Would it be ok if I checked in again in spring?\n\nBest,\nAhmed", "Account Director role"),
    ("en", "Hi Jonas,\n\nJust bumping this up in case it got lost. Still keen to tell you about the Payroll Lead "
           "role. Is now a better time?\n\nNina", "Payroll Lead role"),
    ("nl", "Hoi Daan,\n\nNog even over de functie van accountmanager. Heb je er al over kunnen nadenken?"
           "\n\nGroet,\nSanne", "functie van accountmanager"),
    ("nl", "Beste Koen,\n\nNog even over de vacature Teamleider Planning. Staat u open voor een eerste gesprek?"
           "\n\nMet vriendelijke groet,\nIris", "vacature Teamleider Planning"),
])
def test_the_role_a_follow_up_points_back_at_is_quoted_as_the_threads(language: str, body: str, role: str) -> None:
    said, shown = coach(body, language, "follow_up")
    assert shown == []
    [message] = said
    assert f"“{role}" in message
    assert "earlier message" in message  # the coach speaks English unless told otherwise


@pytest.mark.parametrize(("language", "body", "detail"), [
    ("nl", "Hoi Mark,\n\nVorige week stuurde ik je een bericht over de vacature Product Owner Payments bij jullie. "
           "Weet jij wie de hiring manager is?\n\nYusuf", "vacature Product Owner Payments bij jullie"),
    ("en", "Hi Sophie,\n\nI applied for the HR Advisor role last month. Is there any update on the timeline?"
           "\n\nKevin", "HR Advisor role"),
    ("en", "Hi Tom,\n\nFollowing up on my note: congrats again on the opening of the new Zernike innovation hub. "
           "Would a short call next week work?\n\nEva", "congrats again on the opening of the new Zernike innovation hub"),
])
def test_a_vacancy_at_the_readers_and_their_own_news_still_count_in_a_follow_up(
        language: str, body: str, detail: str) -> None:
    said, shown = coach(body, language, "follow_up")
    assert said == []
    assert len(shown) == 1 and shown[0].startswith(detail)


@pytest.mark.parametrize(("language", "body"), [
    ("en", "Hi Sophie,\n\nThe Marketing Manager position looks like a great fit for a retail marketer. Could you "
           "tell me who leads the hiring?\n\nKevin"),
    ("nl", "Beste Anouk,\n\nDe vacature van content marketeer spreekt erg aan. Mag ik een paar vragen stellen "
           "over het team?\n\nGroet,\nLieke"),
])
def test_a_bare_title_in_a_first_inmail_is_still_the_readers_vacancy(language: str, body: str) -> None:
    said, shown = coach(body, language, "inmail")
    assert said == [] and len(shown) == 1


def test_the_dutch_warning_speaks_dutch() -> None:
    body = "Hoi Daan,\n\nNog even over de functie van accountmanager. Heb je er al over nagedacht?\n\nSanne"
    result = lint(Message(kind="follow_up", body=body, language="nl"), ui_lang="nl")
    [finding] = [f for f in result.findings if f.rule == "personalisation"]
    assert finding.message.startswith("“functie van accountmanager” is waar je eerdere bericht over ging")
    assert "bijvoorbeeld" in finding.hint
