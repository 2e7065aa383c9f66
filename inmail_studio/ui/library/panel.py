# SPDX-License-Identifier: GPL-3.0-or-later
"""The template library: search as you type, filter by kind, language, goal, DMU role and phase."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inmail_studio.core.message import KINDS, LANGUAGES
from inmail_studio.core.preview import phone_lines
from inmail_studio.core.templates import DMU_ROLES, GOALS, PHASES, Template, TemplateLibrary
from inmail_studio.core.templates.search import TemplateFilter, filter_templates
from inmail_studio.ui import labels
from inmail_studio.ui.delegates import TwoLineDelegate
from inmail_studio.ui.theme import escape as _escape
from inmail_studio.ui.translations import Retranslating

if TYPE_CHECKING:
    from inmail_studio.core.workspace import Workspace

_OPENING_LINES = 3  # lines of the body the template preview shows, blank ones left out
_ID_ROLE = Qt.ItemDataRole.UserRole + 1
FILTERS_STATE = "library_filters"  # the window state the filters are kept under
# The customer-journey phases in plain words; the marketing names stay in the tooltips.
PHASE_WORDS = {
    "ZMOT": QT_TRANSLATE_NOOP("LibraryPanel", "exploring"),
    "FMOT": QT_TRANSLATE_NOOP("LibraryPanel", "comparing"),
    "SMOT": QT_TRANSLATE_NOOP("LibraryPanel", "after buying"),
}
PHASE_TIPS = {
    "ZMOT": QT_TRANSLATE_NOOP("LibraryPanel", "Exploring (ZMOT, the zero moment of truth): the reader is looking "
                                              "into a need on their own, before talking to anyone."),
    "FMOT": QT_TRANSLATE_NOOP("LibraryPanel", "Comparing (FMOT, the first moment of truth): the reader is weighing "
                                              "options, offers or people side by side."),
    "SMOT": QT_TRANSLATE_NOOP("LibraryPanel", "After buying (SMOT, the second moment of truth): the reader has "
                                              "chosen and now lives with the choice."),
}
ROLE_TIP = QT_TRANSLATE_NOOP("LibraryPanel", "The reader's role in the decision (the DMU, decision-making unit: "
                                             "the people who decide on a purchase or a hire together): initiator, "
                                             "influencer, gatekeeper, decision maker, buyer or user.")


# Each filter: the label of "no filter" and the combo's name for a screen reader.
_FILTERS = {
    "kind": (QT_TRANSLATE_NOOP("LibraryPanel", "Any kind"), QT_TRANSLATE_NOOP("LibraryPanel", "Filter by kind")),
    "language": (QT_TRANSLATE_NOOP("LibraryPanel", "Any language"),
                 QT_TRANSLATE_NOOP("LibraryPanel", "Filter by language")),
    "goal": (QT_TRANSLATE_NOOP("LibraryPanel", "Any goal"), QT_TRANSLATE_NOOP("LibraryPanel", "Filter by goal")),
    "dmu": (QT_TRANSLATE_NOOP("LibraryPanel", "Any reader's role"),
            QT_TRANSLATE_NOOP("LibraryPanel", "Filter by the reader's role")),
    "phase": (QT_TRANSLATE_NOOP("LibraryPanel", "Any phase"), QT_TRANSLATE_NOOP("LibraryPanel", "Filter by phase")),
}
_FILTER_VALUES = {"kind": KINDS, "language": LANGUAGES, "goal": GOALS, "dmu": DMU_ROLES, "phase": PHASES}


def _word(text: str) -> str:
    """A text marked in the tables above, in the window's language."""
    return QCoreApplication.translate("LibraryPanel", text)


def _value_label(key: str, value: str) -> str:
    """How a filter names one of its values ("Recruiting", "Nederlands", "Comparing")."""
    if key == "kind":
        return labels.label(labels.KINDS, value)
    if key == "language":
        return labels.LANGUAGES_OWN.get(value, value)  # a language is named in its own language
    if key == "goal":
        return labels.label(labels.GOALS, value)
    if key == "dmu":
        return labels.label(labels.DMU_ROLES, value)
    return phase_word(value).capitalize()


def phase_word(phase: str) -> str:
    """"FMOT" → "comparing" (in the window's language); an unknown phase shows as itself."""
    return _word(PHASE_WORDS[phase]) if phase in PHASE_WORDS else phase


def role_word(role: str) -> str:
    """"decision maker" → "decision maker" in the window's language, lower case for running text."""
    return labels.label(labels.DMU_ROLES, role).lower()


