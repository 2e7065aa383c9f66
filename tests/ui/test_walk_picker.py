# SPDX-License-Identifier: GPL-3.0-or-later
"""The list's template picker: templates grouped by kind and language, found by typing part of a title."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from inmail_studio.core.paths import resources_dir
from inmail_studio.core.templates import TemplateLibrary
from inmail_studio.ui.prospects.template_picker import TemplatePicker

SENIOR = "nl-recruit-inmail-senior-candidate"


def make_picker(qtbot, tmp_path: Path) -> TemplatePicker:  # type: ignore[no-untyped-def]
    picker = TemplatePicker("(choose a template)")
    qtbot.addWidget(picker)
    picker.set_templates(TemplateLibrary(resources_dir() / "templates", tmp_path))
    picker.show()
    return picker


def test_templates_are_grouped_under_kind_and_language_headings(qtbot, tmp_path) -> None:
    picker = make_picker(qtbot, tmp_path)
    texts = [picker.itemText(i) for i in range(picker.count())]
    headings = [t for i, t in enumerate(texts) if i and picker.itemData(i) is None]
    assert headings == ["InMail · English", "InMail · Nederlands", "Connection request · English",
                        "Connection request · Nederlands", "Follow-up · English", "Follow-up · Nederlands"]
    senior = texts.index("Senior kandidaat benaderen voor een directiefunctie")
    assert texts.index("InMail · Nederlands") < senior < texts.index("Connection request · English")
    heading = picker.model().item(texts.index("InMail · Nederlands"))
    assert not heading.flags() & Qt.ItemFlag.ItemIsSelectable  # a heading cannot be chosen


def test_typing_part_of_a_title_finds_and_chooses_the_template(qtbot, tmp_path) -> None:
    picker = make_picker(qtbot, tmp_path)
    chosen: list[object] = []
    picker.currentIndexChanged.connect(lambda _i: chosen.append(picker.currentData()))
    picker.lineEdit().selectAll()
    qtbot.keyClicks(picker.lineEdit(), "directiefunctie")
    completer = picker.completer()
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Senior kandidaat benaderen voor een directiefunctie"
    completer.activated[str].emit(completer.currentCompletion())
    assert picker.currentData() == SENIOR and chosen == [SENIOR]


def test_text_that_names_no_template_puts_the_choice_back(qtbot, tmp_path) -> None:
    picker = make_picker(qtbot, tmp_path)
    assert picker.select_id(SENIOR)
    picker.lineEdit().setText("zzz")
    picker.lineEdit().editingFinished.emit()
    assert picker.currentText() == "Senior kandidaat benaderen voor een directiefunctie"
    assert picker.currentData() == SENIOR
