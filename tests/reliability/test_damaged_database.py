# SPDX-License-Identifier: GPL-3.0-or-later
"""A damaged, read-only or locked database: the user is told, nothing is destroyed, and the app works."""

from __future__ import annotations

import os
import random
import sqlite3
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from inmail_studio.core.paths import Paths, resources_dir
from inmail_studio.core.store import DatabaseUnavailable, Store
from inmail_studio.core.store import database as database_module
from inmail_studio.core.store.connection import Database

NOTICE_WAIT_MS = 5000
TYPED = "Hi Anna, I liked your keynote on hiring."


def seed(database: Path, drafts: int = 40) -> None:
    """A database the app made, with enough drafts to span many pages."""
    store = Store.open(database)
    for n in range(drafts):
        store.drafts.create(subject=f"Draft {n}", body=f"Draft {n}: " + "platform teams " * 200)
    store.close()


def _garbage(db: Path) -> None:
    db.write_bytes(random.Random(7).randbytes(64 * 1024))


def _text(db: Path) -> None:
    db.write_text("Subject: not a database\n\nJust a message someone saved over the file.\n" * 50)


def _half(db: Path) -> None:
    os.truncate(db, db.stat().st_size // 2)


def _header_only(db: Path) -> None:
    os.truncate(db, 50)


def _zeroed_pages(db: Path) -> None:
    with db.open("r+b") as handle:
        handle.seek(4096 * 4)
        handle.write(b"\0" * 4096 * 3)


def _newer_app(db: Path) -> None:
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA user_version = 99")
    connection.commit()
    connection.close()


DAMAGE: dict[str, Callable[[Path], None]] = {
    "random bytes": _garbage, "a text file": _text, "truncated to half": _half,
    "truncated inside the header": _header_only, "pages zeroed": _zeroed_pages,
}


def can_save(qtbot, window, read_body) -> None:  # type: ignore[no-untyped-def]
    window.window_actions.new.trigger()  # a fresh page, also where drafts were carried over
    qtbot.keyClicks(window.editor.body, TYPED)
    window.window_actions.save.trigger()
    assert window.statusBar().currentMessage() == "Draft saved."
    assert read_body(window.session.workspace.store.path, window.session.draft.id) == TYPED


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_database_is_moved_aside_and_the_app_goes_on(
        qtbot, paths, make_window, dialogs, read_body, damage: str) -> None:  # type: ignore[no-untyped-def]
    seed(paths.database)
    DAMAGE[damage](paths.database)
    damaged = paths.database.read_bytes()
    window = make_window()
    qtbot.waitUntil(lambda: bool(dialogs.messages), timeout=NOTICE_WAIT_MS)
    [told] = dialogs.messages
    assert "could not be read" in told and "moved aside" in told
    [moved] = [p for p in paths.data.iterdir() if ".broken-" in p.name and not p.name.endswith(("-wal", "-shm"))]
    assert moved.name in told
    assert moved.read_bytes() == damaged  # kept as it was, for a rescue attempt
    assert window.session.workspace.store.path == paths.database
    can_save(qtbot, window, read_body)
    again = Store.open(paths.database)  # the fresh database is sound: no message next time
    assert again.notice is None
    again.close()


def test_a_database_made_by_a_newer_version_is_left_alone_and_the_user_told_to_update(
        qtbot, paths, make_window) -> None:  # type: ignore[no-untyped-def]
    from inmail_studio.ui.texts import describe

    seed(paths.database, drafts=3)
    _newer_app(paths.database)
    before = sorted(p.name for p in paths.data.iterdir()), paths.database.read_bytes()
    with pytest.raises(DatabaseUnavailable) as refused:  # app.py shows it in a message box and stops
        make_window()
    assert refused.value.code == "store.newer_schema" and "Update InMail Studio" in describe(refused.value)
    assert (sorted(p.name for p in paths.data.iterdir()), paths.database.read_bytes()) == before


def test_an_empty_database_file_opens_as_a_new_database(qtbot, paths, make_window, dialogs, read_body) -> None:
    paths.data.mkdir(parents=True, exist_ok=True)
    paths.database.write_bytes(b"")
    window = make_window()
    can_save(qtbot, window, read_body)
    assert dialogs.messages == []


def test_a_garbled_write_ahead_log_is_ignored_and_the_drafts_stay(qtbot, paths, make_window, dialogs) -> None:
    seed(paths.database, drafts=5)
    Path(f"{paths.database}-wal").write_bytes(random.Random(8).randbytes(40_000))
    window = make_window()
    assert len(window.session.workspace.store.drafts.list()) == 5
    assert dialogs.messages == []


# read-only data folder ------------------------------------------------------------------------
@pytest.fixture
def read_only_data(mounts) -> Iterator[Paths]:  # type: ignore[no-untyped-def]
    """A data folder holding the user's drafts, on a file system remounted read-only (chmod means nothing to root)."""
    point = mounts.tmpfs("16m")
    paths = Paths(resources=resources_dir(), data=point / "data")
    (paths.data / "templates").mkdir(parents=True)
    seed(paths.database, drafts=3)
    mounts.read_only(point)
    yield paths


def test_a_read_only_data_folder_falls_back_with_a_message(
        qtbot, read_only_data: Paths, make_window, dialogs, read_body) -> None:  # type: ignore[no-untyped-def]
    before = read_only_data.database.read_bytes()
    window = make_window(read_only_data)
    qtbot.waitUntil(lambda: bool(dialogs.messages), timeout=NOTICE_WAIT_MS)
    [told] = dialogs.messages
    assert "cannot be written" in told and str(window.session.workspace.store.path.parent) in told
    can_save(qtbot, window, read_body)
    assert read_only_data.database.read_bytes() == before  # nothing moved aside or touched
    assert [p.name for p in read_only_data.data.iterdir() if ".broken-" in p.name] == []


def test_a_read_only_data_folder_still_shows_the_drafts(
        qtbot, read_only_data: Paths, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(read_only_data)
    assert len(window.session.workspace.store.drafts.list()) == 3


def test_a_folder_that_cannot_be_made_falls_back_with_a_message(qtbot, mounts, make_window, dialogs) -> None:
    point = mounts.tmpfs("1m")
    mounts.read_only(point)
    window = make_window(Paths(resources=resources_dir(), data=point / "data" / "nested"))
    qtbot.waitUntil(lambda: bool(dialogs.messages), timeout=NOTICE_WAIT_MS)
    assert "cannot be used" in dialogs.messages[0]
    qtbot.keyClicks(window.editor.body, TYPED)
    assert window.session.save_now()


# the fallback itself ------------------------------------------------------------------------
def test_the_fallback_opens_a_private_temporary_database(tmp_path: Path) -> None:
    opened = database_module._fallback(tmp_path / "inmail-studio.sqlite3", "store.folder_unusable", "gone")
    try:
        folder = opened.path.parent
        assert folder.name.startswith("inmail-studio-") and folder != tmp_path
        assert opened.notice is not None
        assert opened.notice.code == "store.temporary_folder"
        assert opened.notice.params["reason"] == "store.folder_unusable"
        assert opened.notice.params["folder"] == str(folder)
        store = Store(Database(opened))
        draft = store.drafts.create(body=TYPED)
        assert store.drafts.get(draft.id).body == TYPED
        if os.name == "posix":
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700
            assert stat.S_IMODE(opened.path.stat().st_mode) == 0o600
        store.close()
    finally:
        opened.connection.close()
        for child in opened.path.parent.iterdir():
            child.unlink()
        opened.path.parent.rmdir()


def test_the_fallback_says_so_when_even_a_temporary_database_fails(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[Path] = []
    real_mkdtemp = tempfile.mkdtemp

    def mkdtemp(**kwargs):  # type: ignore[no-untyped-def]
        made.append(Path(real_mkdtemp(dir=tmp_path, **kwargs)))
        return str(made[-1])

    def refuse(_path: Path) -> sqlite3.Connection:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(tempfile, "mkdtemp", mkdtemp)
    monkeypatch.setattr(database_module, "_connect", refuse)
    with pytest.raises(DatabaseUnavailable) as refused:
        database_module._fallback(tmp_path / "inmail-studio.sqlite3", "store.folder_unusable", "gone")
    assert refused.value.code == "store.unavailable" and refused.value.params["reason"] == "store.folder_unusable"
    assert "unable to open" in refused.value.params["error"]


def test_no_writable_folder_at_all_is_a_clear_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(**_kwargs):  # type: ignore[no-untyped-def]
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkdtemp", no_space)
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the data folder should be")
    with pytest.raises(DatabaseUnavailable):
        database_module.open_database(blocked / "inmail-studio.sqlite3")


# locked by another process ------------------------------------------------------------------
LOCKER = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.read()  # hold the lock until the test closes our stdin
"""


@pytest.fixture
def hold_lock(tmp_path: Path) -> Iterator[Callable[[Path], subprocess.Popen[str]]]:
    """Another program that takes BEGIN EXCLUSIVE on the file and keeps it (well past the 2 s busy timeout)."""
    lockers: list[subprocess.Popen[str]] = []

    def hold(database: Path) -> subprocess.Popen[str]:
        locker = subprocess.Popen([sys.executable, "-c", LOCKER, str(database)], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, text=True)
        assert locker.stdout is not None and locker.stdout.readline().strip() == "locked"
        lockers.append(locker)
        return locker

    yield hold
    for locker in lockers:
        release(locker)


def release(locker: subprocess.Popen[str]) -> None:
    if locker.poll() is None:
        assert locker.stdin is not None
        locker.stdin.close()
        locker.wait(10)


def test_a_database_locked_by_another_program_falls_back_with_a_message(
        qtbot, paths, make_window, dialogs, read_body, hold_lock) -> None:  # type: ignore[no-untyped-def]
    """A file another program created and holds exclusively (no write-ahead log): it cannot even be read."""
    paths.data.mkdir(parents=True, exist_ok=True)
    hold_lock(paths.database)
    window = make_window()
    qtbot.waitUntil(lambda: bool(dialogs.messages), timeout=NOTICE_WAIT_MS)
    [told] = dialogs.messages
    assert "locked by another program" in told
    assert window.session.workspace.store.path != paths.database
    can_save(qtbot, window, read_body)
    assert [p.name for p in paths.data.iterdir() if ".broken-" in p.name] == []  # a lock is not damage


@pytest.mark.parametrize("drafts", [1, 0], ids=["with-a-draft", "no-draft-yet"])
def test_the_app_database_locked_by_another_program_still_opens_and_saves_later(
        qtbot, paths, make_window, read_body, hold_lock, drafts: int) -> None:  # type: ignore[no-untyped-def]
    """Another program writing to the file (WAL: reading goes on): the app opens it and saves once it may."""
    seed(paths.database, drafts=drafts)
    locker = hold_lock(paths.database)
    window = make_window()
    qtbot.keyClicks(window.editor.body, TYPED)
    with qtbot.waitSignal(window.session.sig_save_failed, timeout=10_000) as failed:
        window.window_actions.save.trigger()
    assert "Another program is using the database" in failed.args[0]
    release(locker)
    with qtbot.waitSignal(window.session.sig_saved, timeout=10_000):
        pass  # retried after the next pause
    assert TYPED in read_body(paths.database, window.session.draft.id)
