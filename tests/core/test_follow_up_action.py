# SPDX-License-Identifier: GPL-3.0-or-later
""""Write a follow-up" from the Due view: a draft for that person, who then leaves the list."""

from __future__ import annotations

from datetime import timedelta

import pytest

from inmail_studio.core.outreach.log import LogError
from inmail_studio.core.prospects.model import Prospect
from inmail_studio.core.workspace import Workspace
from inmail_studio.core.workspace.campaign import set_follow_up_template


def test_someone_from_linkedins_export_gets_a_follow_up_that_knows_them(ws: Workspace) -> None:
    item = ws.log.add(kind="inmail", to_name="Bram de Wit", company="Globex", body="Hi Bram, a call?",
                      profile_url="https://www.linkedin.com/in/bram", sent_at=ws.log.clock() - timedelta(days=10))
    assert [e.item.id for e in ws.log.due()] == [item.id]
    ws.write_follow_up(item.id)
    draft = ws.desk.draft
    assert (draft.kind, draft.title) == ("follow_up", "Follow-up: Bram de Wit")
    assert (draft.values["first_name"], draft.values["last_name"], draft.values["company"]) == ("Bram", "de Wit",
                                                                                                 "Globex")
    ws.desk.set_text("", "Hi Bram, any thoughts on my note from last week?")
    sent = ws.sending.mark_sent()
    assert sent.item is not None and sent.item.to_name == "Bram de Wit"
    assert ws.log.due() == []  # a follow-up went out: nobody is due any more


@pytest.mark.parametrize(("language", "earlier", "opening"), [
    ("nl", "Hoi Daan, heb je tijd voor een kort gesprek?", "Hoi Daan,\n\n"),
    ("nl", "Beste Daan, heeft u tijd voor een kort gesprek?", "Beste Daan,\n\n"),
    ("en", "Hi Daan, would a short call work?", "Hi Daan,\n\n"),
    ("", "Hi Daan, would a short call work?", ""),  # language unknown (LinkedIn's export): no guess
])
def test_a_follow_up_for_someone_off_a_list_opens_with_a_greeting_in_the_same_form(
        ws: Workspace, language: str, earlier: str, opening: str) -> None:
    # a fresh-eyes recruiter's follow-up for someone not on a list opened empty, without "Hoi Daan,"
    item = ws.log.add(kind="inmail", to_name="Daan Smit", body=earlier, language=language,
                      sent_at=ws.log.clock() - timedelta(days=10))
    ws.write_follow_up(item.id)
    assert ws.desk.draft.body == opening


def test_someone_on_a_list_gets_the_lists_follow_up_template(ws: Workspace) -> None:
    lst = ws.store.prospects.create_list("Devs", [Prospect(first_name="Sanne", last_name="Bos", company="Acme")],
                                         template_id="en-recruit-inmail-recent-post")
    [person] = ws.people.people(lst.id)
    set_follow_up_template(ws, lst.id, "en-recruit-follow-up-after-first-call")
    ws.people.open(person.id)
    ws.sending.mark_sent(at=ws.log.clock() - timedelta(days=9))
    [due] = ws.log.due()
    ws.write_follow_up(due.item.id)
    comp = ws.desk.composition
    assert comp.draft.prospect_id == person.id and comp.template is not None
    assert comp.template.id == "en-recruit-follow-up-after-first-call"
    assert "Sanne" in comp.draft.body


def test_an_item_no_longer_in_the_log_is_a_log_error(ws: Workspace) -> None:
    with pytest.raises(LogError):
        ws.write_follow_up(12345)
