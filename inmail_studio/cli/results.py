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

from inmail_studio.cli.argparse_words import helps
from inmail_studio.cli.common import open_store
from inmail_studio.cli.words import number, say
from inmail_studio.core.results.service import Results
from inmail_studio.core.results.stats import compare

PLANS = ("premium_career", "premium_business", "sales_navigator", "recruiter_lite", "custom")


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add `stats` and `credits` (once, whichever of the two names listed this module)."""
    if "stats" in commands.choices:
        return
    p = commands.add_parser("stats", parents=[common], help=helps("stats"))
    p.add_argument("--json", action="store_true", help=helps("stats_json"))
    p.add_argument("--window-days", type=window_days, metavar="N", help=helps("window_days"))
    p.add_argument("--since", type=day, metavar="YYYY-MM-DD", help=helps("stats_since"))
    p.set_defaults(handler=cmd_stats)
    p = commands.add_parser("credits", parents=[common], help=helps("credits"))
    p.add_argument("--json", action="store_true", help=helps("json_object"))
    p.set_defaults(handler=cmd_credits)


def window_days(text: str) -> int:
    """--window-days: whole days, 1–365."""
    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(say("not_days", text=repr(text))) from None
    if not 1 <= days <= 365:
        raise argparse.ArgumentTypeError(say("window_range", days=days))
    return days


def day(text: str) -> date:
    """--since: a day as YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(say("not_a_day", text=repr(text))) from None


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
    """"2 of 6 replied, 33 % (95 % sure: …)" in the UI language; `verb` is a WORDS key."""
    counted = sent - too_early
    text = (say("rate", hits=hits, counted=counted, verb=say(verb), rate=_percent(rate), low=_percent(low),
                high=_percent(high)) if counted else say("none_old_enough"))
    return text + (say("too_recent", n=too_early) if too_early else "")


def format_stats(report: dict[str, Any]) -> str:
    """The `stats` report as lines for a person."""
    lines = [say("stats_head", days=report["window_days"])]
    for row in report["by_template"]:
        name = (row["template_id"] or say("no_template_row")) + (f" · {row['variant']}" if row["variant"] else "")
        lines.append(f"  {name}: " + _rate(row["replied"], row["sent"], row["too_early"], row["reply_rate"],
                                            row["ci_low"], row["ci_high"], "replied"))
    if not report["by_template"]:
        lines.append("  " + say("no_inmails"))
    a = report["acceptance"]
    lines.append(say("connection_requests", text=_rate(a["accepted"], a["sent"], a["too_early"], a["rate"],
                                                       a["ci_low"], a["ci_high"], "accepted")
                     if a["sent"] else say("none_logged")))
    lines += [_ab_line(ab, sum(1 for x in report["ab"] if x["template_id"] == ab["template_id"]))
              for ab in report["ab"]]
    return "\n".join(lines) + "\n"


def _ab_line(ab: dict[str, Any], comparisons: int) -> str:
    """One comparison in words; `comparisons` of the same template share the 5 % (as in the verdict)."""
    result = compare(ab["replied_a"], ab["sent_a"], ab["replied_b"], ab["sent_b"], alpha=0.05 / comparisons)
    verdict = say(f"verdict.{ab['verdict']}", a=ab["a"], b=ab["b"], more=result.more_per_variant,
                  sent=min(ab["sent_a"], ab["sent_b"]), probability=_percent(result.probability))
    return say("ab", template=ab["template_id"], a=ab["a"], replied_a=ab["replied_a"], sent_a=ab["sent_a"],
               b=ab["b"], replied_b=ab["replied_b"], sent_b=ab["sent_b"], p=number(float(ab["p_value"]), places=2),
               verdict=verdict)


def format_credits(report: dict[str, Any]) -> str:
    """The `credits` report as lines for a person."""
    if report["plan"] is None:
        return (say("no_plan", plans=", ".join(PLANS[:-1])) + "\n"
                + say("waiting", n=report["pending_refund"]) + "\n")
    plan = say(f"plan.{report['plan']}") if report["plan"] in PLANS else report["plan"]
    lines = [say("plan_line", plan=plan, monthly=report["monthly"], cap=report["cap"]),
             say("balance", balance=report["balance"]),
             say("refund", n=report["pending_refund"])]
    lines += [say("expiring", on=lot["on"], credits=lot["credits"]) for lot in report["expiring"]]
    return "\n".join(lines) + "\n"
