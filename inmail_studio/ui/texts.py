# SPDX-License-Identifier: GPL-3.0-or-later
"""What the core's problem codes say, in the window's language (through Qt's translations).

The core raises `CoreError`s and reports `Problem`s as codes and values; this is the one place the
window turns them into sentences. Every text is a literal in a `translate()` call, so
`pyside6-lupdate` finds it. The command line has its own table (cli/texts.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from inmail_studio.core.errors import CoreError, Problem


def _t(text: str) -> str:
    return QCoreApplication.translate("Problems", text)


def _fill(text: str, params: Mapping[str, Any]) -> str:
    """Put `{name}` values into a translated text; a value the text does not use is ignored."""
    out = text
    for key, value in params.items():
        out = out.replace("{" + key + "}", f"{value:,}" if isinstance(value, int) and not isinstance(value, bool)
                          else str(value))
    return out


_TEXTS: dict[str, Callable[[], str]] = {
    # the database
    "store.disk_full": lambda: _t("The disk is full: the draft was not saved. Free some space; your text is "
                                  "still in the window."),
    "store.read_only": lambda: _t("The data folder is read-only: the draft was not saved. Your text is still "
                                  "in the window."),
    "store.busy": lambda: _t("Another program is using the database: the draft was not saved yet; it will be "
                             "retried."),
    "store.failed": lambda: _t("The draft could not be saved ({detail}). Your text is still in the window."),
    "store.missing": lambda: _t("That item no longer exists."),
    "store.failed_read": lambda: _t("The data could not be read ({detail})."),
    "store.locked": lambda: _t("The database {path} is locked by another program ({detail})."),
    "store.folder_read_only": lambda: _t("The data folder of {path} cannot be written ({detail})."),
    "store.folder_unusable": lambda: _t("The data folder of {path} cannot be used ({detail})."),
    "store.damaged_unmovable": lambda: _t("The database {path} is damaged and could not be moved aside "
                                          "({detail})."),
    "store.new_failed": lambda: _t("A new database could not be created at {path} ({detail})."),
    "store.moved_aside": lambda: _t("The database could not be read ({detail}). It was moved aside to {moved} "
                                    "and a new one was started; your templates are not affected."),
    "store.unavailable": lambda: _t("InMail Studio cannot store anything: {reason_text} No temporary folder "
                                    "could be used either ({error}).\n\nStart it with --data-dir PATH to use "
                                    "another folder."),
    # templates
    "template.too_long": lambda: _t("The template is over {limit} characters."),
    "template.syntax": lambda: _t("line {line}: {detail}"),
    "template.nested": lambda: _t("The template is nested too deeply."),
    "template.loops_nested": lambda: _t("Loops are nested {depth} deep; at most {limit} are allowed."),
    "template.output_too_long": lambda: _t("The filled-in text would be over {limit} characters."),
    "template.too_slow": lambda: _t("Filling in the template took too long and was stopped."),
    "template.memory": lambda: _t("The template needs too much memory."),
    "template.unknown_filter": lambda: _t("There is no filter named {name}."),
    "template.unknown_test": lambda: _t("There is no test named {name}."),
    "template.filter_by_value": lambda: _t("A filter is named in a template (map(\"upper\")), not given as a value."),
    "template.test_by_value": lambda: _t("A test is named in a template (select(\"odd\")), not given as a value."),
    "template.not_allowed": lambda: _t("Not allowed in a template: {detail}"),
    "template.python_object": lambda: _t("A template may print text and numbers, not Python objects."),
    "template.failed": lambda: _t("The template could not be filled in: {detail}"),
    "template.range_too_long": lambda: _t("range() of more than {limit} items is not allowed in a template."),
    "template.width_from_value": lambda: _t("A width or precision taken from a value is not allowed in a "
                                            "template."),
    "template.bad_format": lambda: _t("Bad format text: {detail}"),
    "template.not_available": lambda: _t("{name} is not available in a template."),
    "template.too_many_parts": lambda: _t("More than {limit} parts is not allowed in a template."),
    "template.number_too_large": lambda: _t("A number too large for a template."),
    "template_file.invalid": lambda: _t("{source}: not a valid template file ({detail})"),
    "template_file.missing_key": lambda: _t("{source}: the template has no “{key}”"),
    "template_file.bad_value": lambda: _t("{source}: {detail}"),
    "template_file.unreadable": lambda: _t("{source}: {detail}"),
    # importing prospects
    "import.binary": lambda: _t("This is not a CSV file: it contains binary data."),
    "import.cannot_open": lambda: _t("{file} cannot be opened: {detail}"),
    "import.empty": lambda: _t("{file} is empty."),
    "import.no_header": lambda: _t("This does not look like a CSV file: no header row with column names was "
                                   "found."),
    "import.cannot_decode": lambda: _t("{file} cannot be decoded as text ({detail})."),
}
_BAD_ROWS: dict[str, Callable[[], str]] = {
    "not_csv": lambda: _t("cannot be read as CSV ({detail})"),
    "line_too_long": lambda: _t("is over {limit} characters long (no line break?)"),
    "too_many_cells": lambda: _t("has {cells} cells; the header has {width}"),
    "cell_too_long": lambda: _t("a cell is over {limit} characters"),
    "no_name": lambda: _t("has no name"),
    "same_url_other_name": lambda: _t("has the profile URL of line {first_line} ({name}) but another name"),
}


def bad_row(row: Any) -> str:
    """Why an imported row was skipped (a `BadRow`), without its line number."""
    text = _BAD_ROWS.get(row.reason)
    return _fill(text(), row.params) if text else row.reason


def describe(problem: Problem | CoreError) -> str:
    """The sentence for a problem; an unknown code shows as itself (a missing text, not a crash)."""
    if isinstance(problem, CoreError):
        problem = problem.problem
    params = dict(problem.params)
    if problem.code == "store.temporary_folder":
        return _temporary_folder(params)
    reason = params.pop("reason", None)
    if isinstance(reason, str):
        params["reason_text"] = describe(Problem(reason, params))
    if problem.code == "template.syntax" and "line" not in params:
        return str(params.get("detail", ""))
    text = _TEXTS.get(problem.code)
    return _fill(text(), params) if text else problem.code


def _temporary_folder(params: dict[str, Any]) -> str:
    reason = describe(Problem(str(params.pop("reason", "")), params))
    if params.get("copied"):
        kept = _t("A copy of your drafts is kept in {folder} for this session; copy anything you need before "
                  "closing, or fix the folder and restart.")
    else:
        kept = _t("Drafts are kept in {folder} for this session; copy anything you need before closing, or fix "
                  "the folder and restart.")
    return f"{reason} {_fill(kept, params)}"


def draft_title(title: str) -> str:
    """A draft's display title, or the window's word for a draft with no text yet."""
    return title or QCoreApplication.translate("Drafts", "Untitled draft")


def describe_any(exc: BaseException) -> str:
    """An error's words for the user: the core's by code, anything else by its own text."""
    return describe(exc) if isinstance(exc, CoreError) else str(exc)
