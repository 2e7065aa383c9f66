# SPDX-License-Identifier: GPL-3.0-or-later
"""The whole window in Dutch: every tab and dialog open, switched from English while running, and
no visible string left in English (widgets, actions, tooltips, placeholders, combo items, headers)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from inmail_studio.core.paths import resources_dir
from inmail_studio.core.prospects import preview_csv
from inmail_studio.ui.coach.panel import CoachPanel
from inmail_studio.ui.library.template_dialog import TemplateDialog
from inmail_studio.ui.prospects.mapping import MappingDialog
from inmail_studio.ui.settings.dialog import SettingsDialog

SUBJECT = "Snelle vraag"
BODY = ("Hoi [Naam],\n\nIk zag je bericht over het nieuwe magazijn in Tilburg. Wij helpen logistieke bedrijven met "
        "hun planning en ik denk dat we veel voor jullie kunnen betekenen. Ik hoop dat u tijd heeft.\n\nGroet,\nJoost")
CSV = "Voornaam,Achternaam,Bedrijf,Functie\nZoë,Dekker,Picnic,Hoofd logistiek\nSanne,de Vries,Coolblue,Recruiter\n"
# Names and codes that are the same in both languages by design (the glossary keeps them).
SAME_IN_BOTH = {"InMail Studio", "InMail", "InMails", "LinkedIn", "DMU", "ZMOT", "FMOT", "SMOT", "CSV", "JSON",
                "URL", "UTF-8", "EN", "NL", "English", "Nederlands", "Premium", "Sales Navigator", "Recruiter",
                "Career", "Business", "Flesch", "Flesch-Douma", "Ctrl", "Alt", "Shift", "OK",
                # Qt's own tab-bar buttons, which its Dutch catalogue leaves in English
                "Scroll Left", "Scroll Right"}
_PARTS = re.compile(r" · | — | – |\n|: |, |; | \(|\(|\)|‘|’|“|”|…|\.$|^\s+|\s+$|★")


def _catalogue() -> tuple[set[str], set[str]]:
    """(English texts the Dutch catalogue changes, texts it keeps as they are)."""
    changed, kept = set(), set()
    root = ET.parse(resources_dir() / "i18n" / "inmail_studio_nl.ts").getroot()
    for message in root.iter("message"):
        source, translation = message.findtext("source", ""), message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        (kept if source in forms else changed).add(source)
    return changed, kept


def visible_texts(roots: list[QWidget]) -> dict[tuple[int, str], str]:
    """Every text a person sees or hears in `roots` and their children, by widget and where."""
    texts: dict[tuple[int, str], str] = {}
    for widget in [w for root in roots for w in (root, *root.findChildren(QWidget))]:
        def put(what: str, text: str, widget: QWidget = widget) -> None:
            if text and text.strip():
                texts[(id(widget), what)] = text

        put("toolTip", widget.toolTip())
        put("accessibleName", widget.accessibleName())
        put("windowTitle", widget.windowTitle() if widget.isWindow() else "")
        if isinstance(widget, QLabel | QAbstractButton):
            put("text", widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            put("placeholder", widget.placeholderText())
        if isinstance(widget, QGroupBox):
            put("title", widget.title())
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                put(f"item{i}", widget.itemText(i))
        if isinstance(widget, QListWidget):
            for i in range(widget.count()):
                put(f"row{i}", widget.item(i).text())
                put(f"rowTip{i}", widget.item(i).toolTip())
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                put(f"tab{i}", widget.tabText(i))
        if isinstance(widget, QTableWidget):
            for i in range(widget.columnCount()):
                put(f"header{i}", widget.horizontalHeaderItem(i).text() if widget.horizontalHeaderItem(i) else "")
        for i, action in enumerate(QWidget.actions(widget)):  # a panel may name an attribute "actions"
            put(f"action{i}", action.text())
            put(f"actionTip{i}", action.toolTip())
    return texts


def _untranslated(english: dict, dutch: dict, data: str) -> list[str]:  # type: ignore[type-arg]
    """What the Dutch window still says in English: a text of the catalogue left as its English
    source, or a text the switch did not change that is neither data nor the same in Dutch."""
    changed, kept = _catalogue()
    same = SAME_IN_BOTH | kept

    def allowed(text: str) -> bool:
        parts = [p.strip() for p in _PARTS.split(text) if p and p.strip()]
        return all(not re.search(r"[^\W\d_]", p) or p in same or p in data for p in parts)

    found = [f"{where}: {text!r} (an English source)" for (_, where), text in dutch.items()
             if text in changed and text not in SAME_IN_BOTH]
    found += [f"{where}: {text!r} (unchanged)" for key, text in dutch.items()
              if english.get(key) == text and text not in changed and not allowed(text) for where in [key[1]]]
    return found


def _back_to_english(qtbot, ui_language, window) -> None:  # type: ignore[no-untyped-def]
    ui_language.set_language("en")
    qtbot.waitUntil(lambda: window.editor.subject_label.text() == "Subject", timeout=3000)


def _open_everything(qtbot, window, tmp_path: Path) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """A Dutch message with findings, a prospect list, every tab shown, and the dialogs open."""
    csv = tmp_path / "leads.csv"
    csv.write_text(CSV, encoding="utf-8")
    window.prospects_panel.import_path(str(csv), name="Logistiek")
    window.session.set_language("nl")
    window.session.set_text(SUBJECT, BODY)
    qtbot.waitUntil(lambda: len(window.coach.finding_items()) >= 3, timeout=5000)
    for tabs in window.findChildren(QTabWidget):  # every tab of every tab bar, as a user would click them
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
        tabs.setCurrentIndex(0)
    template = window.session.library.get("nl-sales-inmail-decision-maker-challenge")
    ws = window.session.workspace  # Settings as the window opens it: both pages
    settings = SettingsDialog(window.session.preferences, window, "system", ws.log.settings, ws.results.settings)
    dialogs = [settings, MappingDialog(preview_csv(csv), "Logistiek", window),
               TemplateDialog(template, window.session.preferences, window)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        for tabs in dialog.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
    return [window, *dialogs]


def _findings(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [item.text() for item in window.coach.finding_items()]


def _all_findings(roots: list[QWidget]) -> set[str]:
    """The findings every coach in `roots` shows (the window's and the template dialog's)."""
    return {item.text() for root in roots for coach in root.findChildren(CoachPanel) for item in coach.finding_items()}


def test_the_whole_window_switches_to_dutch_and_leaves_nothing_in_english(
        qtbot, make_window, ui_language, tmp_path: Path, dialogs) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    roots = _open_everything(qtbot, window, tmp_path)
    english, english_findings = visible_texts(roots), _all_findings(roots)
    assert any("vague subject" in text for text in english_findings)

    ui_language.set_language("nl")  # as Settings does: no restart, no new window
    qtbot.waitUntil(lambda: not _all_findings(roots) & english_findings, timeout=5000)  # the coaches lint again
    dutch = visible_texts(roots)

    library = window.session.library
    data = "\n".join([SUBJECT, BODY, CSV, "Logistiek", *(f"{t.title}\n{t.description}\n{t.subject}\n{t.body}"
                                                          for t in library)])
    left = _untranslated(english, dutch, data)
    assert not left, f"{len(left)} texts are still English in the Dutch window:\n" + "\n".join(left)
    assert any("'Snelle vraag' is een vaag onderwerp" in text for text in _findings(window))
    assert window.left_tabs.tabText(0) == "Sjablonen"
    assert dutch[(id(roots[1]), "windowTitle")] == "Instellingen"
    _back_to_english(qtbot, ui_language, window)


def test_the_coach_texts_and_the_questions_it_asks_are_dutch(
        qtbot, make_window, ui_language, dialogs) -> None:  # type: ignore[no-untyped-def]
    ui_language.set_language("nl")
    window = make_window()
    window.session.set_language("nl")
    window.session.set_text(SUBJECT, BODY)
    qtbot.waitUntil(lambda: len(window.coach.finding_items()) >= 3, timeout=5000)
    window.coach.findings.setCurrentItem(window.coach.finding_items()[0])
    assert "Zo los je het op:" in window.coach.detail.text() and "Waarom:" in window.coach.detail.text()
    dialogs.answer_yes = False
    window.send.copy_message()
    assert dialogs.questions[-1].startswith("Kopiëren met fouten?: Dit bericht bevat nog fouten:")
    assert "is een invulveld dat nooit is ingevuld" in dialogs.questions[-1]
    _back_to_english(qtbot, ui_language, window)
