# SPDX-License-Identifier: GPL-3.0-or-later
"""What the core's problem codes say on the command line (English; the window has its own table,
ui/texts.py, translated through Qt)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from inmail_studio.core.errors import CoreError, Problem

TEXTS: dict[str, str] = {
    "store.disk_full": "The disk is full: nothing was written.",
    "store.read_only": "The data folder is read-only: nothing was written.",
    "store.busy": "Another program is using the database: nothing was written; try again.",
    "store.failed": "Nothing was written ({detail}).",
    "store.missing": "That item no longer exists.",
    "store.failed_read": "The data could not be read ({detail}).",
    "store.locked": "The database {path} is locked by another program ({detail}).",
    "store.folder_read_only": "The data folder of {path} cannot be written ({detail}).",
    "store.folder_unusable": "The data folder of {path} cannot be used ({detail}).",
    "store.damaged_unmovable": "The database {path} is damaged and could not be moved aside ({detail}).",
    "store.new_failed": "A new database could not be created at {path} ({detail}).",
    "store.moved_aside": ("The database could not be read ({detail}). It was moved aside to "
                          "{moved} and a new one was started; your templates are not affected."),
    "store.unavailable": ("InMail Studio cannot store anything: {reason_text} No temporary "
                          "folder could be used either ({error})."),
    "store.newer_schema": ("The database {path} was made by a newer InMail Studio (data version {version}; "
                           "this one reads up to {supported}). Update InMail Studio to open it; the file "
                           "was left as it is."),
    "store.migration_failed": ("The database {path} could not be brought up to date ({detail}). It was left "
                               "as it was; free some disk space or update InMail Studio, then try again."),
    "template.too_long": "The template is over {limit} characters.",
    "template.syntax": "line {line}: {detail}",
    "template.nested": "The template is nested too deeply.",
    "template.loops_nested": "Loops are nested {depth} deep; at most {limit} are allowed.",
    "template.output_too_long": "The filled-in text would be over {limit} characters.",
    "template.too_slow": "Filling in the template took too long and was stopped.",
    "template.memory": "The template needs too much memory.",
    "template.unknown_filter": "There is no filter named {name}.",
    "template.unknown_test": "There is no test named {name}.",
    "template.filter_by_value": "A filter is named in a template (map(\"upper\")), not given as a value.",
    "template.test_by_value": "A test is named in a template (select(\"odd\")), not given as a value.",
    "template.not_allowed": "Not allowed in a template: {detail}",
    "template.python_object": "A template may print text and numbers, not Python objects.",
    "template.failed": "The template could not be filled in: {detail}",
    "template.range_too_long": "range() of more than {limit} items is not allowed in a template.",
    "template.width_from_value": "A width or precision taken from a value is not allowed in a template.",
    "template.bad_format": "Bad format text: {detail}",
    "template.not_available": "{name} is not available in a template.",
    "template.too_many_parts": "More than {limit} parts is not allowed in a template.",
    "template.number_too_large": "A number too large for a template.",
    "template_file.invalid": "{source}: not a valid template file ({detail})",
    "template_file.missing_key": "{source}: the template has no “{key}”",
    "template_file.bad_value": "{source}: {detail}",
    "template_file.unreadable": "{source}: {detail}",
    "import.binary": "This is not a CSV file: it contains binary data.",
    "import.cannot_open": "{file} cannot be opened: {detail}",
    "import.empty": "{file} is empty.",
    "import.no_header": "This does not look like a CSV file: no header row with column names was found.",
    "import.cannot_decode": "{file} cannot be decoded as text ({detail}).",
    "store.temporary_folder": "{reason_text} Using a temporary folder, {folder}, for now.",
    "cli.temporary_write": "{reason_text} Nothing was written: the change would go to a temporary copy and be lost.",
    "cli.temporary_read": "{reason_text} Showing a temporary copy of your data.",
    "cli.temporary_empty": "{reason_text} Your data could not be read, so nothing is shown.",
    "cli.unexpected": "an unexpected error stopped the command: {detail}",
}
BAD_ROWS: dict[str, str] = {
    "not_csv": "cannot be read as CSV ({detail})",
    "line_too_long": "is over {limit} characters long (no line break?)",
    "unclosed_quote": "opens a quote (\") that is never closed",
    "too_many_cells": "has {cells} cells; the header has {width}",
    "cell_too_long": "a cell is over {limit} characters",
    "no_name": "has no name",
    "same_url_other_name": "has the profile URL of line {first_line} ({name}) but another name",
}


def _fill(text: str, params: Mapping[str, Any]) -> str:
    out = text
    for key, value in params.items():
        shown = f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else str(value)
        out = out.replace("{" + key + "}", shown)
    return out


def describe(problem: Problem | CoreError) -> str:
    """The sentence for a problem; an unknown code shows as itself."""
    if isinstance(problem, CoreError):
        problem = problem.problem
    params = dict(problem.params)
    reason = params.pop("reason", None)
    if isinstance(reason, str):
        params["reason_text"] = describe(Problem(reason, params))
    if problem.code == "template.syntax" and "line" not in params:
        return str(params.get("detail", ""))
    text = TEXTS.get(problem.code)
    return _fill(text, params) if text else problem.code


def bad_row(row: Any) -> str:
    """Why an imported row (a `BadRow`) was skipped."""
    text = BAD_ROWS.get(row.reason)
    return _fill(text, row.params) if text else row.reason
