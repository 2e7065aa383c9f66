# SPDX-License-Identifier: GPL-3.0-or-later
"""The Results summary computed off the GUI thread: one job in flight, stale results dropped by revision."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, QThread, Signal, Slot

from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.results.credits import Adjustment
from inmail_studio.core.results.settings import ResultsSettings
from inmail_studio.ui.worker_thread import start_worker_thread


@dataclass(frozen=True)
class Job:
    """A snapshot of what the summary is computed from (read on the GUI thread, where the store lives)."""

    items: Sequence[LogItem]
    settings: ResultsSettings
    now: datetime
    adjustments: Sequence[Adjustment] = ()


class _Worker(QObject):
    """Lives on the worker thread; calls only the pure core. Keeps the coach's view of each sent text."""

    sig_done = Signal(int, object)
    sig_failed = Signal(int, str)

    def __init__(self) -> None:
        super().__init__()
        self._features = None

    @Slot(int, object)
    def run(self, revision: int, job: Job) -> None:
        from inmail_studio.core.results.summary import summarise
        from inmail_studio.core.results.works import FeatureCache

        try:
            self._features = self._features or FeatureCache()
            summary = summarise(job.items, job.settings, job.now, job.adjustments, self._features.describe)
            self.sig_done.emit(revision, summary)
        except Exception:  # a bug must show in the window, not kill the thread
            import traceback

            self.sig_failed.emit(revision, traceback.format_exc(limit=3))


class ResultsLoader(QObject):
    """`request(job)` whenever the log or the settings change; `sig_summary(summary)` brings the newest.

    The kind of ask and the personal detail of each message come from the coach (a lint each, cached
    per message), which is why this runs on its own thread. Call `shutdown()` before the window goes.
    """

    sig_summary = Signal(object)  # ResultsSummary
    sig_failed = Signal(str)
    _sig_dispatch = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._revision = self._dispatched = 0
        self._job: Job | None = None
        self._in_flight = self._closed = False
        self._thread: QThread | None = None

    @property
    def busy(self) -> bool:
        return self._in_flight

    def request(self, job: Job) -> None:
        self._revision += 1
        self._job = job
        self._dispatch()

    def shutdown(self) -> None:
        """Stop the thread, after the job in flight (if any) ends."""
        self._closed = True
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()

    def _start_thread(self) -> None:
        self._worker = _Worker()
        self._thread = start_worker_thread(self, "results-worker", self._worker, self._sig_dispatch,
                                           self._on_worker_done, self._on_worker_failed)

    def _dispatch(self) -> None:
        if self._closed or self._in_flight or self._job is None or self._dispatched == self._revision:
            return
        if self._thread is None:
            self._start_thread()
        self._in_flight = True
        self._dispatched = self._revision
        self._sig_dispatch.emit(self._revision, self._job)

    @Slot(int, object)
    def _on_worker_done(self, revision: int, summary: object) -> None:
        self._in_flight = False
        if revision == self._revision:
            self.sig_summary.emit(summary)
        else:
            self._dispatch()

    @Slot(int, str)
    def _on_worker_failed(self, revision: int, error: str) -> None:
        self._in_flight = False
        self.sig_failed.emit(error)
        if revision != self._revision:
            self._dispatch()
