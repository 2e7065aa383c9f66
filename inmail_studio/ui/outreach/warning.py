# SPDX-License-Identifier: GPL-3.0-or-later
"""Contact memory in the window: a bar above the message that says, without stopping anyone,
that this person was written to lately, has an InMail pending, or declined."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from inmail_studio.core.outreach.followup import ContactWarning
from inmail_studio.core.outreach.log import OutreachLog
from inmail_studio.core.outreach.people import Person
from inmail_studio.ui.outreach.texts import day
from inmail_studio.ui.translations import Retranslating


class ContactWarningBar(Retranslating, QFrame):
    """Hidden until `show_for(person)` finds something; never modal, never blocks typing or sending.

    `sig_show_item(item_id)`: the user asked to see the message behind the first warning.
    """

    sig_show_item = Signal(int)

    def __init__(self, log: OutreachLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log = log
        self.warnings: list[ContactWarning] = []
        self._dismissed: Person | None = None
        self._person: Person | None = None
        self._kind = "inmail"  # the kind of the draft being written
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.text = QLabel(wordWrap=True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.show_button = QPushButton()
        self.close_button = QToolButton(autoRaise=True, text="×")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.close_button)
        self.show_button.clicked.connect(self._on_show_clicked)
        self.close_button.clicked.connect(self.dismiss)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.show_button.setText(self.tr("Show"))
        self.close_button.setToolTip(self.tr("Hide this note"))
        self.close_button.setAccessibleName(self.tr("Hide this note"))
        self.set_warnings(self.warnings)

    def show_for(self, person: Person | None, draft_id: int | None = None, kind: str = "inmail") -> None:
        """Look the person up in the log (by profile URL, else name and company) and show what it
        says, leaving out what was sent from `draft_id` (the draft being written, of `kind`); None
        (no person) hides the bar. A bar the user closed stays closed for that person."""
        self._person, self._kind = person, kind
        if person is None or not (person.name.strip() or person.profile_url.strip()):
            self.set_warnings([])
            return
        if self._dismissed is not None and self._dismissed == person:
            return
        self._dismissed = None
        self.set_warnings(self.log.warnings(person, draft_id))

    def set_warnings(self, warnings: list[ContactWarning]) -> None:
        self.warnings = list(warnings)
        self.text.setText("\n".join(self.warning_text(w) for w in self.warnings))
        self.setVisible(bool(self.warnings))

    def warning_text(self, warning: ContactWarning) -> str:
        """One warning as a sentence in the window's language."""
        if warning.code == "recent" and warning.days_ago == 0:
            text = self.tr("You wrote to {name} today ({date}).")
        elif warning.code == "recent":
            text = self.tr("You wrote to {name} %n day(s) ago ({date}).", "", warning.days_ago)
        elif warning.code == "inmail-pending" and self._kind == "follow_up":  # the follow-up Due suggests
            text = self.tr("Your InMail to {name} of {date} is still unanswered: on LinkedIn this follow-up can go "
                           "in that conversation only once they respond (in Sales Navigator a follow-up InMail costs "
                           "another credit). Until then, send it another way: a connection request or e-mail.")
        elif warning.code == "inmail-pending":
            text = self.tr("Your InMail to {name} of {date} is still unanswered: LinkedIn allows no second InMail "
                           "until they respond, and in Sales Navigator it costs another credit.")
        else:
            text = self.tr("{name} declined your message of {date}.")
        item = warning.item
        return text.replace("{name}", item.to_name or item.profile_url).replace("{date}", day(item.sent_at))

    @Slot()
    def dismiss(self) -> None:
        self._dismissed = self._person
        self.set_warnings([])

    @Slot()
    def _on_show_clicked(self) -> None:
        if self.warnings:
            self.sig_show_item.emit(self.warnings[0].item.id)
