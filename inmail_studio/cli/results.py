# SPDX-License-Identifier: GPL-3.0-or-later
"""`inmail-studio stats` and `inmail-studio credits`: results over the outreach log, as text or JSON.

JSON names are a contract other tools read (see core.results.report); rates are fractions 0–1.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any, TextIO

from inmail_studio.cli.common import open_store
from inmail_studio.core.results.service import Results
from inmail_studio.core.results.stats import compare

VERDICTS = {
    "not-enough-data": "not enough data yet: about {more} more sends per variant would show a 10-point difference",
    "b-better": "{b} is very likely better ({probability})",
    "a-better": "{a} is very likely better ({probability})",
    "no-clear-difference": "no clear difference after {sent} sends each",
}
PLANS = {"premium_career": "Premium Career", "premium_business": "Premium Business",
         "sales_navigator": "Sales Navigator", "recruiter_lite": "Recruiter Lite", "custom": "Custom plan"}


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add `stats` and `credits` (once, whichever of the two names listed this module)."""
    if "stats" in commands.choices:
        return
    p = commands.add_parser("stats", parents=[common], help="reply and acceptance rates, A/B verdicts")
    p.add_argument("--json", action="store_true", help="print one JSON object (rates as fractions 0-1)")
    p.add_argument("--window-days", type=window_days, metavar="N",
                   help="a reply counts within N days of sending (default: the setting, 30)")
    p.add_argument("--since", type=day, metavar="YYYY-MM-DD", help="only messages sent on or after this day")
    p.set_defaults(handler=cmd_stats)
    p = commands.add_parser("credits", parents=[common], help="InMail credits as this app counts them")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(handler=cmd_credits)


def window_days(text: str) -> int:
    """--window-days: whole days, 1–365."""
    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of days: {text!r}") from None
    if not 1 <= days <= 365:
        raise argparse.ArgumentTypeError(f"the window is 1 to 365 days, not {days}")
    return days


def day(text: str) -> date:
    """--since: a day as YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a day (YYYY-MM-DD): {text!r}") from None


@contextmanager
def _results(args: argparse.Namespace) -> Iterator[Results]:
    from inmail_studio.core.outreach.log import OutreachLog

    with open_store(args, writes=False) as store:
        yield Results(OutreachLog(store.sent, store.settings), store.settings)


def cmd_stats(args: argparse.Namespace, out: TextIO) -> int:
    with _results(args) as results:
        report = results.stats(window_days=args.window_days, since=args.since)
    out.write(json.dumps(report, ensure_ascii=False) + "\n" if args.json else format_stats(report))
    return 0


def cmd_credits(args: argparse.Namespace, out: TextIO) -> int:
    with _results(args) as results:
        report = results.credits()
    out.write(json.dumps(report, ensure_ascii=False) + "\n" if args.json else format_credits(report))
    return 0


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{round(value * 100)} %"


def _rate(hits: int, sent: int, too_early: int, rate: float | None, low: float | None, high: float | None,
          verb: str) -> str:
    counted = sent - too_early
    text = (f"{hits} of {counted} {verb}, {_percent(rate)} (95 % sure: {_percent(low)}–{_percent(high)})"
            if counted else "none old enough to count yet")
    return text + (f"; too recent to tell: {too_early}" if too_early else "")


def format_stats(report: dict[str, Any]) -> str:
    """The `stats` report as lines for a person."""
    lines = [f"Replies within {report['window_days']} days of sending (younger messages are too recent to tell):"]
    for row in report["by_template"]:
        name = (row["template_id"] or "(no template)") + (f" · {row['variant']}" if row["variant"] else "")
        lines.append(f"  {name}: " + _rate(row["replied"], row["sent"], row["too_early"], row["reply_rate"],
                                            row["ci_low"], row["ci_high"], "replied"))
    if not report["by_template"]:
        lines.append("  no InMails or follow-ups logged")
    a = report["acceptance"]
    lines.append("Connection requests: " + (_rate(a["accepted"], a["sent"], a["too_early"], a["rate"], a["ci_low"],
                                                  a["ci_high"], "accepted") if a["sent"] else "none logged"))
    lines += [_ab_line(ab, sum(1 for x in report["ab"] if x["template_id"] == ab["template_id"]))
              for ab in report["ab"]]
    return "\n".join(lines) + "\n"


def _ab_line(ab: dict[str, Any], comparisons: int) -> str:
    """One comparison in words; `comparisons` of the same template share the 5 % (as in the verdict)."""
    result = compare(ab["replied_a"], ab["sent_a"], ab["replied_b"], ab["sent_b"], alpha=0.05 / comparisons)
    verdict = VERDICTS[ab["verdict"]].format(a=ab["a"], b=ab["b"], more=result.more_per_variant,
                                             sent=min(ab["sent_a"], ab["sent_b"]),
                                             probability=_percent(result.probability))
    return (f"A/B {ab['template_id']}: {ab['a']} {ab['replied_a']} of {ab['sent_a']}, {ab['b']} {ab['replied_b']} "
            f"of {ab['sent_b']} (p = {ab['p_value']:.2f}): {verdict}")


def format_credits(report: dict[str, Any]) -> str:
    """The `credits` report as lines for a person."""
    if report["plan"] is None:
        return ("No plan chosen yet: this app counts no credits until you choose your LinkedIn plan, e.g. "
                f"'inmail-studio settings set plan premium_business' ({', '.join(PLANS)} or custom).\n"
                f"InMails waiting for an answer (sent in the last 90 days): {report['pending_refund']}\n")
    lines = [f"{PLANS.get(report['plan'], report['plan'])}: {report['monthly']} credits a month, at most "
             f"{report['cap']} banked (LinkedIn changes these now and then).",
             f"Balance, as this app counts it: {report['balance']}",
             f"Back if the pending InMails are answered within 90 days: {report['pending_refund']}"]
    lines += [f"Expiring on {lot['on']} if unused: {lot['credits']}" for lot in report["expiring"]]
    return "\n".join(lines) + "\n"
