# SPDX-License-Identifier: GPL-3.0-or-later
"""Forgetting a person: everything stored about them, however it got there, in one transaction and
overwritten on disk. The Prospects tab and the Sent tab both come here (`Workspace.forget`).

Who is the person: the rule of `Person.is_surely` (the profile URLs decide when both sides have
one; otherwise the name AND the company, an empty company matching only an empty one), applied to
the person asked for and to each prospect record found for them. So forgetting "Jan de Vries"
without a company never takes Jan de Vries at Acme, nor a Jan de Vries with another profile.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from inmail_studio.core.outreach.people import Person
from inmail_studio.core.workspace.campaign import LIST_VALUES_KEY
from inmail_studio.core.workspace.changes import NOTHING, Changes

if TYPE_CHECKING:
    from inmail_studio.core.draft import Draft
    from inmail_studio.core.prospects.model import Prospect
    from inmail_studio.core.workspace.workspace import Workspace


@dataclass(frozen=True)
class ForgetPlan:
    """What forgetting a person deletes: prospect rows (every list), drafts (those in the bin too:
    the person's own, the ones their messages were sent from, free drafts whose values name them),
    sent-log items (from the app, `log add`, LinkedIn's export; their outcome events go with them),
    and list values that hold their details (settings key → the values kept, None: none left)."""

    prospects: tuple[int, ...]
    drafts: tuple[int, ...]
    sent: tuple[int, ...]
    settings: dict[str, dict[str, str] | None]


def person_of(prospect: Prospect) -> Person:
    """A prospect record as a `Person` (first and last name, profile URL, company)."""
    name = " ".join(part for part in (prospect.first_name, prospect.last_name) if part)
    return Person(name, prospect.profile_url, prospect.company)


def plan_forget(ws: Workspace, person: Person, prospect_ids: Iterable[int] = ()) -> ForgetPlan:
    """What `forget` would delete for `person` (and the prospect records `prospect_ids`, which are
    theirs whatever their details say); reads only."""
    wanted = set(prospect_ids)
    prospects = [p for p in ws.store.prospects.iter_all() if p.id in wanted or person.is_surely(person_of(p))]
    ids = {p.id for p in prospects if p.id is not None}
    identities = [person, *(person_of(p) for p in prospects)]
    ws.log.refresh()
    items = [i for i in ws.log.items()
             if i.prospect_id in ids or any(x.is_surely(Person.of(i)) for x in identities)]
    sent_from = {i.draft_id for i in items if i.draft_id}
    drafts = [d for d in ws.store.drafts.everyone()
              if d.prospect_id in ids or d.id in sent_from or _names(d, identities)]
    return ForgetPlan(tuple(sorted(ids)), tuple(d.id for d in drafts), tuple(i.id for i in items),
                      _list_values(ws, prospects, drafts))


def _names(draft: Draft, identities: Sequence[Person]) -> bool:
    """The draft's template values name one of `identities` (a free draft written to them)."""
    named = Person.from_values(draft.values)
    return bool(named.name or named.profile_url) and any(x.is_surely(named) for x in identities)


def _list_values(ws: Workspace, prospects: Sequence[Prospect], drafts: Sequence[Draft]
                 ) -> dict[str, dict[str, str] | None]:
    """The values of the person's lists without their details: an older version kept what was
    typed for one person with the whole list. A value stays when its template says it is list-wide."""
    personal = {v for p in prospects for v in p.values().values() if v}
    for draft in drafts:
        template = ws.library.get(draft.template_id) if draft.template_id else None
        shared = set(template.list_wide) if template is not None else set()
        personal |= {str(v) for k, v in draft.values.items() if v and k not in shared}
    result: dict[str, dict[str, str] | None] = {}
    for list_id in sorted({p.list_id for p in prospects if p.list_id is not None}):
        key = LIST_VALUES_KEY.format(list_id)
        kept = ws.store.settings.get(key, {})
        if not isinstance(kept, dict):
            continue
        left = {str(k): str(v) for k, v in kept.items() if str(v) not in personal}
        if len(left) != len(kept):
            result[key] = left or None
    return result


def forget(ws: Workspace, person: Person, prospect_ids: Iterable[int] = ()) -> Changes:
    """Delete everything stored about `person` (see `ForgetPlan`) in one transaction, overwritten
    on disk; the open draft moves to a new one when it was theirs. Raises `StoreError` (then
    nothing was deleted)."""
    found = plan_forget(ws, person, prospect_ids)
    changes = NOTHING
    desk = ws.desk
    if desk.draft.id in found.drafts or desk.draft.prospect_id in found.prospects:
        changes = desk.show(ws.store.drafts.create())  # the open one is saved first, then erased
    ws.store.erase(sent=found.sent, drafts=found.drafts, prospects=found.prospects, settings=found.settings)
    ws.log.refresh()
    return changes | Changes(lists=True, drafts=True, sent=True, prospects=frozenset(found.prospects))
