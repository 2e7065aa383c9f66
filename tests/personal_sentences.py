# SPDX-License-Identifier: GPL-3.0-or-later
"""Lint one sentence inside a short connection request, and read what the personalisation rule did."""

from __future__ import annotations

from inmail_studio.core import Message
from inmail_studio.core.lint import lint
from inmail_studio.core.lint.model import LintResult

ASK = {"en": "Would you be open to a short call next week?", "nl": "Heb je volgende week tijd voor een kort gesprek?"}
GREETING = {"en": "Hi Anna,", "nl": "Hoi Anna,"}


def coach(lang: str, sentence: str, kind: str = "connection_request") -> LintResult:
    """`sentence` between a greeting and an ask, as a message of `kind` (a connection request unless said)
    in `lang` ("en" or "nl")."""
    body = f"{GREETING[lang]}\n\n{sentence}\n\n{ASK[lang]}"
    return lint(Message(kind=kind, body=body, language=lang))


def shown(result: LintResult) -> list[str]:
    """The details the coach counted and shows."""
    return [h.text for h in result.highlights if h.rule == "personalisation"]


def warned(result: LintResult) -> bool:
    """Whether the coach asks for a detail."""
    return any(f.rule == "personalisation" for f in result.findings)


def counted(result: LintResult) -> list[str] | None:
    """The details the coach counted and shows, or None when it asks for one."""
    return None if warned(result) else shown(result)


def shows(result: LintResult, part: str) -> bool:
    """The coach counted a detail and shows one holding `part`."""
    return any(part in text for text in counted(result) or ())
