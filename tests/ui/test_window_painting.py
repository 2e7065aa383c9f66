# SPDX-License-Identifier: GPL-3.0-or-later
"""The window paints on the GUI thread alone: no helper threads for the GUI thread to wait for."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# A fresh process: Qt decides on its paint thread pool once, at the first paint of a process.
_PAINT_AND_LIST_THREADS = r"""
import os, sys
from PySide6.QtWidgets import QApplication
from inmail_studio.app import build_window
from inmail_studio.core.paths import Paths
app = QApplication(sys.argv[:1])
window = build_window(Paths.default(sys.argv[1]))
window.resize(1320, 820)
window.grab()  # paints the whole window, its tall scroll bars and backgrounds included
for task in os.listdir("/proc/self/task"):
    print(open(f"/proc/self/task/{task}/comm").read().strip())
window.close()
"""


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="lists threads through /proc (Linux)")
def test_painting_the_window_starts_no_paint_helper_threads(tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items() if key != "QT_NO_GUI_THREADPOOL"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run([sys.executable, "-c", _PAINT_AND_LIST_THREADS, str(tmp_path)], capture_output=True,
                          text=True, env=env, timeout=60, check=True)
    threads = done.stdout.splitlines()
    assert threads, done.stderr
    assert "Thread (pooled)" not in threads
