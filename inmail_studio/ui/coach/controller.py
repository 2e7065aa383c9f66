# SPDX-License-Identifier: GPL-3.0-or-later
"""Lint off the GUI thread: debounce, one job in flight, stale results dropped by revision."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot

from inmail_studio.ui.translations import current_ui_language
from inmail_studio.ui.worker_thread import Worker

if TYPE_CHECKING:
    from inmail_studio.core.lint.model import LintResult
    from inmail_studio.core.message import Message

DEBOUNCE_MS = 150


def _lint(message: Message, ui_lang: str) -> LintResult:
    """The worker thread's job: the pure core only."""
    from inmail_studio.core.lint.engine import lint  # loads the rule data on the worker thread

    return lint(message, ui_lang=ui_lang)


class LintController(QObject):
    """Call `request(message)` on every change; `sig_result` brings the newest result.

    Requests are coalesced: after `DEBOUNCE_MS` of quiet the latest message is linted on a
    worker thread. A result for an older revision than the newest request is dropped, and
    if the text changed while a job ran, the newest text is dispatched as soon as it returns.
    The findings speak the window's language (read when a job is dispatched); when it changes, the
    latest message is linted again at once, so the coach switches with the rest of the window.
    """

    sig_result = Signal(object)  # LintResult
    sig_failed = Signal(str)
    _sig_done = Signal(int, object)
    _sig_worker_failed = Signal(int, str)

    def __init__(self, parent: QObject | None = None, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._revision = 0
        self._message: Message | None = None
        self._in_flight = False
        self._dispatched = -1
        self._timer = QTimer(self, singleShot=True, interval=debounce_ms)
        self._timer.timeout.connect(self._dispatch)
        self._closed = False
        self._sig_done.connect(self._on_worker_done)
        self._sig_worker_failed.connect(self._on_worker_failed)
        # Its thread starts with the first lint, after the first frame.
        self._worker = Worker(self, "lint-worker", _lint, self._sig_done, self._sig_worker_failed)

    @property
    def busy(self) -> bool:
        return self._in_flight or self._timer.isActive()

    def request(self, message: Message, immediate: bool = False) -> None:
        self._revision += 1
        self._message = message
        if immediate:
            self._timer.stop()
            self._dispatch()
        else:
            self._timer.start()

    def event(self, event: QEvent) -> bool:
        # A widget passes QEvent.LanguageChange on to its child objects, this controller among them.
        if event.type() == QEvent.Type.LanguageChange and self._message is not None and not self._closed:
            self.request(self._message, immediate=True)
        return super().event(event)

    def shutdown(self) -> None:
        self._closed = True  # no thread may start after this
        self._timer.stop()
        self._worker.stop()

    @Slot()
    def _dispatch(self) -> None:
        if self._closed or self._in_flight or self._message is None or self._dispatched == self._revision:
            return
        self._in_flight = True
        self._dispatched = self._revision
        self._worker.submit(self._revision, self._message, current_ui_language())

    @Slot(int, object)
    def _on_worker_done(self, revision: int, result: LintResult) -> None:
        self._in_flight = False
        if self._closed:  # the window is going
            return
        if revision == self._revision:
            self.sig_result.emit(result)
        elif not self._timer.isActive():
            self._dispatch()

    @Slot(int, str)
    def _on_worker_failed(self, revision: int, error: str) -> None:
        self._in_flight = False
        if self._closed:
            return
        self.sig_failed.emit(error)
        if revision != self._revision and not self._timer.isActive():
            self._dispatch()
