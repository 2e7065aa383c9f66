# SPDX-License-Identifier: GPL-3.0-or-later
"""The draft to restore, read with sqlite3 alone for the window's first frame; nothing is written.

Opening the store checks the file, runs its migrations and loads every repository; the window's
first frame shows only the restored draft, so it reads just that row (whether it was sent, and the
one preference the phone preview needs), read-only, and opens the store right after the frame.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from inmail_studio.core.store.migrations import SCHEMA_VERSION

# The same choice as `Desk.restore_last` (core/workspace/desk.py): the draft open last time, else
# the newest draft not written for a prospect, neither in the bin.
LAST_DRAFT_KEY = "last_draft_id"
MAX_ROW_ID = 2**63 - 1  # SQLite's largest rowid (sqlite.org/lang_createtable.html#rowid): larger is no id
# The last column: when the draft was last sent (seconds since the epoch; NULL when never), as
# `SentLog.last_for_draft` (sent.py) reads it: a sent draft is a record from the first frame on.
_COLUMNS = ("id, title, kind, language, subject, body, template_id, edited,"
            " (SELECT MAX(sent_at) FROM sent WHERE sent.draft_id = drafts.id)")
_LAST = f"SELECT {_COLUMNS} FROM drafts WHERE id=? AND deleted_at IS NULL"
_NEWEST = (f"SELECT {_COLUMNS} FROM drafts WHERE deleted_at IS NULL AND prospect_id IS NULL"
           " ORDER BY updated_at DESC, id DESC LIMIT 1")
# The phone preview's subject limit, from the preferences' JSON (core/settings.py), by SQLite's own
# JSON functions: the first frame does without Python's json module.
_SUBJECT_CHARS = "SELECT json_extract(value, '$.limits.subject_chars') FROM settings WHERE key='preferences'"


def stored_draft_id(value: object) -> int | None:
    """The draft id a stored `last_draft_id` value (JSON text, as SettingsRepository stores it)
    names: a JSON integer from 1 to MAX_ROW_ID, else None (another number, "true", text, damage),
    exactly as `Desk.restore_last` reads it through `json.loads`."""
    if not isinstance(value, str):
        return None
    text = value.strip(" \t\n\r")  # JSON's own white space
    if not (text.isascii() and text.isdigit()) or text.startswith("0"):  # "０１", "-5", "1.0", "012"
        return None
    number = int(text)
    return number if number <= MAX_ROW_ID else None


def read_last_draft(database: Path) -> tuple[tuple[Any, ...] | None, Any] | None:
    """`(row, subject_chars)`: the draft's `_COLUMNS` (None when there is no draft yet, or no file)
    and the stored subject limit as SQLite returns it (None when none is stored).

    None when the file cannot be read at once or as this version stores it (another schema
    version, damage SQLite meets on these reads, a lock that keeps readers out for 0.2 s): then the
    store must open it first (migrate, recover, fall back). A relative `database` is taken from
    the working folder.
    """
    if not database.is_file():
        return None, None
    try:
        uri = f"{database.absolute().as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, timeout=0.2)) as db:
            if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                return None
            last = db.execute("SELECT value FROM settings WHERE key=?", (LAST_DRAFT_KEY,)).fetchone()
            draft_id = stored_draft_id(last[0]) if last else None
            row = db.execute(_LAST, (draft_id,)).fetchone() if draft_id else None
            row = row or db.execute(_NEWEST).fetchone()
            limit = db.execute(_SUBJECT_CHARS).fetchone()
    except (sqlite3.Error, ValueError, OverflowError):
        return None
    return row, limit[0] if limit else None
