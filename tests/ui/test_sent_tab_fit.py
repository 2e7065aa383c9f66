# SPDX-License-Identifier: GPL-3.0-or-later
"""The Sent tab at 1400 px: every column in view, the outcome whole, no sideways scrolling; and
one Undo on screen at a time (fresh-eyes items 5 and 24)."""

from __future__ import annotations

from datetime import timedelta

from inmail_studio.core.paths import Paths
from inmail_studio.core.workspace import Workspace
from inmail_studio.ui.main_tabs import SENT, WRITE
from inmail_studio.ui.outreach.table import OUTCOME_COLUMN, outcome_width

LONG_TITLE = "Developer benaderen over een project van hem of haar, met een lange titel erbij"


def seed(paths: Paths) -> None:
    ws = Workspace.open(paths)
    try:
        now = ws.log.clock()
        for i, name in enumerate(("Zoë Dekker", "Sanne de Vries")):
            ws.log.add(kind="inmail", to_name=name, body=f"Hoi {name}", subject="Je werk", template_id=LONG_TITLE,
                       list_name="Connections uit LinkedIn, november", sent_at=now - timedelta(minutes=i + 1))
    finally:
        ws.store.close()


def test_at_1400_pixels_the_outcome_column_is_whole_and_nothing_scrolls_sideways(
        qtbot, paths: Paths, make_window) -> None:  # type: ignore[no-untyped-def]
    seed(paths)
    window = make_window()
    window.resize(1400, 900)
    window.main_tabs.setCurrentIndex(SENT)
    sent = window.main_tabs.widget(SENT)
    qtbot.waitUntil(lambda: sent.model.rowCount() == 2, timeout=3000)
    table, header = sent.table, sent.table.horizontalHeader()
    qtbot.waitUntil(lambda: table.viewport().width() > 300, timeout=3000)
    assert not table.horizontalScrollBar().isVisible()
    assert header.sectionSize(OUTCOME_COLUMN) >= outcome_width(table, sent.model)
    assert header.sectionViewportPosition(OUTCOME_COLUMN) + header.sectionSize(OUTCOME_COLUMN) \
        <= table.viewport().width()


def test_only_one_undo_shows_at_a_time(qtbot, paths: Paths, make_window, dialogs) -> None:  # type: ignore[no-untyped-def]
    seed(paths)
    window = make_window()
    window.main_tabs.setCurrentIndex(SENT)
    sent = window.main_tabs.widget(SENT)
    sent.table.selectRow(0)
    status_undo = window.status.undo
    assert not sent.undo_button.isVisible()  # nothing to undo here: no disabled twin of the status bar's

    sent.set_outcome("replied")
    assert sent.undo_button.isVisible() and not status_undo.isVisible()

    window.main_tabs.setCurrentIndex(WRITE)  # a newer undo elsewhere replaces the tab's
    qtbot.keyClicks(window.editor.subject, "Een vraag")
    qtbot.keyClicks(window.editor.body, "Hoi Anna, heb je volgende week tijd voor een kort gesprek?")
    dialogs.answer_yes = True  # "mark it as sent anyway?"
    window.flow.mark_sent()  # as Ctrl+Return does
    assert len(window.session.workspace.log.items()) == 3 and status_undo.isVisible()
    window.main_tabs.setCurrentIndex(SENT)
    assert not sent.undo_button.isVisible()

    sent.table.selectRow(0)
    sent.set_outcome("declined")  # and the tab's newest replaces the status bar's
    assert sent.undo_button.isVisible() and not status_undo.isVisible()
