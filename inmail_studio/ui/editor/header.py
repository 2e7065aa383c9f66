# SPDX-License-Identifier: GPL-3.0-or-later
"""Above the message: its kind and language, and the banner saying the text was edited by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from inmail_studio.core.message import KINDS, LANGUAGES
from inmail_studio.ui import labels
from inmail_studio.ui.translations import Retranslating

if TYPE_CHECKING:
    from inmail_studio.core.compose import Composition


def select_data(combo: QComboBox, value: object) -> None:
    """Show `value` in `combo` without announcing it as the user's choice."""
    index = combo.findData(value)
    if index >= 0 and index != combo.currentIndex():
        combo.blockSignals(True)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)


class EditorHeader(Retranslating, QWidget):
    """"Message", then the kind and language combos. `sig_kind_chosen(kind)` and
    `sig_language_chosen(code)` fire for the user's choices only."""

    sig_kind_chosen = Signal(str)
    sig_language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_combo = QComboBox()
        for kind in KINDS:
            self.kind_combo.addItem("", kind)
        self.language_combo = QComboBox()
        self.language_combo.addItem("", "auto")
        for code in LANGUAGES:
            # A language is named in its own language where one is chosen.
            self.language_combo.addItem(labels.LANGUAGES_OWN.get(code, code), code)
        self.title = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addStretch(1)
        layout.addWidget(self.kind_combo)
        layout.addWidget(self.language_combo)
        self.kind_combo.currentIndexChanged.connect(self._on_kind)
        self.language_combo.currentIndexChanged.connect(self._on_language)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the header, in the window's language."""
        self.title.setText(self.tr("<b>Message</b>"))
        self.kind_combo.setAccessibleName(self.tr("Message kind"))
        for index, kind in enumerate(KINDS):
            self.kind_combo.setItemText(index, labels.label(labels.KINDS, kind))
        self.language_combo.setAccessibleName(self.tr("Message language"))
        self.language_combo.setItemText(0, self.tr("Detect language"))

    def show_composition(self, comp: Composition) -> None:
        self.show_state(comp.kind, comp.draft.language, kind_free=comp.template is None)

    def show_state(self, kind: str, language: str, kind_free: bool = True) -> None:
        """The message's kind and language code; `kind_free` False when a template decides the kind."""
        select_data(self.kind_combo, kind)
        self.kind_combo.setEnabled(kind_free)
        select_data(self.language_combo, language)

    @Slot(int)
    def _on_kind(self, _index: int) -> None:
        self.sig_kind_chosen.emit(self.kind_combo.currentData())

    @Slot(int)
    def _on_language(self, _index: int) -> None:
        self.sig_language_chosen.emit(self.language_combo.currentData())


class EditedBanner(Retranslating, QWidget):
    """Shown while a template's text was edited by hand; its button fills the text in again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(wordWrap=True)
        self.reapply_button = QPushButton()
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reapply_button)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the banner, in the window's language."""
        self.label.setText(self.tr("You edited the text by hand, so the prospect form no longer changes it."))
        self.reapply_button.setText(self.tr("Re-apply template"))

    def show_composition(self, comp: Composition) -> None:
        self.setVisible(comp.template is not None and comp.draft.edited)
