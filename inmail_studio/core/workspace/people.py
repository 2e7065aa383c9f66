# SPDX-License-Identifier: GPL-3.0-or-later
"""Prospect lists and the people in them: import, the walk through a list, and each person's status.

A prospect's status changes here and nowhere else (`_set_status`), always with its time:
"drafted" when the user first works on their message, "sent" and "replied" as the sent log says.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inmail_studio.core import compose
from inmail_studio.core.workspace import campaign
from inmail_studio.core.workspace.changes import NOTHING, Changes

if TYPE_CHECKING:
    from inmail_studio.core.draft import Draft
    from inmail_studio.core.prospects.importer import ImportResult, Preview
    from inmail_studio.core.prospects.model import Prospect
    from inmail_studio.core.store.prospects import ProspectList
    from inmail_studio.core.workspace.workspace import Workspace

OPEN_STATUSES = ("todo", "drafted")  # still to be written to
ANSWERED = ("replied", "accepted")  # outcomes that make a person "replied"


@dataclass(frozen=True)
class Step:
    """Where the walk goes next: `prospect_id` (None when everyone is done) and whether it went
    back to the top of the list to find them."""

    prospect_id: int | None
    wrapped: bool = False


@dataclass(frozen=True)
class Imported:
    """An imported file: the new list (None when nothing was stored) and what the reader found."""

    list: ProspectList | None
    result: ImportResult
    changes: Changes


def _iso(timestamp: float | None) -> str | None:
    return datetime.fromtimestamp(timestamp).astimezone().isoformat(timespec="seconds") if timestamp else None


class ProspectActions:
    """Every write raises `StoreError` when the database refuses it."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    # reading -----------------------------------------------------------------------------------
    def lists(self) -> list[ProspectList]:
        """Every list, newest first, with its counts per status."""
        return self._ws.store.prospects.lists()

    def get_list(self, list_id: int | None) -> ProspectList | None:
        return self._ws.store.prospects.get_list(list_id) if list_id is not None else None

    def people(self, list_id: int, status: str | None = None) -> list[Prospect]:
        """The list's people in file order, only those with `status` when given."""
        return self._ws.store.prospects.in_list(list_id, status)

    def get(self, prospect_id: int | None) -> Prospect | None:
        return self._ws.store.prospects.get(prospect_id) if prospect_id is not None else None

    # importing ---------------------------------------------------------------------------------
    def preview_file(self, path: str | Path) -> Preview:
        """The header, the guessed column mapping and the first rows; raises `ProspectImportError`."""
        from inmail_studio.core.prospects.importer import preview_csv

        return preview_csv(path)

    def import_file(self, path: str | Path, mapping: list[str | None] | None = None, name: str = "",
                    template_id: str | None = None) -> Imported:
        """Read a CSV (see core/prospects/importer.py) into a new list named `name` (default: the
        file's name). Raises `ProspectImportError` for a file that cannot be read at all."""
        from inmail_studio.core.prospects.importer import read_csv

        result = read_csv(path, mapping)
        lst = self._ws.store.prospects.create_list(name or Path(path).stem, result.prospects,
                                                   source=Path(path).name, template_id=template_id)
        return Imported(lst, result, Changes(lists=True))

    # the list ------------------------------------------------------------------------------------
    def set_list_template(self, list_id: int, template_id: str | None) -> Changes:
        """The template the list's messages start from; the open draft follows when it is written for
        someone on this list and was not edited by hand."""
        self._ws.store.prospects.set_list_template(list_id, template_id)
        prospect = self.get(self._ws.desk.draft.prospect_id)
        if prospect is None or prospect.list_id != list_id or not template_id:
            return Changes(lists=True)
        shared = campaign.shared_part(self._ws.library.get(template_id), self.list_values(list_id))
        retemplated = self._ws.desk.retemplate(template_id, shared, prospect.values())
        return Changes(lists=True) | retemplated

    def delete_list(self, list_id: int) -> Changes:
        """The list, its people and every draft and sent message for them; the open draft moves to a
        new one when it was for someone on the list."""
        changes = NOTHING
        prospect = self.get(self._ws.desk.draft.prospect_id)
        if prospect is not None and prospect.list_id == list_id:
            changes = self._ws.drafts.new()
        self._ws.store.prospects.delete_list(list_id)
        self._ws.store.settings.delete(campaign.LIST_VALUES_KEY.format(list_id))
        campaign.set_follow_up_template(self._ws, list_id, None)
        return changes | Changes(lists=True, drafts=True, sent=True)

    def list_values(self, list_id: int) -> dict[str, str]:
        """Values typed for the variables no person in the list has (the same for everyone)."""
        return campaign.list_values(self._ws, list_id)

    def value_typed(self, draft: Draft, name: str, value: str) -> Changes:
        """A value typed in the open draft of a person: kept with the list when the template says
        the variable is list-wide, else with that person only (see core/workspace/campaign.py).
        A reserved key ("@variant": the draft's own A/B variant, never a variable) is kept by neither."""
        prospect = self.get(draft.prospect_id)
        if prospect is None or name.startswith("@"):
            return NOTHING
        campaign.keep_value(self._ws, prospect, self._ws.desk.composition.template, name, value)
        return NOTHING

    # the walk ------------------------------------------------------------------------------------
    def open(self, prospect_id: int) -> Changes:
        """Write to one person: their own draft, or a new one from the list's template."""
        prospect = self.get(prospect_id)
        if prospect is None or prospect.id is None:
            return NOTHING
        store, desk = self._ws.store, self._ws.desk
        draft = store.drafts.for_prospect(prospect.id)
        saved = NOTHING
        if draft is not None and draft.id == desk.draft.id:
            saved = desk.save()  # their draft is the open one: what was typed is where it starts from
            draft = desk.draft
        if draft is not None:
            return saved | campaign.reopen(self._ws, draft, prospect)
        lst = self.get_list(prospect.list_id)
        template = self._ws.library.get(lst.template_id) if lst and lst.template_id else None
        draft = store.drafts.create(prospect_id=prospect.id, title=prospect.name)
        if template is None:
            return desk.show(draft)
        values = campaign.values_for(self._ws, prospect, template)
        return desk.show(draft, compose.start_from_template(draft, template, values))

    def next_prospect(self, list_id: int, after: int | None, status: str | None = None) -> Step:
        """The next person still to write to (to do or drafted) after `after` in the list (among
        those with `status`, when the window shows only them), going round to the top once."""
        people = [p.id for p in self.people(list_id, status)]
        todo = {p.id for p in self.people(list_id) if p.status in OPEN_STATUSES}
        start = people.index(after) if after in people else -1
        for step in range(1, len(people) + 1):
            index = (start + step) % len(people)
            if people[index] in todo:
                return Step(people[index], wrapped=start >= 0 and index <= start)
        return Step(None)

    # status: the one place -------------------------------------------------------------------------
    def _set_status(self, prospect_id: int, status: str, at: datetime | None) -> Changes:
        self._ws.store.prospects.set_status(prospect_id, status, at)
        return Changes(prospects=frozenset({prospect_id}), lists=True)

    def mark_drafted(self, prospect_id: int) -> Changes:
        """The user worked on this person's message: "to do" becomes "drafted" (now)."""
        prospect = self.get(prospect_id)
        return self._set_status(prospect_id, "drafted", None) if prospect and prospect.status == "todo" else NOTHING

    def sync_status(self, prospect_id: int) -> Changes:
        """Set the status the sent log implies: "replied" (at the answer) when a message to them was
        answered or accepted, else "sent" (at the last message), else back to "drafted"."""
        prospect = self.get(prospect_id)
        if prospect is None:
            return NOTHING
        items = self._ws.store.sent.for_prospect(prospect_id)
        answered = [i for i in items if i.outcome in ANSWERED]
        if answered:
            return self._set_status(prospect_id, "replied", answered[0].outcome_at)
        if items:
            return self._set_status(prospect_id, "sent", items[0].sent_at)
        if prospect.status in OPEN_STATUSES:
            return NOTHING
        return self._set_status(prospect_id, "drafted", None)

    def mark_replied(self, prospect_id: int, at: datetime | None = None) -> Changes:
        """They answered: the last message to them gets the outcome "replied" (undo with
        `undo_replied`); without a message in the log, the status alone is set."""
        items = self._ws.store.sent.for_prospect(prospect_id)
        if not items:
            return self._set_status(prospect_id, "replied", at)
        return self._ws.sending.record_outcome(items[0].id, "replied", at)

    def undo_replied(self, prospect_id: int) -> Changes:
        """Put back the outcome the last message to them had before."""
        items = self._ws.store.sent.for_prospect(prospect_id)
        if not items:
            return self.sync_status(prospect_id)
        return self._ws.sending.undo_outcome(items[0].id)

    # personal data -------------------------------------------------------------------------------
    def dependents(self, prospect_id: int) -> tuple[int, int]:
        """How many drafts and sent messages forgetting this person would delete too (`forget`)."""
        from inmail_studio.core.workspace.forget import person_of, plan_forget

        prospect = self.get(prospect_id)
        if prospect is None:
            return 0, 0
        found = plan_forget(self._ws, person_of(prospect), (prospect_id,))
        return len(found.drafts), len(found.sent)

    def everything_about(self, prospect_id: int) -> dict[str, Any] | None:
        """All that is stored about one person (their right of access): the prospect, their list's
        name, every draft and sent message; times ISO 8601 with offset. None when unknown."""
        store = self._ws.store
        prospect = self.get(prospect_id)
        if prospect is None:
            return None
        lst = self.get_list(prospect.list_id)
        drafts = [{**d, "created": _iso(d["created"]), "updated": _iso(d["updated"])}
                  for d in store.drafts.about_prospect(prospect_id)]
        sent = [{"subject": i.subject, "body": i.body, "template": i.template_id,
                 "sent": i.sent_at.isoformat(timespec="seconds"), "outcome": i.outcome}
                for i in store.sent.for_prospect(prospect_id)]
        return {"prospect": prospect.to_dict(), "list": lst.name if lst else None, "drafts": drafts, "sent": sent}

    def export_person(self, prospect_id: int, path: str | Path) -> None:
        """Write `everything_about` as JSON; raises OSError as the file system does."""
        from inmail_studio.core.prospects.export import export_person

        export_person(self.everything_about(prospect_id) or {}, path)

    def forget(self, prospect_id: int) -> Changes:
        """Forget this person and everything stored about them, wherever it came from
        (`Workspace.forget`: their records in every list, drafts, the log); the open draft moves
        to a new one when it was theirs."""
        from inmail_studio.core.workspace.forget import person_of

        prospect = self.get(prospect_id)
        return NOTHING if prospect is None else self._ws.forget(person_of(prospect), prospect_id)
