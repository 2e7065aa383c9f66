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
    public for the tab to connect. `show_for(item, undo_for)` enables what applies."""

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
        self._selected: LogItem | None = None
        self._undo_for: LogItem | None = None  # whose outcome Undo would put back
        self.retranslate()

    def retranslate(self) -> None:
        texts = {"replied": self.tr("Replied"), "accepted": self.tr("Accepted"), "declined": self.tr("Declined"),
                 "pending": self.tr("Pending")}
        for code, button in self.buttons.items():
            button.setText(texts[code])
        self.buttons["accepted"].setToolTip(self.tr("The connection request was accepted"))
        self.buttons["pending"].setToolTip(self.tr("No answer yet"))
        self._name_undo()
        self.forget_button.setText(self.tr("Forget this person…"))
        self.forget_button.setToolTip(self.tr("Remove every message to them from the log, for good"))
        self.export_button.setText(self.tr("Export…"))
        self.set_count(self._shown)

    def set_count(self, shown: int) -> None:
        self._shown = shown
        self.count.setText(self.tr("%n message(s)", "", shown))

    def show_for(self, item: LogItem | None, undo_for: LogItem | None) -> None:
        """Enable the outcome buttons that would change `item` (Accepted for connection requests);
        show Undo when there is an outcome change to put back, `undo_for`'s, naming its person when
        another message is selected (Undo must never change someone out of sight unannounced)."""
        for code, button in self.buttons.items():
            allowed = item is not None and item.outcome != code
            if code == "accepted":
                allowed = allowed and item is not None and item.kind == "connection_request"
            button.setEnabled(allowed)
        self.forget_button.setEnabled(item is not None)
        self.undo_button.setVisible(undo_for is not None)  # hidden, not greyed, beside the status bar's Undo
        self._selected, self._undo_for = item, undo_for
        self._name_undo()

    def _name_undo(self) -> None:
        other = self._undo_for
        if other is not None and other.to_name and (self._selected is None or self._selected.id != other.id):
            self.undo_button.setText(self.tr("Undo for %1").replace("%1", other.to_name))
        else:
            self.undo_button.setText(self.tr("Undo"))

    def _on_outcome_clicked(self) -> None:
        code = next(code for code, button in self.buttons.items() if button is self.sender())
        self.sig_outcome_chosen.emit(code)
