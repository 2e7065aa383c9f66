# SPDX-License-Identifier: GPL-3.0-or-later
"""The live counters beside the fields: what is counted, against which limit, and how it stands."""

from __future__ import annotations

from dataclasses import dataclass

from inmail_studio.core.message import Limits
from inmail_studio.core.text import count_words, nfc_len


@dataclass(frozen=True)
class Counter:
    key: str  # subject | words | characters
    label: str
    state: str  # ok | warning | error


def _band(value: int, low: int, high: int) -> str:
    return "ok" if low <= value <= high else "warning"


def counters(kind: str, account: str, limits: Limits, subject: str, body: str) -> list[Counter]:
    words, chars = count_words(body), nfc_len(body)
    result: list[Counter] = []
    if kind == "inmail":
        n = nfc_len(subject)
        state = "error" if n == 0 or n > limits.subject_max_chars else ("warning" if n > limits.subject_chars else "ok")
        result.append(Counter("subject", f"{n}/{limits.subject_chars}", state))
        result.append(Counter("words", f"{words} words (aim {limits.body_min_words}–{limits.body_max_words})",
                              _band(words, limits.body_min_words, limits.body_max_words)))
        result.append(Counter("characters", f"{chars:,}/{limits.body_max_chars:,} characters",
                              "error" if chars > limits.body_max_chars else "ok"))
    elif kind == "connection_request":
        limit = limits.note_limit(account)
        result.append(Counter("words", f"{words} words", "ok"))
        result.append(Counter("characters", f"{chars}/{limit} characters", "error" if chars > limit else "ok"))
    else:
        result.append(Counter("words", f"{words}/{limits.follow_up_max_words} words",
                              "warning" if words > limits.follow_up_max_words else "ok"))
        result.append(Counter("characters", f"{chars:,} characters", "ok"))
    return result
