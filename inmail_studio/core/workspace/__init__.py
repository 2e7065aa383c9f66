# SPDX-License-Identifier: GPL-3.0-or-later
"""The application layer: every user action, once, for the window and the command line.

See `Workspace` (workspace.py) for its parts; each action returns `Changes` (changes.py).
"""

from inmail_studio.core.workspace.changes import NOTHING, Changes
from inmail_studio.core.workspace.people import Imported, Step
from inmail_studio.core.workspace.sending import Sent
from inmail_studio.core.workspace.workspace import Workspace, read_preferences

__all__ = ["NOTHING", "Changes", "Imported", "Sent", "Step", "Workspace", "read_preferences"]
