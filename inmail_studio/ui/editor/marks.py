# SPDX-License-Identifier: GPL-3.0-or-later
"""What the editor paints on the text: placeholders coloured, findings underlined.

Loaded once the window is on screen: Qt's text-format classes are not needed for the first frame.
"""

from __future__ import annotations

from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from inmail_studio.core.lint.data import load_placeholders
from inmail_studio.core.lint.model import Finding
from inmail_studio.core.paths import rules_dir
from inmail_studio.core.text import utf16_offset
from inmail_studio.ui import theme


class PlaceholderHighlighter(QSyntaxHighlighter):
    """Colours template variables and leftover placeholders as they are typed."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        data = load_placeholders(rules_dir())
        self._patterns = [data.patterns, data.bracket, data.angle]
        self._triggers = data.triggers  # no trigger character, no placeholder: most blocks
        self._format = QTextCharFormat()
        self._format.setBackground(theme.placeholder_background())

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        if self._triggers.search(text) is None:
            return
        for pattern in self._patterns:
            for m in pattern.finditer(text):
                start = utf16_offset(text, m.start())
                self.setFormat(start, utf16_offset(text, m.end()) - start, self._format)


def underline(editor: QPlainTextEdit, text: str, finding: Finding) -> QTextEdit.ExtraSelection:
    """A wavy underline under the finding's span, in its severity's colour."""
    selection = QTextEdit.ExtraSelection()
    cursor = QTextCursor(editor.document())
    cursor.setPosition(utf16_offset(text, finding.start))
    cursor.setPosition(utf16_offset(text, finding.end), QTextCursor.MoveMode.KeepAnchor)
    selection.cursor = cursor
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(theme.severity_color(finding.severity))
    fmt.setToolTip(finding.message)
    selection.format = fmt
    return selection


def select_span(editor: QPlainTextEdit, start: int, end: int) -> None:
    """Select code points start..end of the editor's text and bring them into view."""
    text = editor.toPlainText()
    cursor = editor.textCursor()
    cursor.setPosition(utf16_offset(text, min(start, len(text))))
    cursor.setPosition(utf16_offset(text, min(end, len(text))), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
