# SPDX-License-Identifier: GPL-3.0-or-later
"""Prospect lists in the same SQLite file as drafts: import, walk, status, and forgetting a person."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from inmail_studio.core.prospects.model import STATUSES, Prospect, normalise_url
from inmail_studio.core.store.connection import Database

_encode = json.JSONEncoder(ensure_ascii=False).encode
_COLUMNS = "id, list_id, first_name, last_name, company, position, profile_url, email, details, status, status_at"


@dataclass(frozen=True)
class ProspectList:
    """A list as stored, with how many of its people are in each status (`counts`)."""

    id: int
    name: str
    source: str
    template_id: str | None
    created_at: float
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def left(self) -> int:
        return self.counts.get("todo", 0) + self.counts.get("drafted", 0)


def _prospect(row: tuple[Any, ...]) -> Prospect:
    return Prospect(id=row[0], list_id=row[1], first_name=row[2], last_name=row[3], company=row[4],
                    position=row[5], profile_url=row[6], email=row[7], details=json.loads(row[8] or "{}"),
                    status=row[9], status_at=datetime.fromtimestamp(row[10]).astimezone() if row[10] else None)


class ProspectRepository:
    """Every public method is one transaction on the store's connection (writes raise `StoreError`).

    Only the application layer (core/workspace) changes a prospect's status.
    """

    def __init__(self, db: Database) -> None:
        self._db = db
        self._write = db.write

    # lists ----------------------------------------------------------------------------------
    def create_list(self, name: str, prospects: Iterable[Prospect], source: str = "",
                    template_id: str | None = None) -> ProspectList:
        """Store a list; a prospect already in it by profile URL is merged, not duplicated."""
        now = time.time()
        with self._write() as db:
            list_id = db.execute(
                "INSERT INTO prospect_lists (name, source, template_id, created_at) VALUES (?, ?, ?, ?)",
                (name.strip() or "Prospects", source, template_id, now)).lastrowid
            db.executemany(
                "INSERT INTO prospects (list_id, seq, first_name, last_name, company, position, profile_url, url_key,"
                " email, details, status, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ((list_id, seq, p.first_name, p.last_name, p.company, p.position, p.profile_url,
                  p.key, p.email, _encode(p.details) if p.details else "{}",
                  p.status if p.status in STATUSES else "todo", now) for seq, p in enumerate(prospects)),
            )
        result = self.get_list(list_id)
        assert result is not None
        return result

    def lists(self) -> list[ProspectList]:
        rows = self._db.read("SELECT id, name, source, template_id, created_at FROM prospect_lists"
                             " ORDER BY created_at DESC, id DESC")
        return [self._list(row) for row in rows]

    def get_list(self, list_id: int) -> ProspectList | None:
        row = self._db.read_one("SELECT id, name, source, template_id, created_at FROM prospect_lists WHERE id=?",
                                (list_id,))
        return self._list(row) if row else None

    def _list(self, row: tuple[Any, ...]) -> ProspectList:
        counts = dict.fromkeys(STATUSES, 0)
        counts.update(dict(self._db.read(
            "SELECT status, COUNT(*) FROM prospects WHERE list_id=? GROUP BY status", (row[0],))))
        return ProspectList(row[0], row[1], row[2], row[3], row[4], counts)

    def set_list_template(self, list_id: int, template_id: str | None) -> None:
        with self._write() as db:
            db.execute("UPDATE prospect_lists SET template_id=? WHERE id=?", (template_id, list_id))

    def delete_list(self, list_id: int) -> None:
        """The list, its prospects and every draft and sent message for them."""
        with self._write() as db:
            db.execute("DELETE FROM prospect_lists WHERE id=?", (list_id,))
        self._db.checkpoint()

    # prospects ------------------------------------------------------------------------------
    def in_list(self, list_id: int, status: str | None = None) -> list[Prospect]:
        query = f"SELECT {_COLUMNS} FROM prospects WHERE list_id=?"
        args: tuple[Any, ...] = (list_id,)
        if status:
            query += " AND status=?"
            args += (status,)
        return [_prospect(r) for r in self._db.read(query + " ORDER BY seq, id", args)]

    def get(self, prospect_id: int) -> Prospect | None:
        row = self._db.read_one(f"SELECT {_COLUMNS} FROM prospects WHERE id=?", (prospect_id,))
        return _prospect(row) if row else None

    def set_status(self, prospect_id: int, status: str, at: datetime | None = None) -> None:
        """Set the status and the time it changed (`at`, default now). Only the application layer
        calls this. Raises ValueError for a status not in STATUSES."""
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        when = at.timestamp() if at else time.time()
        with self._write() as db:
            db.execute("UPDATE prospects SET status=?, status_at=?, updated_at=? WHERE id=?",
                       (status, when, time.time(), prospect_id))

    def update(self, prospect: Prospect) -> Prospect:
        with self._write() as db:
            db.execute("UPDATE prospects SET first_name=?, last_name=?, company=?, position=?, profile_url=?,"
                       " url_key=?, email=?, details=?, updated_at=? WHERE id=?",
                       (prospect.first_name, prospect.last_name, prospect.company, prospect.position,
                        prospect.profile_url, normalise_url(prospect.profile_url), prospect.email,
                        json.dumps(dict(prospect.details), ensure_ascii=False), time.time(), prospect.id))
        return replace(prospect)

    def delete(self, prospect_id: int) -> None:
        """Forget a person: the prospect, its drafts and its sent messages, overwritten on disk."""
        with self._write() as db:
            db.execute("DELETE FROM prospects WHERE id=?", (prospect_id,))
        # secure_delete zeroes the freed pages; the checkpoint copies that into the main file
        # and empties the write-ahead log, which still holds the old pages until then.
        self._db.checkpoint()

    def iter_all(self) -> Iterator[Prospect]:
        for row in self._db.cursor(f"SELECT {_COLUMNS} FROM prospects ORDER BY list_id, seq"):
            yield _prospect(row)
