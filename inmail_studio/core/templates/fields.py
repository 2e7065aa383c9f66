# SPDX-License-Identifier: GPL-3.0-or-later
"""A template file's fields checked for type before a Template is made of them, so that a field
of the wrong type (`title = 3`, `dmu = 3`, `sample = 3`) is refused with a code, never with
Python's own words or a crash further on (sorting the library by title, say)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from inmail_studio.core.templates.errors import TemplateFieldError

REQUIRED_TEXT = ("id", "title", "kind", "language", "body")
# optional text fields and what a file without them means
OPTIONAL_TEXT = {"description": "", "subject": "", "goal": "networking", "phase": ""}


def _text(data: Mapping[str, Any], key: str, default: str | None = None) -> str:
    """`data[key]` as text; KeyError when missing without a default, TemplateFieldError
    "template_file.not_text" (key) when it is anything but a string."""
    value = data[key] if default is None else data.get(key, default)
    if not isinstance(value, str):
        raise TemplateFieldError("template_file.not_text", key=key)
    return value


def _texts(data: Mapping[str, Any], key: str) -> tuple[str, ...]:
    """`data[key]`, a list of strings (none when missing); TemplateFieldError
    "template_file.not_list" (key) for anything else."""
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise TemplateFieldError("template_file.not_list", key=key)
    return tuple(value)


def _sample(data: Mapping[str, Any]) -> dict[str, str]:
    """`[sample]`: a table of texts (a whole or decimal number is read as its text); TemplateFieldError
    "template_file.not_table" (key) for anything but a table, "template_file.not_text" (key
    "sample.NAME") for a value that is a list, table, date or true/false."""
    value = data.get("sample", {})
    if not isinstance(value, dict):
        raise TemplateFieldError("template_file.not_table", key="sample")
    sample = {}
    for name, item in value.items():
        if isinstance(item, bool) or not isinstance(item, str | int | float):
            raise TemplateFieldError("template_file.not_text", key=f"sample.{name}")
        sample[str(name)] = str(item)
    return sample


def checked_fields(data: Mapping[str, Any]) -> dict[str, Any]:
    """The text, list and table fields of a parsed template file, as Template's keyword arguments
    (id, title, kind, language, body, description, subject, goal, phase, dmu, sample); `campaign`
    and `variants` are checked where they are read. Raises KeyError for a missing required field and
    TemplateFieldError ("template_file.not_text", "not_list", "not_table"; key) for a wrong type."""
    fields: dict[str, Any] = {key: _text(data, key) for key in REQUIRED_TEXT}
    fields.update({key: _text(data, key, default) for key, default in OPTIONAL_TEXT.items()})
    fields["dmu"] = _texts(data, "dmu")
    fields["sample"] = _sample(data)
    return fields
