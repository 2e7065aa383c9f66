# SPDX-License-Identifier: GPL-3.0-or-later
"""The coach's worker: one result for a burst of typing, no thread before it is needed or after close."""

from __future__ import annotations

import threading

from inmail_studio.core import Message
from inmail_studio.ui.coach.controller import LintController

OTHERS: set[threading.Thread] = set()  # lint threads of windows other tests left to the collector


def lint_threads() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if t.name == "lint-worker"} - OTHERS


BODY = "Hi Anna, your talk on onboarding stayed with me. Would you be open to a short call next week?"


def test_a_burst_of_changes_gives_one_result_for_the_newest_text(qtbot) -> None:
    OTHERS.update(lint_threads())
    controller = LintController(debounce_ms=30)
    results = []
    controller.sig_result.connect(results.append)
    try:
        assert not lint_threads()  # nothing runs until there is something to lint
        for end in range(20, len(BODY), 10):
            controller.request(Message(body=BODY[:end]))
        controller.request(Message(body=BODY))
        qtbot.waitUntil(lambda: bool(results) and not controller.busy, timeout=5000)
        qtbot.wait(100)
        assert len(results) == 1
        assert results[0].metrics.body_chars == len(BODY)
        assert len(lint_threads()) == 1
    finally:
        controller.shutdown()
    assert not lint_threads()  # closing ends the thread


def test_nothing_is_linted_after_shutdown(qtbot) -> None:
    OTHERS.update(lint_threads())
    controller = LintController(debounce_ms=10)
    results = []
    controller.sig_result.connect(results.append)
    controller.shutdown()  # a window closed before its first lint
    controller.request(Message(body=BODY), immediate=True)
    qtbot.wait(200)
    assert results == []
    assert not lint_threads()


def test_a_controller_dropped_without_shutdown_ends_its_thread(qtbot) -> None:
    OTHERS.update(lint_threads())
    controller = LintController(debounce_ms=10)
    results = []
    controller.sig_result.connect(results.append)
    controller.request(Message(body=BODY), immediate=True)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert len(lint_threads()) == 1
    controller.deleteLater()  # a window built in a test and never closed
    qtbot.waitUntil(lambda: not lint_threads(), timeout=5000)


def test_closing_while_a_long_lint_runs_waits_for_it_and_drops_its_result(qtbot) -> None:
    OTHERS.update(lint_threads())
    controller = LintController(debounce_ms=10)
    results = []
    controller.sig_result.connect(results.append)
    controller.request(Message(body="Would you be open to a call next week? " * 20_000), immediate=True)
    controller.shutdown()  # returns only when the lint in flight has ended
    assert not lint_threads()
    qtbot.wait(50)
    assert results == []  # a result for a closed window is not shown
