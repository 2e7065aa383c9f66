# SPDX-License-Identifier: GPL-3.0-or-later
"""The outreach log's part of Settings: the follow-up delay per kind and the contact-memory window."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from inmail_studio.core.message import KINDS
from inmail_studio.core.outreach.settings import MAX_DAYS, OutreachSettings
from inmail_studio.ui.translations import Retranslating


def _days() -> QSpinBox:
    return QSpinBox(minimum=1, maximum=MAX_DAYS)


class OutreachSettingsBox(Retranslating, QGroupBox):
    """A group box for the Settings dialog: `set_settings(s)` shows them, `settings()` reads them back."""

    def __init__(self, settings: OutreachSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.delays = {kind: _days() for kind in KINDS}
        self.memory = _days()
        self._labels = {kind: QLabel() for kind in KINDS}
        self._memory_label = QLabel()
        form = QFormLayout(self)
        for kind in KINDS:
            form.addRow(self._labels[kind], self.delays[kind])
        form.addRow(self._memory_label, self.memory)
        self.retranslate()
        self.set_settings(settings)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Follow-ups and contact memory"))
        # one whole sentence per kind: Dutch inflects around the kind ("een openstaand connectieverzoek")
        sentences = {"inmail": self.tr("Follow up a pending InMail after"),
                     "connection_request": self.tr("Follow up a pending connection request after"),
                     # a follow-up never makes its person due again (followup.due_list): its delay
                     # only says when the Sent tab shows it as unanswered
                     "follow_up": self.tr("Count a follow-up as unanswered after")}
        for kind, label in self._labels.items():
            label.setText(sentences[kind])
        self._memory_label.setText(self.tr("Warn when you wrote to someone in the last"))
        for spin in (*self.delays.values(), self.memory):
            spin.setSuffix(self.tr(" days"))
            spin.setAccessibleDescription(self.tr("days"))

    def set_settings(self, settings: OutreachSettings) -> None:
        for kind, spin in self.delays.items():
            spin.setValue(settings.delay(kind).days)
        self.memory.setValue(settings.memory_days)

    def settings(self) -> OutreachSettings:
        """The values shown, as core settings (the spin boxes keep them within 1–365 days)."""
        chosen = OutreachSettings().with_memory(self.memory.value())
        for kind, spin in self.delays.items():
            chosen = chosen.with_delay(kind, spin.value())
        return chosen
