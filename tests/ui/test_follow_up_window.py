# SPDX-License-Identifier: GPL-3.0-or-later
""""Write a follow-up" for a list without a follow-up template: the message greets the person, and the
window says no follow-up template is set for the list and where to choose one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

CONNECTIONS = Path(__file__).parent.parent / "data" / "walk" / "Connections.csv"
SENIOR = "nl-recruit-inmail-senior-candidate"


def test_follow_up_without_a_template_greets_them_and_says_where_to_choose_one(qtbot, window, dialogs) -> None:
    panel = window.prospects_panel
    window.left_tabs.setCurrentWidget(panel)
    assert panel.import_path(str(CONNECTIONS)) is not None and panel.template.select_id(SENIOR)
    list_name = window.session.workspace.people.get_list(panel.current_list_id()).name
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # asked, answered yes
    panel.people.setCurrentRow(0)  # back to Karin's sent message
    qtbot.mouseClick(window.banner_slot.sent.follow_up_button, Qt.MouseButton.LeftButton)
    draft = window.session.draft
    assert draft.kind == "follow_up" and window.session.workspace.people.get(draft.prospect_id).first_name == "Karin"
    assert window.editor.text()[1] == "Beste Karin,\n\n"  # the senior template says "u": formal
    assert "Follow-up: Karin van Leeuwen" in window.windowTitle()
    said = window.status.currentMessage()
    assert f"The list “{list_name}” has no follow-up template" in said and "Prospects → Follow-up" in said
    assert "Karin van Leeuwen" in said
