# SPDX-License-Identifier: GPL-3.0-or-later
"""Drafts, the sent log and settings, each write one transaction in the SQLite file."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from inmail_studio.core.store.database import OpenResult, open_database
from inmail_studio.core.store.prospects import ProspectRepository


class StoreError(Exception):
    """A write that did not happen (disk full, folder gone); the previous version is intact."""


class DraftChangedElsewhere(Exception):
    """The draft was saved by another window since this one read it; nothing was written."""


@dataclass(frozen=True)
class Draft:
    id: int
    title: str = ""
    kind: str = "inmail"
    language: str = "auto"
    subject: str = ""
    body: str = ""
    template_id: str | None = None
    values: Mapping[str, str] = field(default_factory=dict)
    edited: bool = False  # the text was changed by hand after the template filled it
    prospect_id: int | None = None  # the prospect this draft is written for, if any
    created_at: float = 0.0
    updated_at: float = 0.0

    @property
    def display_title(self) -> str:
        if self.title:
            return self.title
        first_line = next((line.strip() for line in (self.subject, *self.body.splitlines()) if line.strip()), "")
        return first_line[:60] or "Untitled draft"

    @property
    def is_blank(self) -> bool:
        return not (self.subject.strip() or self.body.strip() or self.template_id)


@dataclass(frozen=True)
class SentRecord:
    id: int
    draft_id: int | None
    template_id: str | None
    values: Mapping[str, str]
    kind: str
    subject: str
    body: str
    sent_at: float


_DRAFT_COLUMNS = ("id, title, kind, language, subject, body, template_id, template_values, edited,"
                  " created_at, updated_at, prospect_id")


def _draft(row: tuple[Any, ...]) -> Draft:
    return Draft(id=row[0], title=row[1], kind=row[2], language=row[3], subject=row[4], body=row[5],
                 template_id=row[6], values=json.loads(row[7] or "{}"), edited=bool(row[8]),
                 created_at=row[9], updated_at=row[10], prospect_id=row[11])


class Store:
    """The app's one SQLite database. Every public method is a complete transaction."""

    def __init__(self, opened: OpenResult) -> None:
        self._db = opened.connection
        self.path = opened.path
        self.notice = opened.notice
        self.prospects = ProspectRepository(self._db, self._write)

    @classmethod
    def open(cls, path: Path) -> Store:
        return cls(open_database(path))

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise StoreError(_explain(exc)) from exc

    # drafts -------------------------------------------------------------------------------
    def create_draft(self, **fields: Any) -> Draft:
        now = time.time()
        draft = Draft(id=0, created_at=now, updated_at=now, **fields)
        with self._write() as db:
            cursor = db.execute(
                "INSERT INTO drafts (title, kind, language, subject, body, template_id, template_values,"
                " edited, created_at, updated_at, prospect_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (draft.title, draft.kind, draft.language, draft.subject, draft.body, draft.template_id,
                 json.dumps(dict(draft.values), ensure_ascii=False), int(draft.edited), now, now, draft.prospect_id),
            )
        return replace(draft, id=cursor.lastrowid)

    def save_draft(self, draft: Draft) -> Draft:
        """Write `draft` over the version it was read as.

        Raises `DraftChangedElsewhere` (and writes nothing) when the stored row was changed
        since, by another window on the same data folder: neither text may overwrite the other.
        """
        saved = replace(draft, updated_at=time.time())
        with self._write() as db:
            cursor = db.execute(
                "UPDATE drafts SET title=?, kind=?, language=?, subject=?, body=?, template_id=?,"
                " template_values=?, edited=?, updated_at=?, prospect_id=? WHERE id=? AND updated_at=?",
                (saved.title, saved.kind, saved.language, saved.subject, saved.body, saved.template_id,
                 json.dumps(dict(saved.values), ensure_ascii=False), int(saved.edited), saved.updated_at,
                 saved.prospect_id, saved.id, draft.updated_at),
            )
            if cursor.rowcount == 0:
                raise DraftChangedElsewhere(draft.id)
        return saved

    def get_draft(self, draft_id: int) -> Draft | None:
        row = self._db.execute(
            f"SELECT {_DRAFT_COLUMNS} FROM drafts WHERE id=? AND deleted_at IS NULL", (draft_id,)
        ).fetchone()
        return _draft(row) if row else None

    def list_drafts(self) -> list[Draft]:
        rows = self._db.execute(
            f"SELECT {_DRAFT_COLUMNS} FROM drafts WHERE deleted_at IS NULL AND prospect_id IS NULL"
            " ORDER BY updated_at DESC, id DESC"
        ).fetchall()
        return [_draft(r) for r in rows]

    def draft_for_prospect(self, prospect_id: int) -> Draft | None:
        """The draft written for this prospect (the list walk keeps one per person)."""
        row = self._db.execute(
            f"SELECT {_DRAFT_COLUMNS} FROM drafts WHERE prospect_id=? AND deleted_at IS NULL"
            " ORDER BY updated_at DESC LIMIT 1", (prospect_id,)).fetchone()
        return _draft(row) if row else None

    def rename_draft(self, draft_id: int, title: str) -> float:
        """Give a draft a title; returns its new `updated_at`."""
        now = time.time()
        with self._write() as db:
            db.execute("UPDATE drafts SET title=?, updated_at=? WHERE id=?", (title.strip(), now, draft_id))
        return now

    def duplicate_draft(self, draft_id: int) -> Draft:
        original = self.get_draft(draft_id)
        if original is None:
            raise StoreError("That draft no longer exists.")
        title = f"{original.display_title} (copy)"
        return self.create_draft(title=title, kind=original.kind, language=original.language,
                                 subject=original.subject, body=original.body, template_id=original.template_id,
                                 values=dict(original.values), edited=original.edited)

    def delete_draft(self, draft_id: int) -> None:
        """Move to the bin: `restore_draft` undoes it until `purge_deleted`."""
        with self._write() as db:
            db.execute("UPDATE drafts SET deleted_at=? WHERE id=?", (time.time(), draft_id))

    def restore_draft(self, draft_id: int) -> None:
        with self._write() as db:
            db.execute("UPDATE drafts SET deleted_at=NULL WHERE id=?", (draft_id,))

    def purge_deleted(self) -> int:
        with self._write() as db:
            return db.execute("DELETE FROM drafts WHERE deleted_at IS NOT NULL").rowcount

    # sent log -----------------------------------------------------------------------------
    def mark_sent(self, draft: Draft) -> SentRecord:
        now = time.time()
        with self._write() as db:
            cursor = db.execute(
                "INSERT INTO sent (draft_id, template_id, template_values, kind, subject, body, sent_at, prospect_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (draft.id, draft.template_id, json.dumps(dict(draft.values), ensure_ascii=False),
                 draft.kind, draft.subject, draft.body, now, draft.prospect_id),
            )
            if draft.prospect_id is not None:
                db.execute("UPDATE prospects SET status='sent', updated_at=? WHERE id=?", (now, draft.prospect_id))
        return SentRecord(cursor.lastrowid, draft.id, draft.template_id, dict(draft.values), draft.kind,
                          draft.subject, draft.body, now)

    def was_sent(self, draft: Draft) -> bool:
        """This draft's current text is already in the sent log."""
        return self._db.execute("SELECT 1 FROM sent WHERE draft_id=? AND subject=? AND body=? LIMIT 1",
                                (draft.id, draft.subject, draft.body)).fetchone() is not None

    def sent_draft_ids(self) -> set[int]:
        return {row[0] for row in self._db.execute("SELECT DISTINCT draft_id FROM sent WHERE draft_id IS NOT NULL")}

    def sent_log(self) -> list[SentRecord]:
        rows = self._db.execute(
            "SELECT id, draft_id, template_id, template_values, kind, subject, body, sent_at FROM sent"
            " ORDER BY sent_at DESC, id DESC"
        ).fetchall()
        return [SentRecord(r[0], r[1], r[2], json.loads(r[3] or "{}"), r[4], r[5], r[6], r[7]) for r in rows]

    # settings -----------------------------------------------------------------------------
    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self._db.execute("SELECT value FROM settings WHERE key=?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: Any) -> None:
        with self._write() as db:
            db.execute("INSERT INTO settings (key, value) VALUES (?, ?)"
                       " ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                       (key, json.dumps(value, ensure_ascii=False)))


def _explain(exc: sqlite3.Error) -> str:
    text = str(exc)
    if "full" in text:
        return "The disk is full: the draft was not saved. Free some space; your text is still in the window."
    if "readonly" in text or "read-only" in text:
        return "The data folder is read-only: the draft was not saved. Your text is still in the window."
    if "locked" in text or "busy" in text:
        return "Another program is using the database: the draft was not saved yet; it will be retried."
    return f"The draft could not be saved ({text}). Your text is still in the window."
