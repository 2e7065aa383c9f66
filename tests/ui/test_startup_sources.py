# SPDX-License-Identifier: GPL-3.0-or-later
"""Importing the app takes over PySide's check of each imported module (app.keep_no_module_sources)
from then on: the answers stay PySide's own, and no module's source is kept."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# A fresh process: PySide's own check is taken before anything of ours is imported.
_CHECK_EVERY_MODULE = r"""
import linecache, sys
from PySide6.QtWidgets import QApplication
feature = sys.modules["shibokensupport.feature"]
pyside_check = feature._mod_uses_pyside
from inmail_studio.app import build_window
print(feature._mod_uses_pyside is not pyside_check)  # taken over on import
from inmail_studio.core.paths import Paths
app = QApplication(sys.argv[:1])
window = build_window(Paths.default(sys.argv[1]))
window.show()
window.complete()
print(len(linecache.cache))
modules = [module for module in list(sys.modules.values()) if module is not None]
ours = [module for module in modules if module.__name__.startswith("inmail_studio")]
print(len(ours) > 40, sum(feature._mod_uses_pyside(module) for module in ours) > 20)
print(all(feature._mod_uses_pyside(module) == pyside_check(module) for module in modules))  # PySide's answers
window.close()
"""


def test_the_app_answers_pysides_module_check_as_pyside_does(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", _CHECK_EVERY_MODULE, str(tmp_path)], capture_output=True,
                          text=True, env=env, timeout=60, check=True)
    assert done.stdout.splitlines() == ["True", "0", "True True", "True"]
