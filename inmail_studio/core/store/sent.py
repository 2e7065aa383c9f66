# SPDX-License-Identifier: GPL-3.0-or-later
"""The sent log: every message marked as sent, what came of it, and when.

Rows come back as `LogItem` (core/outreach/model.py). Times are stored as seconds since the epoch
and returned as timezone-aware datetimes in local time. A message sent from a prospect list names
its person through the prospect row; one sent outside the app or imported from LinkedIn's export
keeps the name, profile URL and list itself. Every outcome change is an event, so it can be undone.
"""

from __future__ import annotations

import gc
import json
import time
from collections.abc import Sequence
from dataclasses import fields
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Any

from inmail_studio.core.draft import Draft
from inmail_studio.core.outreach.model import OUTCOMES, LogItem
from inmail_studio.core.store.connection import Database
from inmail_studio.core.text import nfc_len

_COLUMNS = ("s.id, s.sent_at, s.kind, s.subject, s.body, s.template_id, s.draft_id, s.prospect_id, s.outcome,"
            " s.outcome_at, p.first_name, p.last_name, p.profile_url, l.id, l.name, s.to_name, s.profile_url,"
            " s.company, p.company, s.variant, s.language, s.list_name, s.source")
_FROM = " FROM sent s LEFT JOIN prospects p ON p.id = s.prospect_id LEFT JOIN prospect_lists l ON l.id = p.list_id"
_INSERT = ("INSERT INTO sent (draft_id, template_id, template_values, kind, subject, body, sent_at, prospect_id,"
           " outcome, outcome_at, to_name, profile_url, company, variant, language, list_name, source)"
           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def to_datetime(timestamp: float) -> datetime:
    """Seconds since the epoch as an aware datetime in local time."""
    zone = _day_zone(int(timestamp // 86400))
    if zone is None:  # the clocks change that day
        return datetime.fromtimestamp(timestamp).astimezone()
    return datetime.fromtimestamp(timestamp, zone)


@lru_cache(maxsize=4096)
def _day_zone(day: int) -> timezone | None:
    """The local UTC offset throughout UTC day `day`, or None when it changes within it. Asking the
    C library for every row of a 10,000-item log costs 20 ms; a log spans far fewer days."""
    start, end = (time.localtime(day * 86400 + s).tm_gmtoff for s in (0, 86399))
    return timezone(timedelta(seconds=start)) if start == end else None


def _item(row: tuple[Any, ...]) -> LogItem:
    """A LogItem from a row of _COLUMNS. Built without the frozen dataclass's __init__ (19 guarded
    attribute writes: 20 of the 32 ms a 10,000-item log took to become items); every field is set
    here (checked against the dataclass's fields when this module loads)."""
    item = _new(LogItem)
    item.__dict__.update(
        id=row[0], sent_at=to_datetime(row[1]), kind=row[2], to_name=row[15] or _joined(row[10], row[11]),
        profile_url=row[16] or row[12] or "", subject=row[3], body=row[4], template_id=row[5], variant=row[19],
        list_id=row[13], list_name=row[14] or row[21], language=row[20], outcome=row[8],
        outcome_at=to_datetime(row[9]) if row[9] is not None else None, source=row[22], prospect_id=row[7],
        draft_id=row[6], body_chars=nfc_len(row[4]), company=row[17] or row[18] or "")
    return item


_new = object.__new__


def _joined(first: str | None, last: str | None) -> str:
    return " ".join(part for part in (first, last) if part)


_ROW = (0, 0.0, "inmail", "", "", None, None, None, "pending", None, None, None, None, None, None, "", "", "", None,
        None, "", None, "app")
if set(vars(_item(_ROW))) != {f.name for f in fields(LogItem)}:  # a field added to LogItem must be set above
    raise ImportError("core/store/sent.py: _item does not set every field of LogItem")


def _stamp(moment: datetime | None) -> float | None:
    return moment.timestamp() if moment is not None else None


class SentLog:
    """Every public method is one transaction (writes raise `StoreError`)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def record(self, draft: Draft, sent_at: datetime | None = None, *, variant: str | None = None,
               language: str = "") -> LogItem:
        """Log the draft's current text as sent (at `sent_at`, default now), outcome "pending".
        `language` is the message's language ("en", "nl") when known, `variant` its template variant.
        The person is the draft's prospect, else the one its template values name."""
        when = sent_at.timestamp() if sent_at else time.time()
        values = dict(draft.values)
        # Without a prospect row the template's values are all that names the person.
        name, url, company = ("", "", "") if draft.prospect_id is not None else _person(values)
        with self._db.write() as db:
            item_id = db.execute(
                _INSERT, (draft.id or None, draft.template_id, json.dumps(values, ensure_ascii=False), draft.kind,
                          draft.subject, draft.body, when, draft.prospect_id, "pending", None, name, url, company,
                          variant, language, None, "app"),
            ).lastrowid
        item = self.get(item_id)
        assert item is not None
        return item

    def add_items(self, items: Sequence[LogItem]) -> list[int]:
        """Store log items made elsewhere (sent outside the app, from LinkedIn's export) with their
        outcome; returns their new ids in order. Their `id` is ignored."""
        with self._db.write() as db:
            return [db.execute(_INSERT, _values(item)).lastrowid for item in items]

    def get(self, item_id: int) -> LogItem | None:
        row = self._db.read_one(f"SELECT {_COLUMNS}{_FROM} WHERE s.id=?", (item_id,))
        return _item(row) if row else None

    def delete(self, item_id: int) -> None:
        """Remove one entry (undoing a mark as sent)."""
        with self._db.write() as db:
            db.execute("DELETE FROM sent WHERE id=?", (item_id,))

    def delete_items(self, item_ids: Sequence[int]) -> int:
        """Forget entries (a person's): deleted with their outcome events, overwritten on disk
        (secure delete), and the write-ahead log emptied. Returns how many were removed."""
        with self._db.write() as db:
            removed = sum(db.execute("DELETE FROM sent WHERE id=?", (i,)).rowcount for i in item_ids)
        self._db.checkpoint()
        return removed

    # outcomes ------------------------------------------------------------------------------------
    def set_outcome(self, item_id: int, outcome: str, at: datetime | None = None) -> None:
        """Record what came of a message; "pending" clears the time. Raises ValueError for an
        outcome not in OUTCOMES. The same as `record_outcome` with `at` defaulting to now."""
        self.record_outcome(item_id, outcome, None if outcome == "pending" else (at or datetime.now().astimezone()))

    def record_outcome(self, item_id: int, outcome: str, at: datetime | None) -> None:
        """Set the outcome and its time (None for "pending"), keeping the previous one as an event
        for `undo_outcome`. Raises ValueError for an outcome not in OUTCOMES."""
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown outcome {outcome!r}")
        with self._db.write() as db:
            self._change(db, item_id, outcome, _stamp(at))

    def _change(self, db: Any, item_id: int, outcome: str, when: float | None) -> None:
        row = db.execute("SELECT outcome, outcome_at FROM sent WHERE id=?", (item_id,)).fetchone()
        if row is None or (row[0], row[1]) == (outcome, when):
            return
        db.execute("INSERT INTO outcome_events (sent_id, outcome, outcome_at, previous, previous_at, recorded_at)"
                   " VALUES (?, ?, ?, ?, ?, ?)", (item_id, outcome, when, row[0], row[1], time.time()))
        db.execute("UPDATE sent SET outcome=?, outcome_at=? WHERE id=?", (outcome, when, item_id))

    def undo_outcome(self, item_id: int) -> bool:
        """Put back the outcome before the last change; False when there is no change to undo."""
        with self._db.write() as db:
            event = db.execute("SELECT id, previous, previous_at FROM outcome_events WHERE sent_id=?"
                               " ORDER BY id DESC LIMIT 1", (item_id,)).fetchone()
            if event is None:
                return False
            db.execute("UPDATE sent SET outcome=?, outcome_at=? WHERE id=?", (event[1], event[2], item_id))
            db.execute("DELETE FROM outcome_events WHERE id=?", (event[0],))
        return True

    def outcome_history(self, item_id: int) -> list[tuple[str, datetime | None, datetime]]:
        """Each change of the item's outcome, oldest first: (outcome, its time, when it was recorded)."""
        rows = self._db.read("SELECT outcome, outcome_at, recorded_at FROM outcome_events WHERE sent_id=?"
                             " ORDER BY id", (item_id,))
        return [(r[0], to_datetime(r[1]) if r[1] is not None else None, to_datetime(r[2])) for r in rows]

    def apply_import(self, new: Sequence[LogItem], outcomes: Sequence[tuple[int, str, datetime | None]]) -> None:
        """One transaction: add `new` items and set (item id, outcome, time) on matched ones."""
        with self._db.write() as db:
            self.add_items(new)
            for item_id, outcome, at in outcomes:
                if outcome in OUTCOMES:
                    self._change(db, item_id, outcome, _stamp(at))

    # reading -------------------------------------------------------------------------------------
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

    def sent_times(self) -> dict[int, datetime]:
        """When each draft was last sent, by draft id (drafts never sent are not in it)."""
        rows = self._db.read("SELECT draft_id, MAX(sent_at) FROM sent WHERE draft_id IS NOT NULL GROUP BY draft_id")
        return {draft_id: to_datetime(stamp) for draft_id, stamp in rows}

    def items(self) -> list[LogItem]:
        """The whole log, newest first. The cyclic garbage collector waits meanwhile: 10,000 items
        are ~60,000 new objects, enough to start a full collection of the window's (+10–30 ms)."""
        enabled = gc.isenabled()
        gc.disable()
        try:
            return [_item(r) for r in self._db.read(f"SELECT {_COLUMNS}{_FROM} ORDER BY s.sent_at DESC, s.id DESC")]
        finally:
            if enabled:
                gc.enable()

    def for_prospect(self, prospect_id: int) -> list[LogItem]:
        rows = self._db.read(f"SELECT {_COLUMNS}{_FROM} WHERE s.prospect_id=? ORDER BY s.sent_at DESC, s.id DESC",
                             (prospect_id,))
        return [_item(r) for r in rows]


def _person(values: dict[str, str]) -> tuple[str, str, str]:
    """Name, profile URL and company from a template's values ("first_name", "last_name", …)."""
    name = " ".join(values.get(k, "").strip() for k in ("first_name", "last_name")).strip()
    return name or values.get("full_name", "").strip(), values.get("profile_url", "").strip(), \
        values.get("company", "").strip()


def _values(item: LogItem) -> tuple[Any, ...]:
    outcome_at = _stamp(item.outcome_at) if item.outcome != "pending" else None
    return (item.draft_id, item.template_id, "{}", item.kind, item.subject, item.body, item.sent_at.timestamp(),
            item.prospect_id, item.outcome if item.outcome in OUTCOMES else "pending", outcome_at, item.to_name,
            item.profile_url, item.company, item.variant, item.language, item.list_name, item.source)
