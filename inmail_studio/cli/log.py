# SPDX-License-Identifier: GPL-3.0-or-later
"""`inmail-studio log list | add | mark | import-linkedin | export`: the outreach log without a window.

JSON names are a contract other tools read: a log item is LogItem.to_dict(), the import summary
ImportSummary.to_dict(). Times given on the command line are ISO 8601; one without an offset is
taken as local time.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import TextIO

from inmail_studio.cli.common import UsageError, open_store, read_text
from inmail_studio.core.message import KINDS, parse_message_text
from inmail_studio.core.outreach.export_rows import BadRow, ExportError
from inmail_studio.core.outreach.log import LogError, OutreachLog
from inmail_studio.core.outreach.model import OUTCOMES, LogItem
from inmail_studio.core.outreach.query import NO_REPLY, LogQuery

EXPORT_PROBLEMS = {
    "not-found": "{detail} does not exist",
    "not-an-export": "{detail} is not a folder or .zip from LinkedIn",
    "no-export-files": "{detail} holds neither Invitations.csv nor messages.csv",
    "missing-columns": "a file lacks the columns it needs ({detail})",
    "unreadable": "a file of the export cannot be read ({detail})",
}
BAD_ROWS = {"unreadable": "not readable as CSV", "too-long": "a line over 1,000,000 characters",
            "bad-date": "not a date: {value}", "no-person": "no person named",
            "bad-direction": "direction is neither OUTGOING nor INCOMING: {value}"}
LOG_PROBLEMS = {"unknown-item": "no log item {value}", "unknown-outcome": "unknown outcome {value}",
                "unknown-kind": "unknown kind {value}", "no-outcome-to-undo": "nothing to undo for {value}",
                "outcome-not-for-kind": "only a connection request can be {value}",
                "outcome-before-sent": "that time is before the message was sent ({value})"}


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add `log` and its actions to the command line."""
    group = commands.add_parser("log", parents=[common], help="the outreach log: what you sent and what came of it")
    actions = group.add_subparsers(dest="action", parser_class=type(group), required=True, metavar="ACTION")

    p = actions.add_parser("list", parents=[common], help="list sent messages, newest first")
    p.add_argument("--json", action="store_true", help="print a JSON array of log items")
    p.add_argument("--since", type=_day, metavar="YYYY-MM-DD", help="sent on or after this day")
    p.add_argument("--outcome", choices=(*OUTCOMES, NO_REPLY))
    p.add_argument("--template", metavar="ID")
    p.add_argument("--kind", choices=KINDS)
    p.set_defaults(handler=cmd_list)

    p = actions.add_parser("add", parents=[common], help="log a message sent outside the app; prints its id")
    p.add_argument("file", metavar="FILE", help="the message ('Subject: …' line, blank line, body) or - for stdin")
    p.add_argument("--kind", choices=KINDS, required=True)
    p.add_argument("--to", required=True, metavar="NAME")
    p.add_argument("--profile-url", default="", metavar="URL")
    p.add_argument("--template", metavar="ID")
    p.add_argument("--variant", metavar="V")
    p.add_argument("--sent-at", type=_time, metavar="ISO-8601", help="default: now")
    p.set_defaults(handler=cmd_add)

    p = actions.add_parser("mark", parents=[common], help="record what came of a message")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("outcome", choices=OUTCOMES)
    p.add_argument("--at", type=_time, metavar="ISO-8601", help="default: now")
    p.set_defaults(handler=cmd_mark)

    p = actions.add_parser("import-linkedin", parents=[common], help="read LinkedIn's data export (folder or .zip)")
    p.add_argument("path", metavar="PATH")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import)

    p = actions.add_parser("export", parents=[common], help="write the log to FILE.csv or FILE.json")
    p.add_argument("file", metavar="FILE.csv|FILE.json")
    p.set_defaults(handler=cmd_export)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a day (YYYY-MM-DD): {text}") from None


