# SPDX-License-Identifier: GPL-3.0-or-later
"""The worker thread: jobs in order, results on the GUI thread, cyclic garbage collected on the GUI thread only."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject, Signal

from inmail_studio.ui.worker_thread import Worker


class Owner(QObject):
    sig_done = Signal(int, object)
    sig_failed = Signal(int, str)


def test_a_job_runs_off_the_gui_thread_and_reports_back_on_it(qtbot) -> None:
    owner = Owner()
    done: list[tuple[int, object, str]] = []
    owner.sig_done.connect(lambda r, v: done.append((r, v, threading.current_thread().name)))
    worker = Worker(owner, "test-worker", lambda n: (n * 2, threading.current_thread().name),
                    owner.sig_done, owner.sig_failed)
    worker.submit(1, 21)
    worker.submit(2, 5)
    qtbot.waitUntil(lambda: len(done) == 2, timeout=5000)
    worker.stop()
    gui = threading.main_thread().name
    assert done == [(1, (42, "test-worker"), gui), (2, (10, "test-worker"), gui)]


def test_cyclic_garbage_is_only_ever_collected_on_the_gui_thread(qtbot) -> None:
    owner = Owner()
    kept: list[object] = []  # the jobs keep what they make, as the results cache does
    collected_on: list[str] = []
    done: list[int] = []

    def job(n: int) -> int:
        for _ in range(20_000):
            cycle: list[object] = []
            cycle.append(cycle)  # garbage only the collector frees
            kept.append([n])
        return n

    def record(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collected_on.append(threading.current_thread().name)

    owner.sig_done.connect(lambda r, v: done.append(v))
    gc.callbacks.append(record)
    try:
        worker = Worker(owner, "test-worker", job, owner.sig_done, owner.sig_failed)
        for n in range(5):
            worker.submit(n, n)
        qtbot.waitUntil(lambda: len(done) == 5, timeout=10_000)
        worker.stop()
        qtbot.waitUntil(lambda: threading.main_thread().name in collected_on, timeout=5000)  # the GUI's timer
    finally:
        gc.callbacks.remove(record)
    assert "test-worker" not in collected_on
    assert not gc.isenabled()  # automatic collection stays off: the GUI thread's timer does it


def test_a_failing_job_is_reported_and_the_next_one_still_runs(qtbot) -> None:
    owner = Owner()
    failed: list[str] = []
    done: list[object] = []
    owner.sig_failed.connect(lambda r, text: failed.append(text))
    owner.sig_done.connect(lambda r, v: done.append(v))
    def job(x: int) -> int:
        if x < 0:
            raise SystemExit("a job must not end the thread")
        return 1 // x

    worker = Worker(owner, "test-worker", job, owner.sig_done, owner.sig_failed)
    worker.submit(1, 0)
    worker.submit(2, -1)
    worker.submit(3, 1)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    worker.stop()
    assert len(failed) == 2 and "ZeroDivisionError" in failed[0] and "SystemExit" in failed[1]
    assert done == [1]
