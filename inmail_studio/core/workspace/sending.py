# SPDX-License-Identifier: GPL-3.0-or-later
"""Getting a message out: mark it sent, undo that, and record what came of it.

The sent log itself (its queries, the due list, LinkedIn's export) is `OutreachLog` in
core/outreach/log.py, reachable as `Workspace.log`; here are the actions that also touch the open
draft or a prospect's status.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from inmail_studio.core.draft import Draft
from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.workspace.changes import NOTHING, Changes

if TYPE_CHECKING:
    from inmail_studio.core.outreach.people import Person
    from inmail_studio.core.workspace.workspace import Workspace


@dataclass(frozen=True)
class Sent:
    """The result of marking sent: the new log entry (None when this very text was logged before)."""

    item: LogItem | None
    changes: Changes


class Sending:
    """Writes raise `StoreError`; outcome changes raise `LogError` for an unknown item or outcome."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def was_sent(self, draft: Draft | None = None) -> bool:
        """This text of the draft (default: the open one) is in the sent log already."""
        return self._ws.store.sent.was_sent(draft or self._ws.desk.draft)

    def sent_draft_ids(self) -> set[int]:
        """Drafts with at least one message in the sent log."""
        return self._ws.store.sent.sent_draft_ids()

    def last_sent(self, draft_id: int) -> LogItem | None:
        """The latest message sent from this draft."""
        return self._ws.store.sent.last_for_draft(draft_id)

    def mark_sent(self, at: datetime | None = None, variant: str | None = None) -> Sent:
        """Log the open draft's text as sent (at `at`, default now; saved first) and set its
        person's status to "sent". Nothing when this very text was logged before. `variant`
        defaults to the A/B variant the draft was written from (core/templates/variants.py)."""
        ws = self._ws
        changes = ws.desk.save()
        draft = ws.desk.draft
        variant = variant or ws.desk.composition.variant
        if ws.store.sent.was_sent(draft):
            return Sent(None, changes)
        language = ws.desk.message().language
        with ws.store.transaction():
            item = ws.store.sent.record(draft, at, variant=variant, language="" if language == "auto" else language)
            if draft.prospect_id is not None:
                changes = changes | ws.people.sync_status(draft.prospect_id)
        ws.log.refresh()
        return Sent(item, changes | Changes(drafts=True, sent=True))

    def undo_sent(self, item_id: int) -> Changes:
        """Take a message out of the sent log again (an accidental "Mark as sent"); its person's
        status goes back to what the rest of the log says."""
        ws = self._ws
        item = ws.store.sent.get(item_id)
        if item is None:
            return NOTHING
        with ws.store.transaction():
            ws.store.sent.delete(item_id)
            changes = ws.people.sync_status(item.prospect_id) if item.prospect_id is not None else NOTHING
        ws.log.refresh()
        return changes | Changes(drafts=True, sent=True)

    def record_outcome(self, item_id: int, outcome: str, at: datetime | None = None) -> Changes:
        """What came of a message: "pending", "replied", "accepted" or "declined", at `at` (default
        now); undo with `undo_outcome`. The person's status follows."""
        item = self._ws.log.set_outcome(item_id, outcome, at)
        return self._follow(item)

    def undo_outcome(self, item_id: int) -> Changes:
        """Put back the outcome a message had before its last change."""
        return self._follow(self._ws.log.undo_outcome(item_id))

    def forget(self, person: Person, prospect_id: int | None = None) -> Changes:
        """Forget a person from the Sent tab: everything about them (`Workspace.forget`)."""
        return self._ws.forget(person, prospect_id)

    def _follow(self, item: LogItem) -> Changes:
        changes = Changes(sent=True)
        if item.prospect_id is not None:
            changes = changes | self._ws.people.sync_status(item.prospect_id)
        return changes
