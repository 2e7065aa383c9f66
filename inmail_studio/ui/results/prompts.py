# SPDX-License-Identifier: GPL-3.0-or-later
"""The question asked before an InMail is marked sent with no credits left (as this app counts them)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from inmail_studio.core.results.credits import Ledger, ask_before_sending
from inmail_studio.ui import dialogs
from inmail_studio.ui.results import texts


def confirm_inmail_send(parent: QWidget | None, book: Ledger) -> bool:
    """True when the InMail may be marked sent: credits are left, or the user says so at zero."""
    if not ask_before_sending(book):
        return True
    p = texts.PHRASES
    return dialogs.ask_yes_no(parent, texts.tr(p["zero-title"]), texts.fill(texts.tr(p["zero-text"]),
                              balance=book.balance), texts.tr(p["zero-yes"]), texts.tr(p["zero-no"]))
