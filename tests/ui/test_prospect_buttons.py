# SPDX-License-Identifier: GPL-3.0-or-later
"""The Prospects tab's per-person buttons work whenever a person is selected, however they got selected."""

from __future__ import annotations

from pathlib import Path

CONNECTIONS = Path(__file__).parent.parent / "data" / "walk" / "Connections.csv"
SENIOR = "nl-recruit-inmail-senior-candidate"


def test_buttons_are_on_when_the_open_message_selects_its_person(qtbot, window) -> None:
    panel = window.prospects_panel
    window.left_tabs.setCurrentWidget(panel)
    assert panel.import_path(str(CONNECTIONS)) is not None
    assert panel.template.select_id(SENIOR)
    karin_draft, karin = window.session.draft.id, window.session.draft.prospect_id
    assert panel.import_path(str(CONNECTIONS), name="Tweede lijst") is not None  # another list, its first person
    assert panel.current_prospect_id() != karin
    window.left_tabs.setCurrentWidget(window.drafts_panel)
    window.session.open_draft(karin_draft)  # back to Karin's message from elsewhere
    window.left_tabs.setCurrentWidget(panel)
    assert panel.current_prospect_id() == karin  # her row is selected...
    for button in (panel.replied_button, panel.export_button, panel.delete_button):
        assert button.isEnabled(), button.text()  # ...and her buttons work
