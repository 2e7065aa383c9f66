# SPDX-License-Identifier: GPL-3.0-or-later
"""The results actions, once, for the window and the command line: over the log and the settings store."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any, Protocol

from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.results import quotas
from inmail_studio.core.results.credits import Adjustment, Ledger, ledger
from inmail_studio.core.results.rates import ACCEPT_KINDS, ACCEPT_OUTCOMES, rate_of
from inmail_studio.core.results.report import stats_report
from inmail_studio.core.results.settings import SETTINGS_KEY, ResultsSettings
from inmail_studio.core.results.summary import ResultsSummary, summarise
from inmail_studio.core.results.works import Describe

ADJUSTMENTS_KEY = "results.credit_adjustments"


class LogSource(Protocol):
    """What results need from the outreach log (core.outreach.log.OutreachLog fits)."""

    clock: Callable[[], datetime]

    def items(self) -> list[LogItem]: ...


class SettingsStore(Protocol):
    def get(self, key: str, default: Any = None) -> Any: ...
    def set(self, key: str, value: Any) -> None: ...


class Results:
    """Reads the log and the settings each call (the log caches its own reads); writes only settings.

    `settings` is stored under "results", the credit adjustments under "results.credit_adjustments".
    """

    def __init__(self, log: LogSource, settings: SettingsStore) -> None:
        self._log = log
        self._store = settings

    @property
    def settings(self) -> ResultsSettings:
        return ResultsSettings.from_json(self._store.get(SETTINGS_KEY))

    def save_settings(self, settings: ResultsSettings) -> None:
        self._store.set(SETTINGS_KEY, settings.to_json())

    def adjustments(self) -> list[Adjustment]:
        """The real balances the user copied from LinkedIn, oldest first (unreadable entries skipped)."""
        found = []
        for raw in self._store.get(ADJUSTMENTS_KEY, []) or []:
            try:
                found.append(Adjustment.from_json(raw))
            except ValueError:
                continue
        return sorted(found, key=lambda a: a.at)

    def set_real_balance(self, balance: int, at: datetime | None = None) -> Adjustment:
        """Record LinkedIn's own figure (an adjustment entry); raises ValueError for a negative balance."""
        if balance < 0:
            raise ValueError("a balance is 0 or more")
        entry = Adjustment(at or self._log.clock(), balance)
        self._store.set(ADJUSTMENTS_KEY, [a.to_json() for a in [*self.adjustments(), entry]])
        return entry

    def ledger(self) -> Ledger:
        return ledger(self._log.items(), self.settings, self._log.clock(), self.adjustments())

    def summary(self, describe: Describe | None = None) -> ResultsSummary:
        """Everything the Results tab shows."""
        return summarise(self._log.items(), self.settings, self._log.clock(), self.adjustments(), describe)

    def stats(self, window_days: int | None = None, since: date | None = None) -> dict[str, Any]:
        """The `stats --json` object; `since` is a day in now's zone; the window defaults to the setting."""
        now = self._log.clock()
        settings = self.settings
        start = datetime.combine(since, time(), now.tzinfo) if since else None
        return stats_report(self._log.items(), now=now, window_days=window_days or settings.reply_window_days,
                            acceptance_window_days=window_days or settings.acceptance_window_days, since=start)

    def credits(self) -> dict[str, Any]:
        """The `credits --json` object."""
        return self.ledger().to_dict()

    def quotas(self, account: str) -> tuple[quotas.Quota, quotas.Quota, str | None]:
        """(personal notes this month, invitations this week, advice code or None) for the quota counter."""
        items, now, settings = self._log.items(), self._log.clock(), self.settings
        acceptance = rate_of(items, now=now, window_days=settings.acceptance_window_days, kinds=ACCEPT_KINDS,
                             outcomes=ACCEPT_OUTCOMES)
        return (quotas.personal_notes(items, now, account, settings.free_notes_per_month),
                quotas.invitations(items, now, settings.invitations_per_week), quotas.acceptance_advice(acceptance))
