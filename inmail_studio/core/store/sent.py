# SPDX-License-Identifier: GPL-3.0-or-later
"""The sent log: every message marked as sent, what came of it, and when.

Rows come back as `LogItem` (core/outreach/model.py). Times are stored as seconds since the epoch
and returned as timezone-aware datetimes in local time.
"""

from __future__ import annotations

import json
import time
from datetime import datetime
from typing import Any

from inmail_studio.core.draft import Draft
from inmail_studio.core.outreach.model import OUTCOMES, LogItem
from inmail_studio.core.store.connection import Database
from inmail_studio.core.text import nfc_len

_COLUMNS = ("s.id, s.sent_at, s.kind, s.subject, s.body, s.template_id, s.draft_id, s.prospect_id, s.outcome,"
            " s.outcome_at, p.first_name, p.last_name, p.profile_url, l.id, l.name")
_FROM = " FROM sent s LEFT JOIN prospects p ON p.id = s.prospect_id LEFT JOIN prospect_lists l ON l.id = p.list_id"


def to_datetime(timestamp: float) -> datetime:
    """Seconds since the epoch as an aware datetime in local time."""
    return datetime.fromtimestamp(timestamp).astimezone()


def _item(row: tuple[Any, ...]) -> LogItem:
    name = " ".join(part for part in (row[10], row[11]) if part)
    return LogItem(id=row[0], sent_at=to_datetime(row[1]), kind=row[2], subject=row[3], body=row[4],
                   template_id=row[5], draft_id=row[6], prospect_id=row[7], outcome=row[8],
                   outcome_at=to_datetime(row[9]) if row[9] is not None else None, to_name=name,
                   profile_url=row[12] or "", list_id=row[13], list_name=row[14], body_chars=nfc_len(row[4]))


class SentLog:
    """Every public method is one transaction (writes raise `StoreError`)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def record(self, draft: Draft, sent_at: datetime | None = None) -> LogItem:
        """Log the draft's current text as sent (at `sent_at`, default now), outcome "pending"."""
        when = sent_at.timestamp() if sent_at else time.time()
        with self._db.write() as db:
            item_id = db.execute(
                "INSERT INTO sent (draft_id, template_id, template_values, kind, subject, body, sent_at, prospect_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (draft.id or None, draft.template_id, json.dumps(dict(draft.values), ensure_ascii=False),
                 draft.kind, draft.subject, draft.body, when, draft.prospect_id),
            ).lastrowid
        item = self.get(item_id)
        assert item is not None
        return item

    def get(self, item_id: int) -> LogItem | None:
        row = self._db.read_one(f"SELECT {_COLUMNS}{_FROM} WHERE s.id=?", (item_id,))
        return _item(row) if row else None

    def delete(self, item_id: int) -> None:
        """Remove one entry (undoing a mark as sent)."""
        with self._db.write() as db:
            db.execute("DELETE FROM sent WHERE id=?", (item_id,))

    def set_outcome(self, item_id: int, outcome: str, at: datetime | None = None) -> None:
        """Record what came of a message; "pending" clears the time. Raises ValueError for an
        outcome not in OUTCOMES."""
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown outcome {outcome!r}")
        when = None if outcome == "pending" else (at.timestamp() if at else time.time())
        with self._db.write() as db:
            db.execute("UPDATE sent SET outcome=?, outcome_at=? WHERE id=?", (outcome, when, item_id))

    def was_sent(self, draft: Draft) -> bool:
        """This draft's current text is already in the log."""
        return self._db.read_one("SELECT 1 FROM sent WHERE draft_id=? AND subject=? AND body=? LIMIT 1",
                                 (draft.id, draft.subject, draft.body)) is not None

    def last_for_draft(self, draft_id: int) -> LogItem | None:
        row = self._db.read_one(f"SELECT {_COLUMNS}{_FROM} WHERE s.draft_id=? ORDER BY s.sent_at DESC, s.id DESC"
                                " LIMIT 1", (draft_id,))
        return _item(row) if row else None

    def sent_draft_ids(self) -> set[int]:
        return {row[0] for row in self._db.read("SELECT DISTINCT draft_id FROM sent WHERE draft_id IS NOT NULL")}

    def items(self) -> list[LogItem]:
        """The whole log, newest first."""
        return [_item(r) for r in self._db.read(f"SELECT {_COLUMNS}{_FROM} ORDER BY s.sent_at DESC, s.id DESC")]

    def for_prospect(self, prospect_id: int) -> list[LogItem]:
        rows = self._db.read(f"SELECT {_COLUMNS}{_FROM} WHERE s.prospect_id=? ORDER BY s.sent_at DESC, s.id DESC",
                             (prospect_id,))
        return [_item(r) for r in rows]

    def count_for_prospect(self, prospect_id: int) -> int:
        return self._db.read_one("SELECT COUNT(*) FROM sent WHERE prospect_id=?", (prospect_id,))[0]
