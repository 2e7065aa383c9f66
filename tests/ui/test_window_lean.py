# SPDX-License-Identifier: GPL-3.0-or-later
"""What the window leaves for later or lets go: the log's pages and their modules until a page is
opened, the quota counter until a connection request is open, the module sources PySide reads."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# A fresh process: in the test run other tests have loaded every module already.
_OPEN_PAGES_ONE_BY_ONE = r"""
import sys
from PySide6.QtWidgets import QApplication
feature = sys.modules["shibokensupport.feature"]
pyside_check = feature._mod_uses_pyside  # PySide's own, before importing the app replaces it
from inmail_studio.app import build_window
from inmail_studio.core.paths import Paths
from inmail_studio.ui.main_tabs import DUE, RESULTS, SENT
app = QApplication(sys.argv[:1])
assert feature._mod_uses_pyside is not pyside_check
window = build_window(Paths.default(sys.argv[1]))
window.show()
window.complete()
import linecache
print(len(linecache.cache))  # the sources PySide read at each import (PYSIDE-2029) are not kept
import colorsys  # nor those of a module imported later
print(len(linecache.cache), "colorsys" in sys.modules)
modules = ("ui.outreach.sent_tab", "ui.outreach.due_view", "ui.results.tab", "ui.results.loader", "ui.results.quota")
def loaded():
    return " ".join(m for m in modules if "inmail_studio." + m in sys.modules) or "-"
print(loaded())
for index in (SENT, DUE, RESULTS):
    window.main_tabs.setCurrentIndex(index)
    print(loaded(), type(window.main_tabs.widget(index)).__name__)
window.session.set_kind("connection_request")
print(loaded(), not window._parts.log.quota.isHidden())
window.close()
modules = [module for module in list(sys.modules.values()) if module is not None]
print(all(feature._mod_uses_pyside(module) == pyside_check(module) for module in modules))  # PySide's answers
"""


def test_the_log_pages_and_the_quota_counter_load_when_first_needed(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", _OPEN_PAGES_ONE_BY_ONE, str(tmp_path)], capture_output=True,
                          text=True, env=env, timeout=60, check=True)
    assert done.stdout.splitlines() == [
        "0",
        "0 True",
        "-",
        "ui.outreach.sent_tab SentTab",
        "ui.outreach.sent_tab ui.outreach.due_view DueView",
        "ui.outreach.sent_tab ui.outreach.due_view ui.results.tab ui.results.loader ResultsTab",
        "ui.outreach.sent_tab ui.outreach.due_view ui.results.tab ui.results.loader ui.results.quota True",
        "True",
    ]
