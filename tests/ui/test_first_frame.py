# SPDX-License-Identifier: GPL-3.0-or-later
"""The first frame waits for nothing: it shows the draft to restore, read ahead, before the workspace
(store, templates, composition) is open; the workspace opens right after and loses nothing typed."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from inmail_studio.core.message import DEFAULT_LIMITS
from inmail_studio.core.paths import Paths
from inmail_studio.core.settings import Preferences
from inmail_studio.core.workspace import Workspace
from inmail_studio.core.workspace.first_look import first_look

SUBJECT = "Your keynote on hiring"
BODY = "Hoi Sanne,\n\nJe keynote over werving bleef me bij. Zullen we volgende week bellen?"


def _draft(paths: Paths, subject: str, body: str, **kinds: str) -> int:
    """A saved draft, left open as the last one (what the next start restores); returns its id."""
    ws = Workspace.open(paths)
    try:
        ws.drafts.new()
        ws.desk.set_text(subject, body)
        for name, value in kinds.items():  # kind="connection_request", language="nl"
            getattr(ws.desk, f"set_{name}")(value)
        ws.desk.save()
        return ws.desk.draft.id
    finally:
        ws.close()


def _stored(paths: Paths, draft_id: int) -> tuple[str, str]:
    ws = Workspace.open(paths)
    try:
        draft = ws.drafts.get(draft_id)
        assert draft is not None
        return draft.subject, draft.body
    finally:
        ws.store.close()


# A fresh process: in the test run other tests have loaded every module already.
_AT_THE_FIRST_PAINT = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from inmail_studio.app import build_window
from inmail_studio.core.paths import Paths
app = QApplication(sys.argv[:1])
window = build_window(Paths.default(sys.argv[1]))
window.resize(1320, 820)
later = ("inmail_studio.core.templates", "inmail_studio.core.compose", "inmail_studio.core.store.store")
def report(when):
    loaded = [name for name in later if name in sys.modules] or ["-"]
    print(when, repr(window.editor.text()), window.editor.subject.isVisible(), window.windowTitle(), *loaded)
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            report("painted")
        return False
watch = FirstPaint()
window.installEventFilter(watch)
window.sig_complete.connect(lambda: (report("complete"), QTimer.singleShot(0, app.quit)))
window.show()
app.exec()
print("session", repr((window.session.draft.subject, window.session.draft.body)))
window.close()
"""


def test_the_first_frame_shows_the_restored_draft_before_the_workspace_is_open(paths: Paths) -> None:
    _draft(paths, SUBJECT, BODY)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", _AT_THE_FIRST_PAINT, str(paths.data)], capture_output=True,
                          text=True, env=env, timeout=60, check=True)
    shown = repr((SUBJECT, BODY))
    assert done.stdout.splitlines() == [
        f"painted {shown} True {SUBJECT} — InMail Studio -",  # the text, nothing of the workspace yet
        f"complete {shown} True {SUBJECT} — InMail Studio inmail_studio.core.templates "
        "inmail_studio.core.compose inmail_studio.core.store.store",
        f"session {shown}",
    ]


def test_a_connection_request_shows_without_a_subject_from_the_first_frame(qtbot, paths: Paths) -> None:
    from inmail_studio.app import build_window

    _draft(paths, "", "Hi Sanne, loved your talk on hiring. Shall we connect?", kind="connection_request",
           language="en")
    window = build_window(paths)
    qtbot.addWidget(window)
    try:
        assert window.editor.subject.isHidden()  # before the workspace opens
        assert window.header.kind_combo.currentData() == "connection_request"
        assert window.header.language_combo.currentData() == "en"
        assert not window.window_actions.copy_subject.isEnabled()
        assert window.preview.lines.text().startswith("Hi Sanne, loved your talk")
        window.show()
        qtbot.waitUntil(lambda: window.is_complete, timeout=5000)
        assert window.editor.subject.isHidden() and window.header.kind_combo.currentData() == "connection_request"
    finally:
        window.close()
        window.session.workspace.store.close()


