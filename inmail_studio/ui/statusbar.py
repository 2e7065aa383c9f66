# SPDX-License-Identifier: GPL-3.0-or-later
"""The window's status bar: short notes, lasting warnings, and an undo button for a moment."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QStatusBar, QWidget

STATUS_MS = 4000
UNDO_MS = 10000


class StatusBar(QStatusBar):
    """`say()` for what just happened, `warn()` for what stays true until the next message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(True)  # made now, so the first message does not shift the layout
        from inmail_studio.ui.undo import UndoOffer

        self.undo = UndoOffer(self)  # one button, made now and keeping its place: an undo shifts nothing

    @Slot(str)
    def say(self, message: str) -> None:
        self.showMessage(message, STATUS_MS)

    @Slot(str)
    def warn(self, message: str) -> None:
        self.showMessage(message)

    def offer_undo(self, message: str, undo: Callable[[], str]) -> None:
        """Show `message` with the Undo button for UNDO_MS; `undo()` returns what to say after it."""
        self.undo.offer(message, lambda: self.say(undo()))
