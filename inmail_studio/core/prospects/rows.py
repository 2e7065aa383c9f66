# SPDX-License-Identifier: GPL-3.0-or-later
"""A prospect file's rows as the csv module reads them, each with its line number or why it is bad."""

from __future__ import annotations

import csv
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import IO, Any

MAX_LINE_CHARS = 1_000_000  # a row of many long cells fits; a file without line breaks does not
_SKIP_CHARS = 1 << 16
_ENDS = ("\n", "\r")
csv.field_size_limit(MAX_LINE_CHARS)


@dataclass(frozen=True)
class BadRow:
    """A row that was skipped: its line in the file, why (a code) and the values the reason shows.

    Codes (params): "not_csv" (detail), "line_too_long" (limit), "unclosed_quote", "too_many_cells"
    (cells, width), "cell_too_long" (limit), "no_name", "same_url_other_name" (first_line, name).
    """

    line: int
    reason: str
    params: Mapping[str, Any] = field(default_factory=dict)


class Lines:
    """The stream's lines, none longer than MAX_LINE_CHARS, for `csv.reader` and the header scan.

    A longer line (a file without line breaks, a runaway cell) is read past in pieces, never held
    whole; it is counted in `too_long` and stands as an empty line, so line numbers stay right.
    With `keep`, the lines of the row being read are kept in `record` (the csv field limit bounds
    them), so a row that swallowed the lines after it can give them back (`give_back`).
    """

    def __init__(self, stream: IO[str], lines_before: int = 0, keep: bool = False) -> None:
        self.stream = stream
        self.number = lines_before  # physical lines read so far
        self.too_long: list[int] = []
        self.keep = keep
        self.record: list[str] = []
        self._given_back: list[str] = []

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self) -> str:
        if self._given_back:
            line = self._given_back.pop()
        else:
            line = self.stream.readline(MAX_LINE_CHARS)
            if len(line) >= MAX_LINE_CHARS and not line.endswith(_ENDS):
                line = self._skip_long(line)
        if line:
            self.number += 1
            if self.keep:
                self.record.append(line)
        return line

    def give_back(self, lines: list[str]) -> None:
        """Read `lines` again, before the rest of the stream."""
        self._given_back.extend(reversed(lines))
        self.number -= len(lines)

    def _skip_long(self, rest: str) -> str:
        while rest and not rest.endswith(_ENDS):
            rest = self.stream.readline(_SKIP_CHARS)
        self.too_long.append(self.number + 1)
        return "\n"


def cells(line: str, delimiter: str) -> list[str]:
    """One line's cells, or none when the csv module cannot read it."""
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return []


def _unclosed(record: list[str], delimiter: str) -> bool:
    """Whether a row over several lines, or one that ends the file, ran on from a quote that is never
    closed (`"Fleur;Jansen;…` to the end of the file, or into the rows after it)."""
    try:
        for _ in csv.reader(record, delimiter=delimiter, strict=True):
            pass
    except csv.Error:
        return True
    return False


def rows(stream: IO[str], delimiter: str, first_line: int) -> Iterator[tuple[int, list[str] | None, BadRow | None]]:
    """(line number, cells, why it is bad) for every row; a row the csv module cannot parse yields None.

    A row whose quote is never closed is bad at its first line; the lines it swallowed are read again.
    """
    lines = Lines(stream, first_line, keep=True)
    reader, record = csv.reader(lines, delimiter=delimiter), lines.record
    while True:
        start, row, error, ended = lines.number + 1, None, None, False
        record.clear()
        try:
            row = next(reader)
        except StopIteration:
            ended = True
        except csv.Error as exc:
            error = BadRow(start, "not_csv", {"detail": str(exc)})
        if lines.too_long:
            for number in lines.too_long:
                yield number, None, BadRow(number, "line_too_long", {"limit": MAX_LINE_CHARS})
            lines.too_long.clear()
        if ended:
            return
        if len(record) > 1 or record[-1][-1] not in _ENDS or (row and row[-1][-1:] in _ENDS):
            if row is None or _unclosed(record, delimiter):
                row, error = None, BadRow(start, "unclosed_quote")
                lines.give_back(record[1:])
        yield start, row, error
