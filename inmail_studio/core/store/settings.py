# SPDX-License-Identifier: GPL-3.0-or-later
"""Settings: JSON values by key (preferences, the last open draft, per-list values)."""

from __future__ import annotations

import json
from typing import Any

from inmail_studio.core.store.connection import Database


class SettingsRepository:
    """Every write is one transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str, default: Any = None) -> Any:
        """The stored value (JSON types), or `default`; a value that is not JSON counts as missing."""
        row = self._db.read_one("SELECT value FROM settings WHERE key=?", (key,))
        if row is None:
            return default
        try:
            return json.loads(row[0])
        except ValueError:
            return default

    def set(self, key: str, value: Any) -> None:
        """Store a JSON-able value; raises `StoreError` when it cannot be written."""
        with self._db.write() as db:
            db.execute("INSERT INTO settings (key, value) VALUES (?, ?)"
                       " ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                       (key, json.dumps(value, ensure_ascii=False)))

    def delete(self, key: str) -> None:
        with self._db.write() as db:
            db.execute("DELETE FROM settings WHERE key=?", (key,))
