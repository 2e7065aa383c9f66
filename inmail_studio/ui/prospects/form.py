# SPDX-License-Identifier: GPL-3.0-or-later
"""The prospect form: one field per template variable, labelled so a person can read it."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from inmail_studio.core.compose import readable_label

# Hints for the variables most templates use; others get their readable name.
_HINTS = {
    "first_name": "e.g. Sanne",
    "company": "their company",
    "recent_post": "a post or article of theirs you read",
    "recent_post_topic": "what their recent post was about",
    "shared_connection": "someone you both know",
    "shared_interest": "an interest, group or event you share",
    "challenge": "a specific challenge of their team or company",
    "position": "their job title",
    "sender_name": "your name, as you sign",
}


class ProspectForm(QWidget):
    """`sig_value_changed(name, value)` fires as the user types in a field."""

    sig_value_changed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QLineEdit] = {}
        self._form = QFormLayout()
        self._empty = QLabel(self.tr("Pick a template to fill it in for a prospect."), wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Prospect</b>")))
        layout.addWidget(self._empty)
        layout.addLayout(self._form)
        layout.addStretch(1)

    def set_variables(self, variables: list[str], values: Mapping[str, str]) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        self.fields = {}
        for name in variables:
            edit = QLineEdit(values.get(name, ""))
            edit.setObjectName(f"field_{name}")
            edit.setPlaceholderText(self.tr(_HINTS.get(name, "")))
            edit.setAccessibleName(readable_label(name))
            edit.setClearButtonEnabled(True)
            edit.textEdited.connect(self._make_handler(name))
            self._form.addRow(readable_label(name), edit)
            self.fields[name] = edit
        self._empty.setVisible(not variables)

    def update_values(self, values: Mapping[str, str]) -> None:
        """Show values set elsewhere without disturbing the field being typed in."""
        for name, edit in self.fields.items():
            value = values.get(name, "")
            if edit.text() != value and not edit.hasFocus():
                edit.setText(value)

    def _make_handler(self, name: str):  # type: ignore[no-untyped-def]
        @Slot(str)
        def handler(value: str) -> None:
            self.sig_value_changed.emit(name, value)

        return handler
