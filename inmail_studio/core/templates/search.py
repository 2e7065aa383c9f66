# SPDX-License-Identifier: GPL-3.0-or-later
"""Find templates as the user types: every word must appear in the title, description, tags or text."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from inmail_studio.core.templates.library import Template


def _fold(text: str) -> str:
    """Lower-case without accents, so "zoe" finds "Zoë" and "een" finds "éen"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class TemplateFilter:
    query: str = ""
    kind: str = ""
    language: str = ""
    goal: str = ""
    dmu: str = ""
    phase: str = ""

    def accepts(self, template: Template) -> bool:
        if self.kind and template.kind != self.kind:
            return False
        if self.language and template.language != self.language:
            return False
        if self.goal and template.goal != self.goal:
            return False
        if self.dmu and self.dmu not in template.dmu:
            return False
        if self.phase and template.phase != self.phase:
            return False
        words = _fold(self.query).split()
        if not words:
            return True
        haystack = _fold(" ".join((template.title, template.description, " ".join(template.tags),
                                   template.kind.replace("_", " "), template.subject, template.body)))
        return all(word in haystack for word in words)


def filter_templates(templates: Iterable[Template], criteria: TemplateFilter) -> list[Template]:
    return [t for t in templates if criteria.accepts(t)]
