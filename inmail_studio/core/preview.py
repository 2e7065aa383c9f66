# SPDX-License-Identifier: GPL-3.0-or-later
"""What a phone's inbox shows of a message: the subject up to its cut-off and the first lines."""

from __future__ import annotations

import textwrap
import unicodedata

PREVIEW_LINES = 3
LINE_CHARS = 38


def nfc_len(text: str) -> int:
    """Characters as LinkedIn counts them (as core.text.nfc_len, without loading the text module
    before the window's first frame)."""
    return len(text) if text.isascii() else len(unicodedata.normalize("NFC", text))


def phone_subject(subject: str, limit: int) -> str:
    subject = " ".join(subject.split())
    return subject if nfc_len(subject) <= limit else subject[: limit - 1].rstrip() + "…"


def subject_is_cut(subject: str, limit: int) -> bool:
    return nfc_len(" ".join(subject.split())) > limit


def phone_lines(body: str, lines: int = PREVIEW_LINES, width: int = LINE_CHARS) -> str:
    """The first `lines` lines of the body as a phone wraps them, "…" when more follows.

    Only the start of the body is wrapped, so a pasted megabyte costs no more than a message.
    """
    cut = (lines + 1) * width * 4
    flat = " ".join(body[:cut].split())
    wrapped = textwrap.wrap(flat, width) or [""]
    shown = wrapped[:lines]
    if len(wrapped) > lines or (len(body) > cut and body[cut:].strip()):
        shown[-1] = shown[-1][: width - 1].rstrip() + "…"
    return "\n".join(shown)
