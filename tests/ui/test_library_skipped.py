# SPDX-License-Identifier: GPL-3.0-or-later
"""A template file of one's own that cannot be read is named under the library list, with why; the
other templates load as usual."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from qt_fixtures import window_language

from inmail_studio.core.paths import resources_dir
from inmail_studio.core.templates import TemplateLibrary
from inmail_studio.ui.library.panel import LibraryPanel

BAD = 'id = "broken"\ntitle = "Broken"\nkind = "letter"\nlanguage = "en"\nsubject = ""\nbody = "Hi"\n'


@pytest.fixture
def library(tmp_path: Path) -> TemplateLibrary:
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "broken.toml").write_text(BAD, encoding="utf-8")
    return TemplateLibrary(resources_dir() / "templates", mine)


def test_a_file_that_cannot_be_read_is_named_with_its_reason(qtbot, library, qapp: QApplication) -> None:
    with window_language(qapp, "en"):
        panel = LibraryPanel(library)
        qtbot.addWidget(panel)
        text = panel.skipped_label.text()
    assert not panel.skipped_label.isHidden()
    assert "1 template file not loaded:" in text
    assert "broken.toml: template broken: “kind” must be one of" in text
    assert panel.list.count() > 10  # the built-in templates are all there


def test_the_reason_is_dutch_in_a_dutch_window(qtbot, library, qapp: QApplication) -> None:
    with window_language(qapp, "nl"):
        panel = LibraryPanel(library)
        qtbot.addWidget(panel)
        text = panel.skipped_label.text()
    assert "1 sjabloonbestand niet geladen:" in text
    assert "broken.toml: sjabloon broken: ‘kind’ moet een van deze zijn" in text


def test_no_notice_when_every_file_loads(qtbot, tmp_path: Path) -> None:
    panel = LibraryPanel(TemplateLibrary(resources_dir() / "templates", tmp_path / "mine"))
    qtbot.addWidget(panel)
    assert panel.skipped_label.isHidden()
