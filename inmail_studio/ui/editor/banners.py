# SPDX-License-Identifier: GPL-3.0-or-later
"""The strip above the message: nothing, "edited by hand", or "sent" with its time. It keeps its
height whichever it shows, so the editor below never moves while the user types."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QStackedWidget, QWidget

from inmail_studio.ui.translations import Retranslating

if TYPE_CHECKING:
    from datetime import datetime


def when(moment: datetime) -> str:
    """A time in the window's locale, short form, local time."""
    from PySide6.QtCore import QDateTime, QLocale

    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())), QLocale.FormatType.ShortFormat)


class SentBanner(Retranslating, QWidget):
    """A sent message is a record: when it went out, and a button to write the follow-up.
    `sig_follow_up_requested` fires on that button."""

    sig_follow_up_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sentBanner")
        self.label = QLabel(wordWrap=True, objectName="sentLabel")
        self.follow_up_button = QPushButton()
        self.follow_up_button.clicked.connect(self.sig_follow_up_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.follow_up_button)
        self._sent_at: datetime | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.follow_up_button.setText(self.tr("Write a follow-up"))
        # A screen reader says it in the window's language, like every other button.
        self.follow_up_button.setAccessibleName(self.tr("Write a follow-up"))
        if self._sent_at is not None:  # worded once shown: the strip's height is BannerSlot's, not the text's
            self.label.setText(self.tr("Sent %s. This is the text that was sent; it can no longer be "
                                       "changed.") % when(self._sent_at))

    def show_sent(self, sent_at: datetime) -> None:
        self._sent_at = sent_at
        self.retranslate()


class BannerSlot(QStackedWidget):
    """Holds the edited-by-hand banner and the sent banner over an empty page; always two lines of
    text (or a button) tall, so showing or hiding one moves nothing."""

    def __init__(self, edited: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bannerSlot")
        self.empty = QWidget()
        self.edited = edited
        self.sent = SentBanner()
        for page in (self.empty, self.edited, self.sent):
            self.addWidget(page)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.edited.setVisible(True)  # a page's visibility is the stack's business now
        if self.edited.layout() is not None:
            self.edited.layout().setContentsMargins(0, 0, 0, 0)

    def show_state(self, edited: bool, sent_at: datetime | None) -> None:
        """The sent banner for a sent message, else the edited banner when `edited`, else nothing."""
        if sent_at is not None:
            self.sent.show_sent(sent_at)
            self.setCurrentWidget(self.sent)
        else:
            self.setCurrentWidget(self.edited if edited else self.empty)

    def sizeHint(self):  # type: ignore[no-untyped-def]  # noqa: N802
        hint = super().sizeHint()
        two_lines = 2 * self.fontMetrics().lineSpacing() + 4
        hint.setHeight(max(two_lines, self.sent.follow_up_button.sizeHint().height()))
        return hint

    def minimumSizeHint(self):  # type: ignore[no-untyped-def]  # noqa: N802
        return self.sizeHint()

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return False  # a wrapped label on one page must not make the strip follow its text
