# SPDX-License-Identifier: GPL-3.0-or-later
"""The coach: the score, the findings grouped by severity, and the fix and reason of the chosen one."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont
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

from inmail_studio.core.coach_view import reading_ease
from inmail_studio.core.lint.model import Finding, Highlight, LintResult, Severity
from inmail_studio.ui import theme
from inmail_studio.ui.coach.rows import WrappedRowDelegate
from inmail_studio.ui.labels import ASK_KINDS, LANGUAGES, label, variable_label
from inmail_studio.ui.theme import escape as _escape
from inmail_studio.ui.translations import Retranslating

_GROUP_TITLES = {
    Severity.ERROR: QT_TRANSLATE_NOOP("CoachPanel", "Must fix (%n)"),
    Severity.WARNING: QT_TRANSLATE_NOOP("CoachPanel", "Should fix (%n)"),
    Severity.INFO: QT_TRANSLATE_NOOP("CoachPanel", "Tips (%n)"),
}
_FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
_TO_FILL_ROLE = Qt.ItemDataRole.UserRole + 2  # the variable a "to fill in" row is about
_HIGHLIGHT_ROLE = Qt.ItemDataRole.UserRole + 3  # what the coach counted in the message's favour
NO_SCORE = "\u2014"  # an em dash: nothing to judge yet
# Flesch's bands (resources/coach/reading_ease.toml) in words.
_EASE_WORDS = {
    "very_easy": QT_TRANSLATE_NOOP("CoachPanel", "very easy"),
    "easy": QT_TRANSLATE_NOOP("CoachPanel", "easy"),
    "fairly_easy": QT_TRANSLATE_NOOP("CoachPanel", "fairly easy"),
    "plain": QT_TRANSLATE_NOOP("CoachPanel", "plain"),
    "fairly_hard": QT_TRANSLATE_NOOP("CoachPanel", "fairly hard"),
    "hard": QT_TRANSLATE_NOOP("CoachPanel", "hard"),
    "very_hard": QT_TRANSLATE_NOOP("CoachPanel", "very hard"),
}


class CoachPanel(Retranslating, QWidget):
    """Shows a `LintResult`. `sig_finding_activated` fires when the user picks a finding."""

    sig_finding_activated = Signal(object)  # Finding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: LintResult | None = None
        self._to_fill: Sequence[tuple[str, Finding]] = ()
        self._looks_empty: frozenset[str] = frozenset()
        self.sent = False  # the message shown was sent: a record, never "ready to send"
        self.score_label = QLabel(NO_SCORE, objectName="scoreLabel")
        font = QFont(self.score_label.font())
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        self.score_label.setFont(font)
        self.summary_label = QLabel(wordWrap=True)
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        header = QHBoxLayout()
        header.addWidget(self.score_label)
        header.addWidget(self.summary_label, 1)

        self.findings = self._findings_list()

        self.detail = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.detail.setFrameShape(QFrame.Shape.StyledPanel)
        self.detail.setMargin(8)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setMinimumHeight(90)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        layout.addWidget(self.title)
        layout.addLayout(header)
        layout.addWidget(self.findings, 1)
        layout.addWidget(self.detail)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the panel in the window's language; the findings' own texts come with the
        next lint, which the coach runs again when the language changes."""
        self.title.setText(self.tr("<b>Coach</b>"))
        self.score_label.setAccessibleName(self.tr("Message score"))
        self.findings.setAccessibleName(self.tr("Coach findings"))
        self.summary_label.setToolTip(self.tr("Reading ease: 0 is very hard, 100 very easy (Flesch; "
                                              "Flesch-Douma for Dutch)."))
        if self.result is None:
            self.show_waiting()
        else:
            self.show_result(self.result, self._to_fill, self._looks_empty)

    def _findings_list(self) -> QListWidget:
        findings = QListWidget()
        findings.setWordWrap(True)
        WrappedRowDelegate.install(findings)  # every row in full, wrapped: never "…"
        findings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A scroll bar that comes and goes changes the width after the rows were wrapped.
        findings.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        findings.setSpacing(2)
        findings.itemClicked.connect(self._on_findings_item_clicked)
        findings.itemActivated.connect(self._on_findings_item_clicked)
        findings.currentItemChanged.connect(self._on_findings_current_changed)
        return findings

    def show_result(self, result: LintResult, to_fill: Sequence[tuple[str, Finding]] = (),
                    looks_empty: Collection[str] = ()) -> None:
        """Show `result`. `to_fill` are template variables the renderer left empty, each with the
        placeholder it left (core/coach_view.py): they are listed first, neutral, as details to fill
        in (a click shows where), and the score waits ("—") until they are filled. Those named in
        `looks_empty` have a value that is no detail ("x", "n/a": core/details.py) and say so."""
        self.result, self._to_fill, self._looks_empty = result, tuple(to_fill), frozenset(looks_empty)
        self._show_score(result, to_fill)
        selected = self.current_finding()
        self.findings.clear()
        self._add_to_fill(to_fill, looks_empty)
        for severity in Severity:
            findings = result.by_severity(severity)
            if not findings:
                continue
            # A marked text is no plural form to Qt: the count goes in by hand.
            title = QCoreApplication.translate("CoachPanel", _GROUP_TITLES[severity]).replace("%n", str(len(findings)))
            self._add_group(title, theme.severity_color(severity))
            for finding in findings:
                where = self.tr("Subject: ") if finding.field == "subject" else ""
                item = QListWidgetItem(where + finding.message)
                item.setData(_FINDING_ROLE, finding)
                item.setToolTip(f"{finding.hint}\n\n{finding.reason}")
                self.findings.addItem(item)
                if finding == selected:
                    self.findings.setCurrentItem(item)
        self._add_highlights(result.highlights)
        if not result.findings and not to_fill:
            done = QListWidgetItem(self.tr("Nothing to fix; this message has been sent.") if self.sent
                                   else self.tr("Nothing to fix: this message is ready to send."))
            done.setForeground(theme.ok_color())
            self.findings.addItem(done)
        self._show_detail(self.current_finding())

    def _add_to_fill(self, to_fill: Sequence[tuple[str, Finding]], looks_empty: Collection[str]) -> None:
        if not to_fill:
            return
        self._add_group(self.tr("To fill in (%n)", "", len(to_fill)), self.palette().text().color())
        for name, placeholder in to_fill:
            text = self.tr("%1: looks empty") if name in looks_empty else self.tr("%1: not filled in yet")
            item = QListWidgetItem(text.replace("%1", variable_label(name)))
            item.setToolTip(self.tr("Fill it in in the form below the message."))
            item.setData(_FINDING_ROLE, placeholder)
            item.setData(_TO_FILL_ROLE, name)
            self.findings.addItem(item)

    def _add_highlights(self, highlights: Sequence[Highlight]) -> None:
        """What the coach counted in the message's favour (the personal detail), green, last; a click
        selects it in the text."""
        if not highlights:
            return
        self._add_group(self.tr("Good (%n)", "", len(highlights)), theme.ok_color())
        for highlight in highlights:
            item = QListWidgetItem(self.tr("Personal: “%1”").replace("%1", highlight.text))
            item.setForeground(theme.ok_color())
            item.setData(_HIGHLIGHT_ROLE, highlight)
            self.findings.addItem(item)

    def highlight_items(self) -> list[QListWidgetItem]:
        """The rows of what the coach counted in the message's favour."""
        items = [self.findings.item(i) for i in range(self.findings.count())]
        return [item for item in items if item.data(_HIGHLIGHT_ROLE) is not None]

    def set_sent(self, sent: bool) -> None:
        """Whether the message shown has been sent (then nothing to fix is not "ready to send")."""
        if sent != self.sent:
            self.sent = sent
            if self.result is not None:
                self.show_result(self.result, self._to_fill, self._looks_empty)

    def _show_score(self, result: LintResult, to_fill: Sequence[object]) -> None:
        if to_fill:
            self.score_label.setText(NO_SCORE)
            self.score_label.setStyleSheet("")
        else:
            self.score_label.setText(str(result.score))
            self.score_label.setStyleSheet(f"color: {theme.score_color(result.score).name()};")
        m = result.metrics
        # Singulars apart, so English reads right even before its plural catalogue is loaded.
        asks = self.tr("1 ask") if m.cta_count == 1 else self.tr("%n asks", "", m.cta_count)
        if m.cta_kinds:  # what each ask asks for, in order: "2 asks: interest, call or meeting"
            asks += ": " + ", ".join(label(ASK_KINDS, kind) for kind in m.cta_kinds)
        parts = [label(LANGUAGES, result.language), asks]
        if m.reading_ease is not None:
            ease = reading_ease(m.reading_ease)
            word = QCoreApplication.translate("CoachPanel", _EASE_WORDS[ease.band])
            score = QLocale().toString(ease.score)
            parts.append(self.tr("reading ease %1 of 100 (%2)").replace("%1", score).replace("%2", word))
        if to_fill:
            n = len(to_fill)
            parts.insert(0, self.tr("1 detail to fill in") if n == 1 else self.tr("%n details to fill in", "", n))
        self.summary_label.setText(" · ".join(parts))

    def _add_group(self, title: str, color: QColor) -> None:
        group = QListWidgetItem(title)
        group.setForeground(color)
        font = group.font()
        font.setBold(True)
        group.setFont(font)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.findings.addItem(group)

    def show_waiting(self) -> None:
        """An empty draft: nothing to judge yet."""
        self.result, self._to_fill = None, ()
        self.score_label.setText(NO_SCORE)
        self.score_label.setStyleSheet("")
        self.summary_label.setText(self.tr("Start typing or pick a template."))
        self.findings.clear()
        self._show_detail(None)

    def current_finding(self) -> Finding | None:
        item = self.findings.currentItem()
        return item.data(_FINDING_ROLE) if item else None

    def finding_items(self) -> list[QListWidgetItem]:
        """The rows of findings and of details to fill in (not the group titles)."""
        items = [self.findings.item(i) for i in range(self.findings.count())]
        return [item for item in items if item.data(_FINDING_ROLE) is not None]

    def to_fill(self) -> list[str]:
        """The variables listed as still to fill in."""
        items = [self.findings.item(i) for i in range(self.findings.count())]
        return [item.data(_TO_FILL_ROLE) for item in items if item.data(_TO_FILL_ROLE)]

    def _show_detail(self, finding: Finding | None) -> None:
        if finding is None:
            self.detail.setText(self.tr("<i>Pick a finding to see how to fix it and why.</i>"))
            return
        color = theme.severity_color(finding.severity).name()
        fix = self.tr("<b>How to fix:</b> %1").replace("%1", _escape(finding.hint))
        why = self.tr("<b>Why:</b> %1").replace("%1", _escape(finding.reason))
        self.detail.setText(f"<p style='color:{color}'><b>{_escape(finding.message)}</b></p><p>{fix}</p><p>{why}</p>")

    def _show_highlight(self, highlight: Highlight) -> None:
        explain = self.tr("The coach counted this as a detail about this reader: it shows the message was "
                          "written for them, not for a list. Check that it is really theirs.")
        color = theme.ok_color().name()
        self.detail.setText(f"<p style='color:{color}'><b>{_escape(highlight.text)}</b></p><p>{_escape(explain)}</p>")

    def _show_item_detail(self, item: QListWidgetItem) -> None:
        name = item.data(_TO_FILL_ROLE)
        if not name:
            self._show_detail(item.data(_FINDING_ROLE))
            return
        explain = (self.tr("This looks empty: too short, or a stand-in such as “n/a”, to be a detail about this "
                           "person. Write something that is theirs (a project, a post, a challenge); until then "
                           "the text shows a placeholder.") if name in self._looks_empty else
                   self.tr("Still empty for this message. Fill it in in the form below the message; until "
                           "then the text shows a placeholder, and copying it or marking it sent asks first."))
        self.detail.setText(f"<p><b>{_escape(variable_label(name))}</b></p><p>{_escape(explain)}</p>")

    @Slot(QListWidgetItem)
    def _on_findings_item_clicked(self, item: QListWidgetItem) -> None:
        if (highlight := item.data(_HIGHLIGHT_ROLE)) is not None:
            self._show_highlight(highlight)
            self.sig_finding_activated.emit(Finding(highlight.rule, Severity.INFO, highlight.field,
                                                    highlight.start, highlight.end, highlight.text))
            return
        finding = item.data(_FINDING_ROLE)
        if finding is not None:
            self._show_item_detail(item)
            self.sig_finding_activated.emit(finding)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_findings_current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None and current.data(_HIGHLIGHT_ROLE) is not None:
            self._show_highlight(current.data(_HIGHLIGHT_ROLE))
        elif current is not None and current.data(_TO_FILL_ROLE):
            self._show_item_detail(current)
        else:
            self._show_detail(current.data(_FINDING_ROLE) if current else None)

