# SPDX-License-Identifier: GPL-3.0-or-later
"""Python's cyclic garbage collection, run on the GUI thread only, from a timer.

Python collects cycles on whichever thread's allocation trips the threshold, and the coach's
lint allocates a lot on its worker thread. A collection there that finds an unreachable Qt object
(a closed dialog caught in a reference cycle) releases its wrapper on that thread; Shiboken then
queues the C++ deletion for the GUI thread, which ran the queued destructor through a stale entry
and died (SIGSEGV in `Shiboken::BindingManager::runDeletionInMainThread`, PySide 6.11: every run of
tests/reliability/test_damaged_database.py in a fresh checkout once the coach's models made the
first lint allocate more). Pausing the collector during a job was not enough: re-enabled on the
worker, it collected there at the worker's next allocation.

So, once a worker thread exists, automatic collection is switched off for the whole process and
a timer on the GUI thread runs each generation when its count passes the threshold Python would
have used — the pattern of pyqtgraph's `GarbageCollector` (after Erik Janssens, "Should Python
garbage collector be disabled?", 2014). Reference counting still frees everything else at once.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500  # a cycle waits at most this long to be collected

_installed: GuiThreadCollector | None = None


def collect_due(threshold: tuple[int, int, int] | None = None) -> None:
    """Collect, youngest first, each generation whose count passed its threshold (Python's own,
    `gc.get_threshold()`, unless given), as automatic collection would have: on the calling thread."""
    limits = threshold or gc.get_threshold()
    counts = gc.get_count()
    for generation in range(3):
        if counts[generation] <= limits[generation]:
            break
        gc.collect(generation)


class GuiThreadCollector(QObject):
    """Switches automatic collection off and collects from a timer on the thread it lives on (the
    GUI thread), generation by generation, with Python's own thresholds (`gc.get_threshold()`)."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds (youngest first)."""
        collect_due(self.threshold)


def install() -> bool:
    """Collect on the GUI thread from now on (idempotent); call it on the GUI thread before a worker
    thread starts. False when there is no Qt application yet (nothing Qt to protect, collection
    stays automatic)."""
    global _installed
    app = QCoreApplication.instance()
    if app is None:
        return False
    if _installed is None or _installed.parent() is not app:
        _installed = GuiThreadCollector(app)
    return True
