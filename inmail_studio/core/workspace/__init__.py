# SPDX-License-Identifier: GPL-3.0-or-later
"""The application layer: every user action, once, for the window and the command line.

See `Workspace` (workspace.py) for its parts; each action returns `Changes` (changes.py). Names
load on first use, so the window's first frame pays only for what it shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from inmail_studio.core.lazy import lazy_exports

_EXPORTS = {
    "NOTHING": "changes", "Changes": "changes", "Imported": "people", "Step": "people", "Sent": "sending",
    "Workspace": "workspace", "read_preferences": "workspace",
}
__all__ = ["NOTHING", "Changes", "Imported", "Sent", "Step", "Workspace", "read_preferences"]

if TYPE_CHECKING:
    from inmail_studio.core.workspace.changes import NOTHING, Changes
    from inmail_studio.core.workspace.people import Imported, Step
    from inmail_studio.core.workspace.sending import Sent
    from inmail_studio.core.workspace.workspace import Workspace, read_preferences


__getattr__ = lazy_exports(__name__, _EXPORTS)
