# SPDX-License-Identifier: GPL-3.0-or-later
"""The log written out: CSV a spreadsheet cannot run as formulas, or JSON in the log's contract."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from pathlib import Path

from inmail_studio.core.files import atomic_write_text
from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.prospects.export import neutralise  # CSV injection: the same rule as the prospect export

CSV_COLUMNS = ("id", "sent_at", "kind", "to_name", "profile_url", "subject", "body", "template_id", "variant",
               "list", "outcome", "outcome_at", "source")
FORMATS = ("csv", "json")

def _row(item: LogItem) -> list[str]:
    data = item.to_dict()
    to = data.pop("to")
    data["to_name"], data["profile_url"] = to["name"], to["profile_url"]
    return [neutralise("" if data[c] is None else str(data[c])) for c in CSV_COLUMNS]


def export_log(items: Iterable[LogItem], path: str | Path) -> int:
    """Write `items` to `path` by its suffix: .csv (UTF-8 with BOM for Excel, CSV_COLUMNS, cells
    neutralised) or .json (an array of LogItem.to_dict()). The file is made readable by the user
    only (0600) and written atomically. Returns the number of items; raises ValueError for another
    suffix and OSError as the file system does."""
    path = Path(path)
    suffix = path.suffix.lower().lstrip(".")
    items = list(items)
    if suffix == "json":
        text = json.dumps([i.to_dict() for i in items], ensure_ascii=False, indent=2) + "\n"
    elif suffix == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(CSV_COLUMNS)
        writer.writerows(_row(i) for i in items)
        text = "\ufeff" + buffer.getvalue()
    else:
        raise ValueError(f"unknown export format {suffix!r}")
    atomic_write_text(path, text, mode=0o600)
    return len(items)
