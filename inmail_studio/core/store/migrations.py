# SPDX-License-Identifier: GPL-3.0-or-later
"""The database schema as numbered steps: step N takes a file from version N - 1 to N.

Append-only: a step that shipped is never edited, a change is a new step at the end. The steps a
file needs run in one transaction together with `PRAGMA user_version = N`, so a crash or a failing
step leaves the file exactly as it was. Owners: drafts, settings and prospects here; the sent log's steps are added
by the outreach log (keep the numbers contiguous; `tests/core/test_store.py` checks it).
"""

from __future__ import annotations

import sqlite3

MIGRATIONS: dict[int, str] = {
    1: """
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
""",
    2: """
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
    # When a prospect's status last changed; what came of a sent message, and when.
    3: """
ALTER TABLE prospects ADD COLUMN status_at REAL;
ALTER TABLE sent ADD COLUMN outcome TEXT NOT NULL DEFAULT 'pending';
ALTER TABLE sent ADD COLUMN outcome_at REAL;
""",
    # The outreach log: whom a message went to when no prospect row says it (sent outside the app,
    # imported from LinkedIn's export), where it came from, and every outcome change (for undo).
    4: """
ALTER TABLE sent ADD COLUMN to_name TEXT NOT NULL DEFAULT '';
ALTER TABLE sent ADD COLUMN profile_url TEXT NOT NULL DEFAULT '';
ALTER TABLE sent ADD COLUMN company TEXT NOT NULL DEFAULT '';
ALTER TABLE sent ADD COLUMN variant TEXT;
ALTER TABLE sent ADD COLUMN language TEXT NOT NULL DEFAULT '';
ALTER TABLE sent ADD COLUMN list_name TEXT;
ALTER TABLE sent ADD COLUMN source TEXT NOT NULL DEFAULT 'app';
CREATE INDEX sent_by_time ON sent(sent_at);
CREATE TABLE outcome_events (
    id INTEGER PRIMARY KEY,
    sent_id INTEGER NOT NULL REFERENCES sent(id) ON DELETE CASCADE,
    outcome TEXT NOT NULL,
    outcome_at REAL,
    previous TEXT NOT NULL,
    previous_at REAL,
    recorded_at REAL NOT NULL
);
CREATE INDEX outcome_events_by_sent ON outcome_events(sent_id, id);
""",
    # 5: when a draft was sent, read at start-up for the first frame and whenever a draft opens
    # (first_look.py, SentLog.last_for_draft): 3.7-8 ms over 10,000 sent messages without it, 0.3 ms with
    5: """
CREATE INDEX sent_by_draft ON sent(draft_id, sent_at);
""",
}
SCHEMA_VERSION = max(MIGRATIONS)


class NewerSchema(sqlite3.DatabaseError):
    """The file was made by a newer InMail Studio; `version` is its schema version."""

    def __init__(self, version: int) -> None:
        super().__init__(f"made by a newer InMail Studio (schema {version})")
        self.version = version


class MigrationFailed(sqlite3.DatabaseError):
    """A step failed and every step was rolled back: the file is as it was, at `version`.
    `detail` is SQLite's own words ("duplicate column name: to_name", "database or disk is full")."""

    def __init__(self, version: int, detail: str) -> None:
        super().__init__(detail)
        self.version = version
        self.detail = detail


def schema_version(connection: sqlite3.Connection) -> int:
    """The file's schema version; raises `NewerSchema` when a newer InMail Studio made it."""
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise NewerSchema(version)
    return version


def migrate(connection: sqlite3.Connection) -> int:
    """Bring the database to `SCHEMA_VERSION` in one transaction; returns the version it had.

    Raises `NewerSchema` for a file from a newer version, `MigrationFailed` when a step fails
    (all steps are rolled back: the file stays at the version it had).
    """
    found = schema_version(connection)
    if found == SCHEMA_VERSION:
        return found
    steps = " ".join(MIGRATIONS[v] for v in range(found + 1, SCHEMA_VERSION + 1))
    try:
        connection.executescript(f"BEGIN; {steps} PRAGMA user_version={SCHEMA_VERSION}; COMMIT;")
    except sqlite3.Error as exc:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise MigrationFailed(found, str(exc)) from exc
    return found
