# SPDX-License-Identifier: GPL-3.0-or-later
"""The draft to restore, read with sqlite3 alone for the window's first frame; nothing is written.

Opening the store checks the file, runs its migrations and loads every repository; the window's
first frame shows only the restored draft, so it reads just that row (and the one preference the
phone preview needs), read-only, and opens the store right after the frame.
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
_COLUMNS = "id, title, kind, language, subject, body, template_id, edited"
_LAST = f"SELECT {_COLUMNS} FROM drafts WHERE id=? AND deleted_at IS NULL"
_NEWEST = (f"SELECT {_COLUMNS} FROM drafts WHERE deleted_at IS NULL AND prospect_id IS NULL"
           " ORDER BY updated_at DESC, id DESC LIMIT 1")
# The phone preview's subject limit, from the preferences' JSON (core/settings.py), by SQLite's own
# JSON functions: the first frame does without Python's json module.
_SUBJECT_CHARS = "SELECT json_extract(value, '$.limits.subject_chars') FROM settings WHERE key='preferences'"


def read_last_draft(database: Path) -> tuple[tuple[Any, ...] | None, Any] | None:
    """`(row, subject_chars)`: the draft's `_COLUMNS` (None when there is no draft yet, or no file)
    and the stored subject limit as SQLite returns it (None when none is stored).

    None when the file cannot be read at once or as this version stores it (another schema
    version, damage, a lock): then the store must open it first (migrate, recover, fall back).
    """
    if not database.is_file():
        return None, None
    try:
        with closing(sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, timeout=0.2)) as db:
            if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                return None
            last = db.execute("SELECT value FROM settings WHERE key=?", (LAST_DRAFT_KEY,)).fetchone()
            row = db.execute(_LAST, (int(last[0]),)).fetchone() if last and last[0].isdigit() else None
            row = row or db.execute(_NEWEST).fetchone()
            limit = db.execute(_SUBJECT_CHARS).fetchone()
    except (sqlite3.Error, ValueError):
        return None
    return row, limit[0] if limit else None
