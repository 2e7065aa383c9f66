# SPDX-License-Identifier: GPL-3.0-or-later
"""A list's values and each person's, kept apart: the one rule that keeps one person's details out
of the next person's message.

A template says which of its variables are list-wide (`Template.list_wide`: its campaign fields and
the sender's own); every other variable is the person's. A list-wide value typed in the form is
kept with the list and reaches everyone on it not yet sent (their draft picks it up when opened);
a person's value is kept with that person only (their prospect record and their draft), so the
next person starts with it empty and the coach shows it as still to fill in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from inmail_studio.core import compose
from inmail_studio.core.compose import Composition
from inmail_studio.core.draft import Draft
from inmail_studio.core.message import LANGUAGES
from inmail_studio.core.prospects.model import STANDARD_FIELDS, Prospect
from inmail_studio.core.templates import Template

if TYPE_CHECKING:
    from inmail_studio.core.workspace.changes import Changes
    from inmail_studio.core.workspace.workspace import Workspace

LIST_VALUES_KEY = "list_values:{}"  # the list's values, as the settings table stores them
FOLLOW_UP_KEY = "list_follow_up:{}"  # the template a list's follow-ups start from


def list_values(ws: Workspace, list_id: int) -> dict[str, str]:
    """The values kept for a whole list (name → value; empty ones left out)."""
    stored = ws.store.settings.get(LIST_VALUES_KEY.format(list_id), {})
    return {str(k): str(v) for k, v in stored.items() if v} if isinstance(stored, dict) else {}


def shared_part(template: Template | None, values: Mapping[str, str]) -> dict[str, str]:
    """Only the values of `template`'s list-wide variables (all of them without a template): a
    person's detail kept with a list by an older version never reaches another person."""
    if template is None:
        return dict(values)
    shared = set(template.list_wide)
    return {k: v for k, v in values.items() if k in shared}


def values_for(ws: Workspace, prospect: Prospect, template: Template | None) -> dict[str, str]:
    """What a template is filled with for `prospect`: the sender's own (Settings), the list's
    list-wide values, then the person's own details (which win)."""
    kept = list_values(ws, prospect.list_id) if prospect.list_id is not None else {}
    return compose.template_values(ws.preferences, shared_part(template, kept), prospect.values())


def is_list_wide(template: Template | None, name: str) -> bool:
    return template is not None and name in template.list_wide


def keep_value(ws: Workspace, prospect: Prospect, template: Template | None, name: str, value: str) -> None:
    """Keep a value typed in the form of `prospect`'s draft where it belongs: with the list when
    `name` is list-wide in `template`, else with the person (an empty value removes it). Raises
    `StoreError` when the database refuses the write."""
    if prospect.list_id is not None and is_list_wide(template, name):
        kept = list_values(ws, prospect.list_id)
        if kept.get(name, "") == value:
            return
        kept[name] = value
        ws.store.settings.set(LIST_VALUES_KEY.format(prospect.list_id), {k: v for k, v in kept.items() if v})
        return
    if prospect.id is None or prospect.values().get(name, "") == value:
        return
    if name in STANDARD_FIELDS:
        ws.store.prospects.update(replace(prospect, **{name: value}))
    else:
        details = {k: v for k, v in {**prospect.details, name: value}.items() if v}
        ws.store.prospects.update(replace(prospect, details=details))


def with_list_values(ws: Workspace, comp: Composition, prospect: Prospect) -> Composition | None:
    """The person's draft with the list's current list-wide values (edited in another person's
    form since it was last open); None when nothing changed. The text follows unless it was
    edited by hand."""
    if prospect.list_id is None or comp.template is None:
        return None
    current = shared_part(comp.template, {**ws.preferences.template_defaults(), **list_values(ws, prospect.list_id)})
    changed = {k: v for k, v in current.items() if comp.draft.values.get(k, "") != v}
    for name, value in changed.items():
        comp = compose.set_value(comp, name, value)
    return comp if changed else None


def reopen(ws: Workspace, draft: Draft, prospect: Prospect) -> Changes:
    """Open a person's own draft again; when it was not sent yet, with the list's current list-wide
    values (a sent message stays exactly as it was sent)."""
    comp = ws.desk.composition_for(draft)
    if ws.store.sent.last_for_draft(draft.id) is None:
        updated = with_list_values(ws, comp, prospect)
        if updated is not None:
            return ws.desk.show(draft, updated)
    return ws.desk.show(draft)


def follow_up_template(ws: Workspace, list_id: int) -> str | None:
    """The id of the template a list's follow-ups start from (None: none chosen)."""
    value = ws.store.settings.get(FOLLOW_UP_KEY.format(list_id))
    return value if isinstance(value, str) and value else None


def set_follow_up_template(ws: Workspace, list_id: int, template_id: str | None) -> None:
    """Choose (or with None forget) the list's follow-up template; raises `StoreError`."""
    if template_id:
        ws.store.settings.set(FOLLOW_UP_KEY.format(list_id), template_id)
    else:
        ws.store.settings.delete(FOLLOW_UP_KEY.format(list_id))


def follow_up_draft(ws: Workspace, prospect: Prospect, title: str) -> tuple[Draft, Composition | None]:
    """A new draft of a follow-up for `prospect` (a stored draft with `title`), filled from the
    list's follow-up template when it has one (the composition, else None); raises `StoreError`."""
    template_id = follow_up_template(ws, prospect.list_id) if prospect.list_id is not None else None
    template = ws.library.get(template_id) if template_id else None
    opening = {} if template is not None else greeted(ws, prospect)
    draft = ws.store.drafts.create(prospect_id=prospect.id, title=title, kind="follow_up", **opening)
    if template is None:
        return draft, None
    return draft, compose.start_from_template(draft, template, values_for(ws, prospect, template))


def greeted(ws: Workspace, prospect: Prospect) -> dict[str, str]:
    """A follow-up's start without a template: the greeting to `prospect` ("Hoi Zoë,", "Beste Zoë,"
    when they were addressed with "u", "Hi Zoë,") in the language of the last message sent to them,
    else of their list's template; as the draft's `language` and `body`."""
    from inmail_studio.core.greeting import greeting, is_formal

    sent = ws.store.sent.for_prospect(prospect.id) if prospect.id is not None else []
    lst = ws.people.get_list(prospect.list_id)
    template = ws.library.get(lst.template_id) if lst is not None and lst.template_id else None
    language, text = (sent[0].language, sent[0].body) if sent and sent[0].language in LANGUAGES else (
        (template.language, template.body) if template is not None else ("auto", ""))
    name = prospect.first_name or prospect.name
    line = greeting(language, name, is_formal(language, text))
    return {"language": language, "body": f"{line}\n\n"}


def start_follow_up(ws: Workspace, title_pattern: str = "Follow-up: %s") -> Changes:
    """Open a new follow-up draft after the open (sent) one: for its person when it was written to
    someone on a list (titled with their name through `title_pattern`, filled from the list's
    follow-up template when there is one), else an empty follow-up. Raises `StoreError`."""
    draft = ws.desk.draft
    prospect = ws.people.get(draft.prospect_id)
    if prospect is not None:
        new, comp = follow_up_draft(ws, prospect, title_pattern % prospect.name)
        return ws.desk.show(new, comp)
    return ws.desk.show(ws.store.drafts.create(kind="follow_up", title=title_pattern % draft.display_title))