def _time(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 time: {text}") from None
    return moment.astimezone()  # one without an offset is local time


@contextmanager
def _log(args: argparse.Namespace, writes: bool = False) -> Iterator[OutreachLog]:
    """The log of the data folder; a command that `writes` is refused in a temporary copy (open_store)."""
    with open_store(args, writes=writes) as store:
        try:
            yield OutreachLog(store.sent, store.settings)
        except LogError as exc:
            raise UsageError("inmail-studio log: " + LOG_PROBLEMS.get(exc.code, exc.code).format(value=exc.value)) \
                from None


def cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    query = LogQuery(outcome=args.outcome, template_id=args.template, kind=args.kind, since=args.since)
    with _log(args) as log:
        items = log.items(query)
    if args.json:
        out.write(json.dumps([i.to_dict() for i in items], ensure_ascii=False, indent=2) + "\n")
        return 0
    for item in items:
        out.write(_line(item) + "\n")
    return 0


def _line(item: LogItem) -> str:
    outcome = item.outcome + (f" {item.outcome_at.isoformat(timespec='minutes')}" if item.outcome_at else "")
    template = " ".join(p for p in (item.template_id or "", item.variant or "") if p)
    return (f"{item.id:>6}  {item.sent_at.isoformat(timespec='minutes')}  {item.kind:<18}  "
            f"{(item.to_name or item.profile_url):<28}  {outcome:<26}  {template}").rstrip()


def cmd_add(args: argparse.Namespace, out: TextIO) -> int:
    from inmail_studio.core import Message
    from inmail_studio.core.lint import lint

    subject, body = parse_message_text(read_text(args.file))
    if not (subject.strip() or body.strip()) and args.kind != "connection_request":
        raise UsageError(f"inmail-studio log add: {args.file} holds no message")
    language = lint(Message(kind=args.kind, subject=subject, body=body, language="auto")).language
    with _log(args, writes=True) as log:
        item = log.add(kind=args.kind, to_name=args.to, profile_url=args.profile_url, subject=subject, body=body,
                       template_id=args.template, variant=args.variant, language=language, sent_at=args.sent_at)
    out.write(f"{item.id}\n")
    return 0


def cmd_mark(args: argparse.Namespace, out: TextIO) -> int:
    with _log(args, writes=True) as log:
        item = log.set_outcome(args.id, args.outcome, args.at)
    out.write(_line(item) + "\n")
    return 0


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    import sys

    with _log(args, writes=True) as log:
        try:
            summary = log.import_linkedin(args.path)
        except ExportError as exc:
            text = EXPORT_PROBLEMS.get(exc.code, exc.code).format(detail=exc.detail)
            raise UsageError(f"inmail-studio log import-linkedin: {text}") from None
    if args.json:
        out.write(json.dumps(summary.to_dict(), ensure_ascii=False) + "\n")
    else:
        out.write(f"invitations: {summary.invitations}, conversations: {summary.conversations}, "
                  f"accepted: {summary.accepted}, replied: {summary.replied}, new: {summary.new}, "
                  f"already logged: {summary.matched}, bad rows: {len(summary.bad_rows)}\n")
    for bad in summary.bad_rows if not args.json else ():
        print(f"{bad.file}:{bad.line}: skipped: {_bad_row(bad)}", file=sys.stderr)
    return 0


def _bad_row(bad: BadRow) -> str:
    return BAD_ROWS.get(bad.code, bad.code).format(value=bad.value)


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    if not args.file.lower().endswith((".csv", ".json")):
        raise UsageError("inmail-studio log export: name a FILE.csv or FILE.json")
    with _log(args) as log:
        try:
            count = log.export(args.file)
        except OSError as exc:
            raise UsageError(f"inmail-studio log export: cannot write {args.file}: {exc.strerror or exc}") from None
    out.write(f"{count} messages written to {args.file}\n")
    return 0
