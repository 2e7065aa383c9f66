# SPDX-License-Identifier: GPL-3.0-or-later
"""Run the hand-written tests against a candidate model file, in a temporary copy of the tree.

Used by tools/train_detail_stack.py to ship only a model that keeps every hand-written personal test:
the package, resources and tests are copied once, so the shipped file is never touched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

__all__ = ["Probe", "first_passing", "follow_up_passing", "rescued"]

# A candidate is (cross-validated score, variant, C, drop, add, drop_fu, add_fu), as train_detail_stack ranks it.
Choice = tuple[float, str, float, float, float, float, float]
PROBE_FAMILY_TRIES = 10  # failed candidates tried, best first, in each family (band, one threshold) before giving up
PROBE_RESCUE_FIRST, PROBE_RESCUE_TRIES = 3, 6  # then: the best first candidates, each with its follow-up cut-offs

PARTS = ("inmail_studio", "resources", "tests", "tools", "dev.py", "pyproject.toml")


class Probe:
    """A copy of `root` (its PARTS) in a temporary folder; `passes(choice)` writes the candidate with
    `write(choice, target)` over the copy's `model` file and runs pytest with `tests` there."""

    def __init__(self, root: Path, model: Path, tests: Sequence[str], write: Callable[[Any, Path], object]) -> None:
        self.root, self.model, self.tests, self.write = root, model, tuple(tests), write
        self.folder: tempfile.TemporaryDirectory[str] | None = None

    def __enter__(self) -> Probe:
        self.folder = tempfile.TemporaryDirectory(prefix="detail-probe-")
        copy = Path(self.folder.name)
        for part in PARTS:
            source = self.root / part
            if source.is_dir():
                shutil.copytree(source, copy / part, ignore=shutil.ignore_patterns("__pycache__", ".venv"))
            elif source.exists():
                shutil.copy2(source, copy / part)
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        if self.folder is not None:
            self.folder.cleanup()

    def passes(self, choice: Any = None) -> bool:
        """Whether the tests pass with `choice` written over the copy's model (None: the file as copied),
        printing one line for a candidate."""
        assert self.folder is not None, "use Probe as a context manager"
        copy = Path(self.folder.name)
        if choice is not None:
            self.write(choice, copy / self.model.relative_to(self.root))
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(copy)}
        run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *self.tests],
                             cwd=copy, env=env, capture_output=True, text=True)
        kept = run.returncode == 0
        if choice is not None:
            failed = next((line[7:] for line in run.stdout.splitlines() if line.startswith("FAILED ")), "")
            print(f"  {choice[1]}, C={choice[2]}, drop <= {choice[3]}, add > {choice[4]}, follow-up drop <= "
                  f"{choice[5]}, add > {choice[6]}: {100 * choice[0]:.2f}, hand-written tests "
                  f"{'pass' if kept else 'fail: ' + failed[:160]}", flush=True)
        return kept


def first_passing(ranked: Sequence[Choice], tests: Probe) -> Choice | None:
    """The best-ranked choice whose model passes `tests` (a detail_probe.Probe), trying up to
    PROBE_FAMILY_TRIES failures of each family (band, one threshold)."""
    failed = {"band": 0, "one threshold": 0}
    for choice in ranked:
        family = "one threshold" if choice[3] == choice[4] else "band"
        if failed[family] < PROBE_FAMILY_TRIES:
            if tests.passes(choice):
                return choice
            failed[family] += 1
    return None


def rescued(search: Any, ranked: Sequence[Choice], tests: Probe) -> Choice | None:
    """When every first-step candidate failed (each tried with a follow-up weighed alike), the best of the
    PROBE_RESCUE_FIRST best-ranked of each family (band, one threshold) whose failure a follow-up's own
    cut-offs mend, trying each one's PROBE_RESCUE_TRIES best follow-up cut-offs that let the model overrule
    the rules no more often than in a first message (drop no higher, add no lower: the hand-written follow-up
    tests were written for the rules). None when none passes."""
    families: dict[bool, list[Choice]] = {True: [], False: []}
    for choice in ranked:
        family = families[choice[3] == choice[4]]
        if len(family) < PROBE_RESCUE_FIRST:
            family.append(choice)
    for first in sorted(families[True] + families[False], key=lambda c: -c[0]):
        tried = [c for c in search.ranked(follow_up=first)
                 if c[5] <= first[3] and c[6] >= first[4] and c[5:7] != first[3:5]][:PROBE_RESCUE_TRIES]
        for choice in tried:
            if tests.passes(choice):
                return choice
    return None


def follow_up_passing(search: Any, first: Choice, tests: Probe) -> Choice:
    """`first` with the best follow-up cut-offs that score above it and still pass `tests`, trying up to
    PROBE_FAMILY_TRIES; `first` itself when none does."""
    for tries, choice in enumerate(search.ranked(follow_up=first)):
        if choice[0] < first[0] or tries >= PROBE_FAMILY_TRIES:
            break
        if tests.passes(choice):
            return choice
    return first
