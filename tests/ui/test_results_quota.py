# SPDX-License-Identifier: GPL-3.0-or-later
"""The quota counter beside the connection-request editor."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtWidgets import QApplication
from qt_fixtures import window_language

from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.results import quotas
from inmail_studio.core.results.rates import Rate
from inmail_studio.ui.results.quota import QuotaCounter

CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 3, 10, 12, tzinfo=CET)


def requests(count: int) -> list[LogItem]:
    return [LogItem(i, NOW - timedelta(hours=i + 1), "connection_request", body="Hi, we met at the meetup.")
            for i in range(count)]


def counter_for(qtbot, log: list[LogItem], account: str = "free", advice: str | None = None):  # type: ignore[no-untyped-def]
    counter = QuotaCounter()
    qtbot.addWidget(counter)
    counter.set_quotas(quotas.personal_notes(log, NOW, account), quotas.invitations(log, NOW), advice)
    return counter


def test_counts_notes_and_invitations(qtbot) -> None:  # type: ignore[no-untyped-def]
    counter = counter_for(qtbot, requests(3))
    assert counter.notes_label.text() == "Personal notes this month: 3 of 5"
    assert counter.invitations_label.text() == "Invitations in the last 7 days: 3 of about 100"
    assert not counter.at_limit and counter.warning.isHidden()


def test_warns_at_the_limit_and_signals_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    counter = QuotaCounter()
    qtbot.addWidget(counter)
    with qtbot.waitSignal(counter.sig_limit_reached) as reached:
        counter.set_quotas(quotas.personal_notes(requests(5), NOW, "free"), quotas.invitations(requests(5), NOW))
    assert reached.args == ["notes"]
    assert counter.at_limit
    assert counter.notes_label.text().endswith("limit reached")
    assert "without a note until 1 Apr" in counter.warning.text()
    with qtbot.assertNotEmitted(counter.sig_limit_reached):
        counter.set_quotas(quotas.personal_notes(requests(5), NOW, "free"), quotas.invitations(requests(5), NOW))


def test_premium_shows_no_note_limit(qtbot) -> None:  # type: ignore[no-untyped-def]
    counter = counter_for(qtbot, requests(9), account="premium")
    assert counter.notes_label.isHidden() and not counter.at_limit


def test_low_acceptance_brings_the_advice(qtbot) -> None:  # type: ignore[no-untyped-def]
    advice = quotas.acceptance_advice(Rate(sent=40, hits=4))
    counter = counter_for(qtbot, requests(1), advice=advice)
    assert "say why you want to connect" in counter.advice_label.text()


def test_marking_an_inmail_sent_at_zero_asks_first(dialogs) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from inmail_studio.core.results.credits import ledger
    from inmail_studio.core.results.settings import ResultsSettings
    from inmail_studio.ui.results.prompts import confirm_inmail_send

    settings = ResultsSettings(plan="premium_career", plan_since=date(2026, 3, 1))
    sent = [LogItem(i, NOW - timedelta(hours=i + 1), "inmail") for i in range(5)]
    assert confirm_inmail_send(None, ledger(sent[:4], settings, NOW)) and dialogs.questions == []
    dialogs.answer_yes = False
    assert not confirm_inmail_send(None, ledger(sent, settings, NOW))
    assert dialogs.questions == ["No InMail credits left: As this app counts them, you have 0 InMail credits. "
                                 "LinkedIn only sends the InMail if you still have one: mark it as sent anyway?"]


@pytest.fixture
def translations(qapp: QApplication):  # type: ignore[no-untyped-def]
    """The app's translations in English; afterwards as they were (none if there were none)."""
    with window_language(qapp, "en") as found:
        yield found


def test_the_counter_is_named_and_worded_anew_when_the_language_changes(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    counter = counter_for(qtbot, requests(3))
    assert counter.accessibleName() == "LinkedIn quotas"
    translations.set_language("nl")
    qtbot.waitUntil(lambda: counter.accessibleName() == "Limieten van LinkedIn")
    assert counter.notes_label.text() != "Personal notes this month: 3 of 5"
    translations.set_language("en")
    qtbot.waitUntil(lambda: counter.accessibleName() == "LinkedIn quotas")
    assert counter.notes_label.text() == "Personal notes this month: 3 of 5"
