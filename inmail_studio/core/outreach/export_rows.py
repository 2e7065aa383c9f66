# SPDX-License-Identifier: GPL-3.0-or-later
"""Rows of LinkedIn's export files: a streamed CSV with line numbers, its dates and its lists of names."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import IO

MAX_LINE_CHARS = 1_000_000  # LinkedIn caps a message at 8,000 characters; a longer line is not a row
HEADER_SCAN_LINES = 40  # Connections.csv has a few lines of notes above its header
_SKIP_CHARS = 1 << 16


class ExportError(Exception):
    """The export cannot be read at all. `code` says why (for the UI and CLI to put in words):
    "not-found", "not-an-export", "no-export-files", "missing-columns", "unreadable"; `detail` names
    the file or the columns."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class BadRow:
    """A row that was skipped: the file, its 1-based physical line, a reason code and the value at fault.

    Codes: "unreadable" (not CSV), "too-long" (over MAX_LINE_CHARS), "bad-date", "no-person".
    """

    file: str
    line: int
    code: str
    value: str = ""

    def to_dict(self) -> dict[str, object]:
        return {"file": self.file, "line": self.line, "reason": self.code, "value": self.value}


def _fold(name: str) -> str:
    return " ".join(name.lstrip("\ufeff").strip().lower().split())


def _lines(stream: IO[str], too_long: list[int]) -> Iterator[str]:
    """Lines of a stream, none held longer than MAX_LINE_CHARS: a longer one is read past in pieces
    and stands as an empty line (its number goes to `too_long`), so the csv module never builds it
    and line numbers stay right."""
    readline = stream.readline
    number = 0
    while line := readline(MAX_LINE_CHARS):
        number += 1
        if len(line) == MAX_LINE_CHARS and line[-1] not in "\r\n":
            while line and line[-1] not in "\r\n":
                line = readline(_SKIP_CHARS)
            too_long.append(number)
            line = "\n"
        yield line


class Table:
    """One CSV file of the export, streamed: its columns by folded name, then (line, cells) per row.

    `required` columns must be in the header (found within the first HEADER_SCAN_LINES lines, so
    notes above it are skipped); raises ExportError("missing-columns", file) otherwise. Rows the
    csv module cannot read, and lines over MAX_LINE_CHARS, go to `bad` and are not yielded. Rows
    are padded to the header's width, so a column of the header can be indexed without a check.
    """

    def __init__(self, stream: IO[str], file: str, required: Sequence[str], bad: list[BadRow]) -> None:
        self.file = file
        self._bad = bad
        self._too_long: list[int] = []
        self._lines = _lines(stream, self._too_long)
        wanted = [_fold(c) for c in required]
        for number in range(1, HEADER_SCAN_LINES + 1):
            line = next(self._lines, "")
            if not line:
                break
            cells = [_fold(c) for c in next(csv.reader([line]), [])]
            if all(c in cells for c in wanted):
                self.columns = {name: i for i, name in reversed(list(enumerate(cells)))}
                self._header_line = number
                self._too_long.clear()  # notes above the header are not rows
                return
        raise ExportError("missing-columns", f"{file}: {', '.join(required)}")

    def index(self, name: str) -> int | None:
        """The column's position, or None when this export has no such column (older exports)."""
        return self.columns.get(_fold(name))

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        reader = csv.reader(self._lines)
        width = len(self.columns) and max(self.columns.values()) + 1
        pad = [""] * width
        first, too_long = self._header_line, self._too_long
        previous = 0
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                self._flush_too_long()
                return
            except csv.Error:
                self._flush_too_long()
                self._bad.append(BadRow(self.file, first + previous + 1, "unreadable"))
                previous = reader.line_num
                continue
            start, previous = first + previous + 1, reader.line_num
            if too_long:
                self._flush_too_long()
                continue
            if cells and any(cells):
                if len(cells) < width:
                    cells += pad[len(cells):]
                yield start, cells

    def _flush_too_long(self) -> None:
        self._bad.extend(BadRow(self.file, n, "too-long") for n in self._too_long)
        self._too_long.clear()


