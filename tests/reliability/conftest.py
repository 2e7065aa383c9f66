# SPDX-License-Identifier: GPL-3.0-or-later
"""Fixtures for fault injection: data folders, windows, tiny file systems, bounded calls, printed figures."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import gc  # noqa: E402
import importlib.util  # noqa: E402
import shutil  # noqa: E402
import signal  # noqa: E402
import sqlite3  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from qt_fixtures import dialogs, make_window, window  # noqa: E402, F401  (shared fixtures)

from inmail_studio.core.paths import Paths, resources_dir  # noqa: E402

HANG_LIMIT = 10.0  # seconds before a call that should return is declared hung (fails, never blocks CI)

# Filled by the tests, printed at the end of the run whatever the outcome (see pytest_terminal_summary).
FIGURES: dict[str, list[str]] = {}


class Figures:
    """What the fault-injection tests measured, for the terminal summary."""

    def add(self, topic: str, line: str) -> None:
        FIGURES.setdefault(topic, []).append(line)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not FIGURES:
        return
    terminalreporter.section("InMail Studio reliability figures")
    for topic, lines in FIGURES.items():
        for line in lines:
            terminalreporter.write_line(f"{topic}: {line}")


@pytest.fixture(scope="session")
def figures() -> Figures:
    return Figures()


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    data = tmp_path / "data"
    (data / "templates").mkdir(parents=True)
    return Paths(resources=resources_dir(), data=data)


def stored_body(database: Path, draft_id: int) -> str | None:
    """What the file holds for a draft, read by a separate connection as another program would."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT body FROM drafts WHERE id=?", (draft_id,)).fetchone()
    finally:
        connection.close()
    return row[0] if row else None


@pytest.fixture(scope="session")
def read_body() -> Callable[[Path, int], str | None]:
    return stored_body


def integrity(database: Path) -> str:
    connection = sqlite3.connect(database)
    try:
        return "; ".join(row[0] for row in connection.execute("PRAGMA integrity_check"))
    finally:
        connection.close()


@pytest.fixture(scope="session")
def integrity_check() -> Callable[[Path], str]:
    return integrity


def run_bounded(function: Callable[..., Any], *args: Any, limit: float = HANG_LIMIT) -> tuple[Any, float]:
    """Call `function` on a thread; (its result, seconds taken). A hang fails the test instead of CI.

    An exception from `function` is re-raised here, unchanged. As with the app's worker threads
    (inmail_studio.ui.gui_gc), no cyclic collection may run on that thread: a collection there could
    finalise an earlier test's window and crash the process in Shiboken. Automatic collection is
    off until the call returns (then, if it was on, it runs again on this thread).
    """
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["value"] = function(*args)
        except BaseException as exc:  # handed to the caller as is
            outcome["error"] = exc

    enabled = gc.isenabled()
    gc.disable()
    started = time.monotonic()
    thread = threading.Thread(target=target, daemon=True, name="bounded-call")
    try:
        thread.start()
        thread.join(limit)
    finally:
        if enabled and not thread.is_alive():
            gc.enable()
    if thread.is_alive():
        pytest.fail(f"{getattr(function, '__name__', function)} did not return within {limit:.0f} s")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"], time.monotonic() - started


@pytest.fixture(scope="session")
def bounded() -> Callable[..., tuple[Any, float]]:
    return run_bounded


