# SPDX-License-Identifier: GPL-3.0-or-later
"""Reply rates by list, kind, language or month: a choice and a table, each rate with its counts and interval."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from inmail_studio.core.results.rates import Rate
from inmail_studio.ui.results import tables, texts

CHOICES = {
    "list": QT_TRANSLATE_NOOP("Results", "Prospect list"),
    "kind": QT_TRANSLATE_NOOP("Results", "Kind of message"),
    "language": QT_TRANSLATE_NOOP("Results", "Language"),
    "month": QT_TRANSLATE_NOOP("Results", "Month sent"),
}
HEADERS = (QT_TRANSLATE_NOOP("Results", "Group"), QT_TRANSLATE_NOOP("Results", "Replies within the window"))
NAMES = {
    ("list", None): QT_TRANSLATE_NOOP("Results", "not from a list"),
    ("kind", "inmail"): QT_TRANSLATE_NOOP("Results", "InMail"),
    ("kind", "follow_up"): QT_TRANSLATE_NOOP("Results", "Follow-up"),
    ("language", "en"): QT_TRANSLATE_NOOP("Results", "English"),
    ("language", "nl"): QT_TRANSLATE_NOOP("Results", "Dutch"),
    ("language", ""): QT_TRANSLATE_NOOP("Results", "not known"),
}


def group_label(choice: str, key: object) -> str:
    """A group's name in the window's language."""
    if (choice, key) in NAMES:
        return texts.tr(NAMES[(choice, key)])
    return texts.month_label(str(key)) if choice == "month" else str(key)


class GroupRates(QWidget):
    """`show_groups(summary.groups)`; the user picks which grouping the table shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups: dict[str, dict[object, Rate]] = {}
        self.title = QLabel()
        self.choice = QComboBox()
        for code in CHOICES:
            self.choice.addItem("", code)
        self.choice.currentIndexChanged.connect(self._on_choice_changed)
        self.table = tables.new_table(HEADERS)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.choice)
        header.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.table)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("<b>Reply rates by</b>"))
        for index in range(self.choice.count()):
            self.choice.setItemText(index, texts.tr(CHOICES[self.choice.itemData(index)]))
        tables.retranslate_headers(self.table, HEADERS)
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_groups(self, groups: dict[str, dict[object, Rate]]) -> None:
        self.groups = groups
        self._fill()

    @Slot()
    def _on_choice_changed(self) -> None:
        self._fill()

    def _fill(self) -> None:
        choice = self.choice.currentData()
        rows = [[group_label(choice, key), texts.rate_line(rate, texts.tr(tables.REPLIED), tables.MIN_COUNTED)]
                for key, rate in self.groups.get(choice, {}).items()]
        tables.fill_rows(self.table, rows)
