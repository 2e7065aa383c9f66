# SPDX-License-Identifier: GPL-3.0-or-later
"""The live counters beside the fields: what is counted, against which limits, and how it stands.

Numbers and a state only; the window words them ("120 words (aim 100–200)").
"""

from __future__ import annotations

from dataclasses import dataclass

from inmail_studio.core.message import Limits
from inmail_studio.core.text import count_words, nfc_len

STATES = ("ok", "warning", "error")


@dataclass(frozen=True)
class Counter:
    """One counter: `key` "subject" (characters), "words" or "characters" (of the body); `value`
    the count (characters are NFC code points); `low`/`high` the band or limit it is measured
    against (None when there is none); `state` one of STATES."""

    key: str
    value: int
    state: str
    low: int | None = None
    high: int | None = None


def _band(value: int, low: int, high: int) -> str:
    return "ok" if low <= value <= high else "warning"


def counters(kind: str, account: str, limits: Limits, subject: str, body: str) -> list[Counter]:
    """The counters for a message of `kind` (an InMail: subject, words, characters; a connection
    request: words, characters against the note limit of `account`; a follow-up: words against
    its maximum, characters). Limits from Settings (seed values: LinkedIn's and our advice)."""
    words, chars = count_words(body), nfc_len(body)
    if kind == "inmail":
        n = nfc_len(subject)
        state = "error" if n == 0 or n > limits.subject_max_chars else ("warning" if n > limits.subject_chars else "ok")
        return [
            Counter("subject", n, state, high=limits.subject_chars),
            Counter("words", words, _band(words, limits.body_min_words, limits.body_max_words),
                    limits.body_min_words, limits.body_max_words),
            Counter("characters", chars, "error" if chars > limits.body_max_chars else "ok",
                    high=limits.body_max_chars),
        ]
    if kind == "connection_request":
        limit = limits.note_limit(account)
        return [Counter("words", words, "ok"),
                Counter("characters", chars, "error" if chars > limit else "ok", high=limit)]
    return [Counter("words", words, "warning" if words > limits.follow_up_max_words else "ok",
                    high=limits.follow_up_max_words),
            Counter("characters", chars, "ok")]
