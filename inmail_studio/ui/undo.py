# SPDX-License-Identifier: GPL-3.0-or-later
"""The status bar's Undo: one button, made with the window, that keeps its place while hidden, so
offering an undo never changes the status bar's height or shifts the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QTimer, Signal, Slot
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStatusBar

OFFER_MS = 10_000  # how long an undo is offered


class UndoOffer(QPushButton):
    """`offer(message, undo)` shows the message and the button for `OFFER_MS`; a click runs `undo`
    once. A newer offer replaces an older one. `sig_undone` fires after an undo ran, `sig_offered`
    when an undo is offered (another place's own Undo then steps back: one undo at a time)."""

    sig_undone = Signal()
    sig_offered = Signal()

    def __init__(self, status_bar: QStatusBar) -> None:
        super().__init__()
        self.setObjectName("undoDelete")  # the name scripts and tests know it by
        self._status_bar = status_bar
        self._undo: Callable[[], object] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self._timer = QTimer(self, singleShot=True, interval=OFFER_MS)
        self._timer.timeout.connect(self.withdraw)
        self.clicked.connect(self._on_clicked)
        status_bar.addPermanentWidget(self)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """The button's text in the window's language."""
        self.setText(self.tr("Undo"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def offer(self, message: str, undo: Callable[[], object]) -> None:
        self._undo = undo
        self._status_bar.showMessage(message, OFFER_MS)
        self.show()
        self._timer.start()
        self.sig_offered.emit()

    @Slot()
    def withdraw(self) -> None:
        self._undo = None
        self._timer.stop()
        self.hide()

    @Slot()
    def _on_clicked(self) -> None:
        undo = self._undo
        self.withdraw()
        if undo is not None:
            undo()
            self.sig_undone.emit()
