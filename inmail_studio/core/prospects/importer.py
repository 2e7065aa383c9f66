# SPDX-License-Identifier: GPL-3.0-or-later
"""Read prospect lists as people have them: LinkedIn exports, CRM files, Excel's Dutch CSVs.

The file is streamed, never loaded whole. The encoding (UTF-8 with or without BOM, UTF-16,
Windows-1252) and delimiter (, ; tab |) are detected; notes above the header (LinkedIn's
Connections.csv has some) are skipped; columns are mapped to fields by a documented alias table
the user can override. A bad row is reported with its line number and reason, and the good rows
are still imported. Rows for the same profile URL are merged.
"""

from __future__ import annotations

import codecs
import csv
import errno
import io
import operator
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import IO

from inmail_studio.core.errors import CoreError
from inmail_studio.core.paths import resources_dir
from inmail_studio.core.prospects.model import Prospect, different_people, merged, normalise_url
from inmail_studio.core.prospects.rows import BadRow, Lines
from inmail_studio.core.prospects.rows import cells as _cells
from inmail_studio.core.prospects.rows import rows as _rows

SAMPLE_BYTES = 64 * 1024
HEADER_SCAN_LINES = 40
MAX_CELL_CHARS = 10_000
DELIMITERS = (",", ";", "\t", "|")


class ProspectImportError(CoreError):
    """The file cannot be imported at all. Codes (params): "import.binary", "import.cannot_open"
    (file: the path as given, detail: the system's words, errno: the error's name such as "ENOENT",
    or "" — the words to show for it are the UI's), "import.empty" (file: its name), "import.no_header",
    "import.cannot_decode" (file: its name, detail)."""


@dataclass
class ImportResult:
    prospects: list[Prospect]
    bad_rows: list[BadRow]
    encoding: str
    delimiter: str
    header: list[str]
    mapping: list[str | None]  # per column: the field it fills, or None when ignored
    rows: int = 0  # data rows read (blank lines not counted)
    merged: int = 0  # rows folded into an earlier row with the same profile URL


@dataclass(frozen=True)
class Preview:
    header: list[str]
    mapping: list[str | None]
    rows: list[list[str]] = field(default_factory=list)
    encoding: str = "utf-8"
    delimiter: str = ","
    total: int | None = None  # rows with any text below the header (None: not counted)


def _fold(name: str) -> str:
    return " ".join(re.sub(r"[_\-.]+", " ", name.lstrip("\ufeff").strip().lower()).split())


def field_name(column: str) -> str:
    """A column name as a template variable: "Favourite tool" -> favourite_tool."""
    return re.sub(r"\W+", "_", _fold(column)).strip("_") or "column"


@lru_cache(maxsize=1)
def _aliases() -> tuple[dict[str, str], dict[str, int]]:
    with (resources_dir() / "prospects" / "columns.toml").open("rb") as handle:
        data = tomllib.load(handle)
    aliases = {_fold(alias): name for name, names in data["fields"].items() for alias in names}
    return aliases, data["dates"]["months"]


def guess_mapping(header: Sequence[str]) -> list[str | None]:
    aliases, _ = _aliases()
    mapping: list[str | None] = []
    for column in header:
        if not column.strip():
            mapping.append(None)
            continue
        name = aliases.get(_fold(column), field_name(column))
        mapping.append(field_name(column) if name in mapping else name)
    return mapping


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Inside a UTF-8 file, a byte that is not UTF-8 is read as Windows-1252 (Excel's habit)."""
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start:error.end].decode("cp1252", errors="replace"), error.end


codecs.register_error("inmail-cp1252", _cp1252_fallback)


def detect_encoding(sample: bytes) -> str:
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if len(sample) >= 4 and sample[1::2].count(0) > len(sample) // 4 and sample[0::2].count(0) == 0:
        return "utf-16-le"
    if len(sample) >= 4 and sample[0::2].count(0) > len(sample) // 4 and sample[1::2].count(0) == 0:
        return "utf-16-be"
    if b"\x00" in sample:
        raise ProspectImportError("import.binary")
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        return "cp1252"


