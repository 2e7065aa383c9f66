# SPDX-License-Identifier: GPL-3.0-or-later
"""A template chooser for a prospect list: grouped by kind and language, searchable by typing."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from inmail_studio.core.message import KINDS, LANGUAGES
from inmail_studio.core.templates import Template
from inmail_studio.ui import labels
from inmail_studio.ui.translations import Retranslating

_TITLE_ROLE = Qt.ItemDataRole.UserRole + 2  # a template row's title, what the search matches


class TemplatePicker(Retranslating, QComboBox):
    """A combo box whose rows are templates under headings ("InMail · Nederlands"); the headings
    cannot be chosen. Typing searches the titles (any part of them) and offers the matches.

    `currentData()` is the chosen template's id (None for the first row, `none_text`), as with a
    plain combo.
    """

    def __init__(self, none_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.none_text = none_text  # the first row's text ("(choose a template)"), set before set_templates
        self.setModel(QStandardItemModel(self))
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._titles = QSortFilterProxyModel(self)
        self._titles.setSourceModel(self.model())
        self._titles.setFilterRole(_TITLE_ROLE)
        self._titles.setFilterRegularExpression(".+")  # headings have no title: never offered
        completer = QCompleter(self._titles, self)
        completer.setCompletionRole(_TITLE_ROLE)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated[str].connect(self._on_completer_activated)
        self.setCompleter(completer)
        self.lineEdit().editingFinished.connect(self._on_editing_finished)
        self.currentIndexChanged.connect(self._show_start)
        self.retranslate()

    def retranslate(self) -> None:
        """The search field's hint in the window's language (the rows come from the panel's refresh)."""
        self.lineEdit().setPlaceholderText(self.tr("Type to search templates"))

    def set_templates(self, templates: Iterable[Template], keep: str | None = None) -> None:
        """Fill the list (signals blocked) and select `keep` when it is still there."""
        self.blockSignals(True)
        model: QStandardItemModel = self.model()  # type: ignore[assignment]
        model.clear()
        model.appendRow(self._row(self.none_text, None))
        groups: dict[tuple[str, str], list[Template]] = {}
        for t in templates:
            groups.setdefault((t.kind, t.language), []).append(t)
        order = {k: i for i, k in enumerate(KINDS)} | {lang: i for i, lang in enumerate(LANGUAGES)}
        for kind, language in sorted(groups, key=lambda g: (order.get(g[0], 99), order.get(g[1], 99), g)):
            heading = QStandardItem(f"{labels.label(labels.KINDS, kind)} · "
                                    f"{labels.LANGUAGES_OWN.get(language, language)}")
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            model.appendRow(heading)
            for t in sorted(groups[(kind, language)], key=lambda t: t.title.casefold()):
                model.appendRow(self._row(t.title, t.id, t.title))
        self.setCurrentIndex(max(0, self.findData(keep)))
        self.blockSignals(False)
        self._show_start()

    @staticmethod
    def _row(text: str, template_id: str | None, title: str | None = None) -> QStandardItem:
        item = QStandardItem(text)
        item.setData(template_id, Qt.ItemDataRole.UserRole)
        item.setData(title, _TITLE_ROLE)
        return item

    def select_id(self, template_id: str | None) -> bool:
        """Choose a template by id as the user would (signals fire); False when it is not listed."""
        index = self.findData(template_id)
        if index < 0:
            return False
        self.setCurrentIndex(index)
        return True

    @Slot(str)
    def _on_completer_activated(self, title: str) -> None:
        for row in range(self.count()):
            if self.itemData(row, _TITLE_ROLE) == title:
                self.setCurrentIndex(row)
                break
        QTimer.singleShot(0, self._show_start)  # the completer puts the cursor at the end after this

    @Slot()
    def _show_start(self) -> None:
        self.lineEdit().setCursorPosition(0)  # a long title shows its beginning, not its end

    @Slot()
    def _on_editing_finished(self) -> None:
        # Text that names no template puts the chosen one's name back.
        self.lineEdit().setText(self.itemText(self.currentIndex()))
