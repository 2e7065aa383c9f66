# SPDX-License-Identifier: GPL-3.0-or-later
"""The results part of Settings: plan, windows, quotas and LinkedIn's own credit count."""

from __future__ import annotations

from datetime import date

from inmail_studio.core.results.settings import ResultsSettings
from inmail_studio.ui.results.settings_form import ResultsSettingsForm


def form_for(qtbot, settings: ResultsSettings) -> ResultsSettingsForm:  # type: ignore[no-untyped-def]
    form = ResultsSettingsForm()
    qtbot.addWidget(form)
    form.set_settings(settings)
    return form


def test_round_trip(qtbot) -> None:  # type: ignore[no-untyped-def]
    settings = ResultsSettings(plan="custom", custom_monthly=12, custom_cap=36, plan_since=date(2026, 2, 14),
                               reply_window_days=45, acceptance_window_days=21, free_notes_per_month=3,
                               invitations_per_week=150)
    assert form_for(qtbot, settings).settings() == settings
    assert form_for(qtbot, ResultsSettings()).settings() == ResultsSettings()


def test_a_named_plan_shows_its_figures_read_only_and_keeps_the_custom_ones(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = form_for(qtbot, ResultsSettings(plan="custom", custom_monthly=12, custom_cap=36))
    form.plan.setCurrentIndex(form.plan.findData("recruiter_lite"))
    assert (form.custom_monthly.value(), form.custom_cap.value()) == (30, 120)
    assert not form.custom_monthly.isEnabled()
    assert form.plan.currentText() == "Recruiter Lite"
    assert (form.settings().custom_monthly, form.settings().custom_cap) == (12, 36)
    form.plan.setCurrentIndex(form.plan.findData("custom"))
    assert (form.custom_monthly.value(), form.custom_cap.value()) == (12, 36)


def test_the_renewal_day_is_optional(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = form_for(qtbot, ResultsSettings())
    assert not form.plan_since.isEnabled()
    form.renewal_known.setChecked(True)
    assert form.plan_since.isEnabled() and form.settings().plan_since is not None


def test_the_real_balance_is_signalled(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = form_for(qtbot, ResultsSettings())
    form.real_balance.setValue(7)
    with qtbot.waitSignal(form.sig_real_balance) as balance:
        form.set_balance.click()
    assert balance.args == [7]


def test_use_this_figure_says_it_was_taken(qtbot, qapp, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # a fresh-eyes recruiter pressed "Dit aantal gebruiken" and nothing said it had worked
    from PySide6.QtWidgets import QDialog
    from qt_fixtures import window_language

    from inmail_studio.ui.settings.dialog import SettingsDialog

    seen: dict[str, str] = {}

    def run(dialog: SettingsDialog) -> QDialog.DialogCode:
        form = dialog.results_form
        assert form.balance_set.text() == ""
        form.real_balance.setValue(22)
        form.set_balance.click()
        seen["text"] = form.balance_set.text()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(SettingsDialog, "exec", run)
    with window_language(qapp, "en"):  # the English catalogue holds the plural forms
        window.template_actions.open_settings()
    assert seen["text"] == "Taken: 22 credits from now on."
