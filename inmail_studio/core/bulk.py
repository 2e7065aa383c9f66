# SPDX-License-Identifier: GPL-3.0-or-later
"""Render one template for every prospect of a list and coach each message (as the window would)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from inmail_studio.core.compose import compose
from inmail_studio.core.lint.engine import lint
from inmail_studio.core.lint.model import LintResult
from inmail_studio.core.prospects.model import Prospect
from inmail_studio.core.settings import Preferences
from inmail_studio.core.templates import Template


@dataclass(frozen=True)
class Rendered:
    """One prospect's message: `row` is the 1-based position among the imported prospects."""

    row: int
    prospect: Prospect
    subject: str
    body: str
    result: LintResult


def render_all(template: Template, prospects: list[Prospect], list_values: Mapping[str, str],
               preferences: Preferences) -> Iterator[Rendered]:
    """Each prospect's message, filled by `compose` (their values over `list_values`) and coached.
    Raises `TemplateError` when the template cannot be filled in."""
    for row, prospect in enumerate(prospects, 1):
        composed = compose(template, prospect.values(), list_values, preferences)
        yield Rendered(row, prospect, composed.subject, composed.body, lint(composed.message))


def file_name(row: int, prospect: Prospect) -> str:
    """A message file name for one row: its number and the person's name."""
    slug = re.sub(r"[^\w\-]+", "-", prospect.name.lower(), flags=re.UNICODE).strip("-")[:40] or "prospect"
    return f"{row:05d}-{slug}.txt"
