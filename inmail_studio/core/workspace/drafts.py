# SPDX-License-Identifier: GPL-3.0-or-later
"""The drafts around the open one: open, new, rename, duplicate, delete (to the bin) and restore."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from inmail_studio.core.draft import Draft
from inmail_studio.core.workspace.changes import NOTHING, Changes

if TYPE_CHECKING:
    from inmail_studio.core.workspace.workspace import Workspace


@dataclass(frozen=True)
class DraftEntry:
    """A draft as the Drafts list shows it: when it was last sent (None: never; the sent log's
    time, the one the Sent tab and the sent banner show) and the prospect list of the person it is
    for ("" when it is for no one on a list)."""

    draft: Draft
    sent_at: datetime | None
    list_name: str


class DraftActions:
    """Each action raises `StoreError` when the database refuses it (nothing then changed)."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def list(self, include_prospects: bool = False) -> list[Draft]:
        """Drafts not in the bin, last changed first; with `include_prospects` also those written
        for a person of a prospect list."""
        return self._ws.store.drafts.list(include_prospects)

    def entries(self) -> list[DraftEntry]:
        """Every draft not in the bin, last changed first, those for a list's people included (sent
        or not), with their sent time and list name (three reads, however many drafts there are)."""
        store = self._ws.store
        sent, lists = store.sent.sent_times(), store.drafts.list_names()
        return [DraftEntry(d, sent.get(d.id), lists.get(d.id, "")) for d in store.drafts.list(True)]

    def get(self, draft_id: int) -> Draft | None:
        return self._ws.store.drafts.get(draft_id)

    def open(self, draft_id: int) -> Changes:
        """Make this draft the open one (nothing when it is open already or gone)."""
        desk = self._ws.desk
        draft = self.get(draft_id) if draft_id != desk.draft.id else None
        return desk.show(draft) if draft is not None else NOTHING

    def new(self) -> Changes:
        """Open a new empty draft, unless the open one is empty already (and not a prospect's)."""
        desk = self._ws.desk
        if desk.draft.is_blank and desk.draft.prospect_id is None:
            return NOTHING
        kind = desk.draft.kind if desk.composition.template is None else "inmail"
        return desk.show(self._ws.store.drafts.create(kind=kind))

    def rename(self, draft_id: int, title: str) -> Changes:
        """Give a draft a title (surrounding spaces dropped)."""
        updated_at = self._ws.store.drafts.rename(draft_id, title)
        desk = self._ws.desk
        if draft_id == desk.draft.id:
            renamed = replace(desk.draft, title=title.strip(), updated_at=updated_at)
            desk.composition = replace(desk.composition, draft=renamed)
        return Changes(drafts=True, composition="kind" if draft_id == desk.draft.id else None)

    def duplicate(self, draft_id: int, title: str) -> Changes:
        """Copy a draft (its text, template and values) under `title` and open the copy."""
        changes = self._ws.desk.save()
        copy = self._ws.store.drafts.duplicate(draft_id, title)
        return changes | self._ws.desk.show(copy)

    def delete(self, draft_id: int) -> Changes:
        """Move a draft to the bin (`restore` undoes it); when it is the open one, the newest other
        draft opens (or a new one)."""
        desk = self._ws.desk
        changes = desk.save()
        self._ws.store.drafts.delete(draft_id)
        if draft_id == desk.draft.id:
            remaining = self.list()
            changes = changes | desk.show(remaining[0] if remaining else self._ws.store.drafts.create())
        return changes | Changes(drafts=True)

    def restore(self, draft_id: int) -> Changes:
        """Take a draft out of the bin and open it."""
        self._ws.store.drafts.restore(draft_id)
        return self.open(draft_id) | Changes(drafts=True)
