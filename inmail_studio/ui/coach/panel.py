# SPDX-License-Identifier: GPL-3.0-or-later
"""The coach: the score, the findings grouped by severity, and the fix and reason of the chosen one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inmail_studio.core.lint.model import Finding, LintResult, Severity
from inmail_studio.ui import theme
from inmail_studio.ui.theme import escape as _escape

_GROUP_TITLES = {
    Severity.ERROR: "Must fix ({n})",
    Severity.WARNING: "Should fix ({n})",
    Severity.INFO: "Tips ({n})",
}
_FINDING_ROLE = Qt.ItemDataRole.UserRole + 1


class CoachPanel(QWidget):
    """Shows a `LintResult`. `sig_finding_activated` fires when the user picks a finding."""

    sig_finding_activated = Signal(object)  # Finding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: LintResult | None = None
        self.score_label = QLabel("–", objectName="scoreLabel")
        font = QFont(self.score_label.font())
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        self.score_label.setFont(font)
        self.score_label.setAccessibleName(self.tr("Message score"))
        self.summary_label = QLabel(self.tr("Start typing or pick a template."), wordWrap=True)
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        header = QHBoxLayout()
        header.addWidget(self.score_label)
        header.addWidget(self.summary_label, 1)

        self.tree = QTreeWidget(headerHidden=True, rootIsDecorated=False, uniformRowHeights=False)
        self.tree.setAccessibleName(self.tr("Coach findings"))
        self.tree.setWordWrap(True)
        self.tree.setIndentation(12)
        self.tree.itemClicked.connect(self._on_tree_item_clicked)
        self.tree.itemActivated.connect(self._on_tree_item_clicked)
        self.tree.currentItemChanged.connect(self._on_tree_current_changed)

        self.detail = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.detail.setFrameShape(QFrame.Shape.StyledPanel)
        self.detail.setMargin(8)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setMinimumHeight(90)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("<b>Coach</b>"))
        layout.addWidget(title)
        layout.addLayout(header)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)

    def show_result(self, result: LintResult) -> None:
        self.result = result
        self.score_label.setText(str(result.score))
        self.score_label.setStyleSheet(f"color: {theme.score_color(result.score).name()};")
        m = result.metrics
        language = {"en": self.tr("English"), "nl": self.tr("Dutch")}.get(result.language, result.language)
        asks = self.tr("1 ask") if m.cta_count == 1 else self.tr("%n asks", "", m.cta_count)
        ease = f" · {self.tr('reading ease')} {m.reading_ease:g}" if m.reading_ease is not None else ""
        self.summary_label.setText(f"{language} · {asks}{ease}")
        selected = self.current_finding()
        self.tree.clear()
        for severity in Severity:
            findings = result.by_severity(severity)
            if not findings:
                continue
            group = QTreeWidgetItem([self.tr(_GROUP_TITLES[severity]).format(n=len(findings))])
            group.setForeground(0, theme.severity_color(severity))
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            for finding in findings:
                item = QTreeWidgetItem([finding.message])
                item.setData(0, _FINDING_ROLE, finding)
                item.setToolTip(0, f"{finding.hint}\n\n{finding.reason}")
                group.addChild(item)
                if finding == selected:
                    self.tree.setCurrentItem(item)
            group.setExpanded(True)
        if not result.findings:
            done = QTreeWidgetItem([self.tr("Nothing to fix: this message is ready to send.")])
            done.setForeground(0, theme.ok_color())
            self.tree.addTopLevelItem(done)
        self._show_detail(self.current_finding())

    def current_finding(self) -> Finding | None:
        item = self.tree.currentItem()
        return item.data(0, _FINDING_ROLE) if item else None

    def finding_items(self) -> list[QTreeWidgetItem]:
        items = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            items += [group.child(j) for j in range(group.childCount())]
        return items

    def _show_detail(self, finding: Finding | None) -> None:
        if finding is None:
            self.detail.setText(self.tr("<i>Pick a finding to see how to fix it and why.</i>"))
            return
        color = theme.severity_color(finding.severity).name()
        self.detail.setText(
            f"<p style='color:{color}'><b>{_escape(finding.message)}</b></p>"
            f"<p><b>{self.tr('How to fix')}:</b> {_escape(finding.hint)}</p>"
            f"<p><b>{self.tr('Why')}:</b> {_escape(finding.reason)}</p>"
        )

    @Slot(QTreeWidgetItem, int)
    def _on_tree_item_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        finding = item.data(0, _FINDING_ROLE)
        if finding is not None:
            self._show_detail(finding)
            self.sig_finding_activated.emit(finding)

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_tree_current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        self._show_detail(current.data(0, _FINDING_ROLE) if current else None)

