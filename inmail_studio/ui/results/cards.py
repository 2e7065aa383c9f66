# SPDX-License-Identifier: GPL-3.0-or-later
"""A chart with its title and a "Save as PNG" button, or — with too little data — a sentence saying what is missing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from inmail_studio.ui import dialogs
from inmail_studio.ui.translations import Retranslating


class ChartCard(Retranslating, QWidget):
    """Holds one plot (made by `make_plot` on first use). `show_chart()` or `show_missing(text)`.

    `sig_saved(path)` fires after the chart was written as a PNG.
    """

    sig_saved = Signal(str)

    def __init__(self, make_plot: Any, file_stem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make_plot = make_plot
        self.file_stem = file_stem
        self.plot: Any = None
        self.title = QLabel(wordWrap=True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.note = QLabel(wordWrap=True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.missing = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        self.missing.setMargin(16)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.missing)
        self.stack.setMinimumHeight(210)
        self.stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self._on_save_clicked)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.note)
        self.retranslate()

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Save as PNG…"))

    def ensure_plot(self) -> Any:
        """The card's plot widget, made on first call."""
        if self.plot is None:
            self.plot = self._make_plot()
            self.stack.addWidget(self.plot)
        return self.plot

    def show_chart(self, note: str = "") -> None:
        self.stack.setCurrentWidget(self.ensure_plot())
        self.save_button.setEnabled(True)
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def show_missing(self, text: str) -> None:
        self.missing.setText(text)
        self.stack.setCurrentWidget(self.missing)
        self.save_button.setEnabled(False)
        self.note.setVisible(False)

    @property
    def showing_chart(self) -> bool:
        return self.plot is not None and self.stack.currentWidget() is self.plot

    def save_png(self, path: str | Path) -> bool:
        """Write the chart (axes and legend included) as a PNG; False when nothing is drawn or writing failed."""
        if not self.showing_chart:
            return False
        return bool(self.plot.grab().save(str(path), "PNG"))

    @Slot()
    def _on_save_clicked(self) -> None:
        path = dialogs.choose_save_file(self, self.tr("Save chart"), self.file_stem + ".png",
                                        self.tr("PNG image (*.png)"))
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        if self.save_png(path):
            self.sig_saved.emit(path)
        else:
            dialogs.inform(self, self.tr("Save chart"), self.tr("The chart could not be saved there."))
