# SPDX-License-Identifier: GPL-3.0-or-later
"""Template errors as codes and values, cleaned of Python internals where they leave the sandbox.

Codes (params): "template.too_long" (limit), "template.syntax" (detail, line), "template.nested",
"template.loops_nested" (depth, limit), "template.output_too_long" (limit), "template.too_slow",
"template.memory", "template.unknown_filter" (name), "template.unknown_test" (name),
"template.filter_by_value", "template.test_by_value" (a value given where a filter's or test's name goes),
"template.not_allowed" (detail), "template.python_object", "template.failed" (detail);
template files: "template_file.invalid" (source, detail: the TOML parser's words),
"template_file.too_deep" (source), "template_file.missing_key" (source, key),
"template_file.not_utf8" (source), "template_file.unreadable" (source, detail: the system's words,
errno: its name, e.g. "EACCES", or ""), "template_file.bad_value" (source, detail; a last resort no
known file reaches), and the checks of a template's fields (`TemplateFieldError`, raised with
`template` = its id where the check knows it, and reported with `source` added):
"template_file.not_text" (key; "sample.NAME" for a sample value), "template_file.not_list" (key),
"template_file.not_table" (key), "template_file.bad_id", "template_file.bad_choice" (field, allowed),
"template_file.bad_dmu_role" (role), "template_file.bad_campaign_field" (name),
"template_file.campaign_not_list", "template_file.variants_not_tables", "template_file.variant_unknown_key"
(key), "template_file.variant_not_text", "template_file.too_few_variants", "template_file.bad_variant_name"
(name), "template_file.variant_twice" (name), "template_file.variant_subject_not_inmail",
"template_file.variants_own_text".
"""

from __future__ import annotations

import re
from typing import Any

from inmail_studio.core.errors import CoreError

# A Python object's repr or a memory address, as Jinja puts them into its messages.
_REPR = re.compile(r"<[^<>]*?(?:\bat 0x[0-9a-fA-F]+|\bobject\b|\bfunction\b|\bmethod\b|\bclass\b|\bmodule\b)[^<>]*>"
                   r"|\b0x[0-9a-fA-F]{6,}\b")
_UNKNOWN = re.compile(r"^no (filter|test) named '([A-Za-z_][A-Za-z0-9_]*)'\.?$", re.IGNORECASE)
_NAMED_BY_OBJECT = re.compile(r"^no (filter|test) named ", re.IGNORECASE)


class TemplateFieldError(ValueError):
    """A template field that breaks a rule of the file format, as a code and values (see the module
    docstring); a ValueError, so a caller checking a template it built itself may catch either."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code, self.params = code, params
        super().__init__(f"{code} ({', '.join(f'{k}={v}' for k, v in params.items())})")


class TemplateError(CoreError):
    """A template that cannot be rendered; `line` is the template line (1-based) when known."""

    def __init__(self, code: str, line: int | None = None, **params: Any) -> None:
        if line is not None:
            params["line"] = line
        super().__init__(code, **params)
        self.line = line


class TemplateFileError(CoreError):
    """A template file that cannot be read; `params["source"]` is its file name."""


def clean(detail: str) -> str:
    """Jinja's or Python's words with every object repr and memory address replaced by "…"."""
    return _REPR.sub("…", detail).strip()


def from_jinja(detail: str, line: int | None = None, code: str = "template.failed") -> TemplateError:
    """The TemplateError for a message from Jinja2 or Python, never carrying an object's repr."""
    detail = (detail or "").strip()
    unknown = _UNKNOWN.match(detail)
    if unknown:
        return TemplateError(f"template.unknown_{unknown.group(1).lower()}", line, name=unknown.group(2))
    named = _NAMED_BY_OBJECT.match(detail)
    if named:  # `map(f)` with a function for a name: say which kind of name, not what the object is
        return TemplateError(f"template.{named.group(1).lower()}_by_value", line)
    return TemplateError(code, line, detail=clean(detail))
