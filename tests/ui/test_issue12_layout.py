# SPDX-License-Identifier: GPL-3.0-or-later
"""Steady layout: the banner strip and the status bar's Undo keep their size whatever they show."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QPlainTextEdit, QVBoxLayout, QWidget

from inmail_studio.ui.editor.banners import BannerSlot
from inmail_studio.ui.undo import UndoOffer


def test_the_banner_strip_keeps_the_editor_where_it_is(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    edited = QLabel("You edited the text by hand, so the prospect form no longer changes it.")
    slot = BannerSlot(edited)
    editor = QPlainTextEdit()
    layout = QVBoxLayout(host)
    layout.addWidget(slot)
    layout.addWidget(editor, 1)
    host.resize(700, 500)
    host.show()
    qtbot.waitExposed(host)
    top = editor.geometry().top()
    for edited_now, sent_at in ((True, None), (False, datetime(2026, 11, 30, 1, 2, tzinfo=UTC)),
                                (False, None)):
        slot.show_state(edited_now, sent_at)
        layout.activate()
        assert editor.geometry().top() == top
    slot.show_state(False, datetime(2026, 11, 30, 1, 2, tzinfo=UTC))
    assert slot.currentWidget() is slot.sent and slot.sent.label.text().startswith("Sent ")
    assert slot.sent.follow_up_button.accessibleName() == "Write a follow-up"


def test_undo_takes_its_space_in_the_status_bar_before_it_is_offered(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QPlainTextEdit())
    undo = UndoOffer(window.statusBar())
    window.resize(600, 400)
    window.show()
    qtbot.waitExposed(window)
    height = window.statusBar().height()
    central = window.centralWidget().height()
    done: list[str] = []
    undo.offer("Marked as sent.", lambda: done.append("undone"))
    window.statusBar().layout().activate()
    assert undo.isVisible() and window.statusBar().height() == height
    assert window.centralWidget().height() == central
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert done == ["undone"] and not undo.isVisible()
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)  # hidden: nothing runs twice
    assert done == ["undone"]
