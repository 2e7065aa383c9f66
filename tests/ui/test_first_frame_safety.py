# SPDX-License-Identifier: GPL-3.0-or-later
"""The first frame is safe as well as fast: a sent message stays as it was sent, a database that
cannot be used stops the app as it always did, odd settings and relative folders are no trouble,
and opening the workspace writes nothing while another program may be writing."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from inmail_studio.core.paths import Paths
from inmail_studio.core.workspace import Workspace
from inmail_studio.core.workspace.first_look import first_look

SUBJECT = "Your keynote on hiring"
BODY = "Hoi Sanne,\n\nJe keynote over werving bleef me bij. Zullen we volgende week bellen?"


def _draft(paths: Paths, subject: str, body: str, sent: bool = False) -> int:
    """A saved draft left open as the last one (marked sent when `sent`); returns its id."""
    ws = Workspace.open(paths)
    try:
        ws.drafts.new()
        ws.desk.set_text(subject, body)
        ws.desk.save()
        if sent:
            assert ws.sending.mark_sent().item is not None
        return ws.desk.draft.id
    finally:
        ws.close()


def _stored(paths: Paths) -> dict[int, tuple[str, str]]:
    with sqlite3.connect(paths.database) as db:
        return {i: (s, b) for i, s, b in db.execute("SELECT id, subject, body FROM drafts WHERE deleted_at IS NULL")}


def _type_at_the_end(qtbot, window, text: str) -> None:  # type: ignore[no-untyped-def]
    body = window.editor.body
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, text)


def test_a_sent_draft_is_a_record_from_the_first_frame_on(qtbot, paths: Paths) -> None:
    from inmail_studio.app import build_window

    draft_id = _draft(paths, SUBJECT, BODY, sent=True)
    window = build_window(paths)
    qtbot.addWidget(window)
    try:
        assert window.editor.body.isReadOnly() and window.editor.subject.isReadOnly()  # before the workspace opens
        assert window.banner_slot.currentWidget() is window.banner_slot.sent
        assert not window.window_actions.sent.isEnabled()
        _type_at_the_end(qtbot, window, " CHANGED")
        window.show()
        qtbot.waitUntil(lambda: window.is_complete, timeout=5000)
        _type_at_the_end(qtbot, window, " AGAIN")
        assert window.editor.text() == (SUBJECT, BODY)
        assert window.editor.body.isReadOnly() and window.flow.sent_at is not None
    finally:
        window.close()
        window.session.workspace.store.close()
    assert _stored(paths) == {draft_id: (SUBJECT, BODY)}


def test_text_typed_in_a_draft_sent_meanwhile_goes_into_a_new_draft(qtbot, paths: Paths) -> None:
    from inmail_studio.app import build_window

    draft_id = _draft(paths, SUBJECT, BODY)
    window = build_window(paths)
    qtbot.addWidget(window)
    try:
        _type_at_the_end(qtbot, window, " Groet, Joost")  # the first frame: not sent yet
        other = Workspace.open(paths)  # another window marks it sent before this one's workspace opens
        other.desk.restore_last()
        assert other.sending.mark_sent().item is not None
        other.close()
        window.show()
        qtbot.waitUntil(lambda: window.is_complete, timeout=5000)
        assert window.session.draft.id != draft_id
        assert window.editor.text() == (SUBJECT, BODY + " Groet, Joost")
    finally:
        window.close()
        window.session.workspace.store.close()
    stored = _stored(paths)
    assert stored.pop(draft_id) == (SUBJECT, BODY)  # the record of what was sent is unchanged
    assert list(stored.values()) == [(SUBJECT, BODY + " Groet, Joost")]  # nothing typed is lost


# A fresh process: the app leaves its event loop with the exit code a user's shell sees.
_UNAVAILABLE_AFTER_THE_FIRST_FRAME = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from inmail_studio.app import build_window
from inmail_studio.core.paths import Paths
from inmail_studio.core.store import DatabaseUnavailable
from inmail_studio.core.workspace import Workspace
from inmail_studio.ui import dialogs
from inmail_studio.ui.texts import describe
app = QApplication(sys.argv[:1])
exc = DatabaseUnavailable("store.unavailable", reason="store.locked", path="/x", detail="locked", error="disk full")
def unavailable(paths):
    raise exc
Workspace.open = unavailable
dialogs.critical = lambda parent, title, text: print("critical", title, text == describe(exc))
dialogs.inform = lambda parent, title, text: print("inform", text)
window = build_window(Paths.default(sys.argv[1]))
print("read ahead", window._look is not None)
window.show()
QTimer.singleShot(5000, lambda: app.exit(7))  # a window left open: the test fails, never hangs
code = app.exec()
print("visible", window.isVisible(), "exit", code)
"""


