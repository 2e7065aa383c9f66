# SPDX-License-Identifier: GPL-3.0-or-later
"""Prospect benchmarks: import 100,000 rows into the database, render and lint 10,000 messages.

    .venv/bin/python benchmarks/bench_prospects.py [--rows 100000] [--render 10000]

Targets: import (read, map, merge, store) of 100,000 LinkedIn-export rows under 2 s; rendering
and linting 10,000 prospects with one template, in one process, under 5 s (the `--json` output
of `inmail-studio render --prospects` included). Median of 3 runs after a warm-up.
"""

from __future__ import annotations

import argparse
import csv
import io
import statistics
import sys
import tempfile
import time
from argparse import Namespace
from pathlib import Path

from inmail_studio.cli.render import render_prospects
from inmail_studio.core.paths import Paths
from inmail_studio.core.prospects import read_csv
from inmail_studio.core.store import Store
from inmail_studio.core.templates import TemplateLibrary

TEMPLATE = "en-sales-inmail-decision-maker-challenge"
COMPANIES = ["Zwaag Techniek B.V.", "Dekker, Jansen & Co", "Northwind Logistics", "Brouwerij 't IJ", "Acme"]


def write_export(path: Path, rows: int) -> None:
    """A file shaped like LinkedIn's Connections.csv: notes, then the header, then the rows."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write('Notes:\n"When exporting your connection data, you may notice that some of the email '
                     'addresses are missing."\n\n')
        writer = csv.writer(handle)
        writer.writerow(["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"])
        for i in range(rows):
            writer.writerow([f"Zoë{i}", f"van der Berg {i}", f"https://www.linkedin.com/in/zoe-{i}", "",
                             COMPANIES[i % len(COMPANIES)], "Head of Operations", f"{i % 28 + 1:02d} Nov 2024"])


def time_import(path: Path, folder: Path) -> tuple[float, float, int]:
    store = Store.open(folder / f"bench-{time.monotonic_ns()}.sqlite3")
    started = time.perf_counter()
    result = read_csv(path)
    read = time.perf_counter() - started
    store.prospects.create_list("benchmark", result.prospects, source=path.name)
    total = time.perf_counter() - started
    store.close()
    return read, total, len(result.prospects)


def time_render(path: Path, paths: Paths) -> float:
    library = TemplateLibrary(paths.builtin_templates, paths.user_templates)
    template = library.get(TEMPLATE)
    assert template is not None
    args = Namespace(json=True, out=None, account="premium", data_dir=str(paths.data))
    sink = io.StringIO()
    started = time.perf_counter()
    render_prospects(template, str(path), {"challenge": "slow month-end closing", "sender_name": "Joost"}, args, sink)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--render", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="inmail-bench-"))
    big, small = folder / "connections.csv", folder / "render.csv"
    write_export(big, args.rows)
    write_export(small, args.render)
    paths = Paths.default(folder / "data")
    stderr, sys.stderr = sys.stderr, io.StringIO()  # the render summary goes to stderr
    try:
        time_import(big, folder), time_render(small, paths)  # warm-up
        imports = [time_import(big, folder) for _ in range(args.runs)]
        renders = [time_render(small, paths) for _ in range(args.runs)]
    finally:
        sys.stderr = stderr
    read = statistics.median(r for r, _, _ in imports)
    total = statistics.median(t for _, t, _ in imports)
    print(f"import {imports[0][2]:,} rows: read {read:.2f} s, read + store {total:.2f} s "
          f"({imports[0][2] / total:,.0f} rows/s)  [{'PASS' if total < 2 else 'FAIL'} < 2 s]")
    render = statistics.median(renders)
    print(f"render + lint {args.render:,} prospects with {TEMPLATE}: {render:.2f} s "
          f"({render / args.render * 1000:.2f} ms each)  [{'PASS' if render < 5 else 'FAIL'} < 5 s]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
