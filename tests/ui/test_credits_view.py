# SPDX-License-Identifier: GPL-3.0-or-later
"""InMail credits in the window: none invented before a plan is chosen, and the chart ends at the
balance the header shows (fresh-eyes items 9 and 25)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.results.settings import ResultsSettings
from inmail_studio.core.results.summary import summarise
from inmail_studio.ui.results.settings_form import ResultsSettingsForm
from inmail_studio.ui.results.tab import ResultsTab

CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 30, 2, 5, tzinfo=CET)
SENT = datetime(2026, 11, 30, 2, 0, tzinfo=CET)
# Two InMails sent today, the second answered a minute later: its credit comes back.
TODAY = [LogItem(1, SENT, "inmail", template_id="t", outcome="pending"),
         LogItem(2, SENT + timedelta(minutes=1), "inmail", template_id="t", outcome="replied",
                 outcome_at=SENT + timedelta(minutes=2))]


@pytest.fixture
def tab(qtbot) -> ResultsTab:  # type: ignore[no-untyped-def]
    widget = ResultsTab()
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    return widget


def test_without_a_plan_no_credits_are_shown_only_the_way_to_choose_one(tab: ResultsTab) -> None:
    tab.set_summary(summarise(TODAY, ResultsSettings(), NOW))
    tab.build()
    content = tab.content
    assert "credits" not in content.headline.text().lower()
    assert not content.credits.showing_chart
    assert content.credits.missing.text().startswith("No plan chosen yet — choose your LinkedIn plan in Settings")
    assert content.credit_text.text() == ""


def test_the_credit_chart_ends_at_the_balance_in_the_header(tab: ResultsTab) -> None:
    tab.set_summary(summarise(TODAY, ResultsSettings(plan="premium_career"), NOW))
    tab.build()
    content = tab.content
    assert "InMail credits left: <b>4</b>" in content.headline.text()  # 5 granted, 2 sent, 1 back
    curve = content.credits.plot.getPlotItem().listDataItems()[0]
    _xs, ys = curve.getData()
    assert list(ys)[-1] == 4 and 3 not in list(ys)  # no dip to 3 drawn a day wide at the chart's end


def test_settings_keep_no_plan_until_the_user_picks_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = ResultsSettingsForm()
    qtbot.addWidget(form)
    form.set_settings(ResultsSettings())
    assert form.plan.currentText() == "No plan chosen yet"
    assert form.settings().plan is None
    assert not form.custom_monthly.isEnabled() and form.custom_monthly.value() == 0
    form.plan.setCurrentIndex(form.plan.findData("premium_business"))
    assert form.settings().plan == "premium_business" and form.custom_monthly.value() == 15