def test_text_typed_before_the_workspace_opens_is_kept(qtbot, paths: Paths) -> None:
    from inmail_studio.app import build_window

    draft_id = _draft(paths, SUBJECT, BODY)
    window = build_window(paths)
    qtbot.addWidget(window)
    try:
        window.editor.body.setFocus()
        window.editor.body.moveCursor(window.editor.body.textCursor().MoveOperation.End)
        qtbot.keyClicks(window.editor.body, " Groet, Joost")  # typed before the next turn of the event loop
        window.show()
        qtbot.waitUntil(lambda: window.is_complete, timeout=5000)
        assert window.editor.text() == (SUBJECT, BODY + " Groet, Joost")
        assert window.session.draft.body == BODY + " Groet, Joost"
        assert window.session.draft.id == draft_id
    finally:
        window.close()
        window.session.workspace.store.close()
    assert _stored(paths, draft_id) == (SUBJECT, BODY + " Groet, Joost")


def test_closing_before_the_workspace_opens_saves_what_was_typed(qtbot, paths: Paths) -> None:
    from inmail_studio.app import build_window

    draft_id = _draft(paths, SUBJECT, BODY)
    window = build_window(paths)
    qtbot.addWidget(window)
    window.editor.subject.moveCursor(window.editor.subject.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor.subject, " (2)")
    window.close()  # never shown: the workspace opens only to save the text
    window.session.workspace.store.close()
    assert _stored(paths, draft_id) == (SUBJECT + " (2)", BODY)


def test_first_look_reads_the_draft_the_workspace_restores(paths: Paths) -> None:
    assert first_look(paths.database) == (first_look(paths.database)[0], DEFAULT_LIMITS.subject_chars, None)
    assert first_look(paths.database).draft.id == 0 and not paths.database.exists()  # nothing written
    older = _draft(paths, "Older", "The first one.")
    newer = _draft(paths, "Newer", "The second one.")
    ws = Workspace.open(paths)
    try:
        ws.drafts.open(older)  # the one open last
        ws.set_preferences(replace(Preferences(), limits=replace(DEFAULT_LIMITS, subject_chars=45)))
        look = first_look(paths.database)
        assert (look.draft.id, look.draft.subject, look.draft.body, look.subject_chars) == (
            older, "Older", "The first one.", 45)
        ws.drafts.delete(older)  # gone: the newest other draft, as the workspace would open
        assert first_look(paths.database).draft.id == newer
    finally:
        ws.store.close()
    ws = Workspace.open(paths)
    try:
        ws.desk.restore_last()
        assert ws.desk.draft.id == newer
    finally:
        ws.store.close()


def test_a_file_the_store_must_open_first_gives_no_first_look(paths: Paths) -> None:
    _draft(paths, SUBJECT, BODY)
    with sqlite3.connect(paths.database) as db:
        db.execute("PRAGMA user_version = 3")  # as an older version left it: the store migrates first
    assert first_look(paths.database) is None
    damaged = Path(paths.data / "other.sqlite3")
    damaged.write_bytes(b"not a database at all" * 100)
    assert first_look(damaged) is None


def test_the_editor_and_the_phone_preview_keep_their_place_when_the_window_completes(qtbot, paths: Paths) -> None:
    from PySide6.QtCore import QEvent, QObject

    from inmail_studio.app import build_window

    _draft(paths, SUBJECT, BODY)
    window = build_window(paths)
    qtbot.addWidget(window)
    window.resize(1320, 820)
    places = lambda: [w.geometry().getRect() for w in (window.editor.subject, window.editor.body,  # noqa: E731
                                                       window.preview)]
    seen: list[object] = []

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]  # noqa: N802
            if event.type() == QEvent.Type.Paint and not seen:
                seen.append(places())
            return False

    watch = FirstPaint()
    window.installEventFilter(watch)
    try:
        with qtbot.waitSignal(window.sig_complete, timeout=5000):
            window.show()
        qtbot.wait(50)  # the layouts settle on the next turns of the event loop
        assert window.editor.subject_counter.text() == f"{len(SUBJECT)}/60"  # the counters filled in...
        assert places() == seen[0]  # ...and the subject field did not shrink for them
    finally:
        window.removeEventFilter(watch)
        window.close()
        window.session.workspace.store.close()
