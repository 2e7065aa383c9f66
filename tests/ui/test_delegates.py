# SPDX-License-Identifier: GPL-3.0-or-later
"""Two-line list rows (templates, drafts, prospects): always as wide as their list."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget

from inmail_studio.ui.delegates import TwoLineDelegate


def test_rows_follow_their_list_when_it_narrows_or_widens(qtbot) -> None:
    rows = QListWidget()
    qtbot.addWidget(rows)
    TwoLineDelegate.install(rows)
    rows.addItems([f"Template {n} with a long title\nInMail · EN · recruiting" for n in range(40)])
    rows.resize(400, 300)
    rows.show()
    qtbot.waitExposed(rows)
    for width in (250, 600, 300):
        rows.resize(width, 300)
        qtbot.waitUntil(lambda: rows.visualItemRect(rows.item(1)).width() == rows.viewport().width(), timeout=2000)
