# SPDX-License-Identifier: GPL-3.0-or-later
"""Prospects: the people messages are for, imported from the files people actually have.

Names load on first use, so the window's start-up does not pay for the CSV machinery.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from inmail_studio.core.lazy import lazy_exports

_EXPORTS = {
    "export_csv": "export", "export_person": "export", "neutralise": "export",
    "BadRow": "importer", "ImportResult": "importer", "Preview": "importer", "ProspectImportError": "importer",
    "guess_mapping": "importer", "preview_csv": "importer", "read_csv": "importer",
    "STATUSES": "model", "Prospect": "model", "normalise_url": "model",
}
__all__ = [
    "STATUSES", "BadRow", "ImportResult", "Preview", "Prospect", "ProspectImportError",
    "export_csv", "export_person", "guess_mapping", "neutralise", "normalise_url", "preview_csv", "read_csv",
]

if TYPE_CHECKING:
    from inmail_studio.core.prospects.export import export_csv, export_person, neutralise
    from inmail_studio.core.prospects.importer import (
        BadRow,
        ImportResult,
        Preview,
        ProspectImportError,
        guess_mapping,
        preview_csv,
        read_csv,
    )
    from inmail_studio.core.prospects.model import STATUSES, Prospect, normalise_url


__getattr__ = lazy_exports(__name__, _EXPORTS)
