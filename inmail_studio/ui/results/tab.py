# SPDX-License-Identifier: GPL-3.0-or-later
"""The Results tab: a light stand-in until first shown, then charts, A/B verdicts, what works and credits."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

if TYPE_CHECKING:  # the stand-in is built at start-up: the results core loads with the charts
    from inmail_studio.core.results.summary import ResultsSummary


def _label(rich: bool = False) -> QLabel:
    label = QLabel(wordWrap=True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ResultsTab(QWidget):
    """Fed with `set_summary(summary)` (core values); builds its charts on first show or `build()`.

    Until then it holds nothing but an empty layout: pyqtgraph is imported by `build()` only.
    `sig_built` fires once the charts exist; `sig_chart_saved(path)` after a chart was saved as PNG.
    """

    sig_built = Signal()
    sig_chart_saved = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary: ResultsSummary | None = None
        self.titles: dict[str, str] = {}
        self.built = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def set_summary(self, summary: ResultsSummary | None, titles: Mapping[str, str] | None = None) -> None:
        """Show these results (None: nothing logged yet); redraws at once when built.

        `titles` maps template ids to the titles the user knows them by (ids are shown otherwise).
        """
        self.summary = summary
        if titles is not None:
            self.titles = dict(titles)
        if self.built:
            self.refresh()

    def set_titles(self, titles: Mapping[str, str]) -> None:
        """Template ids to the titles the user knows them by; redraws when built."""
        self.titles = dict(titles)
        if self.built:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.build()

    def build(self) -> None:
        """Make the charts and tables (imports pyqtgraph); does nothing the second time."""
        if self.built:
            return
        from inmail_studio.ui.results.content import ResultsContent

        self.empty = _label()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(24)
        self.content = ResultsContent()
        self.content.sig_chart_saved.connect(self.sig_chart_saved)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(self.content)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(scroll)
        self._layout.addWidget(self.pages)
        self.built = True
        self.retranslate()
        self.refresh()
        self.sig_built.emit()

    def retranslate(self) -> None:
        if self.built:
            self.empty.setText(self.tr("Nothing sent yet. Mark messages as sent, or import LinkedIn's data "
                                       "export in the Sent tab, and your reply rates, A/B tests and InMail "
                                       "credits appear here."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.built:
                self.refresh()
        super().changeEvent(event)

    def refresh(self) -> None:
        summary = self.summary
        if summary is None or summary.total_sent == 0:
            self.pages.setCurrentWidget(self.empty)
            return
        self.pages.setCurrentIndex(1)
        self.content.show_summary(summary, self.titles)

    @property
    def showing_empty_state(self) -> bool:
        return self.built and self.pages.currentWidget() is self.empty

