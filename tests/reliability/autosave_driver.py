# SPDX-License-Identifier: GPL-3.0-or-later
"""Types into a real InMail Studio window, saving all the time, until a test kills it (run as a script).

    python autosave_driver.py run DATA_DIR VOICE SEED [--own-draft]    one driver, in this process
    python autosave_driver.py server                                   a warm process that forks drivers

Each driver is a separate process that builds the real window with `build_window` (not just
Store + DraftSession: the kill test should hit what a user runs) and presses keys in the message
body. Importing PySide6 and the app costs about 0.25 s, building the window 0.07 s; so that 200
kills fit in well under a minute on two cores, the server imports everything once and forks a
fresh driver per kill. A child starts before any thread or QApplication exists in the server,
which is what makes the fork safe. The server says "ready" once loaded, then takes commands on
stdin and answers each with one line on stdout:
    spawn LOG DATA_DIR VOICE SEED [--own-draft]   -> "pid PID" (the driver writes its events to LOG)
    wait PID                                       -> "exited PID CODE" (negative: the killing signal)
End of input kills what is still running and ends the server.

A driver's events, one line each, written straight to the file descriptor so that SIGKILL cannot
lose a line that was reported:
    open LEN ID       the window shows draft ID, whose body has LEN code points
    saving LEN ID     the session is about to write a body of LEN code points
    saved LEN ID      the session reported the save done (sig_saved)
    failed MESSAGE    the session reported a failed save (sig_save_failed)
    notice MESSAGE    the window told the user something about the database
    error MESSAGE     the driver itself broke (the details go to LOG.err)
The body is always a prefix of `voice_text(VOICE, …)`, so LEN says exactly which text it is.
"""

from __future__ import annotations

import importlib
import os
import random
import signal
import sys
import traceback
from pathlib import Path

# Cycled forever: accents, an emoji outside the BMP, right-to-left text, line breaks.
VOICES = {
    "a": "Hoi Sanne, één vraag over jullie platformteam 🚀 — zullen we volgende week bellen?\nGroet, Joost. ",
    "b": "Dear Ms. Ağaoğlu, your talk (مرحبا, שלום) was great; could we talk on Tuesday? 👩\u200d💻\n",
}
# The session saves 700 ms after the last key. The test is about what a kill does to a save in
# progress, so saves must be constant: the driver's session waits 10 ms instead, the typing
# pauses now and then so that timer fires, and Ctrl+S is pressed at random as well.
AUTOSAVE_MS = 10
SAVE_SHORTCUT_CHANCE = 0.25
PAUSE_CHANCE = 0.15
LIFETIME_S = 20  # a driver nobody killed ends by itself


