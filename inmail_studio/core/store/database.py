# SPDX-License-Identifier: GPL-3.0-or-later
"""Open the SQLite file safely: write-ahead log, schema migrations, and a way out when it is bad."""

from __future__ import annotations

import os
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

SCHEMA_VERSION = 2
SCHEMA = """
CREATE TABLE IF NOT EXISTS drafts (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'inmail',
    language TEXT NOT NULL DEFAULT 'auto',
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    template_id TEXT,
    template_values TEXT NOT NULL DEFAULT '{}',
    edited INTEGER NOT NULL DEFAULT 0,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    deleted_at REAL
);
CREATE TABLE IF NOT EXISTS sent (
    id INTEGER PRIMARY KEY,
    draft_id INTEGER,
    template_id TEXT,
    template_values TEXT NOT NULL DEFAULT '{}',
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    sent_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""
# Each step takes the schema from version N to N + 1, in one transaction.
MIGRATIONS = {
    1: """
CREATE TABLE prospect_lists (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    template_id TEXT,
    created_at REAL NOT NULL
);
CREATE TABLE prospects (
    id INTEGER PRIMARY KEY,
    list_id INTEGER REFERENCES prospect_lists(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL DEFAULT 0,
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    company TEXT NOT NULL DEFAULT '',
    position TEXT NOT NULL DEFAULT '',
    profile_url TEXT NOT NULL DEFAULT '',
    url_key TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '{}',
    status TEXT NOT NULL DEFAULT 'todo',
    updated_at REAL NOT NULL
);
CREATE INDEX prospects_by_list ON prospects(list_id, seq);
ALTER TABLE drafts ADD COLUMN prospect_id INTEGER REFERENCES prospects(id) ON DELETE CASCADE;
ALTER TABLE sent ADD COLUMN prospect_id INTEGER REFERENCES prospects(id) ON DELETE CASCADE;
CREATE INDEX drafts_by_prospect ON drafts(prospect_id);
CREATE INDEX sent_by_prospect ON sent(prospect_id);
""",
}


class DatabaseUnavailable(Exception):
    """The database cannot be used at all, even after moving a bad file aside."""


@dataclass(frozen=True)
class OpenResult:
    connection: sqlite3.Connection
    path: Path
    notice: str | None = None  # what the user should be told (a file moved aside, a fallback)


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=2.0, isolation_level=None, check_same_thread=False)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        # FULL: a committed draft survives a kill or a power cut, not just a crash of the app.
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute("PRAGMA foreign_keys=ON")
        # Deleted rows are overwritten, so a deleted prospect's name does not linger in the file.
        connection.execute("PRAGMA secure_delete=ON")
        row = connection.execute("PRAGMA quick_check").fetchone()
        if row is None or row[0] != "ok":
            raise sqlite3.DatabaseError(f"integrity check failed: {row[0] if row else 'no answer'}")
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise sqlite3.DatabaseError(f"made by a newer InMail Studio (schema {version})")
        if version == 0:
            connection.executescript(SCHEMA)
            version = 1
        while version < SCHEMA_VERSION:
            connection.executescript(f"BEGIN; {MIGRATIONS[version]} PRAGMA user_version={version + 1}; COMMIT;")
            version += 1
    except BaseException:
        connection.close()
        raise
    return connection


def _restrict(path: Path) -> None:
    """Prospects' details live here: readable by the user only."""
    if os.name == "posix":
        for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            if candidate.exists():
                candidate.chmod(0o600)


def _move_aside(path: Path) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.broken-{stamp}")
    n = 1
    while target.exists():
        target, n = path.with_name(f"{path.name}.broken-{stamp}-{n}"), n + 1
    path.replace(target)
    for suffix in ("-wal", "-shm"):
        extra = Path(f"{path}{suffix}")
        if extra.exists():
            extra.replace(Path(f"{target}{suffix}"))
    return target


def open_database(path: Path) -> OpenResult:
    """Open (or create) the database at `path`.

    A corrupt or foreign file is moved aside and a fresh database started; a folder that
    cannot be written falls back to a temporary folder for this session. Either way the
    returned notice says what happened, in words for the user.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = _connect(path)
        _restrict(path)
        return OpenResult(connection, path)
    except sqlite3.OperationalError as exc:
        problem = str(exc)
        if "locked" in problem or "busy" in problem:
            return _fallback(path, f"The database {path} is locked by another program ({problem}).")
        if not path.exists() or not os.access(path.parent, os.W_OK) or "readonly" in problem:
            return _fallback(path, f"The data folder {path.parent} cannot be written ({problem}).")
        return _recover(path, problem)
    except sqlite3.DatabaseError as exc:
        return _recover(path, str(exc))
    except OSError as exc:
        return _fallback(path, f"The data folder {path.parent} cannot be used ({exc.strerror or exc}).")


def _recover(path: Path, problem: str) -> OpenResult:
    try:
        moved = _move_aside(path)
    except OSError as exc:
        return _fallback(path, f"The database {path} is damaged ({problem}) and could not be moved ({exc}).")
    try:
        connection = _connect(path)
    except sqlite3.Error as exc:
        return _fallback(path, f"A new database could not be created at {path} ({exc}).")
    _restrict(path)
    notice = (f"The database could not be read ({problem}). It was moved aside to {moved.name} "
              "and a new one was started; your templates are not affected.")
    return OpenResult(connection, path, notice)


def _fallback(path: Path, reason: str) -> OpenResult:
    """Go on in a temporary folder, with a copy of the user's drafts when the file can be read."""
    import tempfile  # a rare path: kept off start-up

    try:
        folder = Path(tempfile.mkdtemp(prefix="inmail-studio-"))
    except OSError as exc:
        raise DatabaseUnavailable(f"{reason} No temporary folder could be made either ({exc}).") from None
    temporary = folder / path.name
    copied = _copy_readable(path, temporary)
    try:
        connection = _connect(temporary)
    except sqlite3.Error as exc:
        raise DatabaseUnavailable(f"{reason} A temporary database could not be created either ({exc}).") from None
    _restrict(temporary)
    kept = "A copy of your drafts is" if copied else "Drafts are"
    notice = (f"{reason} {kept} kept in {folder} for this session; copy anything you need "
              "before closing, or fix the folder and restart.")
    return OpenResult(connection, temporary, notice)


def _copy_readable(source: Path, target: Path) -> bool:
    """Copy a database we may read but not write (read-only folder, held lock) for this session."""
    if not source.exists():
        return False
    # A write-ahead-log database in a read-only folder cannot make its -shm file, so read-only
    # mode fails there; nobody can write that folder, so reading it as immutable is safe. In a
    # writable folder a locked file is not read past its lock.
    queries = ("mode=ro",) if os.access(source.parent, os.W_OK) else ("mode=ro", "immutable=1")
    for query in queries:
        try:
            with closing(sqlite3.connect(f"{source.as_uri()}?{query}", uri=True, timeout=2.0,
                                         isolation_level=None)) as reader, closing(sqlite3.connect(target)) as writer:
                # Hold a read transaction first: a lock then fails here after the timeout, where
                # backup() would retry a busy source for ever.
                reader.execute("BEGIN")
                reader.execute("SELECT count(*) FROM sqlite_master").fetchone()
                reader.backup(writer)
            return True
        except sqlite3.Error:
            target.unlink(missing_ok=True)
    return False
