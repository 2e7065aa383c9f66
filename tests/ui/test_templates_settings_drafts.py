# SPDX-License-Identifier: GPL-3.0-or-later
"""Template editing, settings and the drafts list, as a user works them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from inmail_studio.core.prospects import preview_csv
from inmail_studio.core.templates import Template
from inmail_studio.ui.library.template_dialog import TemplateDialog
from inmail_studio.ui.prospects.mapping import MappingDialog
from inmail_studio.ui.settings.dialog import SettingsDialog


def blank_template() -> Template:
    return Template(id="new", title="", kind="inmail", language="en", description="", subject="", body="")


def test_template_dialog_coaches_the_template_and_shows_a_syntax_error_inline(qtbot) -> None:
    dialog = TemplateDialog(blank_template())
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()  # no title, no body yet
    qtbot.keyClicks(dialog.title, "Ask about their migration")
    qtbot.keyClicks(dialog.editor.subject, "Your move to {{ platform }}")
    qtbot.keyClicks(dialog.editor.body, "Hi {{ first_name }}, how did the move to {{ platform }} go?")
    assert save.isEnabled() and dialog.syntax_error.text() == ""
    qtbot.waitUntil(lambda: dialog.coach.result is not None
                    and dialog.coach.result.metrics.body_chars == len(dialog.editor.text()[1]), timeout=3000)
    rules = {f.rule for f in dialog.coach.result.findings}
    assert "unfilled-placeholder" not in rules  # variables are expected in a template
    qtbot.keyClicks(dialog.editor.body, " {% if %}")
    assert "line 1" in dialog.syntax_error.text() and not save.isEnabled()
    made = dialog.template()
    assert made.title == "Ask about their migration" and made.subject == "Your move to {{ platform }}"
    dialog.reject()


def test_new_templates_are_saved_as_mine_and_can_be_deleted(qtbot, window, monkeypatch, dialogs) -> None:
    def fill_and_accept(self):  # type: ignore[no-untyped-def]
        self.title.setText("My follow-up")
        self.editor.set_text("", "Hi {{ first_name }}, any thoughts on {{ recent_post }}?")
        self.kind.setCurrentIndex(self.kind.findData("follow_up"))
        return TemplateDialog.DialogCode.Accepted

    monkeypatch.setattr(TemplateDialog, "exec", fill_and_accept)
    panel = window.library_panel
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    saved = window.session.library.get("my-follow-up")
    assert saved is not None and not saved.builtin and saved.kind == "follow_up"
    assert (window.session.library.user_dir / "my-follow-up.toml").exists()
    assert panel.current_id() == "my-follow-up" and "★ mine" in panel.list.currentItem().text()
    assert panel.delete_button.isEnabled()
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert "My follow-up" in dialogs.questions[-1]
    assert window.session.library.get("my-follow-up") is None


def test_built_in_templates_cannot_be_edited_but_can_be_duplicated(qtbot, window) -> None:
    panel = window.library_panel
    qtbot.keyClicks(panel.search, "peer community talk")
    template = window.session.library.get(panel.current_id())
    assert template.builtin and not panel.edit_button.isEnabled() and not panel.delete_button.isEnabled()
    qtbot.mouseClick(panel.duplicate_button, Qt.MouseButton.LeftButton)
    copy = window.session.library.get(panel.current_id())
    assert not copy.builtin and copy.title.endswith("(copy)") and copy.body == template.body


def test_search_and_filters_narrow_the_library(qtbot, window) -> None:
    panel = window.library_panel
    panel.filters["language"].setCurrentIndex(0)  # any language (the window starts on its own)
    total = panel.list.count()
    panel.filters["language"].setCurrentIndex(panel.filters["language"].findData("nl"))
    assert 0 < panel.list.count() < total
    assert all(window.session.library.get(panel.list.item(i).data(Qt.ItemDataRole.UserRole + 1)).language == "nl"
               for i in range(panel.list.count()))
    panel.filters["dmu"].setCurrentIndex(panel.filters["dmu"].findData("gatekeeper"))
    qtbot.keyClicks(panel.search, "zzz-no-such-template")
    assert panel.list.count() == 0 and panel.count_label.text() in ("0 template(s)", "0 templates")


def test_a_free_account_tightens_the_connection_note(qtbot, window) -> None:
    dialog = SettingsDialog(window.session.preferences)
    qtbot.addWidget(dialog)
    dialog.account.setCurrentIndex(dialog.account.findData("free"))
    dialog.spins["subject_chars"].setValue(50)
    window.session.set_preferences(dialog.preferences())
    window.header.kind_combo.setCurrentIndex(window.header.kind_combo.findData("connection_request"))
    qtbot.keyClicks(window.editor.body, "x" * 210)
    assert window.editor.chars_counter.text() == "210/200 characters"
    dialog.spins["subject_chars"].setValue(10)
    qtbot.mouseClick(next(b for b in dialog.findChildren(QPushButton) if "Reset" in b.text()),
                     Qt.MouseButton.LeftButton)
    assert dialog.preferences().limits.subject_chars == 60


def test_drafts_can_be_renamed_duplicated_deleted_and_restored(qtbot, window, dialogs) -> None:
    qtbot.keyClicks(window.editor.body, "First draft text")
    window.session.save_now()
    first_id = window.session.draft.id
    window.drafts_panel.list.setCurrentRow(0)
    dialogs.text_answer = "For Anna"
    qtbot.mouseClick(window.drafts_panel.rename_button, Qt.MouseButton.LeftButton)
    assert window.session.workspace.store.drafts.get(first_id).title == "For Anna"
    qtbot.mouseClick(window.drafts_panel.duplicate_button, Qt.MouseButton.LeftButton)
    assert window.session.draft.id != first_id and window.editor.text()[1] == "First draft text"
    assert len(window.session.workspace.store.drafts.list()) == 2
    copy_id = window.session.draft.id
    qtbot.mouseClick(window.drafts_panel.delete_button, Qt.MouseButton.LeftButton)
    assert window.session.workspace.store.drafts.get(copy_id) is None
    undo = window.statusBar().findChild(QPushButton, "undoDelete")
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert window.session.workspace.store.drafts.get(copy_id) is not None and window.session.draft.id == copy_id


def test_mapping_step_shows_the_guess_and_takes_corrections(qtbot, tmp_path) -> None:
    path = tmp_path / "leads.csv"
    path.write_text("Given,Family,Bedrijf\nAnna,Jansen,Acme\n", encoding="utf-8")
    dialog = MappingDialog(preview_csv(path), "leads")
    qtbot.addWidget(dialog)
    assert dialog.mapping() == ["given", "family", "company"]
    assert dialog.table.item(0, 1).text() == "Anna"
    dialog.combos[0].setCurrentIndex(dialog.combos[0].findData("first_name"))
    dialog.combos[1].setCurrentIndex(dialog.combos[1].findData(None))
    assert dialog.mapping() == ["first_name", None, "company"]


def test_your_name_from_settings_signs_every_template(qtbot, window) -> None:
    dialog = SettingsDialog(window.session.preferences)
    qtbot.addWidget(dialog)
    dialog.sender_name.setText("Joost de Wit")
    window.session.set_preferences(dialog.preferences())
    window.session.use_template("en-network-inmail-shared-interest")
    assert window.editor.text()[1].rstrip().endswith("Joost de Wit")
    assert window.form.fields["sender_name"].text() == "Joost de Wit"
