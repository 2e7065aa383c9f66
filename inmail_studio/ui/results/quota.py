# SPDX-License-Identifier: GPL-3.0-or-later
"""The quota counter beside the connection-request editor: personal notes this month, invitations this week."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from inmail_studio.core.lint.model import Severity
from inmail_studio.core.results import quotas
from inmail_studio.core.results.quotas import Quota
from inmail_studio.ui.results import texts
from inmail_studio.ui.theme import severity_color
from inmail_studio.ui.translations import Retranslating

_LIMITED = (quotas.AT_LIMIT, quotas.OVER)


def _label() -> QLabel:
    label = QLabel(wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def next_month(since: datetime) -> datetime:
    """The first of the month after `since` (a month start)."""
    return (since + timedelta(days=32)).replace(day=1)


class QuotaCounter(Retranslating, QWidget):
    """Fed with `set_quotas(notes, invitations, advice)` from core.results.quotas.

    `sig_limit_reached(code)` fires with "notes" or "invitations" when a quota reaches its limit
    (once per change into that state), so the editor can warn before the user sends.
    """

    sig_limit_reached = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notes: Quota | None = None
        self.invitations: Quota | None = None
        self.advice: str | None = None
        self.notes_label, self.invitations_label = _label(), _label()
        self.warning, self.advice_label = _label(), _label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label in (self.notes_label, self.invitations_label, self.warning, self.advice_label):
            layout.addWidget(label)
        layout.addStretch(1)
        self.retranslate()

    @property
    def at_limit(self) -> bool:
        """A quota is used up: the next invitation goes without a note, or past the weekly figure."""
        return any(q is not None and q.state in _LIMITED for q in (self.notes, self.invitations))

    def set_quotas(self, notes: Quota, invitations: Quota, advice: str | None = None) -> None:
        before = {code for code, q in (("notes", self.notes), ("invitations", self.invitations))
                  if q is not None and q.state in _LIMITED}
        self.notes, self.invitations, self.advice = notes, invitations, advice
        self.retranslate()
        for code, quota in (("notes", notes), ("invitations", invitations)):
            if quota.state in _LIMITED and code not in before:
                self.sig_limit_reached.emit(code)

    def retranslate(self) -> None:
        """Every text the counter shows or is named by, in the window's language (also on
        QEvent.LanguageChange, through Retranslating)."""
        self.setAccessibleName(self.tr("LinkedIn quotas"))
        notes, invitations = self.notes, self.invitations
        self.notes_label.setVisible(notes is not None and notes.limit is not None)
        if notes is not None and notes.limit is not None:
            self.notes_label.setText(texts.fill(self.tr("Personal notes this month: {used} of {limit}"),
                                                used=notes.used, limit=notes.limit) + self._state(notes))
            self._colour(self.notes_label, notes)
        self.invitations_label.setVisible(invitations is not None)
        if invitations is not None:
            self.invitations_label.setText(texts.fill(self.tr("Invitations in the last 7 days: {used} of about "
                                                              "{limit}"), used=invitations.used,
                                                      limit=invitations.limit or 0) + self._state(invitations))
            self._colour(self.invitations_label, invitations)
        warnings = []
        if notes is not None and notes.state in _LIMITED:
            warnings.append(texts.fill(self.tr("This month's personal notes are used up: LinkedIn sends further "
                                               "invitations without a note until {day}."),
                                       day=texts.short_date(next_month(notes.since).date())))
        if invitations is not None and invitations.state in _LIMITED:
            warnings.append(self.tr("You reached the weekly number of invitations users report LinkedIn allows. "
                                    "Wait a few days, or LinkedIn may stop you sending more."))
        self.warning.setText("\n".join(warnings))
        self.warning.setVisible(bool(warnings))
        self._colour(self.warning, None, Severity.ERROR)
        self.advice_label.setText(texts.tr(texts.ADVICE[self.advice]) if self.advice else "")
        self.advice_label.setVisible(bool(self.advice))

    def _state(self, quota: Quota) -> str:
        name = texts.QUOTA_STATES.get(quota.state)
        return f" · {texts.tr(name)}" if name else ""

    @staticmethod
    def _colour(label: QLabel, quota: Quota | None, severity: Severity | None = None) -> None:
        if severity is None and quota is not None:
            severity = (Severity.ERROR if quota.state in _LIMITED else
                        Severity.WARNING if quota.state == quotas.NEAR else None)
        colour = severity_color(severity).name() if severity is not None else ""
        label.setStyleSheet(f"color: {colour};" if colour else "")
