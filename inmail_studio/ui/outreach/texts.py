# SPDX-License-Identifier: GPL-3.0-or-later
"""The outreach log's codes in the window's language (context "Outreach"): outcomes, warnings, times."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale

from inmail_studio.core.outreach.export_rows import BadRow
from inmail_studio.core.outreach.query import NO_REPLY
from inmail_studio.ui.labels import KINDS, label

CONTEXT = "Outreach"

OUTCOMES = {
    "pending": QT_TRANSLATE_NOOP("Outreach", "Pending"),
    NO_REPLY: QT_TRANSLATE_NOOP("Outreach", "No reply"),
    "replied": QT_TRANSLATE_NOOP("Outreach", "Replied"),
    "accepted": QT_TRANSLATE_NOOP("Outreach", "Accepted"),
    "declined": QT_TRANSLATE_NOOP("Outreach", "Declined"),
}
SOURCES = {
    "app": QT_TRANSLATE_NOOP("Outreach", "InMail Studio"),
    "linkedin-export": QT_TRANSLATE_NOOP("Outreach", "LinkedIn data export"),
}
EXPORT_PROBLEMS = {
    "not-found": QT_TRANSLATE_NOOP("Outreach", "{detail} does not exist."),
    "not-an-export": QT_TRANSLATE_NOOP("Outreach", "{detail} is not a folder or .zip from LinkedIn."),
    "no-export-files": QT_TRANSLATE_NOOP("Outreach", "{detail} holds neither Invitations.csv nor messages.csv."),
    "missing-columns": QT_TRANSLATE_NOOP("Outreach", "A file lacks the columns it needs ({detail})."),
    "unreadable": QT_TRANSLATE_NOOP("Outreach", "A file of the export cannot be read ({detail})."),
}

LOG_PROBLEMS = {
    "unknown-item": QT_TRANSLATE_NOOP("Outreach", "That message is no longer in the log."),
    "unknown-outcome": QT_TRANSLATE_NOOP("Outreach", "That is not an outcome the log knows."),
    "unknown-kind": QT_TRANSLATE_NOOP("Outreach", "That is not a kind of message the log knows."),
    "no-outcome-to-undo": QT_TRANSLATE_NOOP("Outreach", "There is no change to undo for this message."),
    "outcome-not-for-kind": QT_TRANSLATE_NOOP("Outreach", "Only a connection request can be accepted."),
    "outcome-before-sent": QT_TRANSLATE_NOOP("Outreach", "That time is before the message was sent."),
}
BAD_ROWS = {
    "unreadable": QT_TRANSLATE_NOOP("Outreach", "{file}, line {line}: not readable as CSV"),
    "too-long": QT_TRANSLATE_NOOP("Outreach", "{file}, line {line}: over 1,000,000 characters long"),
    "bad-date": QT_TRANSLATE_NOOP("Outreach", "{file}, line {line}: not a date: {value}"),
    "no-person": QT_TRANSLATE_NOOP("Outreach", "{file}, line {line}: nobody named"),
    "bad-direction": QT_TRANSLATE_NOOP("Outreach", "{file}, line {line}: neither OUTGOING nor INCOMING: {value}"),
}


def tr(text: str, n: int = -1) -> str:
    """`text` (a literal marked where it is defined) in the window's language; `n` for %n plurals."""
    return QCoreApplication.translate(CONTEXT, text, None, n)


def outcome_label(code: str) -> str:
    return tr(OUTCOMES[code]) if code in OUTCOMES else code


def kind_label(code: str) -> str:
    return label(KINDS, code)


def source_label(code: str) -> str:
    return tr(SOURCES[code]) if code in SOURCES else code


def when(moment: datetime | None) -> str:
    """A time in the window's locale, short form, in local time ("" for None)."""
    if moment is None:
        return ""
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def day(moment: datetime) -> str:
    """A calendar day in the window's locale, short form."""
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).date(),
                              QLocale.FormatType.ShortFormat)


def bad_row_text(bad: BadRow) -> str:
    """A skipped row of the export: where, and why."""
    text = tr(BAD_ROWS.get(bad.code, BAD_ROWS["unreadable"]))
    return text.replace("{file}", bad.file).replace("{line}", str(bad.line)).replace("{value}", bad.value)


def problem_text(exc: BaseException) -> str:
    """A refused log action (LogError, by its code) or a store error, in words."""
    from inmail_studio.core.outreach.log import LogError
    from inmail_studio.ui.texts import describe_any

    if isinstance(exc, LogError):
        return tr(LOG_PROBLEMS.get(exc.code, LOG_PROBLEMS["unknown-item"]))
    return describe_any(exc)


def export_problem(code: str, detail: str) -> str:
    return tr(EXPORT_PROBLEMS.get(code, EXPORT_PROBLEMS["unreadable"])).replace("{detail}", detail)
