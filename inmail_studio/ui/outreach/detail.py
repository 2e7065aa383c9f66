# SPDX-License-Identifier: GPL-3.0-or-later
"""One sent message, exactly as it was sent: who, when, from which template and list, and its text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from inmail_studio.core.outreach.model import LogItem
from inmail_studio.ui.outreach.texts import kind_label, source_label, when
from inmail_studio.ui.translations import Retranslating


def _value() -> QLabel:
    label = QLabel(wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SentDetail(Retranslating, QWidget):
    """`show_item(item)` fills it, `show_item(None)` empties it; `outcome_text` is the table's wording."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person, self.kind, self.sent, self.template = _value(), _value(), _value(), _value()
        self.list_name, self.outcome, self.source = _value(), _value(), _value()
        self.subject = QLineEdit(readOnly=True)
        self.body = QPlainTextEdit(readOnly=True)
        self.body.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._rows = [QLabel() for _ in range(8)]
        for caption, field in zip(self._rows, (self.person, self.kind, self.sent, self.template, self.list_name,
                                               self.outcome, self.source, self.subject), strict=True):
            self._form.addRow(caption, field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._form)
        layout.addWidget(self.body, 1)
        self.retranslate()
        self.show_item(None)

    def retranslate(self) -> None:
        captions = (self.tr("To"), self.tr("Kind"), self.tr("Sent"), self.tr("Template"), self.tr("List"),
                    self.tr("Outcome"), self.tr("From"), self.tr("Subject"))
        for label, text in zip(self._rows, captions, strict=True):
            label.setText(text)
        self.body.setPlaceholderText(self.tr("Choose a message to see what was sent."))

    def show_item(self, item: LogItem | None, outcome_text: str = "", template_text: str | None = None) -> None:
        """Show `item` (None: nothing); `template_text` names its template (by default its id and variant)."""
        if item is None:
            for field in (self.person, self.kind, self.sent, self.template, self.list_name, self.outcome, self.source):
                field.clear()
            self.subject.clear()
            self.body.clear()
            return
        person = item.to_name or item.profile_url
        if item.profile_url and item.to_name:
            person = f"{item.to_name} — {item.profile_url}"
        self.person.setText(person)
        self.kind.setText(kind_label(item.kind))
        self.sent.setText(when(item.sent_at))
        if template_text is None:
            template_text = " · ".join(p for p in (item.template_id or "", item.variant or "") if p)
        self.template.setText(template_text)
        self.list_name.setText(item.list_name or "")
        self.outcome.setText(outcome_text)
        self.source.setText(source_label(item.source))
        self.subject.setText(item.subject)
        self.body.setPlainText(item.body if item.body or item.kind != "connection_request" else "")
        if not item.body and item.kind == "connection_request":
            self.body.setPlaceholderText(self.tr("Sent without a note."))
        else:
            self.body.setPlaceholderText(self.tr("Choose a message to see what was sent."))
