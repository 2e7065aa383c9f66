# SPDX-License-Identifier: GPL-3.0-or-later
"""A Dutch window starts on Dutch templates ("Elke taal" one choice away), remembers the library's
filters across restarts, and a new template starts in the window's language with its greeting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from qt_fixtures import window_language

from inmail_studio.ui.library.template_dialog import TemplateDialog


@pytest.fixture
def dutch(qapp: QApplication):  # type: ignore[no-untyped-def]
    """The window in Dutch, as a Dutch recruiter runs it; afterwards as it was."""
    with window_language(qapp, "nl") as found:
        yield found


def languages(panel) -> set[str]:  # type: ignore[no-untyped-def]
    ids = [panel.list.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(panel.list.count())]
    return {panel.library.get(i).language for i in ids}


def test_a_dutch_window_starts_on_dutch_templates_and_remembers_the_filters(qtbot, make_window, dutch) -> None:
    window = make_window()
    panel = window.library_panel
    language = panel.filters["language"]
    assert language.currentData() == "nl" and languages(panel) == {"nl"}
    assert language.itemText(0) == "Elke taal"  # every language stays one choice away
    language.setCurrentIndex(0)
    panel.filters["kind"].setCurrentIndex(panel.filters["kind"].findData("follow_up"))
    window.close()
    window.session.workspace.store.close()

    again = make_window()  # a restart on the same data folder
    assert again.library_panel.filters["language"].currentData() == ""
    assert again.library_panel.filters["kind"].currentData() == "follow_up"
    assert languages(again.library_panel) == {"en", "nl"}


def test_an_english_window_starts_on_english_templates(qtbot, window) -> None:
    assert window.library_panel.filters["language"].currentData() == "en"
    assert languages(window.library_panel) == {"en"}


def test_a_new_template_starts_in_the_windows_language(qtbot, make_window, monkeypatch, dutch) -> None:
    seen: list[tuple[str, str]] = []

    def look(dialog):  # type: ignore[no-untyped-def]
        seen.append((dialog.language.currentData(), dialog.editor.text()[1]))
        return TemplateDialog.DialogCode.Rejected

    monkeypatch.setattr(TemplateDialog, "exec", look)
    window = make_window()
    qtbot.mouseClick(window.library_panel.new_button, Qt.MouseButton.LeftButton)
    assert seen == [("nl", "Hoi {{ first_name }},\n\n")]


def test_the_template_preview_keeps_the_greeting_on_its_own_line(qtbot, window) -> None:
    """A fresh-eyes recruiter read "Hoi {{ first_name }}, Leuk je te spreken…" as a grammar error in
    the template: the preview ran its lines together."""
    panel = window.library_panel
    panel.list.setCurrentRow(0)
    template = panel.library.get(panel.list.currentItem().data(Qt.ItemDataRole.UserRole + 1))
    greeting = template.body.strip().splitlines()[0]
    shown = panel.preview.text()
    assert f"{greeting}<br>" in shown.replace("&#x27;", "'").replace("&quot;", '"')