def cell(cells: list[str], index: int | None) -> str:
    """The stripped cell at `index`, or "" when the column is absent or the row short."""
    if index is None or index >= len(cells):
        return ""
    return cells[index].strip()


_US = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4}),? +(\d{1,2}):(\d{2})(?::(\d{2}))? *([AP])M", re.I)
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)? *(UTC|GMT|Z|[+-]\d{2}:?\d{2})?",
                  re.I)
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                       "nov", "dec"), start=1)}


def parse_time(value: str) -> datetime | None:
    """A time as LinkedIn's export writes it, timezone-aware; None when it is not one.

    "2026-06-01 08:00 UTC" and "2026-08-01 02:00:00 UTC" are UTC (as is the same form without a
    zone: LinkedIn writes these in UTC). "1/29/26, 2:37 PM" (US month/day/year, 12-hour clock) has
    no zone: it is taken as the local time of this machine, which is what LinkedIn showed the user.
    """
    if len(value) in (20, 23) and value.endswith(" UTC") and value[4] == "-":
        try:  # the common form, without the regular expression
            return datetime.fromisoformat(value[:-4]).replace(tzinfo=UTC)
        except ValueError:
            pass
    text = " ".join(value.replace("\u202f", " ").replace("\xa0", " ").split())
    if m := _ISO.fullmatch(text):
        year, month, day, hour, minute, second = (int(g or 0) for g in m.groups()[:6])
        zone = (m.group(7) or "UTC").upper()
        try:
            moment = datetime(year, month, day, hour, minute, second, tzinfo=UTC)
        except ValueError:
            return None
        if zone[0] in "+-":
            sign = 1 if zone[0] == "+" else -1
            digits = zone[1:].replace(":", "")
            moment -= sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        return moment
    if m := _US.fullmatch(text):
        month, day, year, hour, minute = (int(g) for g in m.groups()[:5])
        second = int(m.group(6) or 0)
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m.group(7).upper() == "P" else 0)
        try:
            return datetime(year + 2000 if year < 100 else year, month, day, hour, minute, second).astimezone()
        except ValueError:
            return None
    return None


def parse_day(value: str) -> date | None:
    """Connections.csv's "Connected On": "13 Nov 2024" (also "13-Nov-2024"); None when it is not one."""
    parts = value.replace("-", " ").split()
    if len(parts) != 3 or not (parts[0].isdigit() and parts[2].isdigit()):
        return None
    month = _MONTHS.get(parts[1][:3].lower())
    try:
        return date(int(parts[2]), month, int(parts[0])) if month else None
    except ValueError:
        return None


def split_names(joined: str, count: int, known: set[str]) -> list[str]:
    """The names in messages.csv's TO cell, which joins them with ", " though a name may hold ", ".

    `count` is how many recipients there are (from the profile URLs; 0 when unknown) and `known`
    holds folded names seen as senders in the conversation. Known names are taken whole first;
    then, while there are more parts than recipients, a part without a space ("PhD", "Jr.") is
    joined to the one before it, else the last two parts are joined.
    """
    if count == 1 or ", " not in joined:
        return [joined.strip()] if joined.strip() else []
    parts = joined.split(", ")
    names: list[str] = []
    i = 0
    while i < len(parts):
        for j in range(len(parts), i, -1):
            candidate = ", ".join(parts[i:j])
            if j - i > 1 and _fold(candidate) in known:
                names.append(candidate)
                i = j
                break
        else:
            names.append(parts[i])
            i += 1
    while count > 0 and len(names) > count:
        k = next((k for k in range(1, len(names)) if " " not in names[k].strip() and _fold(names[k]) not in known),
                 len(names) - 1)
        names[k - 1:k + 1] = [f"{names[k - 1]}, {names[k]}"]
    return [n.strip() for n in names if n.strip()]


@lru_cache(maxsize=4096)  # the same few names come back on row after row
def fold_name(name: str) -> str:
    """A name as two rows compare it: case- and space-insensitive."""
    return _fold(name)
