# SPDX-License-Identifier: GPL-3.0-or-later
"""The column-mapping step of an import: the guess, shown with sample values, for the user to correct."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inmail_studio.core.prospects import Preview
from inmail_studio.ui.labels import variable_label
from inmail_studio.ui.translations import Retranslating

FIELDS = ["first_name", "last_name", "full_name", "company", "position", "profile_url", "email", "recent_post",
          "shared_connection", "shared_interest", "challenge", "notes", "connected_on", "location", "industry"]
_ENCODINGS = {"utf-8": "UTF-8", "utf-8-sig": QT_TRANSLATE_NOOP("MappingDialog", "UTF-8 (with BOM)"),
              "utf-16": "UTF-16", "utf-16-le": "UTF-16", "utf-16-be": "UTF-16", "cp1252": "Windows-1252"}
_DELIMITERS = {",": QT_TRANSLATE_NOOP("MappingDialog", "a comma"),
               ";": QT_TRANSLATE_NOOP("MappingDialog", "a semicolon"),
               "\t": QT_TRANSLATE_NOOP("MappingDialog", "a tab"),
               "|": QT_TRANSLATE_NOOP("MappingDialog", "a vertical bar")}


def _said(table: dict[str, str], key: str) -> str:
    """`key`'s words from `table` in the window's language (an unknown key as itself)."""
    return QCoreApplication.translate("MappingDialog", table[key]) if key in table else key


class MappingDialog(Retranslating, QDialog):
    """One row per column: its name, sample values, and the field it fills (or "ignore")."""

    def __init__(self, preview: Preview, list_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(760, 480)
        self.preview = preview
        self.name = QLineEdit(list_name)
        self.name_label, self.found = QLabel(), QLabel(wordWrap=True)
        self.table = self._table(len(preview.header))
        self.combos: list[QComboBox] = []
        for row, (column, guess) in enumerate(zip(preview.header, preview.mapping, strict=True)):
            name = QTableWidgetItem(column)
            name.setToolTip(column)
            self.table.setItem(row, 0, name)
            examples = [r[row] for r in preview.rows if row < len(r) and r[row].strip()][:2]
            example = QTableWidgetItem(" · ".join(examples))
            example.setToolTip("\n".join(examples))
            self.table.setItem(row, 1, example)
            combo = self._field_combo(guess)
            self.table.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.name_label, self.name, self.found):
            layout.addWidget(widget)
        self.rows_label: QLabel | None = None
        if getattr(preview, "total", None) is not None:
            self.rows_label = QLabel(objectName="rowsLabel")
            layout.addWidget(self.rows_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the dialog, in the window's language."""
        self.setWindowTitle(self.tr("Import prospects"))
        self.name_label.setText(self.tr("List name"))
        self.name.setAccessibleName(self.tr("List name"))
        self.found.setText(self.tr("Read as %1, columns separated by %2. Check which field each column fills:")
                           .replace("%1", _said(_ENCODINGS, self.preview.encoding))
                           .replace("%2", _said(_DELIMITERS, self.preview.delimiter)))
        if self.rows_label is not None:
            total = self.preview.total  # type: ignore[attr-defined]
            self.rows_label.setText(self.tr("1 row in the file") if total == 1
                                    else self.tr("%n rows in the file", "", total))
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Example"), self.tr("Fills")])
        for column, combo in zip(self.preview.header, self.combos, strict=True):
            combo.setAccessibleName(self.tr("Field for column %1").replace("%1", column))
            combo.setItemText(0, self.tr("(ignore)"))
            for index in range(1, combo.count()):
                combo.setItemText(index, variable_label(combo.itemData(index)))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))

    def _table(self, rows: int) -> QTableWidget:
        table = QTableWidget(rows, 3)
        header = table.horizontalHeader()
        # Column names are shown whole ("Connected On", "Email Address"): the examples give way.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setVisible(False)
        return table

    @staticmethod
    def _field_combo(guess: str | None) -> QComboBox:
        """The field a column fills: one of ours, the guess, or none (texts set in retranslate)."""
        combo = QComboBox()
        combo.addItem("", None)
        for name in FIELDS + ([guess] if guess and guess not in FIELDS else []):
            combo.addItem("", name)
        combo.setCurrentIndex(max(0, combo.findData(guess)))
        return combo

    def mapping(self) -> list[str | None]:
        return [combo.currentData() for combo in self.combos]
