# SPDX-License-Identifier: GPL-3.0-or-later
"""Outreach log benchmarks: reading a 200 MB messages.csv, and a log of 10,000 items.

    .venv/bin/python benchmarks/bench_log.py [--mb 200] [--per-conversation 2-6] [--items 10000]
                                             [--skip-export] [--skip-log]

Figures printed: the export read (seconds, MB/s, peak memory above the interpreter with the core
loaded, measured in a fresh process with `ru_maxrss`); for the log, the store query of every item,
a filter by text and by outcome, the due list (checked to be the list followup.due_list gives),
and (Qt, offscreen, warmed as in the window) the Sent tab opening on the log, its first search and
re-filtering as a search is typed, and the Follow-ups due page opened with and without a log
read. Target: no visible pause, taken as under 100 ms for anything a click or a key starts
(Nielsen's limit for an instantaneous response).
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from inmail_studio.core.outreach.model import LogItem

NAMES = ["Sanne Bakker", "Pieter Jansen", "Zoë Dekker", "Jansen, Pieter", "Anna de Wit", "Bram Kok", "Eva Smit",
         "Lotte Visser", "Dirk Bos", "Noor El Idrissi", "Karel Appel", "Femke de Boer"]
BODY = ("Hi {first},\n\nI read your post about {topic} and the way your team moved its reporting to a shared "
        "platform. We help scale-ups in the Benelux do the same without a migration project of six months. "
        "Would you be open to a 20-minute call next week to compare notes? Either way, thanks for sharing it.\n\n"
        "Best,\nJoost")
TOPICS = ["data mesh", "platform teams", "hiring engineers", "on-call rotas", "supplier audits"]
USER = ("Joost de Vries", "https://www.linkedin.com/in/joostdevries")


def write_messages(path: Path, megabytes: int, seed: int = 7, per_conversation: tuple[int, int] = (2, 6)) -> int:
    """A messages.csv of about `megabytes` MB: conversations of `per_conversation` messages, 70%
    started by the user, the rest by the other person, with extra columns after the listed ones.
    Returns the rows written."""
    rng = random.Random(seed)
    rows = 0
    target = megabytes * 1_000_000
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
                         "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER", "ATTACHMENTS",
                         "IS MESSAGE DRAFT"])
        conversation = 0
        while handle.tell() < target:
            conversation += 1
            other = rng.choice(NAMES)
            other_url = f"https://www.linkedin.com/in/person-{conversation}"
            start = 1_700_000_000 + conversation * 600
            user_first = rng.random() < 0.7
            subject = "Your post on reporting" if user_first and rng.random() < 0.3 else ""
            for n in range(rng.randint(*per_conversation)):
                mine = (n % 2 == 0) == user_first
                sender, sender_url = USER if mine else (other, other_url)
                to, to_url = (other, other_url) if mine else USER
                stamp = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(start + n * 3600))
                body = BODY.format(first=other.split()[0], topic=rng.choice(TOPICS))
                writer.writerow([f"2-{conversation:012d}", "", sender, sender_url, to, to_url, stamp,
                                 subject if n == 0 else "", body, "INMAIL" if subject else "INBOX", "", "No"])
                rows += 1
    return rows


READER = """
import resource, sys, tempfile, time
from pathlib import Path
from inmail_studio.core.outreach.linkedin_export import read_export
from inmail_studio.core.outreach.log import OutreachLog, with_languages
from inmail_studio.core.store import Store
store = Store.open(Path(tempfile.mkdtemp()) / "bench.sqlite3")
log = OutreachLog(store.sent, store.settings)
log.items()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
reading = read_export(sys.argv[1])
read = time.perf_counter() - started
reading.items = with_languages(reading.items)
told = time.perf_counter() - started
summary = log.import_reading(reading)
took = time.perf_counter() - started
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(read, told - read, took - told, (after - before) / 1024, len(reading.items), reading.conversations,
      reading.replied, len(reading.bad_rows), summary.new)
