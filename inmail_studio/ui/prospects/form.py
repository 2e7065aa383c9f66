# SPDX-License-Identifier: GPL-3.0-or-later
"""The prospect form: one field per template variable, the person's own apart from the list's."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from inmail_studio.ui.labels import variable_label
from inmail_studio.ui.translations import Retranslating

# Hints for the variables most templates use; others say they are still to fill in.
_HINTS = {
    "first_name": QT_TRANSLATE_NOOP("ProspectForm", "e.g. Sanne"),
    "company": QT_TRANSLATE_NOOP("ProspectForm", "their company"),
    "recent_post": QT_TRANSLATE_NOOP("ProspectForm", "a post or article of theirs you read"),
    "recent_post_topic": QT_TRANSLATE_NOOP("ProspectForm", "what their recent post was about"),
    "shared_connection": QT_TRANSLATE_NOOP("ProspectForm", "someone you both know"),
    "shared_interest": QT_TRANSLATE_NOOP("ProspectForm", "an interest, group or event you share"),
    "challenge": QT_TRANSLATE_NOOP("ProspectForm", "a specific challenge of their team or company"),
    "position": QT_TRANSLATE_NOOP("ProspectForm", "their job title"),
    "sender_name": QT_TRANSLATE_NOOP("ProspectForm", "your name, as you sign"),
}


class ProspectForm(Retranslating, QWidget):
    """`sig_value_changed(name, value)` fires as the user types in a field.

    With `list_wide` names the fields come in two groups: "For this person" (their own details,
    empty for each new person) and "For everyone in this list" (the vacancy, the client, your name).
    An empty field is "to fill in": said in neutral words here, flagged by the coach in the text.
    """

    sig_value_changed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QLineEdit] = {}
        self.list_wide: frozenset[str] = frozenset()
        self._person_title = QLabel(objectName="personFieldsTitle")
        self._form = QFormLayout()
        self._shared_title = QLabel(objectName="listFieldsTitle")
        self._shared = QFormLayout()
        self._empty = QLabel(wordWrap=True)
        self.to_fill_label = QLabel(objectName="toFillLabel")
        self._title = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._title)
        layout.addWidget(self._empty)
        layout.addWidget(self.to_fill_label)
        layout.addWidget(self._person_title)
        layout.addLayout(self._form)
        layout.addWidget(self._shared_title)
        layout.addLayout(self._shared)
        layout.addStretch(1)
        self.retranslate()
        self._show_groups()

    def retranslate(self) -> None:
        """Every text of the form, field labels included, in the window's language."""
        self._title.setText(self.tr("<b>Prospect</b>"))
        self._empty.setText(self.tr("Pick a template to fill it in for a prospect."))
        self._person_title.setText(self.tr("<b>For this person</b>"))
        self._shared_title.setText(self.tr("<b>For everyone in this list</b>"))
        for name, edit in self.fields.items():
            edit.setPlaceholderText(self._hint(name))
            edit.setAccessibleName(variable_label(name))
            form = self._shared if name in self.list_wide else self._form
            row_label = form.labelForField(edit)
            if isinstance(row_label, QLabel):
                row_label.setText(variable_label(name))
        self._show_to_fill()

    def set_variables(self, variables: list[str], values: Mapping[str, str],
                      list_wide: Collection[str] = ()) -> None:
        """One field per variable, in the given order; `list_wide` ones in their own group."""
        for form in (self._form, self._shared):
            while form.rowCount():
                form.removeRow(0)
        self.fields = {}
        self.list_wide = frozenset(list_wide)
        for name in variables:
            edit = QLineEdit(values.get(name, ""))
            edit.setObjectName(f"field_{name}")
            edit.setPlaceholderText(self._hint(name))
            edit.setAccessibleName(variable_label(name))
            edit.setClearButtonEnabled(True)
            edit.textEdited.connect(self._make_handler(name))
            edit.textChanged.connect(self._show_to_fill)
            (self._shared if name in self.list_wide else self._form).addRow(variable_label(name), edit)
            self.fields[name] = edit
        self._show_groups()
        self._show_to_fill()

    def update_values(self, values: Mapping[str, str]) -> None:
        """Show values set elsewhere without disturbing the field being typed in."""
        for name, edit in self.fields.items():
            value = values.get(name, "")
            if edit.text() != value and not edit.hasFocus():
                edit.setText(value)

    def to_fill(self) -> list[str]:
        """The variables whose field is still empty, in the form's order."""
        return [name for name, edit in self.fields.items() if not edit.text().strip()]

    def _hint(self, name: str) -> str:
        hint = _HINTS.get(name)
        return QCoreApplication.translate("ProspectForm", hint) if hint else self.tr("to fill in")

    def _show_groups(self) -> None:
        split = bool(self.list_wide & self.fields.keys())
        self._person_title.setVisible(split and self._form.rowCount() > 0)
        self._shared_title.setVisible(split)
        self._empty.setVisible(not self.fields)

    @Slot()
    def _show_to_fill(self) -> None:
        # Always one line while there are fields, so filling in the last one moves nothing.
        left = len(self.to_fill())
        if left == 0:
            text = self.tr("Every detail is filled in.")
        else:
            # Singular apart, so English reads right even before its plural catalogue is loaded.
            text = self.tr("1 detail to fill in") if left == 1 else self.tr("%n details to fill in", "", left)
        self.to_fill_label.setText(text)
        self.to_fill_label.setVisible(bool(self.fields))

    def _make_handler(self, name: str):  # type: ignore[no-untyped-def]
        @Slot(str)
        def handler(value: str) -> None:
            self.sig_value_changed.emit(name, value)

        return handler
