# SPDX-License-Identifier: GPL-3.0-or-later
"""Drafts in the SQLite file: each write one transaction, a save never overwrites another window's."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from typing import Any

from inmail_studio.core.draft import Draft
from inmail_studio.core.store.connection import Database, StoreError


class DraftChangedElsewhere(Exception):
    """The draft was saved by another window since this one read it; nothing was written."""

    def __init__(self, draft_id: int) -> None:
        super().__init__(draft_id)
        self.draft_id = draft_id


_COLUMNS = ("id, title, kind, language, subject, body, template_id, template_values, edited,"
            " created_at, updated_at, prospect_id")


def _draft(row: tuple[Any, ...]) -> Draft:
    return Draft(id=row[0], title=row[1], kind=row[2], language=row[3], subject=row[4], body=row[5],
                 template_id=row[6], values=json.loads(row[7] or "{}"), edited=bool(row[8]),
                 created_at=row[9], updated_at=row[10], prospect_id=row[11])


def _encode(values: Any) -> str:
    return json.dumps(dict(values), ensure_ascii=False)


class DraftRepository:
    """Drafts, deleted ones kept in a bin until purged. Writes raise `StoreError`."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def create(self, **fields: Any) -> Draft:
        """A new stored draft with the given `Draft` fields (not id or times)."""
        now = time.time()
        draft = Draft(id=0, created_at=now, updated_at=now, **fields)
        with self._db.write() as db:
            cursor = db.execute(
                "INSERT INTO drafts (title, kind, language, subject, body, template_id, template_values,"
                " edited, created_at, updated_at, prospect_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (draft.title, draft.kind, draft.language, draft.subject, draft.body, draft.template_id,
                 _encode(draft.values), int(draft.edited), now, now, draft.prospect_id),
            )
        return replace(draft, id=cursor.lastrowid)

    def save(self, draft: Draft) -> Draft:
        """Write `draft` over the version it was read as; returns it with its new `updated_at`.

        Raises `DraftChangedElsewhere` (and writes nothing) when the stored row was changed
        since, by another window on the same data folder: neither text may overwrite the other.
        """
        saved = replace(draft, updated_at=time.time())
        with self._db.write() as db:
            cursor = db.execute(
                "UPDATE drafts SET title=?, kind=?, language=?, subject=?, body=?, template_id=?,"
                " template_values=?, edited=?, updated_at=?, prospect_id=? WHERE id=? AND updated_at=?",
                (saved.title, saved.kind, saved.language, saved.subject, saved.body, saved.template_id,
                 _encode(saved.values), int(saved.edited), saved.updated_at,
                 saved.prospect_id, saved.id, draft.updated_at),
            )
            if cursor.rowcount == 0:
                raise DraftChangedElsewhere(draft.id)
        return saved

    def get(self, draft_id: int) -> Draft | None:
        """The draft, or None when it does not exist or is in the bin."""
        row = self._db.read_one(f"SELECT {_COLUMNS} FROM drafts WHERE id=? AND deleted_at IS NULL", (draft_id,))
        return _draft(row) if row else None

    def list(self, include_prospects: bool = False) -> list[Draft]:
        """Drafts not in the bin, last changed first; those written for a prospect only when asked."""
        where = "deleted_at IS NULL" + ("" if include_prospects else " AND prospect_id IS NULL")
        rows = self._db.read(f"SELECT {_COLUMNS} FROM drafts WHERE {where} ORDER BY updated_at DESC, id DESC")
        return [_draft(r) for r in rows]

    def list_names(self) -> dict[int, str]:
        """The list name of each draft (not in the bin) written for someone on a prospect list, by draft id."""
        return dict(self._db.read(
            "SELECT d.id, l.name FROM drafts d JOIN prospects p ON p.id = d.prospect_id"
            " JOIN prospect_lists l ON l.id = p.list_id WHERE d.deleted_at IS NULL"))

    def for_prospect(self, prospect_id: int) -> Draft | None:
        """The latest draft written for this prospect (the list walk keeps one per person)."""
        row = self._db.read_one(
            f"SELECT {_COLUMNS} FROM drafts WHERE prospect_id=? AND deleted_at IS NULL"
            " ORDER BY updated_at DESC, id DESC LIMIT 1", (prospect_id,))
        return _draft(row) if row else None

    def rename(self, draft_id: int, title: str) -> float:
        """Give a draft a title (trimmed); returns its new `updated_at`."""
        now = time.time()
        with self._db.write() as db:
            db.execute("UPDATE drafts SET title=?, updated_at=? WHERE id=?", (title.strip(), now, draft_id))
        return now

    def duplicate(self, draft_id: int, title: str) -> Draft:
        """A copy of the draft's text and values under `title`, not tied to any prospect.
        Raises `StoreError` "store.missing" when the draft is gone."""
        original = self.get(draft_id)
        if original is None:
            raise StoreError("store.missing", what="draft", id=draft_id)
        return self.create(title=title, kind=original.kind, language=original.language,
                           subject=original.subject, body=original.body, template_id=original.template_id,
                           values=dict(original.values), edited=original.edited)

    def delete(self, draft_id: int) -> None:
        """Move to the bin: `restore` undoes it until `purge_deleted`."""
        with self._db.write() as db:
            db.execute("UPDATE drafts SET deleted_at=? WHERE id=?", (time.time(), draft_id))

    def restore(self, draft_id: int) -> None:
        with self._db.write() as db:
            db.execute("UPDATE drafts SET deleted_at=NULL WHERE id=?", (draft_id,))

    def purge_deleted(self, before: float | None = None) -> int:
        """Empty the bin (only drafts put there before `before`, seconds since the epoch, when
        given); returns how many drafts were deleted for good, overwritten on disk. Nothing is
        written when there is nothing to delete."""
        where, args = ("deleted_at IS NOT NULL", ()) if before is None else ("deleted_at < ?", (before,))
        if self._db.read_one(f"SELECT 1 FROM drafts WHERE {where} LIMIT 1", args) is None:
            return 0
        with self._db.write() as db:
            removed = db.execute(f"DELETE FROM drafts WHERE {where}", args).rowcount
        self._db.checkpoint()
        return removed

    def everyone(self) -> list[Draft]:
        """Every draft, those in the bin too (forgetting a person looks through all of them)."""
        return [_draft(r) for r in self._db.read(f"SELECT {_COLUMNS} FROM drafts ORDER BY id")]

    def about_prospect(self, prospect_id: int) -> list[dict[str, Any]]:
        """Every draft for one person (their right of access): text, template, values and times."""
        rows = self._db.read("SELECT subject, body, template_id, template_values, created_at, updated_at"
                             " FROM drafts WHERE prospect_id=?", (prospect_id,))
        return [{"subject": r[0], "body": r[1], "template": r[2], "values": json.loads(r[3] or "{}"),
                 "created": r[4], "updated": r[5]} for r in rows]