def test_a_database_unavailable_after_the_first_frame_stops_the_app_as_before(paths: Paths) -> None:
    _draft(paths, SUBJECT, BODY)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", _UNAVAILABLE_AFTER_THE_FIRST_FRAME, str(paths.data)],
                          capture_output=True, text=True, env=env, timeout=60, check=True)
    assert done.stdout.splitlines() == ["read ahead True", "critical InMail Studio True", "visible False exit 1"]


@pytest.mark.parametrize("value", ["99999999999999999999", "-5", "0", "true", '"2"', "１", "not json"])
def test_a_last_draft_id_that_is_no_id_opens_the_newest_draft(qtbot, paths: Paths, value: str) -> None:
    from inmail_studio.app import build_window

    _draft(paths, "Older", "The first one.")
    newer = _draft(paths, "Newer", "The second one.")
    with sqlite3.connect(paths.database) as db:
        db.execute("UPDATE settings SET value=? WHERE key='last_draft_id'", (value,))
    assert first_look(paths.database).draft.id == newer
    window = build_window(paths)
    qtbot.addWidget(window)
    try:
        assert window.session.draft.id == newer
        assert window.editor.text() == ("Newer", "The second one.")
    finally:
        window.close()
        window.session.workspace.store.close()


@pytest.mark.parametrize("how", ["argument", "environment"])
def test_a_relative_data_folder_is_read_ahead(paths: Paths, tmp_path: Path, monkeypatch, how: str) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("INMAIL_STUDIO_DATA_DIR", "rel")
    relative = Paths.default("rel" if how == "argument" else None)
    assert not relative.database.is_absolute()
    draft_id = _draft(relative, SUBJECT, BODY)
    look = first_look(relative.database)
    assert look is not None and (look.draft.id, look.draft.body) == (draft_id, BODY)


def test_opening_the_workspace_writes_nothing_and_the_first_save_names_the_draft(paths: Paths, monkeypatch) -> None:
    """Another program may be writing to the file: every write waits for it up to the store's busy
    timeout (2 s, on the window's thread), so opening the last draft writes nothing at all."""
    from inmail_studio.core.store.connection import Database

    _draft(paths, "Older", "The first one.")
    newer = _draft(paths, "Newer", "The second one.")
    writes: list[str] = []
    write = Database.write
    monkeypatch.setattr(Database, "write", lambda db: (writes.append("write"), write(db))[1])
    stored = lambda: watch.execute("SELECT value FROM settings WHERE key='last_draft_id'").fetchone()[0]  # noqa: E731
    with closing(sqlite3.connect(paths.database, isolation_level=None)) as watch:
        ws = Workspace.open(paths)
        try:
            ws.desk.restore_last()
            assert (ws.desk.draft.id, writes) == (newer, [])
            watch.execute("UPDATE settings SET value='-1' WHERE key='last_draft_id'")
            ws.desk.restore_last()  # the stored id names nothing: the newest, named with the first save
            assert (ws.desk.draft.id, writes, stored()) == (newer, [], "-1")
            ws.desk.set_text("Newer", "The second one, longer.")
            ws.desk.save()
            assert stored() == str(newer)
        finally:
            ws.close()
