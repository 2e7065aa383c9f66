# SPDX-License-Identifier: GPL-3.0-or-later
"""The results part of Settings: InMail plan, reply windows, LinkedIn's quotas, and LinkedIn's real credit count."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from inmail_studio.core.results.credits import PLANS, Plan
from inmail_studio.core.results.settings import PLANS as PLAN_CODES
from inmail_studio.core.results.settings import ResultsSettings
from inmail_studio.ui.results import texts


def _spin(low: int, high: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    return spin


NO_PLAN = ""  # the combo's code for "no plan chosen yet" (None in ResultsSettings)


class ResultsSettingsForm(QWidget):
    """`set_settings(s)` / `settings()`; `sig_real_balance(n)` when the user enters LinkedIn's own count."""

    sig_real_balance = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._custom = (0, 0)
        self.plan = QComboBox()
        for code in (NO_PLAN, *PLAN_CODES):
            self.plan.addItem("", code)
        self.custom_monthly, self.custom_cap = _spin(0, 10_000), _spin(0, 100_000)
        self.renewal_known = QCheckBox()
        self.plan_since = QDateEdit(calendarPopup=True)
        self.plan_since.setDisplayFormat("yyyy-MM-dd")
        self.reply_window, self.acceptance_window = _spin(1, 365), _spin(1, 365)
        self.free_notes, self.invitations = _spin(0, 1_000), _spin(1, 10_000)
        self.real_balance = _spin(0, 100_000)
        self.set_balance = QPushButton()
        self.balance_set = QLabel()  # says the figure was taken, once it was
        self.note = QLabel(wordWrap=True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        since = QHBoxLayout()
        since.addWidget(self.renewal_known)
        since.addWidget(self.plan_since, 1)
        balance = QHBoxLayout()
        balance.addWidget(self.real_balance, 1)
        balance.addWidget(self.set_balance)
        balance.addWidget(self.balance_set)
        self.form = QFormLayout(self)
        self._rows = [("plan", self.plan), ("monthly", self.custom_monthly), ("cap", self.custom_cap),
                      ("since", since), ("note", self.note), ("reply", self.reply_window),
                      ("accept", self.acceptance_window), ("notes", self.free_notes),
                      ("invitations", self.invitations), ("balance", balance)]
        for _, field in self._rows:
            self.form.addRow(QLabel(), field)
        self.plan.currentIndexChanged.connect(self._on_plan_changed)
        self.renewal_known.toggled.connect(self.plan_since.setEnabled)
        self.set_balance.clicked.connect(self._on_set_balance_clicked)
        self.set_settings(ResultsSettings())
        self.retranslate()

    def retranslate(self) -> None:
        for index in range(self.plan.count()):
            code = self.plan.itemData(index)
            self.plan.setItemText(index, self.tr("No plan chosen yet") if code == NO_PLAN
                                  else texts.tr(texts.PLAN_NAMES[code]))
        labels = {"plan": self.tr("InMail plan"), "monthly": self.tr("Credits per month"),
                  "cap": self.tr("At most banked"), "since": self.tr("Renewal day"), "note": "",
                  "reply": self.tr("Reply window (days)"), "accept": self.tr("Acceptance window (days)"),
                  "notes": self.tr("Personal notes a month (free account)"),
                  "invitations": self.tr("Invitations a week"), "balance": self.tr("Credits LinkedIn shows now")}
        for row, (key, _) in enumerate(self._rows):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            label.setText(labels[key])  # type: ignore[union-attr]
        self.renewal_known.setText(self.tr("I know it"))
        self.set_balance.setText(self.tr("Use this figure"))
        self.note.setText(self.tr("LinkedIn changes these figures now and then: check yours where your plan shows "
                                  "them (My Premium, Sales Navigator's or Recruiter's settings). Invitations a "
                                  "week: LinkedIn publishes no number; users report 100 to 200."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_settings(self, settings: ResultsSettings) -> None:
        self._custom = (settings.custom_monthly, settings.custom_cap)
        self.plan.setCurrentIndex(max(0, self.plan.findData(settings.plan or NO_PLAN)))
        self.renewal_known.setChecked(settings.plan_since is not None)
        self.plan_since.setEnabled(settings.plan_since is not None)
        day = settings.plan_since or date.today()
        self.plan_since.setDate(QDate(day.year, day.month, day.day))
        self.reply_window.setValue(settings.reply_window_days)
        self.acceptance_window.setValue(settings.acceptance_window_days)
        self.free_notes.setValue(settings.free_notes_per_month)
        self.invitations.setValue(settings.invitations_per_week)
        self._on_plan_changed()

    def settings(self) -> ResultsSettings:
        picked = self.plan_since.date()
        custom = self.plan.currentData() not in PLANS
        monthly, cap = (self.custom_monthly.value(), self.custom_cap.value()) if custom else self._custom
        return ResultsSettings(
            plan=self.plan.currentData() or None, custom_monthly=monthly, custom_cap=cap,
            plan_since=date(picked.year(), picked.month(), picked.day()) if self.renewal_known.isChecked() else None,
            reply_window_days=self.reply_window.value(), acceptance_window_days=self.acceptance_window.value(),
            free_notes_per_month=self.free_notes.value(), invitations_per_week=self.invitations.value())

    @Slot()
    def _on_plan_changed(self) -> None:
        """A named plan shows its own figures (read-only); "custom" the user's."""
        code = self.plan.currentData()
        plan = PLANS.get(code) if code != NO_PLAN else Plan(0, 0)  # no plan: nothing granted
        if plan is None:
            monthly, cap = self._custom
        else:
            if self.custom_monthly.isEnabled():  # leaving "custom": keep what was typed
                self._custom = (self.custom_monthly.value(), self.custom_cap.value())
            monthly, cap = plan.monthly, plan.cap
        for spin, value in ((self.custom_monthly, monthly), (self.custom_cap, cap)):
            spin.setValue(value)
            spin.setEnabled(plan is None)

    @Slot()
    def _on_set_balance_clicked(self) -> None:
        self.balance_set.clear()
        self.sig_real_balance.emit(self.real_balance.value())

    def confirm_balance(self, balance: int) -> None:
        """Say that `balance` credits is the count from now on (the user pressed "Use this figure")."""
        self.balance_set.setText(self.tr("Taken: %n credit(s) from now on.", "", balance))
