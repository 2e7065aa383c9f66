# SPDX-License-Identifier: GPL-3.0-or-later
"""Read LinkedIn's own data export (the folder, or the .zip LinkedIn e-mails) into outreach log items.

Files used: Invitations.csv (connection requests sent), messages.csv (conversations started),
Connections.csv (who accepted), Profile.csv (who the user is). Every file is streamed; a 200 MB
messages.csv is never held whole, and nothing the other person wrote is kept.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from functools import partial
from pathlib import Path
from typing import IO

from inmail_studio.core.outreach.export_messages import User, find_user, read_conversations
from inmail_studio.core.outreach.export_rows import BadRow, ExportError, Table, cell, fold_name, parse_day, parse_time
from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.prospects.model import normalise_url

INVITATIONS = "Invitations.csv"
MESSAGES = "messages.csv"
CONNECTIONS = "Connections.csv"
PROFILE = "Profile.csv"


@dataclass
class ExportReading:
    """What the export holds for the log: `items` (id 0, source "linkedin-export", oldest first) and
    the counts `inmail-studio log import-linkedin` reports. `user` is None when it could not be told."""

    items: list[LogItem] = field(default_factory=list)
    invitations: int = 0  # outgoing invitations read
    conversations: int = 0  # conversations the user started
    accepted: int = 0
    replied: int = 0
    bad_rows: list[BadRow] = field(default_factory=list)
    user: User | None = None


class ExportSource:
    """The export's files by name (case-insensitive, in any subfolder), from a folder or a .zip."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._zip: zipfile.ZipFile | None = None
        self._names: dict[str, str] = {}
        if path.is_dir():
            for found in sorted(path.rglob("*.csv"), key=lambda p: len(p.parts)):
                self._names.setdefault(found.name.lower(), str(found))
        elif path.is_file():
            try:
                self._zip = zipfile.ZipFile(path)
            except (zipfile.BadZipFile, OSError):
                raise ExportError("not-an-export", path.name) from None
            for info in sorted(self._zip.infolist(), key=lambda i: i.filename.count("/")):
                if not info.is_dir():
                    self._names.setdefault(info.filename.rsplit("/", 1)[-1].lower(), info.filename)
        else:
            raise ExportError("not-found", str(path))

    def has(self, name: str) -> bool:
        return name.lower() in self._names

    @contextmanager
    def open(self, name: str) -> Iterator[IO[str]]:
        """The file as text (UTF-8, a BOM skipped, undecodable bytes replaced); ExportError
        ("unreadable", "NAME: why") when it cannot be opened, or when its bytes turn out damaged
        while they are read (a bad CRC or a broken compressed stream: an interrupted download)."""
        where = self._names[name.lower()]
        try:
            raw = self._zip.open(where) if self._zip else open(where, "rb")  # noqa: SIM115 (closed below)
        except (OSError, zipfile.BadZipFile, RuntimeError) as exc:
            raise ExportError("unreadable", f"{name}: {exc}") from None
        try:
            with io.TextIOWrapper(raw, encoding="utf-8-sig", errors="replace", newline="") as text:
                yield text
        except (OSError, zipfile.BadZipFile, zlib.error, EOFError) as exc:
            raise ExportError("unreadable", f"{name}: {exc or 'cut short'}") from None

    def close(self) -> None:
        if self._zip:
            self._zip.close()


def read_export(path: str | Path) -> ExportReading:
    """Read the export at `path` (folder or .zip).

    Raises ExportError ("not-found", "not-an-export", "no-export-files", "missing-columns",
    "unreadable") when it cannot be read at all; a bad row is reported in `bad_rows` with its file
    and line, and the rest is read. Each outgoing invitation becomes a connection request, accepted
    at "Connected On" when its invitee is in Connections.csv; each conversation the user started
    becomes an InMail or message, replied at the other person's first answer.
    """
    source = ExportSource(Path(path))
    try:
        if not (source.has(INVITATIONS) or source.has(MESSAGES)):
            raise ExportError("no-export-files", Path(path).name)
        reading = ExportReading()
        reading.user = _profile_user(source)
        invitations, user = _invitations(source, reading.bad_rows)
        reading.user = reading.user or user
        if reading.user is None and source.has(MESSAGES):
            with source.open(MESSAGES) as stream:
                reading.user = find_user(stream, [])
        if invitations:
            invitations = _accept(invitations, _connections(source, reading.bad_rows))
        conversations: list[LogItem] = []
        if source.has(MESSAGES) and reading.user is not None:
            conversations, reading.conversations = read_conversations(
                partial(source.open, MESSAGES), reading.user, reading.bad_rows)
        reading.invitations = len(invitations)
        reading.items = sorted(invitations + conversations, key=lambda i: (i.sent_at, i.to_name))
        reading.accepted = sum(i.outcome == "accepted" for i in reading.items)
        reading.replied = sum(i.outcome == "replied" for i in reading.items)
        reading.bad_rows.sort(key=lambda b: (b.file, b.line))
        return reading
    except UnicodeError as exc:
        raise ExportError("unreadable", str(exc)) from None
    finally:
        source.close()


