# SPDX-License-Identifier: GPL-3.0-or-later
"""One worker thread for one kind of job: the coach's lint and the Results summary both run on one.

The thread is a plain Python thread and no Qt object lives on it. Results come back by emitting
a signal of the owner, which lives on the GUI thread, so Qt queues them there.

Python's cyclic garbage collector runs on whichever thread's allocation trips its threshold, and
a lint allocates a lot. A collection on the worker thread that finds an unreachable Qt object (a
closed dialog caught in a reference cycle) releases its wrapper there; Shiboken then queues the
C++ deletion for the GUI thread, which ran the queued destructor through a stale entry and died
(SIGSEGV in `Shiboken::BindingManager::runDeletionInMainThread`, PySide 6.11; every run of
tests/reliability/test_damaged_database.py in a fresh checkout, since the coach's models made
the first lint allocate more). So a job runs with the cyclic collector paused
(`paused_cyclic_gc`); reference counting still frees everything else at once, and cyclic garbage
waits for the next collection, on the GUI thread or after the job.
"""

from __future__ import annotations

import gc
import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, SignalInstance

_STOP = object()


class _CyclicGcPause:
    """Pauses Python's cyclic garbage collector while any thread is inside (counted, so two
    workers may overlap); restores it as it was when the first one entered. A class, not a
    generator, so leaving allocates nothing the collector could trip on."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._holders = 0
        self._was_enabled = False

    def __enter__(self) -> None:
        with self._lock:
            if self._holders == 0:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._holders += 1

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            self._holders -= 1
            if self._holders == 0 and self._was_enabled:
                gc.enable()


paused_cyclic_gc = _CyclicGcPause()
"""`with paused_cyclic_gc:` around work on a thread other than the GUI's (see the module docstring)."""


class Worker:
    """Runs `job(*args)` for each `submit(revision, *args)`, one at a time in submission order, on
    a thread named `name`; emits `done(revision, result)` or `failed(revision, traceback_text)`.

    `done` and `failed` must be signals of a QObject on the GUI thread, connected there; they are
    emitted on the worker thread, so Qt delivers them on the GUI thread. The thread starts with
    the first job (the window's first frame has none). `stop()` ends it after the job in flight; a
    dropped `owner` stops it too, without waiting.
    """

    def __init__(self, owner: QObject, name: str, job: Callable[..., Any],
                 done: SignalInstance, failed: SignalInstance) -> None:
        self._name = name
        self._job = job
        self._done = done
        self._failed = failed
        self._jobs: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._stopped = False
        jobs = self._jobs
        owner.destroyed.connect(lambda *_: jobs.put(_STOP))

    @property
    def started(self) -> bool:
        """True once a thread runs or ran (after the first `submit`)."""
        return self._thread is not None

    def submit(self, revision: int, *args: Any) -> None:
        """Queue one job; ignored after `stop()`."""
        if self._stopped:
            return
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name=self._name, daemon=True)
            self._thread.start()
        self._jobs.put((revision, args))

    def stop(self) -> None:
        """Let the job in flight end (a pasted megabyte takes a second or two), then end the thread."""
        self._stopped = True
        self._jobs.put(_STOP)
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join()

    def _loop(self) -> None:
        while (item := self._jobs.get()) is not _STOP:
            with paused_cyclic_gc:
                self._run(*item)

    def _run(self, revision: int, args: tuple[Any, ...]) -> None:
        try:
            result = self._job(*args)
        except Exception:  # a bug in the job must show in the window, not kill the thread
            import traceback

            _emit(self._failed, revision, traceback.format_exc(limit=3))
            return
        _emit(self._done, revision, result)


def _emit(signal: SignalInstance, *values: Any) -> None:
    try:
        signal.emit(*values)
    except RuntimeError:  # the owner was deleted while the job ran (a window dropped without closing)
        pass