def _cannot_open(path: Path, exc: OSError) -> ProspectImportError:
    """"import.cannot_open" with the path as given, the system's words and the error's name."""
    return ProspectImportError("import.cannot_open", file=str(path), detail=exc.strerror or type(exc).__name__,
                               errno=errno.errorcode.get(exc.errno or 0, ""))


def _open(path: Path) -> tuple[IO[str], str]:
    try:
        raw = path.open("rb")
    except OSError as exc:
        raise _cannot_open(path, exc) from None
    try:
        sample = raw.read(SAMPLE_BYTES)
    except OSError as exc:
        raw.close()
        raise _cannot_open(path, exc) from None
    if not sample.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raw.close()
        raise ProspectImportError("import.empty", file=path.name)
    try:
        encoding = detect_encoding(sample)
    except ProspectImportError:
        raw.close()
        raise
    raw.seek(0)
    errors = "inmail-cp1252" if encoding == "utf-8" else "replace"
    return io.TextIOWrapper(raw, encoding=encoding, errors=errors, newline=""), encoding


def _find_header(stream: IO[str]) -> tuple[list[str], str, int]:
    """The header row (skipping notes above it), its delimiter and line number.

    A row with two or more known column names is the header. Failing that, the first row of
    plain names that the next row matches cell for cell: a letter or a note is not a table.
    """
    aliases, _ = _aliases()
    candidate: tuple[list[str], str, int] | None = None
    fallback: tuple[list[str], str, int] | None = None
    lines = Lines(stream)
    for number in range(1, HEADER_SCAN_LINES + 1):
        line = lines.readline()
        if not line:
            break
        if not line.strip():
            continue
        best: tuple[int, list[str], str] | None = None
        for delimiter in DELIMITERS:
            cells = _cells(line.rstrip("\r\n"), delimiter)
            known = sum(1 for c in cells if _fold(c) in aliases)
            if len(cells) >= 2 and (best is None or (known, len(cells)) > (best[0], len(best[1]))):
                best = (known, cells, delimiter)
        if best is not None and best[0] >= 2:
            return best[1], best[2], number
        if candidate is not None and fallback is None:
            if len(_cells(line.rstrip("\r\n"), candidate[1])) == len(candidate[0]):
                fallback = candidate
            candidate = None
        if best is not None and fallback is None and all(c.strip() for c in best[1]) and len(line) < 2000:
            candidate = (best[1], best[2], number)
    if fallback is None:
        raise ProspectImportError("import.no_header")
    return fallback


def _open_at_header(path: Path) -> tuple[IO[str], str, list[str], str, int]:
    """The file opened just past its header row, with the encoding, header, delimiter and line."""
    stream, encoding = _open(path)
    try:
        header, delimiter, number = _find_header(stream)
    except UnicodeError as exc:
        stream.close()
        raise ProspectImportError("import.cannot_decode", file=path.name, detail=exc.reason) from None
    except ProspectImportError:
        stream.close()
        raise
    stream.seek(0)
    lines = Lines(stream)
    for _ in range(number):
        lines.readline()
    return stream, encoding, header, delimiter, number


def preview_csv(path: str | Path, rows: int = 5) -> Preview:
    """The header, the guessed mapping and the first rows, for the mapping step."""
    path = Path(path)
    stream, encoding, header, delimiter, _ = _open_at_header(path)
    with stream:
        reader = csv.reader(Lines(stream), delimiter=delimiter)
        sample: list[list[str]] = []
        total = 0
        try:
            for cells in reader:  # read to the end: the mapping step says how many rows there are
                if any(c.strip() for c in cells):
                    total += 1
                    if len(sample) < rows:
                        sample.append(cells)
        except csv.Error:
            pass
    return Preview(header, guess_mapping(header), sample, encoding, delimiter, total)


@lru_cache(maxsize=4096)
def _iso_date(value: str) -> str:
    """"13 Nov 2024" -> "2024-11-13"; anything else is kept as written."""
    parts = value.replace("-", " ").split()
    if len(parts) == 3 and parts[0].isdigit() and parts[2].isdigit():
        month = _aliases()[1].get(parts[1][:4].lower().rstrip(".")) or _aliases()[1].get(parts[1][:3].lower())
        if month:
            return f"{int(parts[2]):04d}-{month:02d}-{int(parts[0]):02d}"
    return value


