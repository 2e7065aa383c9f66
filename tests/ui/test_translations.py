# SPDX-License-Identifier: GPL-3.0-or-later
"""The catalogue is complete and built, and the window's language switches while it runs."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from inmail_studio.core.paths import resources_dir
from inmail_studio.ui.translations import UiTranslations, current_ui_language

ROOT = Path(__file__).resolve().parents[2]
I18N = resources_dir() / "i18n"
CATALOGUES = {"nl": (), "en": ("-pluralonly",)}  # English holds the plural forms only
QT_TOOLS = Path(PySide6.__file__).parent
SOURCES = ("inmail_studio/ui", "inmail_studio/app.py")


def _tool(name: str) -> str:
    path = shutil.which(name, path=str(QT_TOOLS))
    if path is None:
        pytest.skip(f"PySide6 has no {name} here")
    return path


def _unfinished(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    return [f"{context.findtext('name')}: {message.findtext('source')!r}"
            for context in root.iter("context") for message in context.iter("message")
            if message.find("translation").get("type") == "unfinished"]


@pytest.mark.parametrize("language", CATALOGUES)
def test_the_catalogue_has_every_string_of_the_code_and_none_unfinished(tmp_path: Path, language: str) -> None:
    """lupdate over today's code into a copy of the catalogue: nothing new, nothing unfinished."""
    copy = tmp_path / f"inmail_studio_{language}.ts"
    shutil.copy(I18N / copy.name, copy)
    subprocess.run([_tool("lupdate"), "-silent", "-extensions", "py", "-locations", "none", "-no-obsolete",
                    *CATALOGUES[language], *SOURCES, "-ts", str(copy)], cwd=ROOT, check=True)
    left = _unfinished(copy)
    assert not left, f"run `python3 dev.py translations` and translate these ({len(left)}):\n" + "\n".join(left)


@pytest.mark.parametrize("language", CATALOGUES)
def test_the_committed_qm_is_built_from_the_ts(tmp_path: Path, language: str) -> None:
    built = tmp_path / "built.qm"
    ts = I18N / f"inmail_studio_{language}.ts"
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(built)], check=True)
    assert built.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run `python3 dev.py translations`"


class _Spy(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.changes = 0

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.changes += 1
        super().changeEvent(event)


@pytest.fixture
def translations(qapp: QApplication):  # type: ignore[no-untyped-def]
    """The app's translations; afterwards as they were (none at all if there were none)."""
    existing, locale = UiTranslations.of(qapp), QLocale()
    found = existing or UiTranslations(qapp, I18N)
    before = found.language
    yield found
    if existing is None:
        found.uninstall()
        found.setParent(None)
    else:
        found.set_language(before)
    QLocale.setDefault(locale)


def test_switching_to_dutch_translates_ours_and_qts_own_buttons_at_once(translations, qtbot) -> None:  # type: ignore[no-untyped-def]
    spy = _Spy()
    qtbot.addWidget(spy)
    translations.set_language("nl")
    assert {Path(p).name for p in translations.catalogues} == {"qtbase_nl.qm", "inmail_studio_nl.qm"}
    assert current_ui_language() == "nl"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuleren"
    assert QApplication.translate("WindowActions", "Mark as sent") == "Markeren als verzonden"
    qtbot.waitUntil(lambda: spy.changes >= 1)

    translations.set_language("en")
    assert [Path(p).name for p in translations.catalogues] == ["inmail_studio_en.qm"]
    assert current_ui_language() == "en"
    assert QApplication.translate("WindowActions", "Mark as sent") == "Mark as sent"
    qtbot.waitUntil(lambda: spy.changes >= 2)


def test_an_unknown_language_is_english(translations) -> None:  # type: ignore[no-untyped-def]
    assert translations.set_language("fr") == "en"
    assert [Path(p).name for p in translations.catalogues] == ["inmail_studio_en.qm"]


def test_english_plurals_come_from_the_english_catalogue(translations) -> None:  # type: ignore[no-untyped-def]
    translations.set_language("en")
    assert QApplication.translate("LibraryPanel", "%n template(s)", "", 1) == "1 template"
    assert QApplication.translate("LibraryPanel", "%n template(s)", "", 24) == "24 templates"
    translations.set_language("nl")
    assert QApplication.translate("LibraryPanel", "%n template(s)", "", 1) == "1 sjabloon"
    assert QApplication.translate("LibraryPanel", "%n template(s)", "", 24) == "24 sjablonen"


def test_a_refused_template_file_is_worded_like_the_command_line_in_both_languages(translations) -> None:  # type: ignore[no-untyped-def]
    from inmail_studio.cli.texts import describe as cli_describe
    from inmail_studio.core.templates.errors import TemplateFileError
    from inmail_studio.ui.texts import describe

    refused = TemplateFileError("template_file.variant_twice", source="ab.toml", template="ab", name="A")
    translations.set_language("nl")
    assert describe(refused) == "ab.toml: sjabloon ab: twee varianten heten allebei ‘A’" == cli_describe(refused, "nl")
    translations.set_language("en")
    assert describe(refused) == cli_describe(refused, "en")


def test_a_system_error_and_a_field_of_the_wrong_type_are_worded_like_the_command_line(translations) -> None:  # type: ignore[no-untyped-def]
    from inmail_studio.cli.texts import describe as cli_describe
    from inmail_studio.core.prospects import ProspectImportError
    from inmail_studio.core.templates.errors import TemplateFileError
    from inmail_studio.ui.texts import describe

    missing = ProspectImportError("import.cannot_open", file="/tmp/l/x.csv", detail="No such file or directory",
                                  errno="ENOENT")
    odd = ProspectImportError("import.cannot_open", file="x.csv", detail="Too many levels of symbolic links",
                              errno="ELOOP")
    wrong = [TemplateFileError("template_file.not_text", source="t.toml", key="title"),
             TemplateFileError("template_file.not_list", source="t.toml", key="dmu"),
             TemplateFileError("template_file.not_table", source="t.toml", key="sample"),
             TemplateFileError("template_file.not_utf8", source="t.toml"),
             TemplateFileError("template_file.too_deep", source="t.toml"),
             TemplateFileError("template_file.unreadable", source="t.toml", detail="Permission denied",
                               errno="EACCES")]
    translations.set_language("nl")
    assert describe(missing) == "/tmp/l/x.csv kan niet worden geopend: het bestand of de map bestaat niet"
    assert describe(odd) == "x.csv kan niet worden geopend: Too many levels of symbolic links"
    assert describe(wrong[0]) == "t.toml: ‘title’ moet tekst zijn"
    for refused in [missing, odd, *wrong]:
        assert describe(refused) == cli_describe(refused, "nl")
    translations.set_language("en")
    for refused in [missing, odd, *wrong]:
        assert describe(refused) == cli_describe(refused, "en")
