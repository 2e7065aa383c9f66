# SPDX-License-Identifier: GPL-3.0-or-later
"""A template's A/B variants: two or more subjects or bodies to compare, as written in the template file.

In the TOML file, after the template's own `subject` and `body`, each variant is a `[[variants]]`
table with a `name` (1–20 letters, digits, `-` or `_`, e.g. "A", "B", "short") and a `subject`, a
`body` or both; what a variant leaves out is the template's own:

    subject = "A question about {{ company }}"
    body = \"\"\"Hi {{ first_name }}, …\"\"\"

    [[variants]]
    name = "A"                       # the template's own subject and body

    [[variants]]
    name = "B"
    subject = "{{ first_name }}, a role in {{ city }}"

A template with variants has at least two, with distinct names; a subject variant needs an InMail
(the other kinds have no subject). Which variant a draft is written from is kept in its values
under VARIANT_KEY (never a template variable: no variable name starts with "@").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from inmail_studio.core.templates.errors import TemplateFieldError

VARIANT_KEY = "@variant"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-]{0,19}$")


@dataclass(frozen=True)
class Variant:
    """One variant: `subject` / `body` None where it uses the template's own."""

    name: str
    subject: str | None = None
    body: str | None = None


def parse_variants(raw: object) -> tuple[Variant, ...]:
    """The `[[variants]]` tables of a template file (a list of tables) as Variants, checked for
    shape only (see `check_variants`); raises TemplateFieldError for anything but tables of strings."""
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(table, dict) for table in raw):
        raise TemplateFieldError("template_file.variants_not_tables")
    found = []
    for table in raw:
        if unknown := sorted(set(table) - {"name", "subject", "body"}):
            raise TemplateFieldError("template_file.variant_unknown_key", key=str(unknown[0]))
        if not all(isinstance(value, str) for value in table.values()):
            raise TemplateFieldError("template_file.variant_not_text")
        found.append(Variant(table.get("name", ""), table.get("subject"), table.get("body")))
    return tuple(found)


def check_variants(template_id: str, kind: str, variants: Sequence[Variant]) -> None:
    """Raise TemplateFieldError (naming the template) unless `variants` is empty or two or more distinct,
    well-named variants, each giving a subject or a body, subjects only for an InMail."""
    if not variants:
        return
    names = [v.name for v in variants]
    if len(variants) < 2:
        raise TemplateFieldError("template_file.too_few_variants", template=template_id)
    if bad := [n for n in names if not _NAME.match(n)]:
        raise TemplateFieldError("template_file.bad_variant_name", template=template_id, name=str(bad[0]))
    if len(set(names)) != len(names):
        raise TemplateFieldError("template_file.variant_twice", template=template_id, name=_first_repeat(names))
    if kind != "inmail" and any(v.subject is not None for v in variants):
        raise TemplateFieldError("template_file.variant_subject_not_inmail", template=template_id)
    if sum(v.subject is None and v.body is None for v in variants) > 1:
        raise TemplateFieldError("template_file.variants_own_text", template=template_id)


def _first_repeat(names: Sequence[str]) -> str:
    seen: set[str] = set()
    for name in names:
        if name in seen:
            return name
        seen.add(name)
    return ""


def variant_text(variants: Sequence[Variant], name: str | None, subject: str, body: str) -> tuple[str, str]:
    """The subject and body of variant `name` (the template's own `subject`, `body` where it gives
    none, and for an unknown or missing name)."""
    for variant in variants:
        if variant.name == name:
            return (subject if variant.subject is None else variant.subject,
                    body if variant.body is None else variant.body)
    return subject, body


def chosen(values: Mapping[str, str]) -> str | None:
    """The variant a draft's values name, if any."""
    return values.get(VARIANT_KEY) or None


def variants_toml(variants: Sequence[Variant], quote: object) -> list[str]:
    """The `[[variants]]` tables for a template file; `quote(text)` makes a TOML string."""
    lines: list[str] = []
    for variant in variants:
        lines += ["", "[[variants]]", f"name = {quote(variant.name)}"]  # type: ignore[operator]
        for key in ("subject", "body"):
            if (value := getattr(variant, key)) is not None:
                lines.append(f"{key} = {quote(value)}")  # type: ignore[operator]
    return lines
