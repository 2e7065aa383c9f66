# SPDX-License-Identifier: GPL-3.0-or-later
"""What the window's first frame shows before the workspace is open: the draft it will restore.

`Workspace.open` loads the template library, composition and the whole store (about 15 ms before
anything is on screen). The first frame needs only the restored draft's text and kind, so the
window reads `first_look()` (sqlite3 and nothing else), shows it, and opens the workspace on the
next turn of the event loop; `Desk.restore_last` then opens the same draft.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from inmail_studio.core.draft import Draft
from inmail_studio.core.message import DEFAULT_LIMITS

MAX_LIMIT = 100_000  # as `Preferences.from_json` (core/settings.py) accepts a limit


class FirstLook(NamedTuple):
    """The draft to restore, as far as the first frame shows it.

    `draft` carries its id, title, kind, language, subject, body, template id and `edited` flag,
    but not its values (the form is filled after the first frame): show it, never save it. `id` 0
    with blank text when there is no draft yet (the workspace makes one). `subject_chars` is the
    preferences' subject limit in characters (the phone preview cuts the subject there).
    `sent_at`: when the draft was last marked sent (aware, local time), None when never: a sent
    draft is a record, read-only from the first frame on.
    """

    draft: Draft
    subject_chars: int
    sent_at: datetime | None = None


def first_look(database: Path) -> FirstLook | None:
    """The draft `Desk.restore_last` will open from the database file at `database`, read without
    writing anything; None when the file needs the store to open it first (another schema version,
    damage met on the way, a lock that keeps readers out): then open the workspace before showing
    anything. A relative `database` is taken from the working folder."""
    from inmail_studio.core.store.first_look import read_last_draft

    found = read_last_draft(database)
    if found is None:
        return None
    row, limit = found
    draft, sent_at = Draft(id=0), None
    if row is not None:
        draft_id, title, kind, language, subject, body, template_id, edited, sent = row
        draft = Draft(id=draft_id, title=title, kind=kind, language=language, subject=subject, body=body,
                      template_id=template_id, edited=bool(edited))
        try:
            sent_at = datetime.fromtimestamp(sent).astimezone() if sent is not None else None
        except (TypeError, ValueError, OverflowError, OSError):  # no time: the store opens it first
            return None
    valid = isinstance(limit, int) and 0 < limit <= MAX_LIMIT
    return FirstLook(draft, limit if valid else DEFAULT_LIMITS.subject_chars, sent_at)


def cannot_store(error: BaseException) -> bool:
    """Whether `error` is the store's `DatabaseUnavailable` (not even a temporary database could be
    made; raised by `Workspace.open`): for a window that opens the workspace after its first frame,
    where the layers above the store cannot name it."""
    from inmail_studio.core.store.database import DatabaseUnavailable

    return isinstance(error, DatabaseUnavailable)
