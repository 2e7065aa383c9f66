# SPDX-License-Identifier: GPL-3.0-or-later
"""messages.csv of LinkedIn's export, streamed: the conversations the user started, and who answered.

Only the user's own first message of a conversation is kept; of the other people's messages only
the time is held while reading, never their text.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from typing import IO, NamedTuple

from inmail_studio.core.outreach.export_rows import BadRow, Table, fold_name, parse_time, split_names
from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.prospects.model import normalise_url

FILE = "messages.csv"
COLUMNS = ("CONVERSATION ID", "FROM", "TO", "DATE", "CONTENT")
INMAIL_FOLDERS = ("inmail", "sponsored")  # a FOLDER holding one of these marks an InMail


_url_key = lru_cache(maxsize=1024)(normalise_url)  # the user's own URL comes back on every row they wrote


@dataclass(frozen=True)
class User:
    """Who made the export: their name and, when known, their profile URL (normalised)."""

    name: str
    url_key: str = ""

    def is_me(self, name: str, url: str) -> bool:
        """By profile URL when both are known, else by name (case- and space-insensitive)."""
        if self.url_key and url:
            return _url_key(url) == self.url_key
        return bool(name) and (name == self.name or fold_name(name) == fold_name(self.name))


def person_key(name: str, url: str) -> str:
    """One person within a conversation: their profile URL when the row has it, else their name."""
    return "url:" + normalise_url(url) if url else "name:" + fold_name(name)


@dataclass(slots=True)
class _First:
    """The user's first message in a conversation: everything the log keeps of it."""

    at: float
    to: str
    urls: list[str]
    subject: str
    body: str
    folder: str


@dataclass(slots=True)
class _Started:
    """A conversation the user started: their first message, and each other person's first
    answer after it (person key -> epoch seconds), with the folded names of those who wrote."""

    at: float
    mine: _First | None = None
    answers: dict[str, float] = field(default_factory=dict)
    names: set[str] = field(default_factory=set)


def _columns(table: Table) -> tuple[int, ...]:
    """Each column's position; an absent one points at the empty cell `_rows` puts after the header's."""
    names = ("CONVERSATION ID", "FROM", "SENDER PROFILE URL", "TO", "RECIPIENT PROFILE URLS", "DATE",
             "SUBJECT", "CONTENT", "FOLDER", "IS MESSAGE DRAFT")
    width = max(table.columns.values()) + 1
    return (width, *(width if (i := table.index(n)) is None else i for n in names))


Opener = Callable[[], AbstractContextManager[IO[str]]]


def read_conversations(open_messages: Opener, user: User, bad: list[BadRow]) -> tuple[list[LogItem], int]:
    """The sent messages found in messages.csv, each with its outcome; and how many conversations
    the user started. A conversation counts as started by the user when its earliest message is
    theirs; each of its recipients gets one item, "replied" at that person's first message after
    the user's first. Kind: "inmail" when the first message has a subject or sits in an InMail
    folder, else "follow_up" (a message to a connection).

    Two passes over the file (`open_messages` opens it afresh): the first finds, per conversation,
    who wrote first and when; the second keeps the user's first message of the conversations they
    started and the first answers. So memory grows with the number of conversations the user
    started, not with the file.
    """
    first: dict[str, tuple[float, float]] = {}  # conversation -> (first message of anyone, the user's first)
    inf = float("inf")
    with open_messages() as stream:
        for row in _rows(stream, bad):
            anyone, mine = first.get(row.id, (inf, inf))
            if user.is_me(row.sender, row.sender_url):
                mine = min(mine, row.at)
            first[row.id] = (min(anyone, row.at), mine)
    started = {conversation: _Started(mine) for conversation, (anyone, mine) in first.items() if mine == anyone}
    del first
    with open_messages() as stream:
        for row in _rows(stream, [], started):
            state = started[row.id]
            if user.is_me(row.sender, row.sender_url):
                if row.at == state.at and state.mine is None:
                    urls = [u.strip() for u in row.to_urls.replace(";", ",").split(",") if u.strip()]
                    state.mine = _First(row.at, row.to, urls, row.subject, row.body, row.folder)
            elif row.at > state.at:
                key = person_key(row.sender, row.sender_url)
                state.answers[key] = min(state.answers.get(key, inf), row.at)
                state.names.add(fold_name(row.sender))
    items = [item for state in started.values() if state.mine for item in _items(state, state.mine)]
    return items, len(started)