class LibraryPanel(Retranslating, QWidget):
    """`sig_template_chosen(id)` when the user wants to write from a template."""

    sig_template_chosen = Signal(str)
    sig_new_requested = Signal()
    sig_edit_requested = Signal(str)
    sig_duplicate_requested = Signal(str)
    sig_delete_requested = Signal(str)

    def __init__(self, library: TemplateLibrary, parent: QWidget | None = None, fill: bool = True) -> None:
        """`fill=False` leaves the list empty until `refresh()` (the window fills it after its first frame)."""
        super().__init__(parent)
        self.library = library
        self._filled = fill
        self._workspace: Workspace | None = None  # where the filters are kept (remember_filters)
        self.search = QLineEdit(clearButtonEnabled=True)
        grid = self._filters()
        self._build_list()
        manage = self._buttons()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(grid)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.skipped_label)
        layout.addWidget(self.preview)
        layout.addWidget(self.use_button)
        layout.addLayout(manage)
        self.search.textChanged.connect(self.refresh)
        self.search.returnPressed.connect(self._on_use_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the panel in the window's language; a filled list is filled again."""
        self.search.setPlaceholderText(self.tr("Search templates (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search templates"))
        for key, combo in self.filters.items():
            anything, name = _FILTERS[key]
            combo.setAccessibleName(_word(name))
            combo.setItemText(0, _word(anything))
            for index in range(1, combo.count()):
                combo.setItemText(index, _value_label(key, combo.itemData(index)))
            self._explain(key, combo)
        self.list.setAccessibleName(self.tr("Templates"))
        for button, text in ((self.use_button, self.tr("Write from this template")), (self.new_button, self.tr("New")),
                             (self.edit_button, self.tr("Edit")), (self.duplicate_button, self.tr("Duplicate")),
                             (self.delete_button, self.tr("Delete"))):
            button.setText(text)
        if self._filled:
            self.refresh()

    def _filters(self) -> QGridLayout:
        self.filters: dict[str, QComboBox] = {}
        grid = QGridLayout()
        for index, (key, values) in enumerate(_FILTER_VALUES.items()):
            combo = QComboBox()
            for value in ("", *values):
                combo.addItem("", value)
            combo.currentIndexChanged.connect(self.refresh)
            self.filters[key] = combo
            grid.addWidget(combo, index // 2, index % 2)
        return grid

    def _build_list(self) -> None:
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Templates"))
        TwoLineDelegate.install(self.list)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAlternatingRowColors(True)
        self.list.currentItemChanged.connect(self._on_list_current_changed)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.list.itemDoubleClicked.connect(self._on_list_item_activated)
        self.count_label = QLabel()
        # Template files that could not be read: named with the reason, so a typo in one's own file
        # is found (the other templates load as usual).
        self.skipped_label = QLabel(wordWrap=True, visible=False)
        self.skipped_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.preview.setMinimumHeight(110)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

    def _buttons(self) -> QHBoxLayout:
        self.use_button = QPushButton(enabled=False)
        self.use_button.setDefault(True)
        self.use_button.clicked.connect(self._on_use_clicked)
        self.new_button = QPushButton()
        self.edit_button = QPushButton(enabled=False)
        self.duplicate_button = QPushButton(enabled=False)
        self.delete_button = QPushButton(enabled=False)
        self.new_button.clicked.connect(self.sig_new_requested)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.duplicate_button.clicked.connect(self._on_duplicate_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        manage = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.duplicate_button, self.delete_button):
            manage.addWidget(button)
        return manage

    def remember_filters(self, workspace: Workspace, ui_language: str) -> None:
        """Show the filters as the user left them (kept with `workspace`'s window state), at first
        the templates in the window's language ("Any language" stays one choice away); keep every
        change for the next start."""
        kept = workspace.window_state(FILTERS_STATE)
        chosen = kept if isinstance(kept, dict) else {"language": ui_language}
        for key, combo in self.filters.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(str(chosen.get(key, "")))))
            combo.blockSignals(False)
            combo.currentIndexChanged.connect(self._keep_filters)
        self._workspace = workspace
        if self._filled:
            self.refresh()

    @Slot()
    def _keep_filters(self) -> None:
        if self._workspace is not None:
            state = {key: combo.currentData() or "" for key, combo in self.filters.items()}
            self._workspace.keep_window_state(FILTERS_STATE, state)

    def criteria(self) -> TemplateFilter:
        values = {key: combo.currentData() or "" for key, combo in self.filters.items()}
        return TemplateFilter(query=self.search.text(), **values)

    @Slot()
    def refresh(self, select: str | None = None) -> None:
        self._filled = True
        keep = select or self.current_id()
        templates = filter_templates(self.library, self.criteria())
        self.list.blockSignals(True)
        self.list.clear()
        for template in templates:
            mine = "" if template.builtin else self.tr("  ★ mine")
            item = QListWidgetItem(f"{template.title}{mine}\n{self._subtitle(template)}")
            item.setData(_ID_ROLE, template.id)
            item.setToolTip(self._tooltip(template))
            self.list.addItem(item)
            if template.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self.count_label.setText(self.tr("%n template(s)", "", len(templates)))
        self._show_skipped()
        self._on_list_current_changed(self.list.currentItem(), None)

    def _show_skipped(self) -> None:
        from inmail_studio.ui.texts import describe
        from inmail_studio.ui.theme import severity_color

        problems = self.library.errors
        self.skipped_label.setVisible(bool(problems))
        if problems:
            reasons = "".join(f"<br>{_escape(describe(problem))}" for problem in problems)
            color = severity_color("warning").name()
            self.skipped_label.setText(f"<span style='color:{color}'>"
                                       + _escape(self.tr("%n template file(s) not loaded:", "", len(problems)))
                                       + f"</span>{reasons}")

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(_ID_ROLE) if item else None

    def select(self, template_id: str) -> None:
        self.refresh(select=template_id)

    def _subtitle(self, template: Template) -> str:
        """"InMail · NL · Recruiting · reader: decision maker · phase: comparing"."""
        parts = [labels.label(labels.KINDS, template.kind), template.language.upper(),
                 labels.label(labels.GOALS, template.goal)]
        if template.dmu:
            parts.append(self.tr("reader: %1").replace("%1", ", ".join(role_word(r) for r in template.dmu)))
        if template.phase:
            parts.append(self.tr("phase: %1").replace("%1", phase_word(template.phase)))
        return " · ".join(parts)

    def _tooltip(self, template: Template) -> str:
        lines = [template.description]
        if template.dmu:
            lines.append(_word(ROLE_TIP))
        if template.phase in PHASE_TIPS:
            lines.append(_word(PHASE_TIPS[template.phase]))
        return "\n\n".join(line for line in lines if line)

    def _explain(self, key: str, combo: QComboBox) -> None:
        """Tooltips on the role and phase filters and on each phase they offer."""
        if key == "dmu":
            combo.setToolTip(_word(ROLE_TIP))
        elif key == "phase":
            combo.setToolTip(self.tr("Where the reader is in their decision: exploring, comparing or after buying."))
            for index in range(1, combo.count()):
                combo.setItemData(index, _word(PHASE_TIPS[combo.itemData(index)]), Qt.ItemDataRole.ToolTipRole)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_list_current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        template = self.library.get(current.data(_ID_ROLE)) if current else None
        for button in (self.use_button, self.duplicate_button):
            button.setEnabled(template is not None)
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(template is not None and not template.builtin)
        if template is None:
            self.preview.setText(self.tr("<i>No template selected.</i>"))
            return
        origin = self.tr("Built-in template") if template.builtin else self.tr("Your template")
        subject = f"<b>{_escape(template.subject)}</b><br>" if template.kind == "inmail" else ""
        # the opening as it is laid out: its first lines (greeting on its own line), each cut to about
        # a phone line, so "Hoi {{ first_name }}," does not run into the next sentence
        lines = [line for line in template.body[:2000].splitlines() if line.strip()][:_OPENING_LINES]
        opening = "<br>".join(_escape(phone_lines(line, lines=1, width=60)) for line in lines)
        self.preview.setText(f"<i>{_escape(template.description)}</i><br><small>{origin}</small>"
                             f"<p>{subject}{opening}</p>")

    @Slot(QListWidgetItem)
    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        self.sig_template_chosen.emit(item.data(_ID_ROLE))

    @Slot()
    def _on_use_clicked(self) -> None:
        if template_id := self.current_id():
            self.sig_template_chosen.emit(template_id)

    @Slot()
    def _on_edit_clicked(self) -> None:
        if template_id := self.current_id():
            self.sig_edit_requested.emit(template_id)

    @Slot()
    def _on_duplicate_clicked(self) -> None:
        if template_id := self.current_id():
            self.sig_duplicate_requested.emit(template_id)

    @Slot()
    def _on_delete_clicked(self) -> None:
        if template_id := self.current_id():
            self.sig_delete_requested.emit(template_id)

