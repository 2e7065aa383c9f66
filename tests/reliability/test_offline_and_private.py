# SPDX-License-Identifier: GPL-3.0-or-later
"""Nothing goes over the network, and the files that hold prospects' details are readable by the user only."""

from __future__ import annotations

import io
import json
import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from inmail_studio import cli
from inmail_studio.core import Message
from inmail_studio.core.lint import lint
from inmail_studio.core.paths import Paths
from inmail_studio.core.store import Store
from inmail_studio.core.templates import TemplateLibrary

MESSAGE = ("Subject: Your talk on platform teams\n\nHi Sanne,\n\nI enjoyed your talk on platform teams at "
           "DevOpsDays. Would you be open to a short call next week?\n\nBest,\nJoost\n")


class NetworkRefused(OSError):
    pass


def block_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every way Python code reaches the network, recorded and refused."""
    attempts: list[str] = []

    def refuse(name: str):  # type: ignore[no-untyped-def]
        def refused(*args, **kwargs):  # type: ignore[no-untyped-def]
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}"[:200])
            raise NetworkRefused(f"{name} is blocked: InMail Studio must work offline")
        return refused

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    return attempts


def core_flows(data: Path, resources: Path) -> None:
    """What a user does without a window: lint in both languages, render, list, save a draft."""
    for language, body in (("en", "Hi Sanne, would you be open to a short call next week? " * 8),
                           ("nl", "Hoi Sanne, zou je volgende week open staan voor een kort gesprek? " * 8)):
        result = lint(Message(kind="inmail", subject="Platform teams", body=body, language=language))
        assert result.metrics.reading_ease is not None  # readability (pyphen and the CMU file) ran
    paths = Paths(resources=resources, data=data)
    library = TemplateLibrary(paths.builtin_templates, paths.user_templates)
    for template in library:
        template.render(template.sample)
    source = data / "message.txt"
    source.write_text(MESSAGE, encoding="utf-8")
    for argv in (["lint", "--json", str(source)], ["--data-dir", str(data), "templates", "list", "--json"],
                 ["--data-dir", str(data), "render", next(iter(library)).id, "--json"]):
        assert cli.main(argv, io.StringIO()) in (0, 1)
    store = Store.open(paths.database)
    draft = store.drafts.create(subject="Platform teams", body="Hi Sanne")
    store.drafts.save(draft)
    store.close()


def test_core_flows_and_the_window_never_touch_the_network(
        qtbot, paths: Paths, make_window, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    attempts = block_network(monkeypatch)
    core_flows(paths.data, paths.resources)
    window = make_window()
    qtbot.waitUntil(lambda: window.last_result is not None, timeout=10_000)  # the first lint landed
    qtbot.keyClicks(window.editor.body, "Hi Sanne, would you be open to a call?")
    assert window.session.save_now()
    assert attempts == []


# The same in a fresh interpreter, so that lazy imports (pyphen, the CMU file, the rule data, Jinja2)
# happen while the network is blocked; the window too, up to its first coach result.
FRESH = r"""
import json, os, socket, sys
attempts = []
def refuse(name):
    def refused(*args, **kwargs):
        attempts.append(name)
        raise OSError(name + " is blocked")
    return refused
for name in ("connect", "connect_ex", "sendto"):
    setattr(socket.socket, name, refuse("socket." + name))
socket.create_connection = refuse("create_connection")
socket.getaddrinfo = refuse("getaddrinfo")
before = set(sys.modules)

sys.path.insert(0, sys.argv[3])
from test_offline_and_private import core_flows
from pathlib import Path
core_flows(Path(sys.argv[1]), Path(sys.argv[2]))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from inmail_studio.app import build_window
from inmail_studio.core.paths import Paths
window = build_window(Paths(resources=Path(sys.argv[2]), data=Path(sys.argv[1])))
window.show()
def check():
    if window.last_result is not None:
        app.quit()
poll = QTimer(interval=20)
poll.timeout.connect(check)
poll.start()
QTimer.singleShot(20000, app.quit)
app.exec()
landed = window.last_result is not None
window.close()
loaded = sorted(m for m in set(sys.modules) - before if m.split(".")[0] in ("textstat", "pyphen", "jinja2"))
print(json.dumps({"attempts": attempts, "landed": landed, "loaded": sorted({m.split(".")[0] for m in loaded})}))
sys.stdout.flush()
os._exit(0)
"""


def test_a_fresh_process_works_offline_including_lazy_imports(tmp_path: Path, paths: Paths) -> None:
    done = subprocess.run([sys.executable, "-c", FRESH, str(paths.data), str(paths.resources),
                           str(Path(__file__).parent)],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["attempts"] == []
    assert report["landed"]
    assert report["loaded"] == ["jinja2", "pyphen"]  # imported here, under the block (textstat never is)


# file modes --------------------------------------------------------------------------------------
def modes(folder: Path) -> dict[str, int]:
    return {p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir() if p.is_file()}


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_database_files_are_readable_by_the_user_only(tmp_path: Path, umask: int) -> None:
    previous = os.umask(umask)
    try:
        database = tmp_path / "data" / "inmail-studio.sqlite3"
        store = Store.open(database)
        opened = modes(database.parent)
        store.drafts.create(body="Sanne de Vries, Acme — recent post on platform teams " * 500)
        written = modes(database.parent)
        store.close()
        store = Store.open(database)  # the -wal and -shm files are made again on the next open
        reopened = modes(database.parent)
        store.close()
    finally:
        os.umask(previous)
    names = {database.name, f"{database.name}-wal", f"{database.name}-shm"}
    for when, found in (("opened", opened), ("written", written), ("reopened", reopened)):
        assert names <= set(found), (when, found)
        assert {name: oct(mode) for name, mode in found.items()} == {name: "0o600" for name in found}, when


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_fallback_and_recovered_databases_are_private_too(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "inmail-studio.sqlite3").write_bytes(b"not a database" * 100)
    store = Store.open(data / "inmail-studio.sqlite3")  # moved aside, a new one made
    store.drafts.create(body="Sanne")
    assert store.notice is not None
    for name, mode in modes(data).items():
        if ".broken-" not in name:
            assert oct(mode) == "0o600", name
    store.close()


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_saved_template_files_are_readable_by_the_user_only(paths: Paths) -> None:
    library = TemplateLibrary(paths.builtin_templates, paths.user_templates)
    builtin = next(iter(library))
    library.save(builtin.with_changes(id="my-own", body="Hi {{ first_name }}, about {{ recent_post }}?"))
    assert oct(stat.S_IMODE((paths.user_templates / "my-own.toml").stat().st_mode)) == "0o600"
    assert [p.name for p in paths.user_templates.iterdir() if p.name.startswith(".")] == []  # no temp files left
