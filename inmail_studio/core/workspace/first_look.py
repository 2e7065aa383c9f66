# SPDX-License-Identifier: GPL-3.0-or-later
"""What the window's first frame shows before the workspace is open: the draft it will restore.

`Workspace.open` loads the template library, composition and the whole store (about 15 ms before
anything is on screen). The first frame needs only the restored draft's text and kind, so the
window reads `first_look()` (sqlite3 and nothing else), shows it, and opens the workspace on the
next turn of the event loop; `Desk.restore_last` then opens the same draft.
"""

from __future__ import annotations

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
    """

    draft: Draft
    subject_chars: int


def first_look(database: Path) -> FirstLook | None:
    """The draft `Desk.restore_last` will open from the database file at `database`, read without
    writing anything; None when the file needs the store to open it first (another schema version,
    damaged, locked): then open the workspace before showing anything."""
    from inmail_studio.core.store.first_look import read_last_draft

    found = read_last_draft(database)
    if found is None:
        return None
    row, limit = found
    draft = Draft(id=0)
    if row is not None:
        draft_id, title, kind, language, subject, body, template_id, edited = row
        draft = Draft(id=draft_id, title=title, kind=kind, language=language, subject=subject, body=body,
                      template_id=template_id, edited=bool(edited))
    valid = isinstance(limit, int) and 0 < limit <= MAX_LIMIT
    return FirstLook(draft, limit if valid else DEFAULT_LIMITS.subject_chars)
