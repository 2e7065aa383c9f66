# SPDX-License-Identifier: GPL-3.0-or-later
"""Honest previews, calm first impressions, plain words and files where people keep them (widgets)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt

from inmail_studio.core.coach_view import still_to_fill
from inmail_studio.core.lint.engine import lint
from inmail_studio.core.message import Message
from inmail_studio.core.paths import resources_dir
from inmail_studio.core.prospects import Preview
from inmail_studio.core.templates import TemplateLibrary
from inmail_studio.ui import dialogs
from inmail_studio.ui.coach.panel import NO_SCORE, CoachPanel
from inmail_studio.ui.library.panel import LibraryPanel
from inmail_studio.ui.preview.mobile import MobilePreview
from inmail_studio.ui.prospects.mapping import MappingDialog

SENIOR = "nl-recruit-inmail-senior-candidate"


@pytest.fixture
def library(tmp_path: Path) -> TemplateLibrary:
    return TemplateLibrary(resources_dir() / "templates", tmp_path / "mine")


# honest previews -----------------------------------------------------------------------------------
def test_phone_preview_shows_a_fitting_subject_whole_however_narrow_the_panel(qtbot) -> None:
    preview = MobilePreview()
    qtbot.addWidget(preview)
    preview.resize(180, 300)  # narrower than 46 characters of bold text
    preview.show()
    subject = "Uw ervaring met de fusie van twee zorglocaties"  # 46 characters: fits on a phone
    preview.show_message("inmail", subject, "Beste Karin,", 60)
    assert preview.subject.text() == subject
    assert preview.subject.wordWrap()  # wraps in the panel instead of being clipped by it
    assert preview.subject.heightForWidth(preview.subject.width()) > preview.subject.fontMetrics().height()
    assert not preview.note.isVisible()


def test_phone_preview_cuts_the_subject_at_the_limit_from_settings(qtbot) -> None:
    preview = MobilePreview()
    qtbot.addWidget(preview)
    subject = "Uw ervaring met de fusie van twee zorglocaties in de regio"
    preview.show_message("inmail", subject, "Beste Karin,", 40)
    shown = preview.subject.text()
    assert shown.endswith("…") and len(shown) == 40 and subject.startswith(shown[:-1].rstrip())
    assert "40" in preview.note.text()


# calm first impressions -----------------------------------------------------------------------------
def _senior_result(library: TemplateLibrary, values: dict[str, str]):  # type: ignore[no-untyped-def]
    template = library.get(SENIOR)
    subject, body = template.render(values)
    result = lint(Message(kind="inmail", subject=subject, body=body, language="nl"))
    names, rest = still_to_fill(result.findings, subject, body, template.variables, values, edited=False)
    return result, names, rest


def test_a_template_just_chosen_shows_details_to_fill_in_not_must_fix(qtbot, library) -> None:
    from dataclasses import replace

    coach = CoachPanel()
    qtbot.addWidget(coach)
    result, found, rest = _senior_result(library, {"sender_name": "Wouter"})
    assert result.has_errors  # the raw result: Copy and Mark as sent still ask first
    coach.show_result(replace(result, findings=tuple(rest)), to_fill=found)
    names = coach.to_fill()
    assert names == ["challenge", "first_name", "last_name", "company", "hiring_company", "role"]
    texts = [coach.findings.item(i).text() for i in range(coach.findings.count())]
    assert coach.score_label.text() == NO_SCORE
    assert texts[0] == f"To fill in ({len(names)})"
    assert "Challenge: not filled in yet" in texts
    assert not any(t.startswith("Must fix") for t in texts)
    assert coach.findings.item(0).foreground().color() == coach.palette().text().color()  # neutral
    assert f"{len(names)} details to fill in" in coach.summary_label.text()
    picked: list[object] = []
    coach.sig_finding_activated.connect(picked.append)
    item = next(i for i in coach.finding_items() if i.text() == "Challenge: not filled in yet")
    rect = coach.findings.visualItemRect(item)
    qtbot.mouseClick(coach.findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert picked and picked[0].field == "subject"  # the editor selects where it is missing
    assert "Still empty" in coach.detail.text() and "color:" not in coach.detail.text()


def test_the_score_shows_once_every_detail_is_filled_in(qtbot, library) -> None:
    coach = CoachPanel()
    qtbot.addWidget(coach)
    assert coach.score_label.text() == NO_SCORE  # an empty page has no score
    values = {"first_name": "Karin", "last_name": "van Leeuwen", "company": "Zorggroep Noordrand",
              "challenge": "de fusie van twee zorglocaties", "hiring_company": "Rivierzorg",
              "role": "directeur bedrijfsvoering", "sender_name": "Wouter Bakker"}
    result, found, _ = _senior_result(library, values)
    assert found == []
    coach.show_result(result)
    assert coach.score_label.text() == str(result.score)
    coach.show_waiting()
    assert coach.score_label.text() == NO_SCORE


def test_reading_ease_is_shown_on_its_scale_with_a_word(qtbot) -> None:
    coach = CoachPanel()
    qtbot.addWidget(coach)
    result = lint(Message(kind="connection_request", body="Hi Sanne, I saw your talk. Want to connect?",
                          language="en"))
    assert result.metrics.reading_ease is not None and result.metrics.reading_ease > 100
    coach.show_result(result)
    summary = coach.summary_label.text()
    assert "reading ease 100 of 100 (very easy)" in summary
    assert str(result.metrics.reading_ease) not in summary


# plain words --------------------------------------------------------------------------------------
def test_library_names_roles_and_phases_in_plain_words_with_tooltips(qtbot, library) -> None:
    panel = LibraryPanel(library)
    qtbot.addWidget(panel)
    panel.select(SENIOR)
    item = panel.list.currentItem()
    subtitle = item.text().splitlines()[1]
    assert "reader: decision maker" in subtitle and "phase: comparing" in subtitle
    assert "FMOT" not in subtitle
    assert "first moment of truth" in item.toolTip() and "decision-making unit" in item.toolTip()
    phases = panel.filters["phase"]
    assert [phases.itemText(i) for i in range(1, phases.count())] == ["Exploring", "Comparing", "After buying"]
    assert "ZMOT" in phases.itemData(1, Qt.ItemDataRole.ToolTipRole)
    assert panel.filters["dmu"].itemText(0) == "Any reader's role" and "DMU" in panel.filters["dmu"].toolTip()


# files where people keep them -----------------------------------------------------------------------
def test_file_dialogs_open_in_downloads_then_remember_the_folder(qtbot, monkeypatch, tmp_path) -> None:
    from PySide6.QtWidgets import QFileDialog

    downloads = tmp_path / "Downloads"  # where LinkedIn's export lands
    downloads.mkdir()
    real = QStandardPaths.writableLocation
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda where: str(downloads) if
                        where == QStandardPaths.StandardLocation.DownloadLocation else real(where))
    monkeypatch.setattr(dialogs, "_last_folder", None)
    seen: list[str] = []
    chosen = tmp_path / "exports" / "Connections.csv"
    chosen.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda _p, _t, folder, _f: (seen.append(folder), (str(chosen), ""))[1])
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _p, _t, target, _f: (seen.append(target), ("", ""))[1])
    assert dialogs.choose_open_file(None, "Import", "CSV (*.csv)") == str(chosen)
    assert dialogs.choose_save_file(None, "Export", "Karin.json", "JSON (*.json)") is None
    assert seen == [str(downloads), str(chosen.parent / "Karin.json")]


def test_mapping_dialog_shows_whole_column_names(qtbot) -> None:
    header = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]
    preview = Preview(header, ["first_name", "last_name", "profile_url", "email", "company", "position",
                               "connected_on"],
                      [["Karin", "van Leeuwen", "https://www.linkedin.com/in/karin", "", "Zorggroep Noordrand",
                        "Directeur zorg en bedrijfsvoering met een hele lange titel", "12 Mar 2024"]])
    dialog = MappingDialog(preview, "Connections")
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    widest = max(table.fontMetrics().horizontalAdvance(name) for name in header)
    assert table.columnWidth(0) >= widest
    assert table.item(6, 0).toolTip() == "Connected On"
