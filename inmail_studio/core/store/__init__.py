# SPDX-License-Identifier: GPL-3.0-or-later
"""Local storage: one SQLite file in the user's data folder; nothing leaves the machine.

Only the application layer (core/workspace) uses it; the window never does. Names load on first
use, so reading the window's first frame (first_look.py) does not load the whole store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from inmail_studio.core.lazy import lazy_exports

_EXPORTS = {
    "DatabaseUnavailable": "database", "DraftChangedElsewhere": "drafts", "Store": "store",
    "StoreError": "connection", "open_database": "database",
}
__all__ = ["DatabaseUnavailable", "DraftChangedElsewhere", "Store", "StoreError", "open_database"]

if TYPE_CHECKING:
    from inmail_studio.core.store.connection import StoreError
    from inmail_studio.core.store.database import DatabaseUnavailable, open_database
    from inmail_studio.core.store.drafts import DraftChangedElsewhere
    from inmail_studio.core.store.store import Store


__getattr__ = lazy_exports(__name__, _EXPORTS)
