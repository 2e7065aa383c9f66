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
from inmail_studio.core.results.variants import deal
from inmail_studio.core.settings import Preferences
from inmail_studio.core.templates import Template
from inmail_studio.core.templates.variants import VARIANT_KEY


@dataclass(frozen=True)
class Rendered:
    """One prospect's message: `row` is the 1-based position among the imported prospects."""

    row: int
    prospect: Prospect
    subject: str
    body: str
    result: LintResult
    variant: str | None = None  # the template's A/B variant this row got, if it has variants


def render_all(template: Template, prospects: list[Prospect], list_values: Mapping[str, str],
               preferences: Preferences, ui_lang: str = "en") -> Iterator[Rendered]:
    """Each prospect's message, filled by `compose` (their values over `list_values`) and coached
    (the coach's texts in `ui_lang`);
    a template with A/B variants deals them out evenly over the rows (core/results/variants.py,
    seeded with the template's id). Raises `TemplateError` when the template cannot be filled in."""
    dealt = deal(template.variant_names, len(prospects), seed=template.id) if template.variants else []
    for row, prospect in enumerate(prospects, 1):
        variant = dealt[row - 1] if dealt else None
        person = {**prospect.values(), VARIANT_KEY: variant} if variant else prospect.values()
        composed = compose(template, person, list_values, preferences)
        yield Rendered(row, prospect, composed.subject, composed.body, lint(composed.message, ui_lang=ui_lang), variant)


def file_name(row: int, prospect: Prospect) -> str:
    """A message file name for one row: its number and the person's name."""
    slug = re.sub(r"[^\w\-]+", "-", prospect.name.lower(), flags=re.UNICODE).strip("-")[:40] or "prospect"
    return f"{row:05d}-{slug}.txt"