class Mounts:
    """Small tmpfs file systems (root only): a disk that fills up, a folder that turns read-only."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self.points: list[Path] = []

    def tmpfs(self, size: str) -> Path:
        if os.name != "posix" or os.geteuid() != 0 or not shutil.which("mount"):
            pytest.skip("needs root and mount(8) to make a small file system")
        point = self.base / f"mount-{len(self.points)}"
        point.mkdir(parents=True)
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(point)],
                              capture_output=True, text=True)
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip() or done.returncode}")
        self.points.append(point)
        return point

    def read_only(self, point: Path) -> None:
        done = subprocess.run(["mount", "-o", "remount,ro", str(point)], capture_output=True, text=True)
        if done.returncode != 0:
            pytest.skip(f"cannot remount read-only here: {done.stderr.strip() or done.returncode}")

    def unmount_all(self) -> None:
        for point in reversed(self.points):
            subprocess.run(["umount", "-l", str(point)], capture_output=True)


@pytest.fixture
def mounts(tmp_path: Path) -> Iterator[Mounts]:
    made = Mounts(tmp_path)
    yield made
    made.unmount_all()


DRIVER = Path(__file__).with_name("autosave_driver.py")
_spec = importlib.util.spec_from_file_location("autosave_driver", DRIVER)
assert _spec is not None and _spec.loader is not None
autosave_driver = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(autosave_driver)


@dataclass
class Events:
    """What one driver reported, reduced to what the file may hold after it was killed."""

    draft_id: int | None = None
    opened: int | None = None
    saved: int | None = None  # the last save confirmed (sig_saved)
    in_flight: int | None = None  # a save begun after that and not confirmed: in the file or not
    saves: int = 0
    failures: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @classmethod
    def parse(cls, lines: list[str]) -> Events:
        events = cls()
        for line in lines:
            word, _, rest = line.partition(" ")
            if word == "open":
                events.opened, events.draft_id = (int(n) for n in rest.split()[:2])
            elif word == "saving":
                events.in_flight = int(rest.split()[0])
            elif word == "saved":
                events.saved, events.in_flight = int(rest.split()[0]), None
                events.saves += 1
            elif word == "failed":
                events.failures.append(rest)
            elif word in ("error", "notice"):
                events.errors.append(line)
        return events

    def allowed(self, before: int) -> set[int]:
        """Body lengths the file may hold: the last confirmed save (or what it held before), or the one in flight."""
        confirmed = self.saved if self.saved is not None else before
        return {confirmed} | ({self.in_flight} if self.in_flight is not None else set())


@dataclass
class RunningDriver:
    pid: int
    log: Path

    def events(self) -> Events:
        if not self.log.exists():  # killed before it opened its log
            return Events()
        return Events.parse(self.log.read_text(encoding="utf-8").splitlines())

    def stderr(self) -> str:
        errors = Path(f"{self.log}.err")
        lines = errors.read_text(encoding="utf-8", errors="replace").splitlines() if errors.exists() else []
        return "\n".join(line for line in lines if "propagateSizeHints" not in line)[-2000:]


class DriverServer:
    """A warm interpreter (autosave_driver.py server) that forks a typing window per request."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.count = 0
        self.errors = folder / "server.err"
        with self.errors.open("wb") as err:
            self.process = subprocess.Popen([sys.executable, str(DRIVER), "server"], stdin=subprocess.PIPE,
                                            stdout=subprocess.PIPE, stderr=err, text=True, bufsize=1)
        self.running: dict[int, RunningDriver] = {}
        assert self.process.stdout is not None
        if self.process.stdout.readline().strip() != "ready":
            raise AssertionError(f"the driver server did not start: {self.errors.read_text()[-2000:]}")

    def _ask(self, command: str) -> list[str]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline().split()
        if not answer:
            raise AssertionError(f"the driver server stopped: {self.errors.read_text()[-2000:]}")
        return answer

    def spawn(self, data: Path, voice: str, seed: int, *extra: str) -> RunningDriver:
        self.count += 1
        log = self.folder / f"driver-{self.count}.log"
        pid = int(self._ask(" ".join(["spawn", str(log), str(data), voice, str(seed), *extra]))[1])
        self.running[pid] = RunningDriver(pid, log)
        return self.running[pid]

    def kill(self, driver: RunningDriver) -> int:
        """SIGKILL, then wait until the process is gone (its locks released); the exit code."""
        os.kill(driver.pid, signal.SIGKILL)
        code = int(self._ask(f"wait {driver.pid}")[2])
        del self.running[driver.pid]
        return code

    def close(self) -> None:
        for driver in list(self.running.values()):
            self.kill(driver)
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait(30)


@pytest.fixture
def driver_server(tmp_path: Path) -> Iterator[DriverServer]:
    folder = tmp_path / "drivers"
    folder.mkdir()
    server = DriverServer(folder)
    yield server
    server.close()


@pytest.fixture(scope="session")
def voice_text() -> Callable[[str, int], str]:
    return autosave_driver.voice_text
