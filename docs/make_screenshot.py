# SPDX-License-Identifier: GPL-3.0-or-later
"""Take the README's screenshot: the real window, a template filled in for a sample prospect.

    xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python docs/make_screenshot.py docs/screenshot.png [TEMPLATE [CSV]]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from inmail_studio.app import build_window
from inmail_studio.core.paths import Paths

TEMPLATE = "en-recruit-inmail-recent-post"


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshot.png")
    template_id = sys.argv[2] if len(sys.argv) > 2 else TEMPLATE
    app = QApplication(sys.argv[:1])
    app.setApplicationName("InMail Studio")
    paths = Paths.default(tempfile.mkdtemp(prefix="inmail-shot-"))
    window = build_window(paths)
    window.resize(1360, 860)
    window.show()
    template = window.session.library.get(template_id)
    if len(sys.argv) > 3:  # a prospect list: show the Prospects tab walking it
        panel = window.prospects_panel
        window.left_tabs.setCurrentWidget(panel)
        panel.import_path(sys.argv[3])
        panel.template.setCurrentIndex(panel.template.findData(template_id))
        panel.people.setCurrentRow(1)
    elif template is not None:
        window.session.use_template(template_id)
        sample = dict(template.sample)
        for name in list(sample)[:-2]:  # leave two fields empty to show the coach at work
            window.session.set_value(name, sample[name])

    def shoot() -> None:
        screen = app.primaryScreen()
        picture = screen.grabWindow(0) if app.platformName() == "xcb" else window.grab()
        picture.save(str(out))
        print(f"saved {out} ({picture.width()}x{picture.height()})")
        app.quit()

    QTimer.singleShot(1500, shoot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
