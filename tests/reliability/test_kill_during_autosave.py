# SPDX-License-Identifier: GPL-3.0-or-later
"""Kill -9 while the app autosaves, hundreds of times: the database reopens clean and no confirmed save is lost."""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

from inmail_studio.core.store import Store

KILLS = int(os.environ.get("INMAIL_RELIABILITY_KILLS", "200"))
STARTING_SHARE = 0.2  # kills aimed at start-up (opening the database, the first writes)


def kill_delay(rng: random.Random) -> float:
    """Seconds after the fork: a fifth of the kills while the window starts, the rest while it types."""
    return rng.uniform(0, 0.12) if rng.random() < STARTING_SHARE else rng.uniform(0.12, 0.3)


def reopen(database: Path, integrity_check) -> tuple[str | None, str, list[str]]:  # type: ignore[no-untyped-def]
    """Open as the app does after a crash: (what the user would be told, integrity, draft bodies)."""
    store = Store.open(database)
    try:
        notice = store.notice if store.path == database else f"fell back to {store.path}"
        bodies = [d.body for d in store.drafts.list()]
    finally:
        store.close()
    return notice, integrity_check(database), bodies


def test_kill_9_while_autosaving_never_loses_a_confirmed_save(
        tmp_path: Path, driver_server, integrity_check, voice_text, figures) -> None:  # type: ignore[no-untyped-def]
    database = tmp_path / "data" / "inmail-studio.sqlite3"
    rng = random.Random(20251123)
    in_file = 0  # body length the file held after the previous kill
    problems: list[str] = []
    kills = clean = lost = saves = in_flight = in_flight_written = during_start = 0
    started = time.monotonic()
    for kills in range(1, KILLS + 1):  # noqa: B007  (the count is reported)
        driver = driver_server.spawn(database.parent, "a", kills)
        time.sleep(kill_delay(rng))
        code = driver_server.kill(driver)
        events = driver.events()
        if code != -signal.SIGKILL or events.errors:
            problems.append(f"kill {kills}: the driver stopped by itself ({code}): {events.errors} {driver.stderr()}")
            break
        notice, health, bodies = reopen(database, integrity_check)
        body = bodies[0] if bodies else ""
        saves += events.saves
        during_start += events.opened is None
        if notice is None and health == "ok" and len(bodies) <= 1:
            clean += 1
        else:
            problems.append(f"kill {kills}: notice={notice!r} integrity={health!r} drafts={len(bodies)}")
        if events.opened is not None and events.opened != in_file:
            problems.append(f"kill {kills}: the window showed {events.opened} characters; the file held {in_file}")
        allowed = events.allowed(in_file)
        if body != voice_text("a", len(body)):
            problems.append(f"kill {kills}: the draft is not what was typed: …{body[-40:]!r}")
        elif len(body) not in allowed:
            lost += len(body) < min(allowed)
            problems.append(f"kill {kills}: the draft has {len(body)} characters; expected one of {sorted(allowed)}")
        if events.in_flight is not None:
            in_flight += 1
            in_flight_written += len(body) == events.in_flight
        in_file = len(body)
    seconds = time.monotonic() - started
    figures.add("kill -9 while autosaving",
                f"kills: {kills}, reopened cleanly: {clean}, drafts lost: {lost}, other problems: "
                f"{len(problems) - lost}; saves confirmed: {saves}, killed with a save in flight: {in_flight} "
                f"({in_flight_written} of them had reached the file), killed while starting: {during_start}; "
                f"final draft {in_file} characters; {seconds:.1f} s")
    assert not problems, "\n".join(problems[:15])
    assert kills == KILLS and in_file > 0 and saves > KILLS  # the kills really landed among saves
