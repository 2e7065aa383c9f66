# SPDX-License-Identifier: GPL-3.0-or-later
"""What the core's problem codes say, in the window's language (through Qt's translations).

The core raises `CoreError`s and reports `Problem`s as codes and values; this is the one place the
window turns them into sentences. Every text is a literal marked with `QT_TRANSLATE_NOOP` (or in
a `translate()` call), so `pyside6-lupdate` finds it; a helper that wraps `translate` hides its
texts from lupdate. The command line has its own table (cli/texts.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from inmail_studio.core.errors import CoreError, Problem


def _t(text: str) -> str:
    """A text marked in the tables below (with QT_TRANSLATE_NOOP, so lupdate finds it), translated."""
    return QCoreApplication.translate("Problems", text)


def _fill(text: str, params: Mapping[str, Any]) -> str:
    """Put `{name}` values into a translated text; a value the text does not use is ignored."""
    out = text
    for key, value in params.items():
        out = out.replace("{" + key + "}", QLocale().toString(value)
                          if isinstance(value, int) and not isinstance(value, bool) else str(value))
    return out


_TEXTS: dict[str, str] = {
    # the database
    "store.disk_full": QT_TRANSLATE_NOOP(
        "Problems", "The disk is full: the draft was not saved. Free some space; your text is still in the window."),
    "store.read_only": QT_TRANSLATE_NOOP(
        "Problems", "The data folder is read-only: the draft was not saved. Your text is still in the window."),
    "store.busy": QT_TRANSLATE_NOOP(
        "Problems", "Another program is using the database: the draft was not saved yet; it will be retried."),
    "store.failed": QT_TRANSLATE_NOOP(
        "Problems", "The draft could not be saved ({detail}). Your text is still in the window."),
    "store.missing": QT_TRANSLATE_NOOP(
        "Problems", "That item no longer exists."),
    "store.failed_read": QT_TRANSLATE_NOOP(
        "Problems", "The data could not be read ({detail})."),
    "store.locked": QT_TRANSLATE_NOOP(
        "Problems", "The database {path} is locked by another program ({detail})."),
    "store.folder_read_only": QT_TRANSLATE_NOOP(
        "Problems", "The data folder of {path} cannot be written ({detail})."),
    "store.folder_unusable": QT_TRANSLATE_NOOP(
        "Problems", "The data folder of {path} cannot be used ({detail})."),
    "store.damaged_unmovable": QT_TRANSLATE_NOOP(
        "Problems", "The database {path} is damaged and could not be moved aside ({detail})."),
    "store.new_failed": QT_TRANSLATE_NOOP(
        "Problems", "A new database could not be created at {path} ({detail})."),
    "store.moved_aside": QT_TRANSLATE_NOOP(
        "Problems", "The database could not be read ({detail}). It was moved aside to {moved} and a new one was "
                    "started; your templates are not affected."),
    "store.unavailable": QT_TRANSLATE_NOOP(
        "Problems", "InMail Studio cannot store anything: {reason_text} No temporary folder could be used either "
                    "({error}).\n\nStart it with --data-dir PATH to use another folder."),
    "store.newer_schema": QT_TRANSLATE_NOOP(
        "Problems", "The database {path} was made by a newer InMail Studio (data version {version}; this one "
                    "reads up to {supported}). Update InMail Studio to open it; the file was left as it is."),
    "store.migration_failed": QT_TRANSLATE_NOOP(
        "Problems", "The database {path} could not be brought up to date ({detail}). It was left as it was; "
                    "free some disk space or update InMail Studio, then try again."),
    # templates
    "template.too_long": QT_TRANSLATE_NOOP(
        "Problems", "The template is over {limit} characters."),
    "template.syntax": QT_TRANSLATE_NOOP(
        "Problems", "line {line}: {detail}"),
    "template.nested": QT_TRANSLATE_NOOP(
        "Problems", "The template is nested too deeply."),
    "template.loops_nested": QT_TRANSLATE_NOOP(
        "Problems", "Loops are nested {depth} deep; at most {limit} are allowed."),
    "template.output_too_long": QT_TRANSLATE_NOOP(
        "Problems", "The filled-in text would be over {limit} characters."),
    "template.too_slow": QT_TRANSLATE_NOOP(
        "Problems", "Filling in the template took too long and was stopped."),
    "template.memory": QT_TRANSLATE_NOOP(
        "Problems", "The template needs too much memory."),
    "template.unknown_filter": QT_TRANSLATE_NOOP(
        "Problems", "There is no filter named {name}."),
    "template.unknown_test": QT_TRANSLATE_NOOP(
        "Problems", "There is no test named {name}."),
    "template.filter_by_value": QT_TRANSLATE_NOOP(
        "Problems", "A filter is named in a template (map(\"upper\")), not given as a value."),
    "template.test_by_value": QT_TRANSLATE_NOOP(
        "Problems", "A test is named in a template (select(\"odd\")), not given as a value."),
    "template.not_allowed": QT_TRANSLATE_NOOP(
        "Problems", "Not allowed in a template: {detail}"),
    "template.python_object": QT_TRANSLATE_NOOP(
        "Problems", "A template may print text and numbers, not Python objects."),
    "template.failed": QT_TRANSLATE_NOOP(
        "Problems", "The template could not be filled in: {detail}"),
    "template.range_too_long": QT_TRANSLATE_NOOP(
        "Problems", "range() of more than {limit} items is not allowed in a template."),
    "template.width_from_value": QT_TRANSLATE_NOOP(
        "Problems", "A width or precision taken from a value is not allowed in a template."),
    "template.bad_format": QT_TRANSLATE_NOOP(
        "Problems", "Bad format text: {detail}"),
    "template.not_available": QT_TRANSLATE_NOOP(
        "Problems", "{name} is not available in a template."),
    "template.too_many_parts": QT_TRANSLATE_NOOP(
        "Problems", "More than {limit} parts is not allowed in a template."),
    "template.number_too_large": QT_TRANSLATE_NOOP(
        "Problems", "A number too large for a template."),
    "template_file.invalid": QT_TRANSLATE_NOOP(
        "Problems", "{source}: not a valid template file ({detail})"),
    "template_file.missing_key": QT_TRANSLATE_NOOP(
        "Problems", "{source}: the template has no “{key}”"),
    "template_file.bad_value": QT_TRANSLATE_NOOP(
        "Problems", "{source}: {detail}"),
    "template_file.unreadable": QT_TRANSLATE_NOOP(
        "Problems", "{source}: cannot be read ({detail})"),
    "template_file.not_utf8": QT_TRANSLATE_NOOP(
        "Problems", "{source}: the file is not UTF-8 text; save it as UTF-8"),
    "template_file.too_deep": QT_TRANSLATE_NOOP(
        "Problems", "{source}: lists or tables are nested too deeply"),
    "template_file.not_text": QT_TRANSLATE_NOOP(
        "Problems", "{source}: “{key}” must be text"),
    "template_file.not_list": QT_TRANSLATE_NOOP(
        "Problems", "{source}: “{key}” must be a list of texts"),
    "template_file.not_table": QT_TRANSLATE_NOOP(
        "Problems", "{source}: “{key}” must be a table of names and texts"),
    "template_file.bad_id": QT_TRANSLATE_NOOP(
        "Problems", "{source}: the template id “{template}” may hold only lower-case letters, digits and dashes"),
    "template_file.bad_choice": QT_TRANSLATE_NOOP(
        "Problems", "{source}: template {template}: “{field}” must be one of {allowed}"),
    "template_file.bad_dmu_role": QT_TRANSLATE_NOOP(
        "Problems", "{source}: template {template}: “{role}” is not a DMU role"),
    "template_file.bad_campaign_field": QT_TRANSLATE_NOOP(
        "Problems", "{source}: template {template}: list-wide field “{name}” is not a variable name"),
    "template_file.campaign_not_list": QT_TRANSLATE_NOOP(
        "Problems", "{source}: “campaign” must be a list of variable names"),
    "template_file.variants_not_tables": QT_TRANSLATE_NOOP(
        "Problems", "{source}: variants must be [[variants]] tables"),
    "template_file.variant_unknown_key": QT_TRANSLATE_NOOP(
        "Problems", "{source}: a variant has an unknown key “{key}” (use name, subject, body)"),
    "template_file.variant_not_text": QT_TRANSLATE_NOOP(
        "Problems", "{source}: a variant's name, subject and body must be text"),
    "template_file.too_few_variants": QT_TRANSLATE_NOOP(
        "Problems", "{source}: template {template}: give two or more variants, or none"),
    "template_file.bad_variant_name": QT_TRANSLATE_NOOP(
        "Problems", "{source}: template {template}: variant name “{name}”: use up to 20 letters, digits and dashes"),
    "template_file.variant_twice": QT_TRANSLATE_NOOP(
        "Problems", "{source}: template {template}: two variants are both called “{name}”"),
    "template_file.variant_subject_not_inmail": QT_TRANSLATE_NOOP(
        "Problems", "{source}: template {template}: only an InMail has a subject to vary"),
    "template_file.variants_own_text": QT_TRANSLATE_NOOP(
        "Problems", "{source}: template {template}: only one variant may keep the template's own text"),
    # importing prospects
    "import.binary": QT_TRANSLATE_NOOP(
        "Problems", "This is not a CSV file: it contains binary data."),
    "import.cannot_open": QT_TRANSLATE_NOOP(
        "Problems", "{file} cannot be opened: {detail}"),
    "import.empty": QT_TRANSLATE_NOOP(
        "Problems", "{file} is empty."),
    "import.no_header": QT_TRANSLATE_NOOP(
        "Problems", "This does not look like a CSV file: no header row with column names was found."),
    "import.cannot_decode": QT_TRANSLATE_NOOP(
        "Problems", "{file} cannot be decoded as text ({detail})."),
}
# The system's commonest refusals by their name (a problem's "errno"), as the command line words them
# (cli/words.py WORDS "errno.…"); any other stays in the system's own words (its "detail").
_SYSTEM_ERRORS: dict[str, str] = {
    "ENOENT": QT_TRANSLATE_NOOP("Problems", "No such file or directory"),
    "EACCES": QT_TRANSLATE_NOOP("Problems", "Permission denied"),
    "EPERM": QT_TRANSLATE_NOOP("Problems", "Operation not permitted"),
    "EISDIR": QT_TRANSLATE_NOOP("Problems", "Is a directory"),
    "ENOTDIR": QT_TRANSLATE_NOOP("Problems", "Not a directory"),
    "ENOSPC": QT_TRANSLATE_NOOP("Problems", "No space left on device"),
    "EROFS": QT_TRANSLATE_NOOP("Problems", "Read-only file system"),
    "EEXIST": QT_TRANSLATE_NOOP("Problems", "File exists"),
}
_BAD_ROWS: dict[str, str] = {
    "not_csv": QT_TRANSLATE_NOOP(
        "Problems", "cannot be read as CSV ({detail})"),
    "line_too_long": QT_TRANSLATE_NOOP(
        "Problems", "is over {limit} characters long (no line break?)"),
    "unclosed_quote": QT_TRANSLATE_NOOP(
        "Problems", "opens a quote (\") that is never closed"),
    "too_many_cells": QT_TRANSLATE_NOOP(
        "Problems", "has {cells} cells; the header has {width}"),
    "cell_too_long": QT_TRANSLATE_NOOP(
        "Problems", "a cell is over {limit} characters"),
    "no_name": QT_TRANSLATE_NOOP(
        "Problems", "has no name"),
    "same_url_other_name": QT_TRANSLATE_NOOP(
        "Problems", "has the profile URL of line {first_line} ({name}) but another name"),
}


def bad_row(row: Any) -> str:
    """Why an imported row was skipped (a `BadRow`), without its line number."""
    text = _BAD_ROWS.get(row.reason)
    return _fill(_t(text), row.params) if text else row.reason


def describe(problem: Problem | CoreError) -> str:
    """The sentence for a problem; an unknown code shows as itself (a missing text, not a crash). A
    problem naming a system error (param "errno", e.g. "ENOENT") has its `detail` translated."""
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
    if (system := _SYSTEM_ERRORS.get(str(params.get("errno")))) is not None:
        params["detail"] = _t(system)
    text = _TEXTS.get(problem.code)
    return _fill(_t(text), params) if text else problem.code


def _temporary_folder(params: dict[str, Any]) -> str:
    reason = describe(Problem(str(params.pop("reason", "")), params))
    if params.get("copied"):
        kept = QCoreApplication.translate("Problems", "A copy of your drafts is kept in {folder} for this session; "
                                          "copy anything you need before "
                  "closing, or fix the folder and restart.")
    else:
        kept = QCoreApplication.translate("Problems", "Drafts are kept in {folder} for this session; copy "
                                          "anything you need before closing, or fix "
                  "the folder and restart.")
    return f"{reason} {_fill(kept, params)}"


def draft_title(title: str) -> str:
    """A draft's display title, or the window's word for a draft with no text yet."""
    return title or QCoreApplication.translate("Drafts", "Untitled draft")


def describe_any(exc: BaseException) -> str:
    """An error's words for the user: the core's by code, anything else by its own text."""
    return describe(exc) if isinstance(exc, CoreError) else str(exc)
