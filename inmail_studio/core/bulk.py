# SPDX-License-Identifier: GPL-3.0-or-later
"""Render one template for every prospect of a list and coach each message."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from inmail_studio.core.lint.engine import lint
from inmail_studio.core.lint.model import LintResult
from inmail_studio.core.message import Message
from inmail_studio.core.prospects.model import Prospect
from inmail_studio.core.templates import Template


@dataclass(frozen=True)
class Rendered:
    row: int  # 1-based position among the imported prospects
    prospect: Prospect
    subject: str
    body: str
    result: LintResult


def render_all(template: Template, prospects: list[Prospect], extra: Mapping[str, str],
               account: str = "premium") -> Iterator[Rendered]:
    for row, prospect in enumerate(prospects, 1):
        values = {**extra, **prospect.values()}
        subject, body = template.render(values)
        message = Message(kind=template.kind, subject=subject, body=body, language=template.language,
                          account=account, prospect=values)
        yield Rendered(row, prospect, subject, body, lint(message))


def file_name(row: int, prospect: Prospect) -> str:
    """A message file name for one row: its number and the person's name."""
    slug = re.sub(r"[^\w\-]+", "-", prospect.name.lower(), flags=re.UNICODE).strip("-")[:40] or "prospect"
    return f"{row:05d}-{slug}.txt"
