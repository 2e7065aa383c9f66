# SPDX-License-Identifier: GPL-3.0-or-later
"""Take the Results tab's screenshot with generated data (600 sends over 6 months, two A/B templates).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_results_screenshot.py [docs/results-tab.png]
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from inmail_studio.core.results.demo import TITLES, sample_log
from inmail_studio.core.results.settings import ResultsSettings
from inmail_studio.core.results.summary import summarise
from inmail_studio.ui.results.tab import ResultsTab

WIDTH = 1280


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/results-tab.png")
    app = QApplication(sys.argv[:1])
    app.setApplicationName("InMail Studio")
    log = sample_log()
    settings = ResultsSettings(plan="sales_navigator", plan_since=date(2026, 5, 1))
    tab = ResultsTab()
    tab.set_summary(summarise(log, settings, log[-1].sent_at), TITLES)
    tab.resize(WIDTH, 900)
    tab.show()
    content = tab.content
    content.setFixedWidth(WIDTH)
    content.resize(WIDTH, content.sizeHint().height())
    app.processEvents()  # a script, not a test: let the layout settle before grabbing
    ok = content.grab().save(str(out), "PNG")
    print(f"{out}: {'written' if ok else 'FAILED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
