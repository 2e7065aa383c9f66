# SPDX-License-Identifier: GPL-3.0-or-later
"""One worker thread for one kind of job: the coach's lint and the Results summary both run on one.

The thread is a plain Python thread and no Qt object lives on it. Results come back by emitting
a signal of the owner, which lives on the GUI thread, so Qt queues them there. Before the first
worker exists, cyclic garbage collection moves to the GUI thread (`gui_gc`): a collection on the
worker could finalise a Qt object there and crash the process.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, SignalInstance

from inmail_studio.ui import gui_gc

_STOP = object()


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
        gui_gc.install()

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
            self._run(*item)

    def _run(self, revision: int, args: tuple[Any, ...]) -> None:
        try:
            result = self._job(*args)
        except BaseException:  # noqa: BLE001 (a bug in the job, even a SystemExit, must show in the window
            import traceback  # and leave the thread working: else the coach would wait for ever)

            _emit(self._failed, revision, traceback.format_exc(limit=3))
            return
        _emit(self._done, revision, result)


def _emit(signal: SignalInstance, *values: Any) -> None:
    try:
        signal.emit(*values)
    except RuntimeError:  # the owner was deleted while the job ran (a window dropped without closing)
        pass
