# SPDX-License-Identifier: GPL-3.0-or-later
"""Local storage: one SQLite file in the user's data folder; nothing leaves the machine."""

from inmail_studio.core.store.database import DatabaseUnavailable, open_database
from inmail_studio.core.store.drafts import Draft, DraftChangedElsewhere, SentRecord, Store, StoreError

__all__ = [
    "DatabaseUnavailable", "Draft", "DraftChangedElsewhere", "SentRecord", "Store", "StoreError", "open_database",
]