def voice_text(voice: str, length: int) -> str:
    base = VOICES[voice]
    return (base * (length // len(base) + 1))[:length]


def emit(line: str) -> None:
    os.write(1, (line.replace("\n", " ") + "\n").encode("utf-8", "replace"))


def _crash(kind, value, tb) -> None:  # type: ignore[no-untyped-def]
    emit(f"error {kind.__name__}: {value}")
    os.write(2, "".join(traceback.format_exception(kind, value, tb)).encode("utf-8", "replace"))
    os._exit(4)


WARM_MODULES = (
    "core.store.store", "core.store.first_look", "core.workspace.workspace", "core.workspace.first_look",
    "core.workspace.desk", "core.workspace.people", "core.workspace.sending", "core.templates.library",
    "core.templates.search", "core.outreach.log", "core.prospects.model", "core.coach_view", "core.counters",
    "ui.coach.panel", "ui.library.panel", "ui.library.actions", "ui.drafts.panel", "ui.prospects.panel",
    "ui.prospects.walk", "ui.outreach.warning", "ui.send", "ui.flow", "ui.undo",
)


def _load() -> None:
    """Everything a driver needs, imported before any fork."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import PySide6.QtTest  # noqa: F401
    import PySide6.QtWidgets  # noqa: F401

    import inmail_studio.app  # noqa: F401
    import inmail_studio.ui.main_window  # noqa: F401
    import inmail_studio.ui.session  # noqa: F401

    # What the window loads after its first frame (the packages load their names lazily): a child
    # that compiled these itself would start much later (no byte code with PYTHONDONTWRITEBYTECODE).
    for name in WARM_MODULES:
        importlib.import_module(f"inmail_studio.{name}")
    from inmail_studio.core import Message
    from inmail_studio.core.lint import lint

    # The first lint loads the rule data and textstat on the lint thread, which holds the GIL and
    # slows the typing for half a second; a forked driver inherits them already loaded.
    lint(Message(subject="Warm up", body="Hoi Sanne, zullen we bellen? Hi Sanne, shall we call?"))


class Typist:
    """Presses one key every few milliseconds at the end of the body, like someone typing fast."""

    def __init__(self, window, voice: str, rng: random.Random) -> None:  # type: ignore[no-untyped-def]
        self.window = window
        self.voice = VOICES[voice]
        self.rng = rng
        self.session = window.session
        store = self.session.workspace.store
        self._write = store.drafts.save
        store.drafts.save = self._save_draft  # the session looks the method up on each save
        self.session.sig_saved.connect(self._on_saved)
        self.session.sig_save_failed.connect(self._on_failed)

    def _save_draft(self, draft):  # type: ignore[no-untyped-def]
        emit(f"saving {len(draft.body)} {draft.id}")
        return self._write(draft)

    def _on_saved(self) -> None:
        draft = self.session.draft
        emit(f"saved {len(draft.body)} {draft.id}")

    def _on_failed(self, message: str) -> None:
        emit(f"failed {message}")

    def start(self) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self._press)

    def _press(self) -> None:
        from PySide6.QtCore import Qt, QTimer
        from PySide6.QtGui import QTextCursor
        from PySide6.QtTest import QTest

        body = self.window.editor.body
        char = self.voice[len(body.toPlainText()) % len(self.voice)]
        body.moveCursor(QTextCursor.MoveOperation.End)
        if char == "\n":
            QTest.keyClick(body, Qt.Key.Key_Return)
        elif char.isascii():
            QTest.keyClicks(body, char)
        else:  # QTest types ASCII only; inserting is what an input method does
            body.insertPlainText(char)
        roll = self.rng.random()
        if roll < SAVE_SHORTCUT_CHANCE:
            self.window.window_actions.save.trigger()
        pause = roll > 1 - PAUSE_CHANCE
        QTimer.singleShot(self.rng.randint(AUTOSAVE_MS + 5, 4 * AUTOSAVE_MS) if pause else self.rng.randint(0, 8),
                          self._press)


def _told(_parent, _title, text) -> None:  # type: ignore[no-untyped-def]
    emit(f"notice {text}")


def drive(data_dir: str, voice: str, seed: int, own_draft: bool) -> int:
    """Build the window over DATA_DIR and type until killed."""
    _load()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from inmail_studio.app import build_window
    from inmail_studio.core.paths import Paths, resources_dir
    from inmail_studio.ui import dialogs, session

    sys.excepthook = _crash
    app = QApplication([sys.argv[0]])
    session.AUTOSAVE_MS = AUTOSAVE_MS
    dialogs.inform = _told  # a modal box would stop the typing
    window = build_window(Paths(resources=resources_dir(), data=Path(data_dir)))
    window.show()
    if own_draft:
        own = window.session.workspace.store.drafts.create(title=f"instance {voice}")
        window.session.open_draft(own.id)
    typist = Typist(window, voice, random.Random(seed))
    draft = window.session.draft
    emit(f"open {len(draft.body)} {draft.id}")
    QTimer.singleShot(LIFETIME_S * 1000, lambda: os._exit(3))
    typist.start()
    return app.exec()


def _child(log: str, args: list[str]) -> None:
    try:
        out = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        err = os.open(f"{log}.err", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        null = os.open(os.devnull, os.O_RDONLY)
        for fd, target in ((null, 0), (out, 1), (err, 2)):
            os.dup2(fd, target)
            os.close(fd)
        data_dir, voice, seed, *rest = args
        os._exit(drive(data_dir, voice, int(seed), "--own-draft" in rest))
    except BaseException:
        _crash(*sys.exc_info())


def serve() -> int:
    _load()
    print("ready", flush=True)
    children: set[int] = set()
    for line in sys.stdin:
        command, *args = line.split()
        if command == "spawn":
            pid = os.fork()
            if pid == 0:
                _child(args[0], args[1:])
            children.add(pid)
            print(f"pid {pid}", flush=True)
        elif command == "wait":
            pid = int(args[0])
            _, status = os.waitpid(pid, 0)
            children.discard(pid)
            code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
            print(f"exited {pid} {code}", flush=True)
    for pid in children:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["server"]:
        return serve()
    if argv[:1] == ["run"] and len(argv) >= 4:
        return drive(argv[1], argv[2], int(argv[3]), "--own-draft" in argv[4:])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
