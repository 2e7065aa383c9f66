# SPDX-License-Identifier: GPL-3.0-or-later
"""unfilled-placeholder: a mail-merge field or stand-in left in the text."""

from __future__ import annotations

from collections.abc import Iterator

from inmail_studio.core.lint.context import LintContext, rule
from inmail_studio.core.lint.facts.placeholders import JINJA_VARIABLE, NAME_FIELDS, NON_DETAIL_FIELDS
from inmail_studio.core.lint.model import Finding

# rules/personal.py reads these from here.
_JINJA_VARIABLE = JINJA_VARIABLE
__all__ = ["NAME_FIELDS", "NON_DETAIL_FIELDS", "_JINJA_VARIABLE", "unfilled_placeholder"]


@rule("unfilled-placeholder")
def unfilled_placeholder(ctx: LintContext) -> Iterator[Finding]:
    for p in ctx.placeholders:
        yield ctx.finding("placeholder", p.field, p.start, p.end, match=p.text)
