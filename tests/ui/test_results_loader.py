# SPDX-License-Identifier: GPL-3.0-or-later
"""The Results summary is computed off the GUI thread, newest request wins."""

from __future__ import annotations

from datetime import date

import pytest

from inmail_studio.core.results.demo import sample_log
from inmail_studio.core.results.settings import ResultsSettings
from inmail_studio.ui.results.loader import Job, ResultsLoader

LOG = sample_log(120)
NOW = LOG[-1].sent_at


@pytest.fixture
def loader(qtbot):  # type: ignore[no-untyped-def]
    found = ResultsLoader()
    yield found
    found.shutdown()


def test_the_summary_arrives_with_the_coachs_asks_and_details(qtbot, loader: ResultsLoader) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(loader.sig_summary, timeout=20_000) as done:
        loader.request(Job(LOG, ResultsSettings(), NOW))
    summary = done.args[0]
    assert summary.total_sent == 120
    assert {"length", "weekday", "ask", "detail"} <= set(summary.works)


def test_only_the_newest_request_is_delivered(qtbot, loader: ResultsLoader) -> None:  # type: ignore[no-untyped-def]
    received = []
    loader.sig_summary.connect(received.append)
    loader.request(Job(LOG[:10], ResultsSettings(), NOW))
    loader.request(Job(LOG[:20], ResultsSettings(), NOW))
    newest = ResultsSettings(plan="recruiter_lite", plan_since=date(2026, 6, 1))
    loader.request(Job(LOG, newest, NOW))
    qtbot.waitUntil(lambda: bool(received) and received[-1].total_sent == 120 and not loader.busy, timeout=20_000)
    assert [s.total_sent for s in received] == [120]
    assert received[0].credits.plan == "recruiter_lite"
