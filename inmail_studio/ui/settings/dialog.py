# SPDX-License-Identifier: GPL-3.0-or-later
"""Settings: your name, account type, the window's and the messages' language, and the limits
per kind with a reset to the defaults; on a second page the follow-up delays and contact memory
(ui/outreach/settings_form.py) and the InMail plan, reply windows and quotas (ui/results/settings_form.py)."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inmail_studio.core.message import DEFAULT_LIMITS, LANGUAGES, Limits
from inmail_studio.core.settings import Preferences
from inmail_studio.core.ui_language import FOLLOW_SYSTEM, UI_LANGUAGES
from inmail_studio.ui import labels
from inmail_studio.ui.labels import label
from inmail_studio.ui.translations import Retranslating

if TYPE_CHECKING:
    from inmail_studio.core.outreach.settings import OutreachSettings
    from inmail_studio.core.results.settings import ResultsSettings

_LIMIT_LABELS = {
    "subject_chars": QT_TRANSLATE_NOOP("SettingsDialog", "Subject: warn after (characters)"),
    "subject_max_chars": QT_TRANSLATE_NOOP("SettingsDialog", "Subject: LinkedIn maximum (characters)"),
    "body_min_words": QT_TRANSLATE_NOOP("SettingsDialog", "InMail: at least (words)"),
    "body_max_words": QT_TRANSLATE_NOOP("SettingsDialog", "InMail: at most (words)"),
    "body_max_chars": QT_TRANSLATE_NOOP("SettingsDialog", "InMail: LinkedIn maximum (characters)"),
    "note_chars": QT_TRANSLATE_NOOP("SettingsDialog", "Connection note, premium (characters)"),
    "note_chars_free": QT_TRANSLATE_NOOP("SettingsDialog", "Connection note, free account (characters)"),
    "follow_up_max_words": QT_TRANSLATE_NOOP("SettingsDialog", "Follow-up: at most (words)"),
    "sentence_words": QT_TRANSLATE_NOOP("SettingsDialog", "Longest sentence (words)"),
}


class SettingsDialog(Retranslating, QDialog):
    """`preferences()` and `ui_language()` ("system", "en" or "nl") give the choices after accept;
    with `outreach` and `results` settings given, a second page shows them: `outreach_box.settings()`
    and `results_form.settings()` read them back, `results_form.sig_real_balance(n)` fires when the
    user enters LinkedIn's own credit count."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None,
                 ui_language: str = FOLLOW_SYSTEM, outreach: OutreachSettings | None = None,
                 results: ResultsSettings | None = None) -> None:
        super().__init__(parent)
        self._original = preferences
        self.account = self._combo(list(labels.ACCOUNTS), preferences.account)
        self.language = self._combo(["auto", *LANGUAGES], preferences.default_language)
        self.ui_language_combo = self._combo([FOLLOW_SYSTEM, *UI_LANGUAGES], ui_language)
        self.sender_name = QLineEdit(preferences.sender_name)
        self.general = QFormLayout()
        for field in (self.sender_name, self.account, self.language, self.ui_language_combo):
            self.general.addRow(QLabel(), field)

        self.limits_box = self._limits_box(preferences)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.pages: QTabWidget | None = None
        if outreach is None or results is None:
            layout.addLayout(self.general)
            layout.addWidget(self.limits_box)
        else:
            layout.addWidget(self._pages(outreach, results))
        layout.addWidget(buttons)
        self.retranslate()

    def _pages(self, outreach: OutreachSettings, results: ResultsSettings) -> QTabWidget:
        from inmail_studio.ui.outreach.settings_form import OutreachSettingsBox
        from inmail_studio.ui.results.settings_form import ResultsSettingsForm

        writing = QWidget()
        column = QVBoxLayout(writing)
        column.addLayout(self.general)
        column.addWidget(self.limits_box)
        column.addStretch(1)
        self.outreach_box = OutreachSettingsBox(outreach)
        self.results_form = ResultsSettingsForm()
        self.results_form.set_settings(results)
        log_page = QWidget()
        column = QVBoxLayout(log_page)
        column.addWidget(self.outreach_box)
        self.results_box = QGroupBox()
        QVBoxLayout(self.results_box).addWidget(self.results_form)
        column.addWidget(self.results_box)
        column.addStretch(1)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(log_page)  # a scroll area gives wrapped notes their height (a tab page alone does not)
        hint = log_page.sizeHint()
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumSize(hint.width() + bar, min(hint.height() + 40, 660))  # no scrolling on a usual screen
        self.pages = QTabWidget()
        self.pages.addTab(writing, "")
        self.pages.addTab(scroll, "")
        return self.pages

    def _limits_box(self, preferences: Preferences) -> QGroupBox:
        self.spins: dict[str, QSpinBox] = {}
        self.limits_form = QFormLayout()
        for f in fields(Limits):
            spin = QSpinBox(minimum=1, maximum=100_000)
            spin.setValue(getattr(preferences.limits, f.name))
            self.limits_form.addRow(QLabel(), spin)
            self.spins[f.name] = spin
        # The word band cannot be turned inside out.
        self.spins["body_min_words"].valueChanged.connect(self.spins["body_max_words"].setMinimum)
        self.spins["body_max_words"].valueChanged.connect(self.spins["body_min_words"].setMaximum)
        self.spins["body_max_words"].setMinimum(self.spins["body_min_words"].value())
        self.spins["body_min_words"].setMaximum(self.spins["body_max_words"].value())
        self.reset = QPushButton()
        self.reset.clicked.connect(self._on_reset_clicked)
        self.limits_form.addRow(self.reset)
        box = QGroupBox()
        box.setLayout(self.limits_form)
        return box

    def retranslate(self) -> None:
        """Every text of the dialog, in the window's language."""
        self.setWindowTitle(self.tr("Settings"))
        self._set_items(self.account, [label(labels.ACCOUNTS, code) for code in labels.ACCOUNTS])
        # Languages are named in their own language where one is chosen.
        self._set_items(self.language, [self.tr("Detect from the text"),
                                        *(labels.LANGUAGES_OWN.get(code, code) for code in LANGUAGES)])
        self._set_items(self.ui_language_combo,
                        [self.tr("Follow the system"), *(labels.LANGUAGES_OWN[code] for code in UI_LANGUAGES)])
        self.sender_name.setPlaceholderText(self.tr("fills {{ sender_name }} in every template"))
        names = (self.tr("Your name"), self.tr("LinkedIn account"), self.tr("Message language"),
                 self.tr("App language"))
        for row, (name, field) in enumerate(zip(names, (self.sender_name, self.account, self.language,
                                                        self.ui_language_combo), strict=True)):
            self._row_label(self.general, row).setText(name)
            field.setAccessibleName(name)
        for row, (key, spin) in enumerate(self.spins.items()):
            text = QCoreApplication.translate("SettingsDialog", _LIMIT_LABELS[key])
            self._row_label(self.limits_form, row).setText(text)
            spin.setAccessibleName(text)
        self.reset.setText(self.tr("Reset to LinkedIn's defaults"))
        self.limits_box.setTitle(self.tr("Limits the coach checks"))
        if self.pages is not None:
            self.pages.setTabText(0, self.tr("Writing"))
            self.pages.setTabText(1, self.tr("Follow-ups and results"))
            self.results_box.setTitle(self.tr("InMail credits, reply windows and LinkedIn's limits"))

    @staticmethod
    def _row_label(form: QFormLayout, row: int) -> QLabel:
        return form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()  # type: ignore[return-value]

    @staticmethod
    def _combo(codes: list[str], current: str) -> QComboBox:
        combo = QComboBox()
        for code in codes:
            combo.addItem("", code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    @staticmethod
    def _set_items(combo: QComboBox, texts: list[str]) -> None:
        for index, text in enumerate(texts):
            combo.setItemText(index, text)

    def preferences(self) -> Preferences:
        limits = Limits(**{name: spin.value() for name, spin in self.spins.items()})
        return replace(self._original, account=self.account.currentData(),
                       default_language=self.language.currentData(), limits=limits,
                       sender_name=self.sender_name.text().strip())

    def ui_language(self) -> str:
        """"system", "en" or "nl"."""
        return self.ui_language_combo.currentData()

    @Slot()
    def _on_reset_clicked(self) -> None:
        for name, spin in self.spins.items():
            spin.setValue(getattr(DEFAULT_LIMITS, name))
