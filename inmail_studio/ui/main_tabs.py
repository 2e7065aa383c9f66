# SPDX-License-Identifier: GPL-3.0-or-later
"""The window's top-level pages: Write (library, editor, coach), Sent, Follow-ups due and Results.

Only the Write page exists for the first frame; the other three are stand-ins until
ui/log_parts.py puts the real pages in their place right after it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QSplitter, QTabWidget, QWidget

from inmail_studio.ui.translations import Retranslating

WRITE, SENT, DUE, RESULTS = range(4)


def install_tab(tabs: QTabWidget, index: int, panel: QWidget) -> None:
    """Put a panel where its stand-in tab was, keeping the tab the user is on."""
    current, label, stand_in = tabs.currentIndex(), tabs.tabText(index), tabs.widget(index)
    tabs.removeTab(index)
    tabs.insertTab(index, panel, label)
    tabs.setCurrentIndex(current)
    stand_in.deleteLater()


class LeftTabs(Retranslating, QTabWidget):
    """The Write page's left column: Templates, Drafts, Prospects (stand-ins until
    ui/window_parts.py puts the panels in; their titles follow a language switch)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for _page in range(3):
            self.addTab(QWidget(), "")
        self.retranslate()

    def retranslate(self) -> None:
        for index, text in enumerate((self.tr("Templates"), self.tr("Drafts"), self.tr("Prospects"))):
            self.setTabText(index, text)


class MainTabs(Retranslating, QTabWidget):
    """Holds `write` (the page everything is written on) and stand-ins for the log's pages."""

    def __init__(self, write: QSplitter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.write = write
        self.setDocumentMode(True)
        self.addTab(write, "")
        for _page in (SENT, DUE, RESULTS):
            self.addTab(QWidget(), "")
        self.retranslate()

    def retranslate(self) -> None:
        texts = (self.tr("Write"), self.tr("Sent"), self.tr("Follow-ups due"), self.tr("Results"))
        for index, text in enumerate(texts):
            self.setTabText(index, text)
        self.setTabToolTip(DUE, self.tr("People whose message is still unanswered after the follow-up delay"))

    def sizes(self) -> list[int]:
        """The Write page's column widths in pixels (library, editor, coach): what must not move
        while the window completes itself."""
        return self.write.sizes()
