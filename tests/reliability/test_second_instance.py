# SPDX-License-Identifier: GPL-3.0-or-later
"""Two app instances on one data folder: the file stays sound and each keeps its own draft."""

from __future__ import annotations

import time
from pathlib import Path

from inmail_studio.core.store import Store

TOGETHER_S = 3.0  # how long both instances type and autosave at once
OPEN_LIMIT_S = 20.0


def wait_open(driver) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + OPEN_LIMIT_S
    while driver.events().opened is None:
        assert time.monotonic() < deadline, f"the instance did not open its window: {driver.stderr()}"
        time.sleep(0.01)


def test_two_instances_autosaving_at_once_keep_the_file_sound_and_both_drafts(
        tmp_path: Path, driver_server, integrity_check, voice_text, figures) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    first = driver_server.spawn(data, "a", 1, "--own-draft")
    wait_open(first)
    second = driver_server.spawn(data, "b", 2, "--own-draft")
    wait_open(second)
    time.sleep(TOGETHER_S)
    for driver in (first, second):
        driver_server.kill(driver)
    reports = {voice: driver.events() for voice, driver in (("a", first), ("b", second))}

    store = Store.open(data / "inmail-studio.sqlite3")
    try:
        assert store.notice is None
        assert integrity_check(store.path) == "ok"
        bodies = {voice: store.drafts.get(events.draft_id).body for voice, events in reports.items()}
    finally:
        store.close()
    figures.add("second instance", ", ".join(
        f"instance {voice}: {events.saves} saves, {len(events.failures)} failed, {len(bodies[voice])} characters kept"
        for voice, events in reports.items()) + f"; {TOGETHER_S:.0f} s side by side, integrity ok")
    for voice, events in reports.items():
        assert reports["a"].draft_id != reports["b"].draft_id
        assert events.errors == [] and events.failures == []  # no "another program is using the database"
        assert events.saves > 10
        assert bodies[voice] == voice_text(voice, len(bodies[voice]))
        assert len(bodies[voice]) in events.allowed(0)


# Both windows open the last draft. Each save checks the row is still the version it read; the
# window that finds it changed keeps its text as a new draft and says so: nobody's text is lost.
def test_a_second_window_on_the_same_draft_does_not_overwrite_newer_text(
        qtbot, make_window, paths, read_body, dialogs) -> None:  # type: ignore[no-untyped-def]
    first = make_window()
    second = make_window()  # the app started twice, say from the launcher
    assert first.session.draft.id == second.session.draft.id
    qtbot.keyClicks(first.editor.body, "Hi Anna, I liked your keynote on hiring. Would you be open to a call?")
    assert first.session.save_now()
    qtbot.keyClicks(second.editor.body, "Stray text")  # typed in the window left open in the background
    assert second.session.save_now()
    assert read_body(paths.database, first.session.draft.id).startswith("Hi Anna, I liked your keynote on hiring.")
    assert second.session.draft.id != first.session.draft.id
    assert read_body(paths.database, second.session.draft.id) == "Stray text"
    assert "second window" in second.session.draft.title
    assert any("changed in another InMail Studio window" in message for message in dialogs.messages)
    # and the first window goes on saving over its own version
    qtbot.keyClicks(first.editor.body, " Thanks!")
    assert first.session.save_now()
    assert read_body(paths.database, first.session.draft.id).endswith("Thanks!")
