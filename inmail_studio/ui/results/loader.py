# SPDX-License-Identifier: GPL-3.0-or-later
"""The Results summary computed off the GUI thread: one job in flight, stale results dropped by revision."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.results.credits import Adjustment
from inmail_studio.core.results.settings import ResultsSettings
from inmail_studio.ui.worker_thread import Worker

if TYPE_CHECKING:
    from inmail_studio.core.results.summary import ResultsSummary
    from inmail_studio.core.results.works import FeatureCache


@dataclass(frozen=True)
class Job:
    """A snapshot of what the summary is computed from (read on the GUI thread, where the store lives)."""

    items: Sequence[LogItem]
    settings: ResultsSettings
    now: datetime
    adjustments: Sequence[Adjustment] = ()


class _Summariser:
    """The worker thread's job; calls only the pure core. Keeps the coach's view of each sent text."""

    def __init__(self) -> None:
        self._features: FeatureCache | None = None

    def __call__(self, job: Job) -> ResultsSummary:
        from inmail_studio.core.results.summary import summarise
        from inmail_studio.core.results.works import FeatureCache

        self._features = self._features or FeatureCache()
        return summarise(job.items, job.settings, job.now, job.adjustments, self._features.describe)


class ResultsLoader(QObject):
    """`request(job)` whenever the log or the settings change; `sig_summary(summary)` brings the newest.

    The kind of ask and the personal detail of each message come from the coach (a lint each, cached
    per message), which is why this runs on its own thread. Call `shutdown()` before the window goes.
    """

    sig_summary = Signal(object)  # ResultsSummary
    sig_failed = Signal(str)
    _sig_done = Signal(int, object)
    _sig_worker_failed = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._revision = self._dispatched = 0
        self._job: Job | None = None
        self._in_flight = self._closed = False
        self._sig_done.connect(self._on_worker_done)
        self._sig_worker_failed.connect(self._on_worker_failed)
        self._worker = Worker(self, "results-worker", _Summariser(), self._sig_done, self._sig_worker_failed)

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
        self._worker.stop()

    def _dispatch(self) -> None:
        if self._closed or self._in_flight or self._job is None or self._dispatched == self._revision:
            return
        self._in_flight = True
        self._dispatched = self._revision
        self._worker.submit(self._revision, self._job)

    @Slot(int, object)
    def _on_worker_done(self, revision: int, summary: object) -> None:
        self._in_flight = False
        if self._closed:  # the window is going
            return
        if revision == self._revision:
            self.sig_summary.emit(summary)
        else:
            self._dispatch()

    @Slot(int, str)
    def _on_worker_failed(self, revision: int, error: str) -> None:
        self._in_flight = False
        if self._closed:
            return
        self.sig_failed.emit(error)
        if revision != self._revision:
            self._dispatch()
