# SPDX-License-Identifier: GPL-3.0-or-later
""""Write a follow-up" from the Due view: a new follow-up draft for the person a logged message went to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from inmail_studio.core.greeting import greeting, is_formal
from inmail_studio.core.message import LANGUAGES
from inmail_studio.core.outreach.people import Person
from inmail_studio.core.workspace.changes import Changes

if TYPE_CHECKING:
    from inmail_studio.core.workspace.workspace import Workspace


def write_follow_up(ws: Workspace, item_id: int, title_pattern: str = "Follow-up: %s") -> Changes:
    """Open a new follow-up draft for the person of log item `item_id`, titled with their name
    through `title_pattern`. Someone on a prospect list gets the list's follow-up template when it
    has one (core/workspace/campaign.py); anyone else a follow-up that already knows their name,
    profile URL and company (so sending it is logged to them and they leave the Due view) and, when
    the earlier message's language is known, opens with a greeting in it, in the same form of
    address ("Hoi Daan," after a message in je, "Beste Daan," after one in u).
    Raises `LogError` ("unknown-item") and `StoreError`."""
    item = ws.log.get(item_id)
    prospect = ws.people.get(item.prospect_id) if item.prospect_id is not None else None
    if prospect is not None and prospect.id is not None:
        from inmail_studio.core.workspace.campaign import follow_up_draft

        draft, comp = follow_up_draft(ws, prospect, title_pattern % prospect.name)
        return ws.desk.show(draft, comp)
    person = Person.of(item)
    language = item.language if item.language in LANGUAGES else "auto"
    first = person.values().get("first_name", "")
    body = f"{greeting(language, first, is_formal(language, item.body))}\n\n" if first and language != "auto" else ""
    draft = ws.store.drafts.create(kind="follow_up", title=title_pattern % (person.name or person.profile_url),
                                   values=person.values(), language=language, body=body)
    return ws.desk.show(draft)