def _profile_user(source: ExportSource) -> User | None:
    if not source.has(PROFILE):
        return None
    with source.open(PROFILE) as stream:
        try:
            table = Table(stream, PROFILE, ("First Name", "Last Name"), [])
        except ExportError:
            return None
        first_i, last_i = table.index("First Name"), table.index("Last Name")
        for _, cells in table:
            name = " ".join(p for p in (cell(cells, first_i), cell(cells, last_i)) if p)
            return User(name) if name else None
    return None


def _invitations(source: ExportSource, bad: list[BadRow]) -> tuple[list[LogItem], User | None]:
    """Outgoing invitations as connection requests (note as body, "" without one), and the user as
    their sender. Older exports have no inviter/invitee URL columns."""
    if not source.has(INVITATIONS):
        return [], None
    items: list[LogItem] = []
    user: User | None = None
    with source.open(INVITATIONS) as stream:
        table = Table(stream, INVITATIONS, ("From", "To", "Sent At", "Direction"), bad)
        from_i, to_i, at_i, note_i, dir_i = (table.index(n) for n in ("From", "To", "Sent At", "Message", "Direction"))
        inviter_i, invitee_i = table.index("inviterProfileUrl"), table.index("inviteeProfileUrl")
        for line, cells in table:
            direction = cell(cells, dir_i).upper()
            if direction != "OUTGOING":
                if direction != "INCOMING":
                    bad.append(BadRow(INVITATIONS, line, "bad-direction", cell(cells, dir_i)[:80]))
                continue
            sent_at = parse_time(cell(cells, at_i))
            if sent_at is None:
                bad.append(BadRow(INVITATIONS, line, "bad-date", cell(cells, at_i)[:80]))
                continue
            to_name, url = cell(cells, to_i), cell(cells, invitee_i)
            if not (to_name or url):
                bad.append(BadRow(INVITATIONS, line, "no-person"))
                continue
            if user is None and cell(cells, from_i):
                inviter = cell(cells, inviter_i)
                user = User(cell(cells, from_i), normalise_url(inviter) if inviter else "")
            note = cell(cells, note_i)
            items.append(LogItem(id=0, sent_at=sent_at, kind="connection_request", to_name=to_name,
                                 profile_url=url, body=note, source="linkedin-export", body_chars=len(note)))
    return items, user


@dataclass(frozen=True)
class _Connections:
    """Connections.csv: "Connected On" by profile URL, and (day, URL or "") rows by folded name."""

    by_url: dict[str, date]
    by_name: dict[str, list[tuple[date, str]]]

    def connected_on(self, item: LogItem) -> date | None:
        """The day the invitee of `item` became a connection, or None. By profile URL when the
        invitation has one; else (or when no connection has it) by name, but only a connection
        that has no other URL, is the one of that name, and was made on or after the invitation's
        day (an older namesake is someone else or an older connection: no guess)."""
        url = normalise_url(item.profile_url) if item.profile_url else ""
        if url and (day := self.by_url.get(url)):
            return day
        named = [(day, other) for day, other in self.by_name.get(fold_name(item.to_name), ())
                 if not (url and other)]
        if len(named) != 1 or named[0][0] < item.sent_at.astimezone().date():
            return None
        return named[0][0]


def _connections(source: ExportSource, bad: list[BadRow]) -> _Connections:
    by_url: dict[str, date] = {}
    by_name: dict[str, list[tuple[date, str]]] = {}
    if not source.has(CONNECTIONS):
        return _Connections(by_url, by_name)
    with source.open(CONNECTIONS) as stream:
        table = Table(stream, CONNECTIONS, ("First Name", "Last Name", "Connected On"), bad)
        first_i, last_i, url_i, on_i = (table.index(n) for n in ("First Name", "Last Name", "URL", "Connected On"))
        for line, cells in table:
            day = parse_day(cell(cells, on_i))
            if day is None:
                bad.append(BadRow(CONNECTIONS, line, "bad-date", cell(cells, on_i)[:80]))
                continue
            url = normalise_url(cell(cells, url_i)) if cell(cells, url_i) else ""
            if url:
                by_url[url] = day
            name = " ".join(p for p in (cell(cells, first_i), cell(cells, last_i)) if p)
            if name:
                by_name.setdefault(fold_name(name), []).append((day, url))
    return _Connections(by_url, by_name)


def _accept(invitations: list[LogItem], connections: _Connections) -> list[LogItem]:
    """Invitations whose invitee is a connection (`_Connections.connected_on`) become accepted, at
    the start of "Connected On" (local time) or at the invitation itself when that is later: an
    invitation is never accepted before it was sent."""
    accepted = []
    for item in invitations:
        day = connections.connected_on(item)
        if day is not None:
            at = max(datetime.combine(day, time()).astimezone(), item.sent_at)
            item = replace(item, outcome="accepted", outcome_at=at)
        accepted.append(item)
    return accepted
