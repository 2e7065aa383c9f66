# SPDX-License-Identifier: GPL-3.0-or-later
"""Screenshots of the real window's Sent, Follow-ups due and Results pages over a generated log.

    xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python docs/make_window_screenshots.py [DOCS_DIR] [en|nl]

Fills a temporary data folder with 320 made-up messages (no real people or messages) sent from the
built-in templates, including the two A/B templates, opens the window as `inmail-studio` does, and
saves sent-tab.png, due-view.png, results-tab.png, results-ab.png and ab-variant.png ("-nl" before
".png" in Dutch).
"""

from __future__ import annotations

import random
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QEventLoop, QLocale, QTimer
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from bench_log import FIRST, LAST  # noqa: E402  (made-up names)

from inmail_studio.core.outreach.model import LogItem  # noqa: E402
from inmail_studio.core.paths import Paths, resources_dir  # noqa: E402
from inmail_studio.core.results.settings import ResultsSettings  # noqa: E402
from inmail_studio.core.workspace import Workspace  # noqa: E402

# template, kind, language, list, {variant: (subject, chance of an answer)}, body
CAMPAIGNS = (
    ("nl-recruit-inmail-ab-onderwerp", "inmail", "nl", "Backend Utrecht",
     {"A": ("Je werk aan de nieuwe betaalkoppeling", 0.13),
      "B": ("Een vacature als backend developer bij Fietsdelen.nl", 0.27)},
     "Hoi {first},\n\nIk las over je werk aan de nieuwe betaalkoppeling. Je legt de afwegingen helder uit.\n\n"
     "Heb je volgende week een kwartiertje voor een kort belletje?\n\nGroet,\nNoor"),
    ("en-recruit-inmail-ab-subject", "inmail", "en", "Product Amsterdam",
     {"A": ("Your work on the payment retry service", 0.17), "B": ("A product lead role at Northwind Logistics", 0.19)},
     "Hi {first},\n\nI came across your work on the payment retry service. The way you explained the trade-offs "
     "made it easy to follow.\n\nWould you be open to a 15-minute call next week?\n\nBest regards,\nNoor"),
    ("nl-network-connection-after-event", "connection_request", "nl", "Meetup Rotterdam", {"": ("", 0.45)},
     "Hoi {first}, leuk je gesproken te hebben op de meetup in Rotterdam. Zullen we connecten?"),
    ("en-recruit-follow-up-after-first-call", "follow_up", "en", "Product Amsterdam", {"": ("", 0.25)},
     "Hi {first}, thanks again for the call on Tuesday. Would Thursday suit you for a second talk with the team?"),
)


def sample(count: int, now: datetime, seed: int = 11) -> list[LogItem]:
    """`count` made-up messages over the 180 days before `now`, on working days and hours."""
    rng = random.Random(seed)
    items = []
    for n in range(count):
        template, kind, language, list_name, variants, body = rng.choice(CAMPAIGNS)
        variant = rng.choice(sorted(variants))
        subject, chance = variants[variant]
        first, last = rng.choice(FIRST), rng.choice(LAST)
        sent = (now - timedelta(days=int(rng.random() ** 1.3 * 180))).replace(hour=rng.randint(8, 17),
                                                                              minute=rng.randint(0, 59))
        while sent.isoweekday() > 5 or sent > now:
            sent -= timedelta(days=1)
        outcome, outcome_at = "pending", None
        if rng.random() < chance:
            outcome = "accepted" if kind == "connection_request" else "replied"
            outcome_at = min(now, sent + timedelta(hours=rng.expovariate(1 / 60)))
        elif kind == "inmail" and rng.random() < 0.06:
            outcome, outcome_at = "declined", min(now, sent + timedelta(days=rng.uniform(0.5, 9)))
        items.append(LogItem(
            id=0, sent_at=sent, kind=kind, to_name=f"{first} {last}", company=rng.choice(("Acme", "Globex", "Zwaag")),
            profile_url=f"https://www.linkedin.com/in/{first.lower()}-{last.lower().replace(' ', '')}-{n}",
            subject=subject, body=body.format(first=first), template_id=template, variant=variant or None,
            list_name=list_name, language=language, outcome=outcome, outcome_at=outcome_at,
            source=rng.choice(("app", "app", "linkedin-export"))))
    return items


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    language = sys.argv[2] if len(sys.argv) > 2 else "en"
    suffix = "" if language == "en" else f"-{language}"
    app = QApplication(sys.argv[:1])
    app.setApplicationName("InMail Studio")
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands) if language == "nl"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    from inmail_studio.ui.translations import install

    install(app, resources_dir() / "i18n", language)
    paths = Paths(resources=resources_dir(), data=Path(tempfile.mkdtemp(prefix="inmail-shot-")))
    ws = Workspace.open(paths)
    ws.store.sent.add_items(sample(320, ws.log.clock()))
    ws.results.save_settings(ResultsSettings(plan="sales_navigator", plan_since=date.today() - timedelta(days=200)))
    ws.store.close()
    from inmail_studio.app import build_window

    window = build_window(paths)
    window.resize(1400, 900)
    window.move(0, 0)
    window.show()
    wait(800)
    screen = app.primaryScreen()
    tabs = window.main_tabs
    tabs.setCurrentIndex(1)
    sent = tabs.widget(1)
    sent.filters.lists.setCurrentIndex(sent.filters.lists.findData("Backend Utrecht"))
    wait(300)
    sent.table.selectRow(2)
    wait(300)
    screen.grabWindow(0).save(str(out / f"sent-tab{suffix}.png"))
    tabs.setCurrentIndex(2)
    wait(300)
    tabs.widget(2).table.selectRow(0)
    wait(300)
    screen.grabWindow(0).save(str(out / f"due-view{suffix}.png"))
    tabs.setCurrentIndex(3)
    wait(2500)
    screen.grabWindow(0).save(str(out / f"results-tab{suffix}.png"))
    content = tabs.widget(3).content
    scroll = content.parentWidget().parentWidget()  # the scroll area's viewport, then the area
    scroll.ensureWidgetVisible(content.ab_title, 0, 0)
    scroll.verticalScrollBar().setValue(content.ab_title.mapTo(content, content.ab_title.rect().topLeft()).y() - 8)
    wait(500)
    screen.grabWindow(0).save(str(out / f"results-ab{suffix}.png"))
    tabs.setCurrentIndex(0)
    ab_template = "nl-recruit-inmail-ab-onderwerp" if language == "nl" else "en-recruit-inmail-ab-subject"
    window.session.use_template(ab_template)
    wait(800)
    screen.grabWindow(0).save(str(out / f"ab-variant{suffix}.png"))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
