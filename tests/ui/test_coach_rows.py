# SPDX-License-Identifier: GPL-3.0-or-later
"""The coach's finding rows show their whole text, wrapped, in both languages - the current row
too, which Qt's own delegate cut off with "…" above an empty line (fresh-eyes items 15, 21)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QRect
from PySide6.QtGui import QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QApplication, QListWidget, QStyle, QStyleOptionViewItem

from inmail_studio.ui import translations
from inmail_studio.ui.translations import UiTranslations

SUBJECT = "Quick question"
BODY = ("Hi NAME,\n\nI hope this message finds you well. We are a fast-growing agency and we have an exciting "
        "opportunity for you. We offer a special offer on our placement fee this month.\n\n"
        "Can we book a call on Tuesday? Or shall I send you the job description?\n\nBest,\nJoost")


class RecordingPainter(QPainter):
    """A painter that notes every text drawn through Python, with the rectangle it was given."""

    def __init__(self, device: QImage) -> None:
        super().__init__(device)
        self.texts: list[tuple[QRect, str]] = []

    def drawText(self, *args) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if len(args) == 3 and isinstance(args[0], QRect):
            self.texts.append((QRect(args[0]), args[2]))
        super().drawText(*args)


def _painted(findings: QListWidget, row: int) -> list[tuple[QRect, str]]:
    index = findings.model().index(row, 0)
    option = QStyleOptionViewItem()
    findings.initViewItemOption(option)
    option.rect = findings.visualRect(index)
    if findings.currentRow() == row:
        option.state |= QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus
    image = QImage(findings.viewport().size(), QImage.Format.Format_ARGB32)
    painter = RecordingPainter(image)
    findings.itemDelegateForIndex(index).paint(painter, option, index)
    painter.end()
    return painter.texts


@pytest.fixture(params=["en", "nl"])
def language(request, qapp: QApplication):  # type: ignore[no-untyped-def]
    existing, locale = UiTranslations.of(qapp), QLocale()
    installed = translations.install(qapp, choice=request.param)
    yield request.param
    if existing is None:
        installed.uninstall()
        installed.setParent(None)
    else:
        installed.set_language("en")
    QLocale.setDefault(locale)


def test_every_finding_row_shows_its_whole_text_wrapped_the_current_one_too(
        qtbot, make_window, language: str) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.resize(1400, 900)
    window.session.set_text(SUBJECT, BODY)
    qtbot.waitUntil(lambda: len(window.coach.finding_items()) >= 6, timeout=5000)
    findings = window.coach.findings
    rows = [findings.row(item) for item in window.coach.finding_items()]
    longest = max(rows, key=lambda row: len(findings.item(row).text()))
    width = findings.viewport().width()
    assert QFontMetrics(findings.font()).horizontalAdvance(findings.item(longest).text()) > width  # it must wrap
    for current in (rows[0], longest):
        findings.setCurrentRow(current)
        for row in rows:
            text, row_rect = findings.item(row).text(), findings.visualRect(findings.model().index(row, 0))
            drawn = _painted(findings, row)
            assert [t for _, t in drawn] == [text], f"row {row} (current {current}) not drawn whole: {drawn}"
            rect = drawn[0][0]
            needed = QFontMetrics(findings.item(row).font()).boundingRect(
                QRect(0, 0, rect.width(), 100_000), 0x1000, text)  # Qt.TextWordWrap
            assert rect.width() <= width and rect.height() >= needed.height(), (row, rect, needed)
            assert row_rect.top() <= rect.top() and rect.bottom() <= row_rect.bottom(), (row, rect, row_rect)
