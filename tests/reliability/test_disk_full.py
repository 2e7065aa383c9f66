# SPDX-License-Identifier: GPL-3.0-or-later
"""The disk fills up during a save: the user is told, the saved version survives, typing goes on."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QTextCursor

from inmail_studio.core.paths import Paths, resources_dir

SAVE_WAIT_MS = 10_000
FIRST = "Hi Anna, I liked your keynote on hiring."
PASTED = " Our team rebuilt onboarding for two hundred engineers last year." * 400  # needs new pages
MORE = " Still typing."


def type_and_save(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.editor.body, FIRST)
    with qtbot.waitSignal(window.session.sig_saved, timeout=SAVE_WAIT_MS):
        window.window_actions.save.trigger()


def paste(qtbot, window, text: str) -> None:  # type: ignore[no-untyped-def]
    QGuiApplication.clipboard().setText(text)
    body = window.editor.body
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    body.paste()


def check_full_disk_behaviour(qtbot, window, read_body, make_room) -> None:  # type: ignore[no-untyped-def]
    """With the disk full: told, old version kept, text kept, typing goes on; with room again: saved."""
    session, body = window.session, window.editor.body
    database, draft_id = session.workspace.store.path, session.draft.id
    with qtbot.waitSignal(session.sig_save_failed, timeout=SAVE_WAIT_MS) as failed:
        paste(qtbot, window, PASTED)  # the autosave after the paste cannot be written
    assert "disk is full" in failed.args[0]
    assert "disk is full" in window.statusBar().currentMessage()
    assert read_body(database, draft_id) == FIRST
    assert body.toPlainText() == FIRST + PASTED
    qtbot.keyClicks(body, MORE)  # the editor still takes keys
    assert body.toPlainText() == FIRST + PASTED + MORE
    assert not window.session.save_now()  # Ctrl+S while full: still refused, still said
    assert read_body(database, draft_id) == FIRST

    make_room()
    with qtbot.waitSignal(session.sig_saved, timeout=SAVE_WAIT_MS):
        pass  # the session retries by itself after the next pause
    assert read_body(database, draft_id) == FIRST + PASTED + MORE
    assert not session.dirty


def test_a_full_database_keeps_the_saved_version_and_the_text(qtbot, window, read_body) -> None:
    """Portable: SQLite's max_page_count stops the file growing, which SQLite reports as SQLITE_FULL."""
    type_and_save(qtbot, window)
    connection = window.session.workspace.store._db._db  # the only handle on the app's own connection
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages}")

    def make_room() -> None:
        connection.execute("PRAGMA max_page_count = 1073741823")

    check_full_disk_behaviour(qtbot, window, read_body, make_room)


def fill(folder: Path) -> Path:
    """Write until the file system says ENOSPC; the file to delete to make room again."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 65536)
    except OSError as exc:
        assert exc.errno == 28, exc  # ENOSPC
    try:
        while True:
            os.write(fd, b"\0" * 512)
    except OSError:
        pass
    os.close(fd)
    return filler


def test_a_full_disk_keeps_the_saved_version_and_the_text(qtbot, make_window, mounts, read_body) -> None:
    """A real ENOSPC: the data folder on a tiny tmpfs that is then filled to the last byte."""
    data = mounts.tmpfs("8m") / "data"
    window = make_window(Paths(resources=resources_dir(), data=data))
    type_and_save(qtbot, window)
    filler = fill(data.parent)
    check_full_disk_behaviour(qtbot, window, read_body, filler.unlink)
    assert window.session.workspace.store.notice is None