class _Row(NamedTuple):
    line: int
    id: str
    at: float  # epoch seconds
    sender: str
    sender_url: str
    to: str
    to_urls: str
    subject: str
    body: str
    folder: str


def _rows(stream: IO[str], bad: list[BadRow], keep: Container[str] | None = None) -> Iterator[_Row]:
    """The rows LinkedIn sent (drafts left out), with a time and a sender; others go to `bad`.
    `keep`: only rows of these conversations (the others are not even parsed further)."""
    table = Table(stream, FILE, COLUMNS, bad)
    width, conv_i, from_i, from_url_i, to_i, to_urls_i, date_i, subject_i, content_i, folder_i, draft_i = \
        _columns(table)
    for line, cells in table:
        del cells[width:]  # cells past the header's are nobody's
        cells.append("")  # the cell an absent column points at
        if keep is not None and (cells[conv_i].strip() or f"line-{line}") not in keep:
            continue
        if cells[draft_i].strip().lower() in ("yes", "true"):
            continue  # a draft LinkedIn kept, never sent
        stamp = cells[date_i].strip()
        at = parse_time(stamp)
        if at is None:
            bad.append(BadRow(FILE, line, "bad-date", stamp[:80]))
            continue
        sender, sender_url = cells[from_i].strip(), cells[from_url_i].strip()
        if not (sender or sender_url):
            bad.append(BadRow(FILE, line, "no-person"))
            continue
        yield _Row(line, cells[conv_i].strip() or f"line-{line}", at.timestamp(), sender, sender_url,
                   cells[to_i].strip(), cells[to_urls_i], cells[subject_i], cells[content_i], cells[folder_i])


def _items(conversation: _Started, mine: _First) -> Iterable[LogItem]:
    subject = mine.subject.strip()
    is_inmail = bool(subject) or any(f in mine.folder.lower() for f in INMAIL_FOLDERS)
    names = split_names(mine.to, len(mine.urls), conversation.names)
    urls = mine.urls if len(mine.urls) == len(names) else [""] * len(names)
    sent_at = datetime.fromtimestamp(mine.at, UTC)
    body = mine.body.strip()
    for name, url in zip(names, urls, strict=True):
        answer = conversation.answers.get(person_key(name, url)) or conversation.answers.get(person_key(name, ""))
        yield LogItem(
            id=0, sent_at=sent_at, kind="inmail" if is_inmail else "follow_up", to_name=name, profile_url=url,
            subject=subject, body=body, outcome="replied" if answer is not None else "pending",
            outcome_at=datetime.fromtimestamp(answer, UTC) if answer is not None else None,
            source="linkedin-export", body_chars=len(body))


def find_user(stream: IO[str], bad: list[BadRow]) -> User | None:
    """The one person in every conversation of messages.csv (as sender or recipient), for an export
    without Profile.csv or outgoing invitations; None when no single person is."""
    everyone: dict[str, set[str]] = {}
    urls: dict[str, str] = {}
    for row in _rows(stream, bad):
        people = everyone.setdefault(row.id, set())
        people.add(fold_name(row.sender))
        if row.sender_url:
            urls[fold_name(row.sender)] = normalise_url(row.sender_url)
        people.update(fold_name(n) for n in split_names(row.to, 0, set()))
    common = set.intersection(*everyone.values()) if everyone else set()
    if len(common) != 1 and len(everyone) > 1:
        return None
    if len(everyone) == 1:
        return None  # one conversation cannot tell the user from the other person
    name = common.pop()
    return User(name, urls.get(name, ""))
