# SPDX-License-Identifier: GPL-3.0-or-later
"""Take the Dutch screenshots: the real window in Dutch, a Dutch InMail with the coach's findings.

    xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python docs/make_screenshot_nl.py docs/screenshot-nl.png

Also saves the Settings dialog next to it (`…-settings.png`), where the app's language is chosen.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from inmail_studio.app import build_window
from inmail_studio.core.paths import Paths
from inmail_studio.ui import translations

SUBJECT = "Even een vraag"
BODY = """Beste Sanne,

Ik zag uw bericht over de nieuwe vestiging van Coolblue in Tilburg. Mooi om te lezen hoe snel jullie \
team groeit.

Wij helpen logistieke teams met hun planning en roosters, en ik denk dat we veel voor jou kunnen \
betekenen. Onze klanten besparen gemiddeld twaalf uur per week op het maken van roosters.

Met vriendelijke groet,
Joost van Dam
"""


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshot-nl.png")
    app = QApplication(sys.argv[:1])
    app.setApplicationName("InMail Studio")
    translations.install(app, choice="nl")  # as a Dutch system, or the choice in Settings, does
    window = build_window(Paths.default(tempfile.mkdtemp(prefix="inmail-shot-nl-")))
    window.resize(1360, 860)
    window.show()
    window.session.set_language("nl")
    window.editor.subject.setPlainText(SUBJECT)  # as typed: the editor tells the session
    window.editor.body.setPlainText(BODY)

    def grab(widget, path: Path) -> None:  # type: ignore[no-untyped-def]
        picture = widget.grab()
        picture.save(str(path))
        print(f"saved {path} ({picture.width()}x{picture.height()})")

    def shoot() -> None:
        library = window.library_panel
        library.filters["language"].setCurrentIndex(library.filters["language"].findData("nl"))
        coach = window.coach
        items = coach.finding_items()
        if items:
            coach.findings.setCurrentItem(items[0])  # the fix and the reason show below the list
        grab(window, out)
        from inmail_studio.ui.settings.dialog import SettingsDialog

        ws = window.session.workspace  # as the window opens it, with its second page
        dialog = SettingsDialog(window.session.preferences, window, "nl", ws.log.settings, ws.results.settings)
        dialog.show()
        QTimer.singleShot(300, lambda: (grab(dialog, out.with_name(out.stem + "-settings.png")), app.quit()))

    QTimer.singleShot(2000, shoot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
