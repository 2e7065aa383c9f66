# SPDX-License-Identifier: GPL-3.0-or-later
"""Open the SQLite file safely: write-ahead log, schema migrations, and a way out when it is bad.

What happened is reported as a `Problem` (a code and values): the window words it.
"""

from __future__ import annotations

import os
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from inmail_studio.core.errors import CoreError, Problem
from inmail_studio.core.store.migrations import SCHEMA_VERSION, MigrationFailed, NewerSchema, migrate, schema_version


class DatabaseUnavailable(CoreError):
    """The database cannot be used at all, even after moving a bad file aside.

    Code "store.unavailable" with `reason` (a reason code as in the notices below), `path`,
    `detail` (SQLite's own words) and `error` (why the temporary folder failed too);
    "store.newer_schema" (`path`, `version`: the file's schema, `supported`: the newest this
    version reads): a newer InMail Studio made it, update to open it; "store.migration_failed"
    (`path`, `version`, `detail`): bringing it up to date failed. In both the file is left exactly
    as it was: never moved aside, never replaced by an empty one.
    """


@dataclass(frozen=True)
class OpenResult:
    """The open connection, the file it is on, and what the user should be told, if anything.

    `notice` codes: "store.moved_aside" (`detail`, `moved`: the damaged file's new name);
    "store.temporary_folder" (`reason`: "store.locked" | "store.folder_read_only" |
    "store.folder_unusable" | "store.damaged_unmovable" | "store.new_failed", `path`, `detail`,
    `folder`: the temporary folder used this session, `copied`: whether the drafts were copied).
    """

    connection: sqlite3.Connection
    path: Path
    notice: Problem | None = None


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=2.0, isolation_level=None, check_same_thread=False)
    try:
        schema_version(connection)  # a newer version's file is not touched at all
        connection.execute("PRAGMA journal_mode=WAL")
        # FULL: a committed draft survives a kill or a power cut, not just a crash of the app.
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute("PRAGMA foreign_keys=ON")
        # Deleted rows are overwritten, so a deleted prospect's name does not linger in the file.
        connection.execute("PRAGMA secure_delete=ON")
        row = connection.execute("PRAGMA quick_check").fetchone()
        if row is None or row[0] != "ok":
            raise sqlite3.DatabaseError(f"integrity check failed: {row[0] if row else 'no answer'}")
        migrate(connection)
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
    returned notice says what happened (see `OpenResult`). Raises `DatabaseUnavailable` when
    even a temporary database cannot be made, and when the file is from a newer version or its
    migration fails (then the file is left as it was).
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = _connect(path)
        _restrict(path)
        return OpenResult(connection, path)
    except (NewerSchema, MigrationFailed) as exc:
        held = _held(str(exc))
        if held is None:
            raise _refusal(exc, path) from None
        return _fallback(path, held, str(exc))
    except sqlite3.OperationalError as exc:
        problem = str(exc)
        if "locked" in problem or "busy" in problem:
            return _fallback(path, "store.locked", problem)
        if not path.exists() or not os.access(path.parent, os.W_OK) or "readonly" in problem:
            return _fallback(path, "store.folder_read_only", problem)
        return _recover(path, problem)
    except sqlite3.DatabaseError as exc:
        return _recover(path, str(exc))
    except OSError as exc:
        return _fallback(path, "store.folder_unusable", exc.strerror or str(exc))


def _held(problem: str) -> str | None:
    """The fallback reason when SQLite's words say another program or the folder stopped a write."""
    if "locked" in problem or "busy" in problem:
        return "store.locked"
    return "store.folder_read_only" if "readonly" in problem or "read-only" in problem else None


def _refusal(exc: NewerSchema | MigrationFailed, path: Path) -> DatabaseUnavailable:
    if isinstance(exc, NewerSchema):
        return DatabaseUnavailable("store.newer_schema", path=str(path), version=exc.version,
                                   supported=SCHEMA_VERSION)
    return DatabaseUnavailable("store.migration_failed", path=str(path), version=exc.version, detail=exc.detail)


def _recover(path: Path, problem: str) -> OpenResult:
    try:
        moved = _move_aside(path)
    except OSError as exc:
        return _fallback(path, "store.damaged_unmovable", f"{problem}; {exc.strerror or exc}")
    try:
        connection = _connect(path)
    except sqlite3.Error as exc:
        return _fallback(path, "store.new_failed", str(exc))
    _restrict(path)
    return OpenResult(connection, path, Problem("store.moved_aside", {"detail": problem, "moved": moved.name}))


def _fallback(path: Path, reason: str, detail: str) -> OpenResult:
    """Go on in a temporary folder, with a copy of the user's drafts when the file can be read."""
    import tempfile  # a rare path: kept off start-up

    try:
        folder = Path(tempfile.mkdtemp(prefix="inmail-studio-"))
    except OSError as exc:
        raise DatabaseUnavailable("store.unavailable", reason=reason, path=str(path), detail=detail,
                                  error=exc.strerror or str(exc)) from None
    temporary = folder / path.name
    copied = _copy_readable(path, temporary)
    try:
        connection = _connect(temporary)
    except (NewerSchema, MigrationFailed) as exc:
        raise _refusal(exc, path) from None
    except sqlite3.Error as exc:
        raise DatabaseUnavailable("store.unavailable", reason=reason, path=str(path), detail=detail,
                                  error=str(exc)) from None
    _restrict(temporary)
    notice = Problem("store.temporary_folder", {"reason": reason, "path": str(path), "detail": detail,
                                                 "folder": str(folder), "copied": copied})
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
