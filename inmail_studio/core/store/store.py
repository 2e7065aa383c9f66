# SPDX-License-Identifier: GPL-3.0-or-later
"""The app's one SQLite file, with a repository for each thing it holds."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inmail_studio.core.errors import Problem
from inmail_studio.core.store.connection import Database
from inmail_studio.core.store.database import open_database
from inmail_studio.core.store.drafts import DraftRepository
from inmail_studio.core.store.settings import SettingsRepository

if TYPE_CHECKING:
    from inmail_studio.core.store.prospects import ProspectRepository
    from inmail_studio.core.store.sent import SentLog


class Store:
    """`drafts`, `sent` (the sent log), `prospects` (and their lists) and `settings` share one
    connection; each repository method is a transaction, `transaction()` makes several one.

    `notice` says what the user should be told about opening the file (see `OpenResult`).
    """

    def __init__(self, db: Database) -> None:
        self._db = db
        self.drafts = DraftRepository(db)
        self.settings = SettingsRepository(db)

    # Loaded on first use: a window's first frame reads only a draft and the settings.
    @cached_property
    def sent(self) -> SentLog:
        from inmail_studio.core.store.sent import SentLog

        return SentLog(self._db)

    @cached_property
    def prospects(self) -> ProspectRepository:
        from inmail_studio.core.store.prospects import ProspectRepository

        return ProspectRepository(self._db)

    @classmethod
    def open(cls, path: Path) -> Store:
        """Open or create the file (see `open_database`); raises `DatabaseUnavailable`."""
        return cls(Database(open_database(path)))

    @property
    def path(self) -> Path:
        """The file in use: the data folder's, or a temporary one after a fallback."""
        return self._db.path

    @property
    def notice(self) -> Problem | None:
        return self._db.notice

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside is written together or not at all (`StoreError`)."""
        with self._db.write():
            yield

    def erase(self, *, sent: Sequence[int] = (), drafts: Sequence[int] = (), prospects: Sequence[int] = (),
              settings: Mapping[str, Any] | None = None) -> None:
        """Delete these rows for good in one transaction, with what hangs on them (a prospect's
        drafts and messages, a message's outcome events), and rewrite `settings` (key → value;
        None deletes the key). secure_delete zeroes the freed space and the checkpoint then copies
        that into the file and empties the write-ahead log, so nothing of it stays on disk.
        Raises `StoreError` (then nothing was deleted)."""
        with self._db.write() as db:
            db.executemany("DELETE FROM sent WHERE id=?", ((i,) for i in sent))
            db.executemany("DELETE FROM drafts WHERE id=?", ((i,) for i in drafts))
            db.executemany("DELETE FROM prospects WHERE id=?", ((i,) for i in prospects))
            for key, value in (settings or {}).items():
                if value is None:
                    self.settings.delete(key)
                else:
                    self.settings.set(key, value)
        self._db.checkpoint()

    def close(self) -> None:
        self._db.close()
