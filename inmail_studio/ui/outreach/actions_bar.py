# SPDX-License-Identifier: GPL-3.0-or-later
"""The row of buttons under the Sent tab's table: outcomes, undo, forget, the count, import and export."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from inmail_studio.core.outreach.log import OutreachLog
from inmail_studio.core.outreach.model import LogItem
from inmail_studio.ui.outreach.importing import ImportButton
from inmail_studio.ui.translations import Retranslating

OUTCOME_BUTTONS = ("replied", "accepted", "declined", "pending")


class SentActionsBar(Retranslating, QWidget):
    """`sig_outcome_chosen(outcome)` when an outcome button is pressed; the other buttons are
    public for the tab to connect. `show_for(item, can_undo)` enables what applies."""

    sig_outcome_chosen = Signal(str)

    def __init__(self, log: OutreachLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons = {code: QPushButton() for code in OUTCOME_BUTTONS}
        self.undo_button, self.forget_button, self.export_button = QPushButton(), QPushButton(), QPushButton()
        self.import_button = ImportButton(log)
        self.count = QLabel()
        self._shown = 0
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in self.buttons.values():
            layout.addWidget(button)
            button.clicked.connect(self._on_outcome_clicked)
        for widget in (self.undo_button, self.forget_button):
            layout.addWidget(widget)
        keep_place = self.undo_button.sizePolicy()
        keep_place.setRetainSizeWhenHidden(True)  # showing it moves no other button
        self.undo_button.setSizePolicy(keep_place)
        layout.addStretch(1)
        for widget in (self.count, self.import_button, self.export_button):
            layout.addWidget(widget)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {"replied": self.tr("Replied"), "accepted": self.tr("Accepted"), "declined": self.tr("Declined"),
                 "pending": self.tr("Pending")}
        for code, button in self.buttons.items():
            button.setText(texts[code])
        self.buttons["accepted"].setToolTip(self.tr("The connection request was accepted"))
        self.buttons["pending"].setToolTip(self.tr("No answer yet"))
        self.undo_button.setText(self.tr("Undo"))
        self.forget_button.setText(self.tr("Forget this person…"))
        self.forget_button.setToolTip(self.tr("Remove every message to them from the log, for good"))
        self.export_button.setText(self.tr("Export…"))
        self.set_count(self._shown)

    def set_count(self, shown: int) -> None:
        self._shown = shown
        self.count.setText(self.tr("%n message(s)", "", shown))

    def show_for(self, item: LogItem | None, can_undo: bool) -> None:
        """Enable the outcome buttons that would change `item` (Accepted for connection requests)."""
        for code, button in self.buttons.items():
            allowed = item is not None and item.outcome != code
            if code == "accepted":
                allowed = allowed and item is not None and item.kind == "connection_request"
            button.setEnabled(allowed)
        self.forget_button.setEnabled(item is not None)
        self.undo_button.setVisible(can_undo)  # hidden, not greyed, beside the status bar's Undo

    def _on_outcome_clicked(self) -> None:
        code = next(code for code, button in self.buttons.items() if button is self.sender())
        self.sig_outcome_chosen.emit(code)
