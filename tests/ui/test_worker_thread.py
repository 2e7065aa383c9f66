# SPDX-License-Identifier: GPL-3.0-or-later
"""The worker thread: jobs in order, results on the GUI thread, no cyclic collection while a job runs."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject, Signal

from inmail_studio.ui.worker_thread import Worker


class Owner(QObject):
    sig_done = Signal(int, object)
    sig_failed = Signal(int, str)


def test_a_job_runs_off_the_gui_thread_without_the_cyclic_collector_and_reports_back_on_it(qtbot) -> None:
    owner = Owner()
    seen: list[tuple[str, bool]] = []
    done: list[tuple[int, object, str]] = []

    def job(n: int) -> int:
        seen.append((threading.current_thread().name, gc.isenabled()))
        [[i] for i in range(50_000)]  # allocates enough to trip a collection, were it allowed
        return n * 2

    owner.sig_done.connect(lambda r, v: done.append((r, v, threading.current_thread().name)))
    worker = Worker(owner, "test-worker", job, owner.sig_done, owner.sig_failed)
    assert gc.isenabled()
    worker.submit(1, 21)
    worker.submit(2, 5)
    qtbot.waitUntil(lambda: len(done) == 2, timeout=5000)
    worker.stop()
    assert seen == [("test-worker", False), ("test-worker", False)]
    assert done == [(1, 42, threading.main_thread().name), (2, 10, threading.main_thread().name)]
    assert gc.isenabled()  # given back as it was


def test_a_failing_job_is_reported_and_the_next_one_still_runs(qtbot) -> None:
    owner = Owner()
    failed: list[str] = []
    done: list[object] = []
    owner.sig_failed.connect(lambda r, text: failed.append(text))
    owner.sig_done.connect(lambda r, v: done.append(v))
    worker = Worker(owner, "test-worker", lambda x: 1 // x, owner.sig_done, owner.sig_failed)
    worker.submit(1, 0)
    worker.submit(2, 1)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    worker.stop()
    assert len(failed) == 1 and "ZeroDivisionError" in failed[0]
    assert done == [1]
    assert gc.isenabled()
