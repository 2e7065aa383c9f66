# SPDX-License-Identifier: GPL-3.0-or-later
"""Issue 12's walk, as a Dutch recruiter does it: LinkedIn's Connections.csv with three people and the
template "Senior kandidaat benaderen voor een directiefunctie". Each message holds only that
person's details; an empty detail is flagged; sending asks first, records its time, can be undone
and moves on; a sent message is a record with "Write a follow-up"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

CONNECTIONS = Path(__file__).parent.parent / "data" / "walk" / "Connections.csv"
SENIOR = "nl-recruit-inmail-senior-candidate"
FOLLOW_UP = "nl-recruit-follow-up-vacancy-text"
CHALLENGE = "de digitale transformatie van de klantenservice"
SECOND = "de fusie van twee gemeentelijke klantcontactcentra"


def settled(qtbot, window):  # type: ignore[no-untyped-def]
    """Wait until the coach has judged exactly the text the editor shows."""
    def current() -> bool:
        result = window.last_result
        return (result is not None and not window.lint.busy
                and result.metrics.body_chars == len(window.editor.text()[1]))
    qtbot.waitUntil(current, timeout=5000)
    return window.last_result


def type_into(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def open_walk(qtbot, window):  # type: ignore[no-untyped-def]
    """Prospects tab → import Connections.csv → give the list the Dutch senior-candidate template."""
    panel = window.prospects_panel
    window.left_tabs.setCurrentWidget(panel)
    assert panel.import_path(str(CONNECTIONS)) is not None and panel.people.count() == 3
    assert panel.template.select_id(SENIOR)
    return panel


def first_name(window) -> str:  # type: ignore[no-untyped-def]
    return window.session.workspace.people.get(window.session.draft.prospect_id).first_name


def alt_right(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)


def mark_sent(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_the_issues_steps_each_person_gets_only_their_own_details(qtbot, window) -> None:
    panel = open_walk(qtbot, window)
    assert first_name(window) == "Karin"  # choosing the list's template opened its first person
    assert panel.current_prospect().first_name == "Karin"
    form = window.form
    assert form._form.indexOf(form.fields["challenge"]) >= 0  # for this person
    assert form._shared.indexOf(form.fields["role"]) >= 0  # for everyone in this list
    type_into(qtbot, form.fields["challenge"], CHALLENGE)
    type_into(qtbot, form.fields["hiring_company"], "Stichting Rivierzorg")
    type_into(qtbot, form.fields["role"], "directeur bedrijfsvoering")
    type_into(qtbot, form.fields["sender_name"], "Wouter Bakker")
    assert f"heeft u {CHALLENGE} geleid" in window.editor.text()[1]

    alt_right(qtbot, window)  # the second person
    assert first_name(window) == "Jeroen" and panel.current_prospect().first_name == "Jeroen"
    subject, body = window.editor.text()
    assert CHALLENGE not in subject + body
    assert "heeft u {{ challenge }} geleid" in body and subject == "Uw ervaring met {{ challenge }}"
    assert "Namens Stichting Rivierzorg zoek ik een directeur bedrijfsvoering." in body  # list-wide values came
    assert form.fields["challenge"].text() == "" and form.fields["role"].text() == "directeur bedrijfsvoering"
    settled(qtbot, window)
    assert window.coach.to_fill() == ["challenge"]  # the empty detail is flagged
    assert window.coach.score_label.text() == "\u2014"
    type_into(qtbot, form.fields["challenge"], SECOND)

    alt_right(qtbot, window)  # the third person gets neither detail
    assert first_name(window) == "Fatima"
    body = window.editor.text()[1]
    assert CHALLENGE not in body and SECOND not in body and "{{ challenge }}" in body
    settled(qtbot, window)
    assert window.coach.to_fill() == ["challenge"]

    people = window.session.workspace.people
    details = {p.first_name: p.details.get("challenge") for p in people.people(panel.current_list_id())}
    assert details == {"Karin": CHALLENGE, "Jeroen": SECOND, "Fatima": None}


def test_mark_as_sent_asks_first_records_its_time_and_moves_on(qtbot, window, dialogs) -> None:
    panel = open_walk(qtbot, window)
    dialogs.answer_yes = False
    mark_sent(qtbot, window)  # the challenge is still empty: an error
    assert dialogs.questions and dialogs.questions[0].startswith("Mark as sent with errors?")
    assert panel.current_prospect().status != "sent" and first_name(window) == "Karin"
    type_into(qtbot, window.form.fields["challenge"], CHALLENGE)
    for name, value in (("hiring_company", "Stichting Rivierzorg"), ("role", "directeur bedrijfsvoering"),
                        ("sender_name", "Wouter Bakker")):
        type_into(qtbot, window.form.fields[name], value)
    dialogs.questions.clear()
    sent_body = window.editor.text()[1]
    mark_sent(qtbot, window)
    assert dialogs.questions == []  # nothing left to fix: no question
    karin = window.session.workspace.people.get(panel.people.item(0).data(Qt.ItemDataRole.UserRole + 1))
    assert karin.status == "sent" and karin.status_at is not None and karin.status_at.tzinfo is not None
    assert first_name(window) == "Jeroen" and panel.current_prospect().first_name == "Jeroen"  # moved on
    assert panel.left_label.text() == "2 of 3 left"

    undo = window.status.undo
    assert undo.isVisible()
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)  # undo the sending
    assert window.session.workspace.people.get(karin.id).status != "sent"
    assert first_name(window) == "Karin" and window.editor.text()[1] == sent_body
    assert not window.editor.body.isReadOnly()


def test_a_sent_message_is_a_record_with_a_follow_up(qtbot, window, dialogs) -> None:
    panel = open_walk(qtbot, window)
    panel.follow_up.select_id(FOLLOW_UP)
    type_into(qtbot, window.form.fields["challenge"], CHALLENGE)
    sent_subject, sent_body = window.editor.text()
    mark_sent(qtbot, window)  # asked (other details empty) and answered yes
    panel.people.setCurrentRow(0)  # back to Karin
    assert first_name(window) == "Karin"
    assert window.editor.text() == (sent_subject, sent_body)
    assert window.editor.body.isReadOnly() and window.editor.subject.isReadOnly()
    assert window.banner_slot.currentWidget() is window.banner_slot.sent
    assert window.banner_slot.sent.label.text().startswith("Sent ")
    assert not window.form.isEnabled() and not window.window_actions.sent.isEnabled()

    qtbot.mouseClick(window.banner_slot.sent.follow_up_button, Qt.MouseButton.LeftButton)
    draft = window.session.draft
    assert draft.kind == "follow_up" and draft.template_id == FOLLOW_UP
    assert draft.prospect_id == panel.current_prospect_id() and first_name(window) == "Karin"
    assert draft.body.startswith("Beste Karin") and CHALLENGE in draft.body  # her detail, from her record
    assert not window.editor.body.isReadOnly() and window.banner_slot.currentWidget() is not window.banner_slot.sent
    assert not window.window_actions.copy_subject.isEnabled()  # a follow-up has no subject

    titles = [window.drafts_panel.list.item(i).text() for i in range(window.drafts_panel.list.count())]
    assert any(t.startswith("Karin van Leeuwen\nsent") for t in titles)  # under her name in Drafts


def test_replied_records_its_time_and_can_be_undone(qtbot, window, dialogs) -> None:
    panel = open_walk(qtbot, window)
    mark_sent(qtbot, window)
    panel.people.setCurrentRow(0)
    qtbot.mouseClick(panel.replied_button, Qt.MouseButton.LeftButton)
    karin = panel.current_prospect()
    assert karin.status == "replied" and karin.status_at is not None
    assert "Replied" in panel.people.item(0).text()
    qtbot.mouseClick(window.status.undo, Qt.MouseButton.LeftButton)
    assert panel.current_prospect().status == "sent"


def test_choosing_a_list_opens_its_first_person_not_done(qtbot, window, dialogs) -> None:
    panel = open_walk(qtbot, window)
    mark_sent(qtbot, window)  # Karin is done
    first_list = panel.current_list_id()
    assert panel.import_path(str(CONNECTIONS), name="Tweede lijst") is not None  # with the chosen template
    assert first_name(window) == "Karin" and panel.current_list_id() != first_list  # its first person opened
    window.session.new_draft()
    panel.lists.setCurrentIndex(panel.lists.findData(first_list))  # the user chooses the first list again
    assert first_name(window) == "Jeroen" and panel.current_prospect().first_name == "Jeroen"


def test_stable_accessible_names(qtbot, window) -> None:
    from PySide6.QtWidgets import QWidget

    panel = window.prospects_panel
    names = {w.accessibleName() for w in window.findChildren(QWidget)}
    assert {"Message body", "Subject", "Prospect list", "Template for this list", "Prospects",
            "Coach findings"} <= names
    tabs = window.left_tabs
    assert tabs.tabText(tabs.indexOf(panel)) == "Prospects"
    assert panel.import_button.text().startswith("Import")
    actions = {a.text() for a in window.actions()}
    assert {"Next prospect", "Mark as sent", "Copy message", "Copy subject"} <= actions
    assert window.banner_slot.sent.follow_up_button.text() == "Write a follow-up"
    open_walk(qtbot, window)
    assert window.form.fields["challenge"].accessibleName() == "Challenge"


def test_copy_subject_is_off_for_a_connection_request(qtbot, window) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("kept")
    window.session.use_template("nl-recruit-connection-developer-talk")
    assert not window.window_actions.copy_subject.isEnabled()
    window.send.copy_subject()
    assert clipboard.text() == "kept"
    window.session.use_template(SENIOR)
    assert window.window_actions.copy_subject.isEnabled()


def test_a_template_just_chosen_is_calm(qtbot, window) -> None:
    assert window.coach.score_label.text() == "\u2014"
    assert window.editor.subject_counter.styleSheet() == ""  # an empty draft: no red counter
    window.session.use_template(SENIOR)
    settled(qtbot, window)
    texts = [window.coach.findings.item(i).text() for i in range(window.coach.findings.count())]
    assert texts[0].startswith("To fill in (") and not any(t.startswith("Must fix") for t in texts)
    assert window.form.to_fill_label.text().endswith("details to fill in")
    window.editor.body.setFocus()
    window.editor.body.moveCursor(window.editor.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor.body, " [Naam]")  # typed by hand: an error again
    result = settled(qtbot, window)
    texts = [window.coach.findings.item(i).text() for i in range(window.coach.findings.count())]
    assert result.has_errors and any(t.startswith("Must fix") for t in texts)


def test_the_mapping_step_says_how_many_rows_the_file_has(qtbot) -> None:
    from inmail_studio.core.prospects import preview_csv
    from inmail_studio.ui.prospects.mapping import MappingDialog

    preview = preview_csv(CONNECTIONS)
    assert len(preview.rows) == 3 and preview.total == 3
    dialog = MappingDialog(preview, "Connections")
    qtbot.addWidget(dialog)
    assert dialog.rows_label.text() == "3 rows in the file"
    assert dialog.table.item(6, 0).text() == "Connected On"


def test_the_list_selection_follows_the_open_message(qtbot, window, dialogs) -> None:
    panel = open_walk(qtbot, window)
    mark_sent(qtbot, window)  # Karin's message is sent; Jeroen is open now
    assert panel.current_prospect().first_name == "Jeroen"
    drafts = window.drafts_panel.list
    row = next(i for i in range(drafts.count()) if drafts.item(i).text().startswith("Karin van Leeuwen"))
    drafts.itemClicked.emit(drafts.item(row))  # open her sent message from the Drafts tab
    assert first_name(window) == "Karin"
    assert panel.current_prospect().first_name == "Karin"  # the Prospects list followed
