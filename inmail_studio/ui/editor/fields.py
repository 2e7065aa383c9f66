# SPDX-License-Identifier: GPL-3.0-or-later
"""The subject line and message body: placeholders coloured, findings underlined, live counters."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTimer, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget

from inmail_studio.core.message import Limits
from inmail_studio.ui.enum_props import set_enum
from inmail_studio.ui.translations import Retranslating

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QKeyEvent

    from inmail_studio.core.counters import Counter
    from inmail_studio.core.lint.model import Finding, LintResult


class SingleLineEdit(QPlainTextEdit):
    """A one-line editor that can carry underlines like the body: Enter moves on, pastes flatten."""

    sig_enter_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        for bar in ("verticalScrollBarPolicy", "horizontalScrollBarPolicy"):  # not Qt's enum: ui/enum_props.py
            set_enum(self, bar, "ScrollBarAlwaysOff")
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        margins = self.contentsMargins()
        height = self.fontMetrics().lineSpacing() + 2 * self.document().documentMargin()
        self.setFixedHeight(int(height + margins.top() + margins.bottom() + 4))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        from PySide6.QtCore import Qt  # loaded by now (the window's first frame does without it)

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.sig_enter_pressed.emit()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        self.insertPlainText(" ".join(source.text().split()))


COUNT_LATER_CHARS = 20_000  # ten times LinkedIn's limit
COUNT_LATER_MS = 200


class MessageEditor(Retranslating, QWidget):
    """Subject and body. `sig_text_edited` fires only for the user's own edits."""

    sig_text_edited = Signal(str, str)  # subject, body

    def __init__(self, parent: QWidget | None = None, count_later: bool = False) -> None:
        """`count_later`: the counters stay empty until `start_counting()` (the window's first frame
        does without them)."""
        super().__init__(parent)
        self._updating = False
        self._counting = not count_later
        self._kind, self._account, self._limits = "inmail", "premium", Limits()
        # Counting a pasted megabyte takes tens of milliseconds: then the counters follow the
        # typing after a pause instead of on every key.
        self._counter_timer = QTimer(self, singleShot=True, interval=COUNT_LATER_MS)
        self._counter_timer.timeout.connect(self._refresh_counters)
        self.subject = SingleLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self._highlighters: list[object] = []  # see start_highlighting
        self.subject.sig_enter_pressed.connect(self.body.setFocus)

        self._lay_out()

        self.subject.textChanged.connect(self._on_text_changed)
        self.body.textChanged.connect(self._on_text_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the editor, counters included, in the window's language."""
        self.subject.setPlaceholderText(self.tr("Subject: say why you write, in under 60 characters"))
        self.subject.setAccessibleName(self.tr("Subject"))
        self.body.setPlaceholderText(self.tr("Write your message, or pick a template on the left."))
        self.body.setAccessibleName(self.tr("Message body"))
        self.subject_label.setText(self.tr("Subject"))
        self._refresh_counters()

    def _lay_out(self) -> None:
        self.subject_label = QLabel()
        self.subject_counter = QLabel(objectName="subjectCounter")
        self.words_counter = QLabel(objectName="wordsCounter")
        self.chars_counter = QLabel(objectName="charsCounter")
        subject_row = QHBoxLayout()
        subject_row.addWidget(self.subject_label)
        subject_row.addWidget(self.subject, 1)
        subject_row.addWidget(self.subject_counter)
        # Room for "999/999" from the first frame on, where the counters are still empty: the subject
        # field keeps its width when they fill in, and while the count grows.
        self.subject_counter.setMinimumWidth(self.subject_counter.fontMetrics().horizontalAdvance(" 999/999"))
        set_enum(self.subject_counter, "alignment", "AlignRight|AlignVCenter")
        counter_row = QHBoxLayout()
        counter_row.addStretch(1)
        counter_row.addWidget(self.words_counter)
        separator = QFrame(frameShape=QFrame.Shape.VLine)
        counter_row.addWidget(separator)
        counter_row.addWidget(self.chars_counter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(subject_row)
        layout.addWidget(self.body, 1)
        layout.addLayout(counter_row)

    def start_counting(self) -> None:
        """Show the counters from now on."""
        self._counting = True
        self._refresh_counters()

    def start_highlighting(self) -> None:
        """Colour placeholders from now on (the window calls this once it is on screen)."""
        from inmail_studio.ui.editor.marks import PlaceholderHighlighter

        if not self._highlighters:
            self._highlighters = [PlaceholderHighlighter(self.subject.document()),
                                  PlaceholderHighlighter(self.body.document())]

    # state in ---------------------------------------------------------------------------
    def set_kind(self, kind: str, account: str, limits: Limits) -> None:
        if (kind, account, limits) == (self._kind, self._account, self._limits):
            return  # called on every change of the message; the counters are already right
        self._kind, self._account, self._limits = kind, account, limits
        has_subject = kind == "inmail"
        self.subject.setVisible(has_subject)
        self.subject_label.setVisible(has_subject)
        self.subject_counter.setVisible(has_subject)
        self._refresh_counters()

    def show_kind(self, kind: str) -> None:
        """Another kind of message, with the account and limits as they are (the first frame's)."""
        self.set_kind(kind, self._account, self._limits)

    def set_text(self, subject: str, body: str) -> None:
        """Show text the program made (a template rendering, a restored draft)."""
        if (subject, body) == self.text():
            return
        self._updating = True
        try:
            if self.subject.toPlainText() != subject:
                self.subject.setPlainText(subject)
            if self.body.toPlainText() != body:
                self.body.setPlainText(body)
        finally:
            self._updating = False
        self._refresh_counters()

    def text(self) -> tuple[str, str]:
        return self.subject.toPlainText(), self.body.toPlainText()

    def show_findings(self, result: LintResult) -> None:
        from inmail_studio.ui.editor.marks import underline

        subject, body = self.text()
        for editor, field, text in ((self.subject, "subject", subject), (self.body, "body", body)):
            whole = len(text.strip())
            selections = [
                underline(editor, text, f) for f in result.findings
                if f.field == field and f.end > f.start and f.end <= len(text)
                # a finding about the whole text (too short, mostly about you) is listed, not underlined
                and not (field == "body" and f.end - f.start >= whole > 0 and f.severity.value != "error")
            ]
            editor.setExtraSelections(selections)

    def clear_findings(self) -> None:
        self.subject.setExtraSelections([])
        self.body.setExtraSelections([])

    def select_finding(self, finding: Finding) -> None:
        from inmail_studio.ui.editor.marks import select_span

        editor = self.subject if finding.field == "subject" else self.body
        select_span(editor, finding.start, finding.end)
        editor.setFocus()

    def selected_span(self) -> tuple[str, int, int]:
        """The field with focus and its selection, in code points (for tests and copy)."""
        editor = self.subject if self.subject.hasFocus() else self.body
        cursor, text = editor.textCursor(), editor.toPlainText()
        field = "subject" if editor is self.subject else "body"
        from inmail_studio.core.text import from_utf16_offset

        return field, from_utf16_offset(text, cursor.selectionStart()), from_utf16_offset(text, cursor.selectionEnd())

    # internals ----------------------------------------------------------------------------
    def _counter_text(self, counter: Counter) -> str:
        """A counter in words: "42/60", "120 words (aim 100–200)", "1,204/1,900 characters" (numbers
        written as the window's language writes them: "1.204/1.900 tekens")."""
        value, low, high = counter.value, counter.low, counter.high
        number = QLocale().toString
        if counter.key == "subject":
            return f"{number(value)}/{number(high)}"
        if counter.key == "words":
            if low is not None and high is not None:
                words = self.tr("%Ln words (aim %1–%2)", "", value)
                return words.replace("%1", number(low)).replace("%2", number(high))
            if high is not None:
                return self.tr("%Ln/%1 words", "", value).replace("%1", number(high))
            return self.tr("%Ln words", "", value)
        if high is not None:
            return self.tr("%1/%2 characters").replace("%1", number(value)).replace("%2", number(high))
        return self.tr("%Ln characters", "", value)

    @Slot()
    def _on_text_changed(self) -> None:
        if self.body.document().characterCount() > COUNT_LATER_CHARS:
            self._counter_timer.start()
        else:
            self._refresh_counters()
        if not self._updating:
            self.sig_text_edited.emit(*self.text())

    def _refresh_counters(self) -> None:
        if not self._counting:
            return
        from inmail_studio.core.counters import counters
        from inmail_studio.ui import theme  # both with the counters, after the first frame

        labels = {"subject": self.subject_counter, "words": self.words_counter, "characters": self.chars_counter}
        text = self.text()
        blank = not (text[0].strip() or text[1].strip())  # an empty page is not an error yet
        for counter in counters(self._kind, self._account, self._limits, *text):
            label = labels[counter.key]
            label.setText(self._counter_text(counter))
            if counter.state == "ok" or blank:
                label.setStyleSheet("")
            else:
                severity = "error" if counter.state == "error" else "warning"
                label.setStyleSheet(f"color: {theme.severity_color(severity).name()}; font-weight: bold;")
