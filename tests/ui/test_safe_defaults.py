# SPDX-License-Identifier: GPL-3.0-or-later
"""Questions before something that cannot be taken back: Enter picks the safe answer, and the counts
read as words ("1 draft", "2 concepten"), not "1 draft(s)"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from qt_fixtures import window_language

from inmail_studio.ui import dialogs as dialog_module
from inmail_studio.ui.dialogs import ask_yes_no as real_ask_yes_no  # before the autouse stub replaces it

CONNECTIONS = Path(__file__).parent.parent / "data" / "walk" / "Connections.csv"
SENIOR = "nl-recruit-inmail-senior-candidate"


@pytest.fixture
def catalogue(qapp: QApplication):  # type: ignore[no-untyped-def]
    """The window's catalogues, English to start with; afterwards as they were."""
    with window_language(qapp, "en") as found:
        yield found


class EnterPresser:
    """Presses Enter on the next question box, as an impatient user does, and notes what it showed."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(dialog_module, "ask_yes_no", real_ask_yes_no)
        self.seen: list[tuple[str, str]] = []  # (the question, the default button's text)
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self._press)
        self.timer.start()

    def _press(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            self.seen.append((box.text(), box.defaultButton().text() if box.defaultButton() else ""))
            from PySide6.QtTest import QTest
            QTest.keyClick(box, Qt.Key.Key_Return)


def open_walk(window):  # type: ignore[no-untyped-def]
    panel = window.prospects_panel
    window.left_tabs.setCurrentWidget(panel)
    assert panel.import_path(str(CONNECTIONS)) is not None
    assert panel.template.select_id(SENIOR)
    return panel


def test_enter_on_mark_as_sent_with_errors_keeps_editing(qtbot, window, monkeypatch, catalogue) -> None:
    panel = open_walk(window)
    karin = panel.current_prospect()
    enter = EnterPresser(monkeypatch)
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # details still empty
    qtbot.waitUntil(lambda: bool(enter.seen), timeout=3000)
    assert "Mark it as sent anyway?" in enter.seen[0][0]
    assert enter.seen[0][1] == "Keep editing"
    assert window.session.workspace.people.get(karin.id).status != "sent"
    assert window.session.draft.prospect_id == karin.id and not window.editor.body.isReadOnly()


def test_enter_on_delete_prospect_keeps_them_and_the_counts_are_words(qtbot, window, monkeypatch,
                                                                        catalogue) -> None:
    panel = open_walk(window)
    karin = panel.current_prospect()  # her draft is open: one draft
    enter = EnterPresser(monkeypatch)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(enter.seen), timeout=3000)
    question, default = enter.seen[0]
    assert default == "Keep"
    assert question.endswith("This also deletes 1 draft for them."), question
    assert window.session.workspace.people.get(karin.id) is not None

    catalogue.set_language("nl")
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(enter.seen) == 2, timeout=3000)
    question, default = enter.seen[1]
    assert default == "Bewaren" and question.endswith("Daarmee verwijder je ook 1 concept aan deze persoon."), (
        question, default)
    assert window.session.workspace.people.get(karin.id) is not None
    catalogue.set_language("en")


def test_two_drafts_and_a_sent_message_in_both_languages(qtbot, window, catalogue) -> None:
    files = window.prospects_panel.files
    assert files._also_deleted(2, 1) == "This also deletes 2 drafts and 1 sent message for them."
    assert files._also_deleted(0, 3) == "This also deletes 3 sent messages for them."
    catalogue.set_language("nl")
    assert files._also_deleted(2, 1) == "Daarmee verwijder je ook 2 concepten en 1 verzonden bericht aan deze persoon."
    assert files._also_deleted(1, 0) == "Daarmee verwijder je ook 1 concept aan deze persoon."
    catalogue.set_language("en")
