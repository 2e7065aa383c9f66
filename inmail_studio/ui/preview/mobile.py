# SPDX-License-Identifier: GPL-3.0-or-later
"""How the message looks in a phone's inbox: where the subject is cut off, the first lines."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from inmail_studio.core.preview import PREVIEW_LINES, phone_lines, phone_subject, subject_is_cut
from inmail_studio.ui.enum_props import set_enum
from inmail_studio.ui.translations import Retranslating


class MobilePreview(Retranslating, QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mobilePreview")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.subject = QLabel(objectName="phoneSubject")
        set_enum(self.subject, "textFormat", "PlainText")  # not Qt's enum: ui/enum_props.py
        font = self.subject.font()
        font.setBold(True)
        self.subject.setFont(font)
        # The subject is cut where a phone cuts it (phone_subject), never by this panel's width:
        # in a narrow panel it wraps onto a second line instead.
        self.subject.setWordWrap(True)
        self.lines = QLabel(objectName="phoneLines", wordWrap=False)
        for label in (self.subject, self.lines):  # a long line must not widen the coach column
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        set_enum(self.lines, "textFormat", "PlainText")
        self.note = QLabel(wordWrap=True)
        self.note.setObjectName("phoneNote")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subject)
        layout.addWidget(self.lines)
        layout.addWidget(self.note)
        layout.addStretch(1)  # the note comes and goes below the lines, moving nothing above it
        # Room for the title, a subject wrapped onto two lines, the phone's lines and a two-line
        # note: the splitter never squeezes the labels on top of each other.
        margins = layout.contentsMargins()
        lines = 1 + 2 + PREVIEW_LINES + 2
        self.setMinimumHeight(lines * self.fontMetrics().lineSpacing() + 4 * layout.spacing()
                              + margins.top() + margins.bottom() + 2 * self.frameWidth())
        self._shown: tuple[str, str, str, int] = ("inmail", "", "", 60)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the preview, in the window's language."""
        self.setAccessibleName(self.tr("Phone preview"))
        self.title.setText(self.tr("<b>On a phone</b>"))
        self.show_message(*self._shown)

    def show_message(self, kind: str, subject: str, body: str, subject_limit: int) -> None:
        self._shown = (kind, subject, body, subject_limit)
        has_subject = kind == "inmail"
        self.subject.setVisible(has_subject)
        self.subject.setText(phone_subject(subject, subject_limit) if subject.strip() else self.tr("(no subject)"))
        self.lines.setText(phone_lines(body) if body.strip() else self.tr("(empty message)"))
        cut = has_subject and subject_is_cut(subject, subject_limit)
        note = self.tr("The subject is cut off after about %n characters.", "", subject_limit)
        self.note.setText(note if cut else "")
        self.note.setVisible(cut)
