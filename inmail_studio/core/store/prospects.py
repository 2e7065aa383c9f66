# SPDX-License-Identifier: GPL-3.0-or-later
"""Prospect lists in the same SQLite file as drafts: import, walk, status, and forgetting a person."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from typing import Any

from inmail_studio.core.prospects.model import STATUSES, Prospect, normalise_url

_encode = json.JSONEncoder(ensure_ascii=False).encode
_COLUMNS = "id, list_id, first_name, last_name, company, position, profile_url, email, details, status"


@dataclass(frozen=True)
class ProspectList:
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
                    status=row[9])


class ProspectRepository:
    """Every public method is one transaction on the store's connection."""

    def __init__(self, db: sqlite3.Connection, write: Callable[[], AbstractContextManager[sqlite3.Connection]]):
        self._db = db
        self._write = write

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
        rows = self._db.execute("SELECT id, name, source, template_id, created_at FROM prospect_lists"
                                " ORDER BY created_at DESC, id DESC").fetchall()
        return [self._list(row) for row in rows]

    def get_list(self, list_id: int) -> ProspectList | None:
        row = self._db.execute("SELECT id, name, source, template_id, created_at FROM prospect_lists WHERE id=?",
                               (list_id,)).fetchone()
        return self._list(row) if row else None

    def _list(self, row: tuple[Any, ...]) -> ProspectList:
        counts = dict.fromkeys(STATUSES, 0)
        counts.update(dict(self._db.execute(
            "SELECT status, COUNT(*) FROM prospects WHERE list_id=? GROUP BY status", (row[0],)).fetchall()))
        return ProspectList(row[0], row[1], row[2], row[3], row[4], counts)

    def set_list_template(self, list_id: int, template_id: str | None) -> None:
        with self._write() as db:
            db.execute("UPDATE prospect_lists SET template_id=? WHERE id=?", (template_id, list_id))

    def delete_list(self, list_id: int) -> None:
        """The list, its prospects and every draft and sent message for them."""
        with self._write() as db:
            db.execute("DELETE FROM prospect_lists WHERE id=?", (list_id,))
        self._forget()

    # prospects ------------------------------------------------------------------------------
    def in_list(self, list_id: int, status: str | None = None) -> list[Prospect]:
        query = f"SELECT {_COLUMNS} FROM prospects WHERE list_id=?"
        args: tuple[Any, ...] = (list_id,)
        if status:
            query += " AND status=?"
            args += (status,)
        return [_prospect(r) for r in self._db.execute(query + " ORDER BY seq, id", args).fetchall()]

    def get(self, prospect_id: int) -> Prospect | None:
        row = self._db.execute(f"SELECT {_COLUMNS} FROM prospects WHERE id=?", (prospect_id,)).fetchone()
        return _prospect(row) if row else None

    def set_status(self, prospect_id: int, status: str) -> None:
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        with self._write() as db:
            db.execute("UPDATE prospects SET status=?, updated_at=? WHERE id=?", (status, time.time(), prospect_id))

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
        self._forget()

    def _forget(self) -> None:
        # secure_delete zeroes the freed pages; the checkpoint copies that into the main file
        # and empties the write-ahead log, which still holds the old pages until then.
        self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def dependents(self, prospect_id: int) -> tuple[int, int]:
        """How many drafts and sent messages deleting this prospect would delete too."""
        drafts = self._db.execute("SELECT COUNT(*) FROM drafts WHERE prospect_id=?", (prospect_id,)).fetchone()[0]
        sent = self._db.execute("SELECT COUNT(*) FROM sent WHERE prospect_id=?", (prospect_id,)).fetchone()[0]
        return drafts, sent

    def everything_about(self, prospect_id: int) -> dict[str, Any] | None:
        """All data stored about one person, for their request of access."""
        prospect = self.get(prospect_id)
        if prospect is None:
            return None
        drafts = self._db.execute("SELECT subject, body, template_id, template_values, created_at, updated_at"
                                  " FROM drafts WHERE prospect_id=?", (prospect_id,)).fetchall()
        sent = self._db.execute("SELECT subject, body, template_id, sent_at FROM sent WHERE prospect_id=?",
                                (prospect_id,)).fetchall()
        lst = self.get_list(prospect.list_id) if prospect.list_id else None
        return {
            "prospect": prospect.to_dict(),
            "list": lst.name if lst else None,
            "drafts": [{"subject": d[0], "body": d[1], "template": d[2], "values": json.loads(d[3] or "{}"),
                        "created": _iso(d[4]), "updated": _iso(d[5])} for d in drafts],
            "sent": [{"subject": s[0], "body": s[1], "template": s[2], "sent": _iso(s[3])} for s in sent],
        }

    def iter_all(self) -> Iterator[Prospect]:
        for row in self._db.execute(f"SELECT {_COLUMNS} FROM prospects ORDER BY list_id, seq"):
            yield _prospect(row)


def _iso(timestamp: float | None) -> str | None:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(timestamp)) if timestamp else None
