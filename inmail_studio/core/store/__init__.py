# SPDX-License-Identifier: GPL-3.0-or-later
"""Local storage: one SQLite file in the user's data folder; nothing leaves the machine.

Only the application layer (core/workspace) uses it; the window never does.
"""

from inmail_studio.core.store.connection import StoreError
from inmail_studio.core.store.database import DatabaseUnavailable, open_database
from inmail_studio.core.store.drafts import DraftChangedElsewhere
from inmail_studio.core.store.store import Store

__all__ = ["DatabaseUnavailable", "DraftChangedElsewhere", "Store", "StoreError", "open_database"]
