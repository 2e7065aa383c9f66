# SPDX-License-Identifier: GPL-3.0-or-later
"""The one SQLite connection the repositories share, and its write transactions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from inmail_studio.core.errors import CoreError, Problem
from inmail_studio.core.store.database import OpenResult


class StoreError(CoreError):
    """A write that did not happen; what was stored before is intact.

    Codes: "store.disk_full", "store.read_only", "store.busy" (another program holds the file;
    worth retrying), "store.failed" (`detail`: SQLite's words), "store.missing" (`what`, `id`:
    the record is gone).
    """


def explain(exc: sqlite3.Error) -> StoreError:
    """The StoreError for an SQLite error."""
    text = str(exc)
    if "full" in text:
        return StoreError("store.disk_full")
    if "readonly" in text or "read-only" in text:
        return StoreError("store.read_only")
    if "locked" in text or "busy" in text:
        return StoreError("store.busy")
    return StoreError("store.failed", detail=text)


class Database:
    """The open file: reads go straight to the connection, writes through `write()`."""

    def __init__(self, opened: OpenResult) -> None:
        self._db = opened.connection
        self.path: Path = opened.path
        self.notice: Problem | None = opened.notice
        self._depth = 0

    def read(self, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """All rows of one query."""
        return self._db.execute(sql, args).fetchall()

    def read_one(self, sql: str, args: tuple[Any, ...] = ()) -> tuple[Any, ...] | None:
        return self._db.execute(sql, args).fetchone()

    def cursor(self, sql: str, args: tuple[Any, ...] = ()) -> sqlite3.Cursor:
        """Rows one at a time, for long listings."""
        return self._db.execute(sql, args)

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One transaction: everything in the block is written, or nothing (`StoreError`).

        Nested blocks join the outer transaction, so the application layer can make several
        repository calls one change (a message marked sent and its prospect's status).
        """
        if self._depth:
            self._depth += 1
            try:
                yield self._db
            finally:
                self._depth -= 1
            return
        try:
            self._db.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            finally:
                self._depth = 0
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise explain(exc) from exc

    def checkpoint(self) -> None:
        """Copy the write-ahead log into the file and empty it (after forgetting a person, the
        log would otherwise still hold their old pages)."""
        self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self._db.close()
