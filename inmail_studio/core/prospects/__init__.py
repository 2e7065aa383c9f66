# SPDX-License-Identifier: GPL-3.0-or-later
"""Prospects: the people messages are for, imported from the files people actually have."""

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
from inmail_studio.core.prospects.model import STATUS_LABELS, STATUSES, Prospect, normalise_url

__all__ = [
    "STATUSES", "STATUS_LABELS", "BadRow", "ImportResult", "Preview", "Prospect", "ProspectImportError",
    "export_csv", "export_person", "guess_mapping", "neutralise", "normalise_url", "preview_csv", "read_csv",
]
