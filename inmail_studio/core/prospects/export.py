# SPDX-License-Identifier: GPL-3.0-or-later
"""Write prospects out: a CSV that spreadsheets cannot run, and everything held about one person."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from inmail_studio.core.files import atomic_write_text
from inmail_studio.core.prospects.model import STANDARD_FIELDS, Prospect

# A cell starting with one of these is run as a formula by Excel, LibreOffice and Sheets.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """Make a cell plain text for spreadsheets (CSV injection): prefix formulas with '."""
    return f"'{cell}" if cell.startswith(_FORMULA_START) else cell


def export_csv(prospects: Iterable[Prospect], path: str | Path) -> int:
    """Write prospects as CSV (UTF-8 with BOM so Excel reads accents right); returns the rows written."""
    prospects = list(prospects)
    details = sorted({key for p in prospects for key in p.details})
    columns = [*STANDARD_FIELDS, "status", *details]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for p in prospects:
        row = [getattr(p, name) for name in STANDARD_FIELDS] + [p.status] + [p.details.get(k, "") for k in details]
        writer.writerow([neutralise(cell) for cell in row])
    atomic_write_text(Path(path), "\ufeff" + buffer.getvalue())
    return len(prospects)


def export_person(data: dict[str, Any], path: str | Path) -> None:
    """Everything stored about one person (their right of access), as readable JSON."""
    atomic_write_text(Path(path), json.dumps(data, ensure_ascii=False, indent=2) + "\n")
