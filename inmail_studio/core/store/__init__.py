# SPDX-License-Identifier: GPL-3.0-or-later
"""Local storage: one SQLite file in the user's data folder; nothing leaves the machine.

Only the application layer (core/workspace) uses it; the window never does. Names load on first
use, so reading the window's first frame (first_look.py) does not load the whole store.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

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


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(import_module(f"inmail_studio.core.store.{_EXPORTS[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
