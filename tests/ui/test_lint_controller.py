# SPDX-License-Identifier: GPL-3.0-or-later
"""The coach's worker: one result for a burst of typing, no thread before it is needed or after close."""

from __future__ import annotations

from PySide6.QtCore import QThread

from inmail_studio.core import Message
from inmail_studio.ui.coach.controller import LintController

BODY = "Hi Anna, your talk on onboarding stayed with me. Would you be open to a short call next week?"


def test_a_burst_of_changes_gives_one_result_for_the_newest_text(qtbot) -> None:
    controller = LintController(debounce_ms=30)
    results = []
    controller.sig_result.connect(results.append)
    try:
        assert controller.findChildren(QThread) == []  # nothing runs until there is something to lint
        for end in range(20, len(BODY), 10):
            controller.request(Message(body=BODY[:end]))
        controller.request(Message(body=BODY))
        qtbot.waitUntil(lambda: bool(results) and not controller.busy, timeout=5000)
        qtbot.wait(100)
        assert len(results) == 1
        assert results[0].metrics.body_chars == len(BODY)
        assert len(controller.findChildren(QThread)) == 1
    finally:
        controller.shutdown()


def test_nothing_is_linted_after_shutdown(qtbot) -> None:
    controller = LintController(debounce_ms=10)
    results = []
    controller.sig_result.connect(results.append)
    controller.shutdown()  # a window closed before its first lint
    controller.request(Message(body=BODY), immediate=True)
    qtbot.wait(200)
    assert results == []
    assert controller.findChildren(QThread) == []
