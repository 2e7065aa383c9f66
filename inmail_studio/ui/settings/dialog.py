# SPDX-License-Identifier: GPL-3.0-or-later
"""Settings: account type, default language, and the limits per kind with a reset to the defaults."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inmail_studio.core.message import DEFAULT_LIMITS, LANGUAGES, Limits
from inmail_studio.core.settings import Preferences
from inmail_studio.ui import labels

_LIMIT_LABELS = {
    "subject_chars": "Subject: warn after (characters)",
    "subject_max_chars": "Subject: LinkedIn maximum (characters)",
    "body_min_words": "InMail: at least (words)",
    "body_max_words": "InMail: at most (words)",
    "body_max_chars": "InMail: LinkedIn maximum (characters)",
    "note_chars": "Connection note, premium (characters)",
    "note_chars_free": "Connection note, free account (characters)",
    "follow_up_max_words": "Follow-up: at most (words)",
    "sentence_words": "Longest sentence (words)",
}


class SettingsDialog(QDialog):
    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.account = QComboBox()
        self.account.addItem(self.tr("Premium (Career, Business, Sales Navigator, Recruiter)"), "premium")
        self.account.addItem(self.tr("Free"), "free")
        self.account.setCurrentIndex(self.account.findData(preferences.account))
        self.language = QComboBox()
        self.language.addItem(self.tr("Detect from the text"), "auto")
        for code in LANGUAGES:
            self.language.addItem(labels.LANGUAGES_OWN.get(code, code), code)
        self.language.setCurrentIndex(self.language.findData(preferences.default_language))
        self.sender_name = QLineEdit(preferences.sender_name)
        self.sender_name.setPlaceholderText(self.tr("fills {{ sender_name }} in every template"))
        self.sender_name.setAccessibleName(self.tr("Your name"))
        general = QFormLayout()
        general.addRow(self.tr("Your name"), self.sender_name)
        general.addRow(self.tr("LinkedIn account"), self.account)
        general.addRow(self.tr("Message language"), self.language)

        limits_box = self._limits_box(preferences)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(general)
        layout.addWidget(limits_box)
        layout.addWidget(buttons)

    def _limits_box(self, preferences: Preferences) -> QGroupBox:
        self.spins: dict[str, QSpinBox] = {}
        limits_form = QFormLayout()
        for f in fields(Limits):
            spin = QSpinBox(minimum=1, maximum=100_000)
            spin.setValue(getattr(preferences.limits, f.name))
            spin.setAccessibleName(self.tr(_LIMIT_LABELS[f.name]))
            limits_form.addRow(self.tr(_LIMIT_LABELS[f.name]), spin)
            self.spins[f.name] = spin
        # The word band cannot be turned inside out.
        self.spins["body_min_words"].valueChanged.connect(self.spins["body_max_words"].setMinimum)
        self.spins["body_max_words"].valueChanged.connect(self.spins["body_min_words"].setMaximum)
        self.spins["body_max_words"].setMinimum(self.spins["body_min_words"].value())
        self.spins["body_min_words"].setMaximum(self.spins["body_max_words"].value())
        reset = QPushButton(self.tr("Reset to LinkedIn's defaults"))
        reset.clicked.connect(self._on_reset_clicked)
        limits_form.addRow(reset)
        limits_box = QGroupBox(self.tr("Limits the coach checks"))
        limits_box.setLayout(limits_form)
        return limits_box

    def preferences(self) -> Preferences:
        limits = Limits(**{name: spin.value() for name, spin in self.spins.items()})
        return Preferences(account=self.account.currentData(), default_language=self.language.currentData(),
                           limits=limits, sender_name=self.sender_name.text().strip())

    @Slot()
    def _on_reset_clicked(self) -> None:
        for name, spin in self.spins.items():
            spin.setValue(getattr(DEFAULT_LIMITS, name))
