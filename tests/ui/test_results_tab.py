# SPDX-License-Identifier: GPL-3.0-or-later
"""The Results tab: loads pyqtgraph only when built, says what is missing, draws and saves charts."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from qt_fixtures import window_language

from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.results.demo import sample_log
from inmail_studio.core.results.settings import ResultsSettings
from inmail_studio.core.results.summary import summarise
from inmail_studio.ui.results.cards import ChartCard
from inmail_studio.ui.results.tab import ResultsTab

CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 30, 9, tzinfo=CET)
SETTINGS = ResultsSettings(plan="sales_navigator", plan_since=date(2026, 5, 1))

STAND_IN = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from inmail_studio.ui.results.tab import ResultsTab
from inmail_studio.ui.results import loader, prompts, quota, settings_form  # beside the editor, in Settings
quota.QuotaCounter()
settings_form.ResultsSettingsForm()
tab = ResultsTab()
tab.set_summary(None)
before = "pyqtgraph" in sys.modules or "inmail_studio.core.results.summary" in sys.modules
tab.build()
print(json.dumps([before, "pyqtgraph" in sys.modules]))
"""


def test_the_stand_in_and_the_small_widgets_do_not_load_pyqtgraph() -> None:
    done = subprocess.run([sys.executable, "-c", STAND_IN], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == [False, True]


@pytest.fixture
def tab(qtbot) -> ResultsTab:  # type: ignore[no-untyped-def]
    widget = ResultsTab()
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    return widget


def test_showing_the_tab_builds_it(qtbot, tab: ResultsTab) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(tab.sig_built):
        tab.show()
    assert tab.built


def test_nothing_logged_says_what_to_do(tab: ResultsTab) -> None:
    tab.set_summary(summarise([], SETTINGS, NOW))
    tab.build()
    assert tab.showing_empty_state
    assert "Mark messages as sent" in tab.empty.text()


def test_realistic_data_draws_every_chart_and_the_ab_verdicts(tab: ResultsTab) -> None:
    tab.set_summary(summarise(sample_log(), SETTINGS, NOW), titles={"recruit-dev-nl": "Backend developer (NL)"})
    tab.build()
    content = tab.content
    assert not tab.showing_empty_state
    assert all(card.showing_chart for card in content.cards)
    assert content.ab_table.rowCount() == 2
    assert content.ab_table.item(0, 0).text() == "Backend developer (NL)"
    assert "more sends per variant" in content.ab_table.item(0, 3).text()
    assert content.works_table.item(0, 1).text() == "up to 400 characters"
    assert "600" in content.headline.text()
    assert "Sales Navigator. Credits per month: 50; at most banked: 150." in content.credit_text.text()


def small_log() -> list[LogItem]:
    sent = NOW - timedelta(days=40)
    return [LogItem(i, sent + timedelta(minutes=i), "inmail", template_id="t", variant="A",
                    outcome="replied" if i == 0 else "pending", outcome_at=sent + timedelta(days=1) if i == 0 else None)
            for i in range(4)] + [LogItem(9, NOW - timedelta(days=2), "inmail", template_id="t", variant="A")]


def test_small_data_says_what_is_missing_instead_of_drawing_noise(tab: ResultsTab) -> None:
    tab.set_summary(summarise(small_log(), ResultsSettings(), NOW))
    tab.build()
    content = tab.content
    assert not content.templates.showing_chart
    assert content.templates.missing.text() == ("No template has 10 messages older than 30 days yet. Messages "
                                                "sent in that time (1 so far) count once they are 30 days old.")
    assert not content.acceptance.showing_chart and "two months" in content.acceptance.missing.text()
    assert not content.templates.save_button.isEnabled()
    assert content.ab_table.isHidden()


def test_a_new_summary_redraws_a_built_tab(tab: ResultsTab) -> None:
    tab.set_summary(summarise(small_log(), ResultsSettings(), NOW))
    tab.build()
    assert not tab.content.templates.showing_chart
    tab.set_summary(summarise(sample_log(), SETTINGS, NOW))
    assert tab.content.templates.showing_chart


def test_a_chart_is_saved_as_png(qtbot, tab: ResultsTab, tmp_path: Path,  # type: ignore[no-untyped-def]
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from inmail_studio.ui import dialogs

    tab.set_summary(summarise(sample_log(), SETTINGS, NOW))
    tab.show()
    target = tmp_path / "weeks"
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *args: str(target))
    with qtbot.waitSignal(tab.sig_chart_saved) as saved:
        tab.content.weeks.save_button.click()
    assert saved.args == [str(target) + ".png"]
    assert (tmp_path / "weeks.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_titles_can_come_later(tab: ResultsTab) -> None:
    tab.set_summary(summarise(sample_log(), SETTINGS, NOW))
    tab.build()
    assert tab.content.ab_table.item(0, 0).text() == "recruit-dev-nl"
    tab.set_titles({"recruit-dev-nl": "Backend developer (NL)"})
    assert tab.content.ab_table.item(0, 0).text() == "Backend developer (NL)"
    tab.set_summary(summarise(sample_log(), SETTINGS, NOW))
    assert tab.content.ab_table.item(0, 0).text() == "Backend developer (NL)"


def test_small_groups_give_counts_not_rates(tab: ResultsTab) -> None:
    tab.set_summary(summarise(small_log(), ResultsSettings(), NOW))
    tab.build()
    content = tab.content
    assert "1 of 4, too few for a rate" in content.headline.text()
    assert content.works_table.item(0, 2).text() == "1 of 4 replied, too few to tell · too recent to tell: 1"


def test_reply_rates_by_list_kind_language_and_month(tab: ResultsTab) -> None:
    tab.set_summary(summarise(sample_log(), SETTINGS, NOW))
    tab.build()
    groups = tab.content.groups
    assert groups.table.item(0, 0).text() == "Backend Utrecht"
    groups.choice.setCurrentIndex(groups.choice.findData("kind"))
    assert [groups.table.item(r, 0).text() for r in range(groups.table.rowCount())] == ["Follow-up", "InMail"]
    groups.choice.setCurrentIndex(groups.choice.findData("language"))
    assert {groups.table.item(r, 0).text() for r in range(groups.table.rowCount())} == {"English", "Dutch"}
    groups.choice.setCurrentIndex(groups.choice.findData("month"))
    assert groups.table.item(0, 0).text() == "Jun 2026"
    assert "replied" in groups.table.item(0, 1).text()


@pytest.fixture
def translations(qapp: QApplication):  # type: ignore[no-untyped-def]
    """The app's translations in English; afterwards as they were (none if there were none)."""
    with window_language(qapp, "en") as found:
        yield found


def test_a_charts_save_button_follows_the_language(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    card = ChartCard(lambda: None, "sends-per-week")
    qtbot.addWidget(card)
    assert card.save_button.text() == "Save as PNG…"
    translations.set_language("nl")
    qtbot.waitUntil(lambda: card.save_button.text() == "Opslaan als PNG…")