"""


def bench_export(megabytes: int, per_conversation: tuple[int, int]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        export = Path(folder)
        (export / "Profile.csv").write_text("First Name,Last Name\nJoost,de Vries\n", encoding="utf-8")
        started = time.perf_counter()
        rows = write_messages(export / "messages.csv", megabytes, per_conversation=per_conversation)
        size = (export / "messages.csv").stat().st_size / 1e6
        print(f"messages.csv: {size:.0f} MB, {rows:,} rows (written in {time.perf_counter() - started:.1f} s)")
        runs = []
        for _ in range(3):
            done = subprocess.run([sys.executable, "-c", READER, str(export)], capture_output=True, text=True,
                                  check=True)
            runs.append([float(x) for x in done.stdout.split()])
        read, languages, stored, memory, items, conversations, replied, bad, new = sorted(runs)[1]
        print(f"read: {read:.2f} s (median of 3), {size / read:.0f} MB/s; languages told {languages:.2f} s; "
              f"matched and stored {stored:.2f} s; peak memory +{memory:.1f} MiB")
        print(f"  {int(conversations):,} conversations started, {int(items):,} items ({int(new):,} new), "
              f"{int(replied):,} replied, {int(bad)} bad rows")


FIRST = ("Sanne", "Pieter", "Zoë", "Anna", "Bram", "Eva", "Lotte", "Dirk", "Noor", "Karel", "Femke", "Ruud", "Sophie",
         "Daan", "Emma", "Lucas", "Julia", "Milan", "Tess", "Thomas", "Priya", "James", "Olivia", "Mehmet")
LAST = ("Bakker", "Jansen", "Dekker", "de Wit", "Kok", "Smit", "Visser", "Bos", "El Idrissi", "van Dijk", "de Boer",
        "Mulder", "Peters", "Hendriks", "van Leeuwen", "Brouwer", "Wright", "Patel", "Yılmaz", "O'Brien")
CAMPAIGNS = (  # template, kind, language, list, subject, body, chance of an answer
    ("recruit-backend-nl", "inmail", "nl", "Backend Utrecht", "Je talk over event sourcing",
     "Hoi {first},\n\nJe talk over event sourcing op Devoxx bleef hangen. We bouwen in Utrecht een team dat "
     "precies dat doet. Zin in een kop koffie volgende week?\n\nGroet,\nJoost", 0.22),
    ("recruit-pm-en", "inmail", "en", "Product Amsterdam", "Your post on discovery",
     "Hi {first},\n\nYour post on running discovery with two teams was spot on. We are hiring a product lead "
     "in Amsterdam for exactly that. Open to a 20-minute call next week?\n\nBest,\nJoost", 0.18),
    ("connect-meetup-nl", "connection_request", "nl", "Meetup Rotterdam", "",
     "Hoi {first}, leuk je gesproken te hebben op de meetup in Rotterdam. Zullen we connecten?", 0.45),
    ("follow-up-en", "follow_up", "en", "Product Amsterdam", "",
     "Hi {first}, a quick follow-up on my note about the product lead role. Would Thursday suit you?", 0.25),
)


def sample_items(count: int, now: datetime, seed: int = 11) -> list[LogItem]:
    """`count` realistic log items over the 180 days before `now` (made up; no real messages)."""
    rng = random.Random(seed)
    items = []
    for n in range(count):
        template, kind, language, list_name, subject, body, chance = rng.choice(CAMPAIGNS)
        first, last = rng.choice(FIRST), rng.choice(LAST)
        sent = (now - timedelta(days=int(rng.random() ** 1.3 * 180))).replace(hour=rng.randint(8, 17),
                                                                              minute=rng.randint(0, 59))
        while sent.isoweekday() > 5 or sent > now:  # people send from work
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
            subject=subject, body=body.format(first=first), template_id=template,
            variant=rng.choice(("A", "B")) if kind == "inmail" else None, list_name=list_name, language=language,
            outcome=outcome, outcome_at=outcome_at, source=rng.choice(("app", "app", "linkedin-export"))))
    return items


def _ms(call: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def bench_log(count: int) -> None:
    """The store query, filters, due list and contact memory over `count` items; then the Qt views."""
    from inmail_studio.core.outreach.log import OutreachLog
    from inmail_studio.core.outreach.people import Person
    from inmail_studio.core.outreach.query import LogQuery
    from inmail_studio.core.store import Store

    now = datetime(2026, 11, 30, 9, 0).astimezone()
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "bench.sqlite3")
        store.sent.add_items(sample_items(count, now))
        log = OutreachLog(store.sent, store.settings, clock=lambda: now)
        print(f"log of {count:,} items (median of 5, ms):")
        print(f"  read every item from the database      {_ms(store.sent.items):7.1f}")
        log.items()
        for name, query in (("search 'koffie' (text)", LogQuery(text="koffie")),
                            ("search 'jansen' (person)", LogQuery(text="jansen")),
                            ("filter outcome no-reply", LogQuery(outcome="no-reply")),
                            ("filter list + kind", LogQuery(list_name="Backend Utrecht", kind="inmail"))):
            print(f"  {name:<38} {_ms(lambda q=query: log.items(q)):7.1f}")
        print(f"  due list                               {_ms(log.due):7.1f}")
        from inmail_studio.core.outreach.followup import due_list

        same = [(d.item.id, d.due_at, d.days_overdue) for d in log.due()] == \
            [(d.item.id, d.due_at, d.days_overdue) for d in due_list(log.items(), now, log.settings)]
        print(f"  due list (followup.due_list, the rule)  {_ms(lambda: due_list(log.items(), now, log.settings)):7.1f}"
              f"  {'same list' if same else 'DIFFERENT LIST'}")
        first_look = _ms(lambda: (log.refresh(), log.warnings(Person("Eva Smit"))))
        print(f"  contact memory, first look (reads log) {first_look:7.1f}")
        print(f"  contact memory, next person            {_ms(lambda: log.warnings(Person('Noor Bos'))):7.1f}")
        _bench_views(log)
        store.close()


def _bench_views(log: object) -> None:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from inmail_studio.ui.outreach.due_view import DueView
    from inmail_studio.ui.outreach.sent_tab import SentTab

    app = QApplication.instance() or QApplication([])
    warm = SentTab(log)  # type: ignore[arg-type]  (the window has Qt's styles and fonts loaded already)
    warm.show()
    app.processEvents()
    warm.close()
    log.refresh()  # type: ignore[attr-defined]  (the tab's first show reads the log itself)
    started = time.perf_counter()
    tab = SentTab(log)  # type: ignore[arg-type]
    tab.resize(1300, 800)
    tab.show()
    app.processEvents()  # a benchmark may: it measures until the first frame is painted
    print(f"  Sent tab open and painted, log read    {(time.perf_counter() - started) * 1000:7.1f}")
    tab.filters.search.setText("k")
    started = time.perf_counter()
    tab._apply_filters()
    print(f"  Sent tab first search (folds the log)  {(time.perf_counter() - started) * 1000:7.1f}")
    for text in ("k", "ko", "kof", "koffie", ""):
        tab.filters.search.setText(text)
        took = _ms(tab._apply_filters, 3)  # what the search's timer runs
        print(f"  Sent tab re-filter, search {text!r:<11} {took:7.1f}")
    combo = tab.filters.outcomes
    took = _ms(lambda: (combo.setCurrentIndex(2), combo.setCurrentIndex(0)), 3) / 2
    print(f"  Sent tab outcome filter (combo)        {took:7.1f}")
    warm_due = DueView(log)  # type: ignore[arg-type]
    warm_due.show()
    app.processEvents()
    warm_due.close()
    for read in (True, False):  # opened first (it reads the log), or after the Sent tab
        if read:
            log.refresh()  # type: ignore[attr-defined]
        started = time.perf_counter()
        due = DueView(log)  # type: ignore[arg-type]
        due.show()
        app.processEvents()
        took = (time.perf_counter() - started) * 1000
        how = "log read" if read else "log in hand"
        print(f"  Due view open ({len(due.entries):,} due; {how:<11}) {took:7.1f}")
        due.close()
    tab.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=200)
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--per-conversation", default="2-6", metavar="MIN-MAX",
                        help="messages per conversation in the generated messages.csv")
    parser.add_argument("--skip-export", action="store_true")
    parser.add_argument("--skip-log", action="store_true")
    args = parser.parse_args()
    if not args.skip_export:
        low, high = (int(n) for n in args.per_conversation.split("-"))
        bench_export(args.mb, (low, high))
    if not args.skip_log:
        bench_log(args.items)


if __name__ == "__main__":
    main()
