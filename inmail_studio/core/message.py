# SPDX-License-Identifier: GPL-3.0-or-later
"""The message being written: its kind, text, language, account type and the limits that apply."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

KINDS = ("inmail", "connection_request", "follow_up")
# The languages messages are written in: the one list (the coach, templates, settings, the
# command line and the window all read it from here).
LANGUAGES = ("en", "nl")
LANGUAGE_CHOICES = (*LANGUAGES, "auto")  # "auto": detected from the text
ACCOUNTS = ("free", "premium")


@dataclass(frozen=True)
class Limits:
    """Thresholds the coach measures against; the seed values are LinkedIn's and our advice."""

    subject_chars: int = 60  # what a phone shows before cutting the subject off
    subject_max_chars: int = 200  # LinkedIn refuses longer subjects
    body_min_words: int = 100
    body_max_words: int = 200
    body_max_chars: int = 1900  # LinkedIn's hard maximum for an InMail
    note_chars: int = 300  # connection-request note, premium account
    note_chars_free: int = 200  # connection-request note, free account
    follow_up_max_words: int = 150
    sentence_words: int = 25

    def note_limit(self, account: str) -> int:
        return self.note_chars_free if account == "free" else self.note_chars


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Message:
    """One message to lint.

    `template_mode` lints a template's source: Jinja2 variables are expected there.
    `prospect` holds the details of the person a filled message is for; the
    personalisation rule checks that one of the non-name details appears in the body.
    """

    kind: str = "inmail"
    subject: str = ""
    body: str = ""
    language: str = "auto"
    account: str = "premium"
    template_mode: bool = False
    prospect: Mapping[str, str] = field(default_factory=dict)
    limits: Limits = DEFAULT_LIMITS

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown message kind {self.kind!r}; use one of {', '.join(KINDS)}")
        if self.language not in LANGUAGE_CHOICES:
            raise ValueError(f"unknown language {self.language!r}; use en, nl or auto")
        if self.account not in ACCOUNTS:
            raise ValueError(f"unknown account type {self.account!r}; use free or premium")

    @property
    def has_subject(self) -> bool:
        return self.kind == "inmail"

    @property
    def first_contact(self) -> bool:
        return self.kind in ("inmail", "connection_request")

    def with_text(self, subject: str, body: str) -> Message:
        return replace(self, subject=subject, body=body)


SUBJECT_LABELS = ("subject:", "onderwerp:")  # Dutch users write the label in Dutch


def parse_message_text(text: str) -> tuple[str, str]:
    """Split the message file format: an optional first line `Subject: …` (or `Onderwerp: …`),
    a blank line, the body."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    first, sep, rest = text.partition("\n")
    for label in SUBJECT_LABELS:
        if first.lower().startswith(label):
            subject = first[len(label):].strip()
            return subject, rest[1:] if rest.startswith("\n") else rest
    return "", text


def body_first_line(text: str) -> int:
    """The file line the body starts on (1, or 3 after a `Subject:` line and a blank line)."""
    subject, body = parse_message_text(text)
    normalised = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return normalised.count("\n", 0, len(normalised) - len(body)) + 1 if subject or body != normalised else 1


def format_message_text(subject: str, body: str) -> str:
    """The inverse of `parse_message_text`."""
    return f"Subject: {subject}\n\n{body}" if subject else body
