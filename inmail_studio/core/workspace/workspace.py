# SPDX-License-Identifier: GPL-3.0-or-later
"""The workspace: the user's data folder opened, with every action the window and the command line
share (Anki's collection is the model). Qt-free; each action returns `Changes`.

    ws = Workspace.open(Paths.default())
    ws.desk.restore_last()                  # the open draft
    ws.desk.use_template("en-recruit-…")    # compose
    ws.sending.mark_sent()                  # log it, the person's status follows
    ws.people.next_prospect(list_id, after) # walk a list
"""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inmail_studio.core.errors import Problem
from inmail_studio.core.paths import Paths
from inmail_studio.core.settings import SETTINGS_KEY, Preferences
from inmail_studio.core.workspace.changes import Changes
from inmail_studio.core.workspace.desk import Desk

if TYPE_CHECKING:
    from inmail_studio.core.outreach.log import OutreachLog
    from inmail_studio.core.outreach.people import Person
    from inmail_studio.core.results.service import Results
    from inmail_studio.core.store import Store
    from inmail_studio.core.templates import TemplateLibrary
    from inmail_studio.core.workspace.drafts import DraftActions
    from inmail_studio.core.workspace.people import ProspectActions
    from inmail_studio.core.workspace.sending import Sending

BIN_DAYS = 30  # how long a deleted draft can be restored (and its text about someone kept)


def read_preferences(database: Path) -> Preferences:
    """The preferences saved in the window, read without changing anything (no file is created,
    no migration runs); the defaults when there is no file or it cannot be read."""
    if not database.is_file():
        return Preferences()
    try:
        with closing(sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, timeout=1.0)) as db:
            row = db.execute("SELECT value FROM settings WHERE key=?", (SETTINGS_KEY,)).fetchone()
    except sqlite3.Error:
        return Preferences()
    import json

    try:
        return Preferences.from_json(json.loads(row[0])) if row else Preferences()
    except ValueError:
        return Preferences()


class Workspace:
    """The open data folder. Parts, each owning its actions:

    `desk` the open draft (compose, type, save); `drafts` the other drafts; `people` prospect
    lists, the walk and each person's status; `sending` mark sent and outcomes; `log` the sent log
    (core/outreach/log.py); `results` what came of it (core/results). Writes raise `StoreError`
    (core/store/connection.py).
    """

    def __init__(self, store: Store, library: TemplateLibrary, paths: Paths | None = None) -> None:
        self.store = store
        self.library = library
        self.paths = paths
        self.preferences = Preferences.from_json(store.settings.get(SETTINGS_KEY))
        self.desk = Desk(self)
        self._log: OutreachLog | None = None

    # The parts other than the desk load on first use: the window's first frame needs only the desk.
    @cached_property
    def drafts(self) -> DraftActions:
        """The drafts around the open one (core/workspace/drafts.py)."""
        from inmail_studio.core.workspace.drafts import DraftActions

        return DraftActions(self)

    @cached_property
    def people(self) -> ProspectActions:
        """Prospect lists, the walk and each person's status (core/workspace/people.py)."""
        from inmail_studio.core.workspace.people import ProspectActions

        return ProspectActions(self)

    @cached_property
    def sending(self) -> Sending:
        """Mark sent, undo, outcomes (core/workspace/sending.py)."""
        from inmail_studio.core.workspace.sending import Sending

        return Sending(self)

    @classmethod
    def open(cls, paths: Paths) -> Workspace:
        """Open the data folder's database and template library, and empty the bin of drafts
        deleted more than BIN_DAYS ago; raises `DatabaseUnavailable` when not even a temporary
        database can be made."""
        from inmail_studio.core.store import Store, StoreError
        from inmail_studio.core.templates import TemplateLibrary

        store = Store.open(paths.database)
        try:  # the bin keeps a deleted draft BIN_DAYS; then it is gone for good, text and all
            store.drafts.purge_deleted(before=time.time() - BIN_DAYS * 86400)
        except StoreError:
            pass  # another program holds the file: next time
        return cls(store, TemplateLibrary(paths.builtin_templates, paths.user_templates), paths)

    @property
    def log(self) -> OutreachLog:
        """The outreach log's actions (queries, outcomes, the due list, LinkedIn's export)."""
        if self._log is None:
            from inmail_studio.core.outreach.log import OutreachLog

            self._log = OutreachLog(self.store.sent, self.store.settings)
        return self._log

    @cached_property
    def results(self) -> Results:
        """Rates, A/B verdicts, the credit ledger, quotas and their settings (core/results/service.py)."""
        from inmail_studio.core.results.service import Results

        return Results(self.log, self.store.settings)

    def write_follow_up(self, item_id: int, title_pattern: str = "Follow-up: %s") -> Changes:
        """A new follow-up draft for the person of log item `item_id` (core/workspace/follow_ups.py);
        raises `LogError` and `StoreError`."""
        from inmail_studio.core.workspace.follow_ups import write_follow_up

        return write_follow_up(self, item_id, title_pattern)

    def forget(self, person: Person, prospect_id: int | None = None) -> Changes:
        """Forget a person: their prospect records, drafts (the bin too), every message to them in
        the log however it got there, its outcomes, and their details kept with a list, in one
        transaction, overwritten on disk (core/workspace/forget.py, which says who counts as the
        person: never a namesake at another company or with another profile). `prospect_id` is a
        record that is theirs. Raises `StoreError` (then nothing was deleted)."""
        from inmail_studio.core.workspace.forget import forget

        return forget(self, person, () if prospect_id is None else (prospect_id,))

    @property
    def notice(self) -> Problem | None:
        """What to tell the user about opening the database (moved aside, a temporary folder)."""
        return self.store.notice

    def set_preferences(self, preferences: Preferences) -> Changes:
        """Keep new preferences (account, language, limits, the sender's name); raises `StoreError`."""
        self.store.settings.set(SETTINGS_KEY, preferences.to_json())
        self.preferences = preferences
        return Changes(preferences=True, composition="kind")

    def window_state(self, name: str) -> Any:
        """What the window kept about itself under `name` (a JSON value: its library filters and
        such, not the user's data or preferences); None when nothing was kept."""
        return self.store.settings.get(f"window:{name}")

    def keep_window_state(self, name: str, value: Any) -> None:
        """Keep window state (a JSON value) for the next start; a database that refuses it loses only that."""
        from inmail_studio.core.store import StoreError

        try:
            self.store.settings.set(f"window:{name}", value)
        except StoreError:
            pass

    def close(self) -> None:
        """Save the open draft (errors pass) and close the database."""
        try:
            self.desk.save()
        finally:
            self.store.close()
