# SPDX-License-Identifier: GPL-3.0-or-later
"""Screenshots of the Sent tab and the Due view, on a generated log (made-up people and messages).

    xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python docs/make_outreach_screenshots.py [DOCS_DIR]

Writes sent-tab.png and due-view.png. The widgets are shown on their own, as the window holds them.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from bench_log import sample_items  # noqa: E402  (the benchmark's generator)

from inmail_studio.core.outreach.log import OutreachLog  # noqa: E402
from inmail_studio.core.store import Store  # noqa: E402
from inmail_studio.ui.outreach.due_view import DueView  # noqa: E402
from inmail_studio.ui.outreach.sent_tab import SentTab  # noqa: E402


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    app = QApplication(sys.argv[:1])
    app.setApplicationName("InMail Studio")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    from inmail_studio.core.paths import resources_dir
    from inmail_studio.ui.translations import install

    install(app, resources_dir() / "i18n", "en")  # English plurals ("3 days", not "3 day(s)")
    now = datetime(2026, 11, 30, 9, 30).astimezone()
    store = Store.open(Path(tempfile.mkdtemp(prefix="inmail-shot-")) / "inmail-studio.sqlite3")
    store.sent.add_items(sample_items(240, now, seed=5))
    log = OutreachLog(store.sent, store.settings, clock=lambda: now)
    tab = SentTab(log)
    tab.resize(1300, 720)
    tab.show()
    tab.filters.lists.setCurrentIndex(tab.filters.lists.findData("Backend Utrecht"))
    tab.table.selectRow(2)
    app.processEvents()
    tab.grab().save(str(out / "sent-tab.png"))
    due = DueView(log)
    due.resize(1000, 560)
    due.show()
    due.table.selectRow(0)
    app.processEvents()
    due.grab().save(str(out / "due-view.png"))
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
