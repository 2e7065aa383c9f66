# SPDX-License-Identifier: GPL-3.0-or-later
"""Results benchmark: the statistics over 100,000 logged messages.

    .venv/bin/python benchmarks/bench_stats.py [--messages 100000] [--runs 5]

Target: under 1 s for `inmail-studio stats --json` (rates per template and variant, acceptance,
every A/B comparison) and, separately, for everything the Results tab shows (the same plus weekly
series, acceptance per month, what works by length and weekday, and the credit ledger).
The log is `inmail_studio.core.results.demo.sample_log` over 6 months, without message text.
Median of `--runs` runs after a warm-up.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from inmail_studio.core.results.demo import sample_log
from inmail_studio.core.results.report import stats_report
from inmail_studio.core.results.settings import ResultsSettings
from inmail_studio.core.results.summary import summarise


def median_seconds(run: Callable[[], object], runs: int) -> float:
    run()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    log = sample_log(args.messages, with_text=False)
    now = log[-1].sent_at
    settings = ResultsSettings(plan="sales_navigator")
    stats = median_seconds(lambda: stats_report(log, now=now), args.runs)
    tab = median_seconds(lambda: summarise(log, settings, now), args.runs)
    print(f"{args.messages:,} messages")
    print(f"  stats --json (rates, acceptance, A/B):  {stats * 1000:7.1f} ms  (target < 1000 ms)")
    print(f"  Results tab summary (all of it):        {tab * 1000:7.1f} ms  (target < 1000 ms)")


if __name__ == "__main__":
    main()
