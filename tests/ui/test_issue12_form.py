# SPDX-License-Identifier: GPL-3.0-or-later
"""Calm first impressions in the editor and the form: no red counter on an empty page; the person's
details apart from the list's, empty ones "to fill in"."""

from __future__ import annotations

from pathlib import Path

import pytest

from inmail_studio.core.paths import resources_dir
from inmail_studio.core.templates import TemplateLibrary
from inmail_studio.ui.editor.fields import MessageEditor
from inmail_studio.ui.prospects.form import ProspectForm

SENIOR = "nl-recruit-inmail-senior-candidate"


@pytest.fixture
def library(tmp_path: Path) -> TemplateLibrary:
    return TemplateLibrary(resources_dir() / "templates", tmp_path / "mine")


def test_a_new_empty_draft_shows_no_red_counter(qtbot) -> None:
    editor = MessageEditor()
    qtbot.addWidget(editor)
    editor.set_text("", "")
    assert editor.subject_counter.styleSheet() == ""  # an empty subject is not an error yet
    editor.set_text("", "Hi Sanne,")
    assert editor.subject_counter.styleSheet() != ""  # once there is text, it is


def test_form_keeps_the_persons_details_apart_from_the_lists(qtbot, library) -> None:
    template = library.get(SENIOR)
    form = ProspectForm()
    qtbot.addWidget(form)
    form.show()
    form.set_variables(template.per_person + template.list_wide, {"first_name": "Karin"}, template.list_wide)
    assert form.fields["challenge"].accessibleName() == "Challenge"
    assert form.fields["sender_name"].accessibleName() == "Your name"
    assert form._form.indexOf(form.fields["challenge"]) >= 0
    assert form._shared.indexOf(form.fields["role"]) >= 0 and form._shared.indexOf(form.fields["challenge"]) < 0
    assert form._person_title.isVisible() and form._shared_title.isVisible()
    assert form.to_fill_label.text() == "6 details to fill in"
    assert form.fields["hiring_company"].placeholderText() == "to fill in"
    height = form.to_fill_label.height()
    for name, edit in form.fields.items():
        edit.setText(name)
    assert form.to_fill_label.text() == "Every detail is filled in." and form.to_fill_label.isVisible()
    assert form.to_fill_label.height() == height
