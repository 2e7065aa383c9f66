# SPDX-License-Identifier: GPL-3.0-or-later
"""messages.csv of LinkedIn's export, streamed: the conversations the user started, and who answered.

Only the user's own first message of a conversation is kept; of the other people's messages only
the time is held while reading, never their text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import IO, NamedTuple

from inmail_studio.core.outreach.export_rows import BadRow, Table, cell, fold_name, parse_time, split_names
from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.prospects.model import normalise_url

FILE = "messages.csv"
COLUMNS = ("CONVERSATION ID", "FROM", "TO", "DATE", "CONTENT")
INMAIL_FOLDERS = ("inmail", "sponsored")  # a FOLDER holding one of these marks an InMail


@dataclass(frozen=True)
class User:
    """Who made the export: their name and, when known, their profile URL (normalised)."""

    name: str
    url_key: str = ""

    def is_me(self, name: str, url: str) -> bool:
        if self.url_key and url:
            return normalise_url(url) == self.url_key
        return bool(name) and fold_name(name) == fold_name(self.name)


def person_key(name: str, url: str) -> str:
    """One person within a conversation: their profile URL when the row has it, else their name."""
    return "url:" + normalise_url(url) if url else "name:" + fold_name(name)


@dataclass(slots=True)
class _First:
    """The user's first message in a conversation: everything the log keeps of it."""

    at: float
    line: int
    to: str
    urls: list[str]
    subject: str
    body: str
    folder: str


@dataclass(slots=True)
class _Conversation:
    first_at: float = float("inf")  # the first message of anyone
    started_by_user: bool = False
    mine: _First | None = None
    answers: dict[str, list[float]] = field(default_factory=dict)  # other person -> times they wrote
    names: set[str] = field(default_factory=set)  # folded names of the other senders


def _columns(table: Table) -> tuple[int | None, ...]:
    names = ("CONVERSATION ID", "FROM", "SENDER PROFILE URL", "TO", "RECIPIENT PROFILE URLS", "DATE",
             "SUBJECT", "CONTENT", "FOLDER")
    return tuple(table.index(n) for n in names)


def read_conversations(stream: IO[str], user: User, bad: list[BadRow]) -> tuple[list[LogItem], int]:
    """The sent messages found in messages.csv, each with its outcome; and how many conversations
    the user started. A conversation counts as started by the user when its earliest message is
    theirs; each of its recipients gets one item, "replied" at that person's first message after
    the user's first. Kind: "inmail" when the first message has a subject or sits in an InMail
    folder, else "follow_up" (a message to a connection)."""
    conversations: dict[str, _Conversation] = {}
    for row in _rows(stream, bad):
        conversation = conversations.get(row.id)
        if conversation is None:
            conversation = conversations[row.id] = _Conversation()
        me = user.is_me(row.sender, row.sender_url)
        if row.at < conversation.first_at:
            conversation.first_at, conversation.started_by_user = row.at, me
        if me:
            if conversation.mine is None or row.at < conversation.mine.at:
                urls = [u.strip() for u in row.to_urls.replace(";", ",").split(",") if u.strip()]
                conversation.mine = _First(row.at, row.line, row.to, urls, row.subject, row.body, row.folder)
        else:
            conversation.answers.setdefault(person_key(row.sender, row.sender_url), []).append(row.at)
            conversation.names.add(fold_name(row.sender))
    items: list[LogItem] = []
    started = 0
    for conversation in conversations.values():
        if conversation.started_by_user and conversation.mine is not None:
            started += 1
            items.extend(_items(conversation, conversation.mine))
    return items, started


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


def _rows(stream: IO[str], bad: list[BadRow]) -> Iterator[_Row]:
    table = Table(stream, FILE, COLUMNS, bad)
    conv_i, from_i, from_url_i, to_i, to_urls_i, date_i, subject_i, content_i, folder_i = _columns(table)
    for line, cells in table:
        at = parse_time(cell(cells, date_i))
        if at is None:
            bad.append(BadRow(FILE, line, "bad-date", cell(cells, date_i)[:80]))
            continue
        sender, sender_url = cell(cells, from_i), cell(cells, from_url_i)
        if not (sender or sender_url):
            bad.append(BadRow(FILE, line, "no-person"))
            continue
        yield _Row(line, cell(cells, conv_i) or f"line-{line}", at.timestamp(), sender, sender_url,
                   cell(cells, to_i), cell(cells, to_urls_i), cell(cells, subject_i), cell(cells, content_i),
                   cell(cells, folder_i))


def _items(conversation: _Conversation, mine: _First) -> Iterable[LogItem]:
    subject = mine.subject.strip()
    is_inmail = bool(subject) or any(f in mine.folder.lower() for f in INMAIL_FOLDERS)
    names = split_names(mine.to, len(mine.urls), conversation.names)
    urls = mine.urls if len(mine.urls) == len(names) else [""] * len(names)
    sent_at = datetime.fromtimestamp(mine.at, UTC)
    body = mine.body.strip()
    for name, url in zip(names, urls, strict=True):
        times = conversation.answers.get(person_key(name, url)) or conversation.answers.get(person_key(name, ""))
        answer = min((t for t in times or () if t > mine.at), default=None)
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
