# SPDX-License-Identifier: GPL-3.0-or-later
"""A window started in Dutch from the system's language stays Dutch: after a filled template and
the coach's runs, after Settings closed with OK or Cancel, in the import dialog, and when the
catalogue on disk is rebuilt while the window runs (fresh-eyes items 1–7)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget

from inmail_studio import app as app_module
from inmail_studio.core.paths import Paths, resources_dir
from inmail_studio.core.prospects import preview_csv
from inmail_studio.ui import translations
from inmail_studio.ui.prospects.mapping import MappingDialog
from inmail_studio.ui.settings.dialog import SettingsDialog
from inmail_studio.ui.translations import UiTranslations

TEMPLATE = "nl-recruit-inmail-developer-project"
VALUES = {"first_name": "Sanne", "company": "Picnic", "project": "de migratie naar Kotlin",
          "hiring_company": "Coolblue", "role": "backend-developer", "sender_name": "Joost"}


@pytest.fixture
def dutch_system(qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The environment of a Dutch desktop, no language chosen in Settings; everything undone after."""
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANGUAGE", "nl_NL")
    monkeypatch.setenv("LANG", "C.UTF-8")  # Qt's own system locale says nothing Dutch
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    existing, locale = UiTranslations.of(qapp), QLocale()
    yield qapp
    installed = UiTranslations.of(qapp)
    if existing is None and installed is not None:
        installed.uninstall()
        installed.setParent(None)
    elif installed is not None:
        installed.set_language("en")
    QLocale.setDefault(locale)


def _dutch_texts(window) -> dict[str, str]:  # type: ignore[no-untyped-def]
    coach = window.coach
    return {"subject label": window.editor.subject_label.text(), "detail": coach.detail.text(),
            "summary": coach.summary_label.text(), "words": window.editor.words_counter.text(),
            "characters": window.editor.chars_counter.text()}


def _assert_dutch(window) -> None:  # type: ignore[no-untyped-def]
    texts = _dutch_texts(window)
    assert texts["subject label"] == "Onderwerp", texts
    assert "Kies een opmerking" in texts["detail"], texts
    assert "Nederlands" in texts["summary"] and "Dutch" not in texts["summary"], texts
    assert "woorden" in texts["words"] and "tekens" in texts["characters"], texts


def _settle_coach(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.coach.result is not None and "Nederlands" in window.coach.summary_label.text()
                    or "Dutch" in window.coach.summary_label.text(), timeout=5000)


def test_a_dutch_system_window_stays_dutch_through_a_template_settings_and_the_import_dialog(
        qtbot, make_window, paths: Paths, dutch_system, monkeypatch, tmp_path: Path, dialogs) -> None:  # type: ignore[no-untyped-def]
    app_module._install_translator(dutch_system, paths)  # as `inmail-studio` starts
    window = make_window()
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Zoeken in:"  # Qt's file dialog too
    window.session.use_template(TEMPLATE)
    for name, value in VALUES.items():
        window.session.set_value(name, value)
    _settle_coach(qtbot, window)
    _assert_dutch(window)

    for answer in (QDialog.DialogCode.Accepted, QDialog.DialogCode.Rejected):  # Settings: OK, then Cancel
        monkeypatch.setattr(SettingsDialog, "exec", lambda self, answer=answer: answer)
        window.template_actions.open_settings()
        window.session.set_value("project", f"{VALUES['project']} ({answer.name})")  # the coach runs again
        _settle_coach(qtbot, window)
        _assert_dutch(window)

    csv = tmp_path / "leads.csv"
    csv.write_text("Voornaam,Achternaam,Bedrijf\nZoë,Dekker,Picnic\n", encoding="utf-8")
    dialog = MappingDialog(preview_csv(csv), "leads", window)
    qtbot.addWidget(dialog)
    assert (dialog.windowTitle(), dialog.name_label.text()) == ("Prospects importeren", "Naam van de lijst")


def test_a_catalogue_rebuilt_on_disk_while_the_window_runs_leaves_its_texts_dutch(
        qapp: QApplication, tmp_path: Path) -> None:
    """`dev.py translations` (lrelease) rewrites a .qm in place; a translator that maps the file
    then finds almost nothing, and every text shown from then on is English (fresh-eyes run 1)."""
    i18n = tmp_path / "i18n"
    shutil.copytree(resources_dir() / "i18n", i18n)
    existing, locale = UiTranslations.of(qapp), QLocale()
    installed = translations.install(qapp, i18n, choice="nl")
    try:
        source = "Nothing to fix: this message is ready to send."
        dutch = QCoreApplication.translate("CoachPanel", source)
        assert dutch != source
        qm = i18n / "inmail_studio_nl.qm"
        with qm.open("r+b") as file:  # the same file, new contents: what lrelease's rewrite looks like
            file.write(bytes(qm.stat().st_size))
        assert QCoreApplication.translate("CoachPanel", source) == dutch
    finally:
        if existing is None:
            installed.uninstall()
            installed.setParent(None)
        else:
            installed.set_language("en")
        QLocale.setDefault(locale)


def test_every_tab_title_follows_a_live_switch_to_dutch(qtbot, make_window, dutch_system) -> None:  # type: ignore[no-untyped-def]
    installed = translations.install(dutch_system, choice="en")
    window = make_window()
    qtbot.waitUntil(lambda: window.left_tabs.widget(0) is window.library_panel, timeout=5000)  # panels in place
    titles = {id(tabs): [tabs.tabText(i) for i in range(tabs.count())] for tabs in window.findChildren(QTabWidget)}
    assert [window.left_tabs.tabText(i) for i in range(3)] == ["Templates", "Drafts", "Prospects"]

    installed.set_language("nl")  # as Settings → App language → Nederlands → OK does
    qtbot.waitUntil(lambda: window.editor.subject_label.text() == "Onderwerp", timeout=3000)  # the switch is in
    assert [window.left_tabs.tabText(i) for i in range(3)] == ["Sjablonen", "Concepten", "Prospects"]
    for tabs in window.findChildren(QTabWidget):
        english = [t for t, was in zip((tabs.tabText(i) for i in range(tabs.count())), titles[id(tabs)], strict=True)
                   if t == was and t != "Prospects"]
        assert not english, f"tab titles still English after the switch: {english}"