def _prospect(values: dict[str, str]) -> Prospect:
    full = values.pop("full_name", "")
    if full and not values.get("first_name") and not values.get("last_name"):
        first, _, last = full.partition(" ")
        values["first_name"], values["last_name"] = first, last.strip()
    elif full:
        values["full_name"] = full
    if "connected_on" in values:
        values["connected_on"] = _iso_date(values["connected_on"])
    pop = values.pop
    url = pop("profile_url", "")
    return Prospect(pop("first_name", ""), pop("last_name", ""), pop("company", ""), pop("position", ""), url,
                    pop("email", ""), values, url_key=normalise_url(url) if url else "")


def _columns(header: list[str], mapping: Sequence[str | None] | Mapping[str, str | None] | None) -> list[str | None]:
    columns = guess_mapping(header)
    if isinstance(mapping, Mapping):
        return [mapping.get(name, columns[i]) for i, name in enumerate(header)]
    if mapping is not None:
        return list(mapping) + [None] * (len(header) - len(mapping))
    return columns


class _Collector:
    """Turns rows into prospects for one import: checks each row, merges rows for the same profile."""

    def __init__(self, result: ImportResult) -> None:
        self.result = result
        targets = [(i, name) for i, name in enumerate(result.mapping) if name]
        self.names = [name for _, name in targets]
        self.single = len(targets) == 1
        self.pick = operator.itemgetter(*[i for i, _ in targets]) if targets else (lambda cells: ())
        self.reach = max((i for i, _ in targets), default=-1) + 1
        self.width = len(result.header)
        self.by_url: dict[str, tuple[int, int]] = {}  # profile key -> (index, line)

    def row(self, line: int, cells: list[str]) -> None:
        """One data row (not blank): a prospect, a merge, or a bad row."""
        result = self.result
        result.rows += 1
        if len(cells) > self.width and any(c.strip() for c in cells[self.width:]):
            result.bad_rows.append(BadRow(line, "too_many_cells", {"cells": len(cells), "width": self.width}))
            return
        if max(map(len, cells)) > MAX_CELL_CHARS:
            result.bad_rows.append(BadRow(line, "cell_too_long", {"limit": MAX_CELL_CHARS}))
            return
        if len(cells) < self.reach:
            cells = cells + [""] * (self.reach - len(cells))
        picked = (self.pick(cells),) if self.single else self.pick(cells)
        values = {name: value for name, value in zip(self.names, map(str.strip, picked), strict=True) if value}
        if not (values.get("first_name") or values.get("last_name") or values.get("full_name")):
            result.bad_rows.append(BadRow(line, "no_name"))
            return
        self.add(line, _prospect(values))

    def add(self, line: int, prospect: Prospect) -> None:
        result, key = self.result, prospect.key
        if key and key in self.by_url:
            index, first_line = self.by_url[key]
            earlier = result.prospects[index]
            if different_people(earlier, prospect):
                result.bad_rows.append(BadRow(line, "same_url_other_name", {"first_line": first_line,
                                                                             "name": earlier.name}))
                return
            result.prospects[index] = merged(earlier, prospect)
            result.merged += 1
            return
        if key:
            self.by_url[key] = (len(result.prospects), line)
        result.prospects.append(prospect)


def read_csv(path: str | Path, mapping: Sequence[str | None] | Mapping[str, str | None] | None = None) -> ImportResult:
    """Import a prospect file. `mapping` overrides the guess: per column, or by column name.
    Raises `ProspectImportError` for a file that cannot be read at all; bad rows are in the result."""
    path = Path(path)
    stream, encoding, header, delimiter, header_line = _open_at_header(path)
    with stream:
        result = ImportResult([], [], encoding, delimiter, header, _columns(header, mapping))
        collector = _Collector(result)
        try:
            for line, cells, error in _rows(stream, delimiter, header_line):
                if cells is None:
                    result.rows += 1
                    assert error is not None
                    result.bad_rows.append(replace(error, line=line))
                elif "".join(cells).strip():
                    collector.row(line, cells)
        except UnicodeError as exc:
            raise ProspectImportError("import.cannot_decode", file=path.name, detail=str(exc)) from None
    return result
