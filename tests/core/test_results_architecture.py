# SPDX-License-Identifier: GPL-3.0-or-later
"""The results core loads no Qt, no plotting library and no numpy; only its own and the log's modules."""

from __future__ import annotations

import json
import subprocess
import sys

CODE = """
import json, sys
from datetime import datetime, timezone
from inmail_studio.core.results import credits, quotas, rates, report, settings, stats, summary, works
from inmail_studio.core.results.demo import sample_log
log = sample_log(200)
summary.summarise(log, settings.ResultsSettings(), log[-1].sent_at)
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules})))
"""


def test_results_core_loads_no_qt_no_plotting_and_no_scipy() -> None:
    done = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    loaded = set(json.loads(done.stdout.splitlines()[-1]))
    assert not loaded & {"PySide6", "shiboken6", "pyqtgraph", "numpy", "scipy", "textstat", "jinja2"}
