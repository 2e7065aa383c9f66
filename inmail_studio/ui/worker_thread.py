# SPDX-License-Identifier: GPL-3.0-or-later
"""One worker thread wired to its owner: the coach's lint and the Results summary both run on one."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, SignalInstance

if TYPE_CHECKING:
    from PySide6.QtCore import QThread


def start_worker_thread(owner: QObject, name: str, worker: QObject, dispatch: SignalInstance,
                        on_done: Callable[..., None], on_failed: Callable[..., None]) -> QThread:
    """Move `worker` to a new thread named `name` and start it; return the thread.

    `dispatch` (a signal of `owner`) is connected to `worker.run`, and the worker's `sig_done` and
    `sig_failed` to `on_done` and `on_failed`. The worker is deleted when the thread finishes. An
    owner dropped without `quit()`/`wait()` (a test, an error while building the window) stops the
    thread first, or Qt aborts destroying a running QThread.
    """
    from PySide6.QtCore import QThread  # with the first job: the window's first frame has no thread

    thread = QThread(owner)
    thread.setObjectName(name)
    worker.moveToThread(thread)
    dispatch.connect(worker.run)  # type: ignore[attr-defined]
    worker.sig_done.connect(on_done)  # type: ignore[attr-defined]
    worker.sig_failed.connect(on_failed)  # type: ignore[attr-defined]
    thread.finished.connect(worker.deleteLater)
    owner.destroyed.connect(_stopper(thread))
    thread.start()
    return thread


def _stopper(thread: QThread) -> Callable[[], None]:
    def stop() -> None:
        thread.quit()
        thread.wait()

    return stop
