# SPDX-License-Identifier: GPL-3.0-or-later
"""A follow-up without a follow-up template still knows who it is for: titled for them, greeting them
in the language and address form of what they were sent; a template chosen next fills it for them."""

from __future__ import annotations

from pathlib import Path

import pytest

from inmail_studio.core.prospects import Prospect
from inmail_studio.core.workspace import Workspace, campaign

CONNECTIONS = Path(__file__).parent.parent / "data" / "walk" / "Connections.csv"


def sent_follow_up(ws: Workspace, template_id: str, first_name: str = "Zoë"):  # type: ignore[no-untyped-def]
    lst = ws.store.prospects.create_list("Devs", [Prospect(first_name=first_name, last_name="Dekker",
                                                           company="Picnic")], template_id=template_id)
    [person] = ws.people.people(lst.id)
    ws.people.open(person.id)
    ws.sending.mark_sent()
    campaign.start_follow_up(ws, "Vervolgbericht: %s")
    return ws.desk.draft, person


@pytest.mark.parametrize(("template_id", "greeting", "language"), [
    ("nl-recruit-inmail-developer-project", "Hoi Zoë,", "nl"),  # je
    ("nl-recruit-inmail-senior-candidate", "Beste Zoë,", "nl"),  # u
    ("en-recruit-inmail-recent-post", "Hi Zoë,", "en"),
])
def test_it_greets_them_in_the_messages_language(ws, template_id: str, greeting: str, language: str) -> None:
    draft, person = sent_follow_up(ws, template_id)
    assert draft.prospect_id == person.id and draft.kind == "follow_up"
    assert draft.title == "Vervolgbericht: Zoë Dekker"
    assert draft.body == f"{greeting}\n\n" and draft.language == language
    assert ws.desk.composition.template is None  # the list has no follow-up template


def test_a_template_chosen_next_fills_the_same_draft_for_them(ws) -> None:
    draft, person = sent_follow_up(ws, "nl-recruit-inmail-senior-candidate")
    ws.desk.use_template("nl-recruit-follow-up-vacancy-text")
    assert ws.desk.draft.id == draft.id and ws.desk.draft.prospect_id == person.id
    assert ws.desk.draft.body.startswith("Beste Zoë")


def test_once_they_typed_more_a_template_starts_a_new_draft(ws) -> None:
    draft, _ = sent_follow_up(ws, "nl-recruit-inmail-developer-project")
    ws.desk.set_text("", "Hoi Zoë,\n\nNog even over de bezorgplanner: zullen we bellen?")
    ws.desk.use_template("nl-recruit-follow-up-vacancy-text")
    assert ws.desk.draft.id != draft.id  # what they typed is kept in its own draft
    assert ws.store.drafts.get(draft.id).body.endswith("zullen we bellen?")
