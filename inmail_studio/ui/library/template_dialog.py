# SPDX-License-Identifier: GPL-3.0-or-later
"""Create or edit a user template, with the coach checking it live in template mode."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from inmail_studio.core.compose import message_for
from inmail_studio.core.lint.model import Severity
from inmail_studio.core.message import KINDS, LANGUAGES
from inmail_studio.core.settings import Preferences
from inmail_studio.core.templates import DMU_ROLES, GOALS, PHASES, Template, TemplateError
from inmail_studio.core.templates.render import parse
from inmail_studio.ui import labels, theme
from inmail_studio.ui.coach.controller import LintController
from inmail_studio.ui.coach.panel import CoachPanel
from inmail_studio.ui.editor.fields import MessageEditor
from inmail_studio.ui.library.panel import phase_word
from inmail_studio.ui.texts import describe
from inmail_studio.ui.translations import Retranslating


def _combo(values: tuple[str, ...], current: str) -> QComboBox:
    """A combo over `values`, texts set by retranslate()."""
    combo = QComboBox()
    for value in values:
        combo.addItem("", value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class TemplateDialog(Retranslating, QDialog):
    """Edits a template's metadata and text; `template()` gives the result after accept."""

    def __init__(self, template: Template, preferences: Preferences | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = template
        self.preferences = preferences or Preferences()
        self.resize(1000, 640)
        form = self._metadata_form(template)
        splitter = self._editor_and_coach(form, template)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        self._wire()
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the dialog in the window's language (the coach relints in it by itself)."""
        self.setWindowTitle(self.tr("Edit template") if self.original.title else self.tr("New template"))
        self.title.setAccessibleName(self.tr("Template title"))
        for combo, word in ((self.kind, lambda v: labels.label(labels.KINDS, v)),
                            (self.language, lambda v: labels.LANGUAGES_OWN.get(v, v)),
                            (self.goal, lambda v: labels.label(labels.GOALS, v)),
                            (self.phase, lambda v: f"{phase_word(v).capitalize()} ({v})" if v else self.tr("Any"))):
            for index in range(combo.count()):
                combo.setItemText(index, word(combo.itemData(index)))
        for role, box in self.roles.items():
            box.setText(labels.label(labels.DMU_ROLES, role))
        names = (self.tr("Title"), self.tr("Description"), self.tr("Kind"), self.tr("Language"), self.tr("Goal"),
                 self.tr("Reader's DMU role"), self.tr("Journey phase"))
        for row, name in enumerate(names):
            self._form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(name)
        self.hint.setText(self.tr("Use {{ first_name }}, {{ company }}, {{ recent_post }}… for the details you fill "
                                  "in per prospect; {{ x | default(\"…\") }} gives a fallback."))
        self._on_changed()

    def _metadata_form(self, template: Template) -> QFormLayout:
        self.title = QLineEdit(template.title)
        self.description = QLineEdit(template.description)
        self.kind = _combo(KINDS, template.kind)
        self.language = _combo(LANGUAGES, template.language)
        self.goal = _combo(GOALS, template.goal)
        self.phase = _combo(("", *PHASES), template.phase)
        self.roles = {role: QCheckBox(checked=role in template.dmu) for role in DMU_ROLES}
        roles_row = QHBoxLayout()
        for box in self.roles.values():
            roles_row.addWidget(box)
        form = self._form = QFormLayout()
        for field in (self.title, self.description, self.kind, self.language, self.goal, roles_row, self.phase):
            form.addRow(QLabel(), field)
        return form

    def _editor_and_coach(self, form: QFormLayout, template: Template) -> QSplitter:
        self.editor = MessageEditor()
        self.editor.start_highlighting()
        self.editor.set_text(template.subject, template.body)
        self.syntax_error = QLabel(wordWrap=True, objectName="syntaxError")
        self.syntax_error.setStyleSheet(f"color: {theme.severity_color(Severity.ERROR).name()};")
        hint = self.hint = QLabel(wordWrap=True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(form)
        left_layout.addWidget(hint)
        left_layout.addWidget(self.editor, 1)
        left_layout.addWidget(self.syntax_error)
        self.coach = CoachPanel()
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.coach)
        splitter.setSizes([650, 350])
        return splitter

    def _wire(self) -> None:
        self.lint = LintController(self)
        self.lint.sig_result.connect(self.coach.show_result)
        self.lint.sig_result.connect(self.editor.show_findings)
        self.coach.sig_finding_activated.connect(self.editor.select_finding)
        self.editor.sig_text_edited.connect(self._on_changed)
        self.kind.currentIndexChanged.connect(self._on_changed)
        self.language.currentIndexChanged.connect(self._on_changed)
        self.title.textChanged.connect(self._on_changed)

    def template(self) -> Template:
        subject, body = self.editor.text()
        return self.original.with_changes(
            title=self.title.text().strip(), description=self.description.text().strip(),
            kind=self.kind.currentData(), language=self.language.currentData(), goal=self.goal.currentData(),
            phase=self.phase.currentData(), dmu=tuple(r for r, box in self.roles.items() if box.isChecked()),
            subject=subject if self.kind.currentData() == "inmail" else "", body=body, builtin=False,
        )

    def syntax_problem(self) -> str | None:
        subject, body = self.editor.text()
        for name, text in ((self.tr("Subject"), subject), (self.tr("Body"), body)):
            try:
                parse(text)
            except TemplateError as exc:
                return self.tr("%1, %2").replace("%1", name).replace("%2", describe(exc))
        return None

    @Slot()
    def _on_changed(self) -> None:
        kind = self.kind.currentData()
        self.editor.set_kind(kind, self.preferences.account, self.preferences.limits)
        problem = self.syntax_problem()
        self.syntax_error.setText(self.tr("Template error: %1").replace("%1", problem) if problem else "")
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(problem is None and bool(self.title.text().strip()) and bool(self.editor.text()[1].strip()))
        subject, body = self.editor.text()
        self.lint.request(message_for(kind, subject, body, self.language.currentData(), {}, self.preferences,
                                      template_mode=True))

    def done(self, result: int) -> None:
        self.lint.shutdown()
        super().done(result)
