# SPDX-License-Identifier: GPL-3.0-or-later
"""The coach: the score, the findings grouped by severity, and the fix and reason of the chosen one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
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

        self.findings = QListWidget()
        self.findings.setAccessibleName(self.tr("Coach findings"))
        self.findings.setWordWrap(True)
        self.findings.setUniformItemSizes(False)
        self.findings.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.findings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A scroll bar that comes and goes changes the width after the rows were wrapped.
        self.findings.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.findings.setSpacing(2)
        self.findings.itemClicked.connect(self._on_findings_item_clicked)
        self.findings.itemActivated.connect(self._on_findings_item_clicked)
        self.findings.currentItemChanged.connect(self._on_findings_current_changed)

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
        layout.addWidget(self.findings, 1)
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
        self.findings.clear()
        for severity in Severity:
            findings = result.by_severity(severity)
            if not findings:
                continue
            group = QListWidgetItem(self.tr(_GROUP_TITLES[severity]).format(n=len(findings)))
            group.setForeground(theme.severity_color(severity))
            font = group.font()
            font.setBold(True)
            group.setFont(font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.findings.addItem(group)
            for finding in findings:
                where = self.tr("Subject: ") if finding.field == "subject" else ""
                item = QListWidgetItem(where + finding.message)
                item.setData(_FINDING_ROLE, finding)
                item.setToolTip(f"{finding.hint}\n\n{finding.reason}")
                self.findings.addItem(item)
                if finding == selected:
                    self.findings.setCurrentItem(item)
        if not result.findings:
            done = QListWidgetItem(self.tr("Nothing to fix: this message is ready to send."))
            done.setForeground(theme.ok_color())
            self.findings.addItem(done)
        self._show_detail(self.current_finding())

    def show_waiting(self) -> None:
        """An empty draft: nothing to judge yet."""
        self.result = None
        self.score_label.setText("–")
        self.score_label.setStyleSheet("")
        self.summary_label.setText(self.tr("Start typing or pick a template."))
        self.findings.clear()
        self._show_detail(None)

    def current_finding(self) -> Finding | None:
        item = self.findings.currentItem()
        return item.data(_FINDING_ROLE) if item else None

    def finding_items(self) -> list[QListWidgetItem]:
        items = [self.findings.item(i) for i in range(self.findings.count())]
        return [item for item in items if item.data(_FINDING_ROLE) is not None]

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

    @Slot(QListWidgetItem)
    def _on_findings_item_clicked(self, item: QListWidgetItem) -> None:
        finding = item.data(_FINDING_ROLE)
        if finding is not None:
            self._show_detail(finding)
            self.sig_finding_activated.emit(finding)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_findings_current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        self._show_detail(current.data(_FINDING_ROLE) if current else None)

