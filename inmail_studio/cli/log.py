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

from inmail_studio.cli.argparse_words import helps
from inmail_studio.cli.common import UsageError, open_store, read_text
from inmail_studio.cli.words import code_name, number, os_error, say
from inmail_studio.core.message import KINDS, parse_message_text
from inmail_studio.core.outreach.export_rows import BadRow, ExportError
from inmail_studio.core.outreach.log import LogError, OutreachLog
from inmail_studio.core.outreach.model import OUTCOMES, LogItem
from inmail_studio.core.outreach.query import NO_REPLY, LogQuery


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add `log` and its actions to the command line."""
    group = commands.add_parser("log", parents=[common], help=helps("log"))
    actions = group.add_subparsers(dest="action", parser_class=type(group), required=True, metavar="ACTION")

    p = actions.add_parser("list", parents=[common], help=helps("log_list"))
    p.add_argument("--json", action="store_true", help=helps("log_list_json"))
    p.add_argument("--since", type=_day, metavar="YYYY-MM-DD", help=helps("log_since"))
    p.add_argument("--outcome", choices=(*OUTCOMES, NO_REPLY))
    p.add_argument("--template", metavar="ID")
    p.add_argument("--kind", choices=KINDS)
    p.set_defaults(handler=cmd_list)

    p = actions.add_parser("add", parents=[common], help=helps("log_add"))
    p.add_argument("file", metavar="FILE", help=helps("log_add_file"))
    p.add_argument("--kind", choices=KINDS, required=True)
    p.add_argument("--to", required=True, metavar="NAME")
    p.add_argument("--profile-url", default="", metavar="URL")
    p.add_argument("--template", metavar="ID")
    p.add_argument("--variant", metavar="V")
    p.add_argument("--sent-at", type=_time, metavar="ISO-8601", help=helps("default_now"))
    p.set_defaults(handler=cmd_add)

    p = actions.add_parser("mark", parents=[common], help=helps("log_mark"))
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("outcome", choices=OUTCOMES, metavar=helps("outcome"),  # names it in a usage error too
                   help=helps("log_mark_outcome", choices=", ".join(OUTCOMES[:-1]), last=OUTCOMES[-1]))
    p.add_argument("--at", type=_time, metavar="ISO-8601", help=helps("default_now"))
    p.set_defaults(handler=cmd_mark)

    p = actions.add_parser("import-linkedin", parents=[common], help=helps("log_import"))
    p.add_argument("path", metavar="PATH")
    p.add_argument("--json", action="store_true", help=helps("json_object"))
    p.set_defaults(handler=cmd_import)

    p = actions.add_parser("export", parents=[common], help=helps("log_export"))
    p.add_argument("file", metavar="FILE.csv|FILE.json")
    p.set_defaults(handler=cmd_export)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(say("not_a_day", text=text)) from None


def _time(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(say("not_a_time", text=text)) from None
    return moment.astimezone()  # one without an offset is local time


@contextmanager
def _log(args: argparse.Namespace, writes: bool = False) -> Iterator[OutreachLog]:
    """The log of the data folder; a command that `writes` is refused in a temporary copy (open_store)."""
    with open_store(args, writes=writes) as store:
        try:
            yield OutreachLog(store.sent, store.settings)
        except LogError as exc:
            raise UsageError("inmail-studio log: " + _problem("log", exc.code, value=exc.value)) from None


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
    outcome = code_name(item.outcome) + (f" {item.outcome_at.isoformat(timespec='minutes')}" if item.outcome_at else "")
    template = " ".join(p for p in (item.template_id or "", item.variant or "") if p)
    return (f"{item.id:>6}  {item.sent_at.isoformat(timespec='minutes')}  {code_name(item.kind):<18}  "
            f"{(item.to_name or item.profile_url):<28}  {outcome:<26}  {template}").rstrip()


def cmd_add(args: argparse.Namespace, out: TextIO) -> int:
    from inmail_studio.core import Message
    from inmail_studio.core.lint import lint

    subject, body = parse_message_text(read_text(args.file))
    if not (subject.strip() or body.strip()) and args.kind != "connection_request":
        raise UsageError("inmail-studio log add: " + say("holds_no_message", file=args.file))
    language = lint(Message(kind=args.kind, subject=subject, body=body, language="auto")).language
    with _log(args, writes=True) as log:
        item = log.add(kind=args.kind, to_name=args.to, profile_url=args.profile_url, subject=subject, body=body,
                       template_id=args.template, variant=args.variant, language=language, sent_at=args.sent_at)
    out.write(f"{item.id}\n")
    return 0


def cmd_mark(args: argparse.Namespace, out: TextIO) -> int:
    with _log(args, writes=True) as log:
        item = log.set_outcome(args.id, args.outcome, args.at)
        inmail = log.still_open_before(item)
    out.write(_line(item) + "\n")
    if inmail is not None:  # the InMail the follow-up may have continued: the user decides
        import sys

        print(say("inmail_still_open", id=inmail.id, name=inmail.to_name or inmail.profile_url,
                  date=inmail.sent_at.date().isoformat(), outcome=item.outcome), file=sys.stderr)
    return 0


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    import sys

    with _log(args, writes=True) as log:
        try:
            summary = log.import_linkedin(args.path)
        except ExportError as exc:
            text = _problem("export", exc.code, detail=exc.detail)
            raise UsageError(f"inmail-studio log import-linkedin: {text}") from None
    if args.json:
        out.write(json.dumps(summary.to_dict(), ensure_ascii=False) + "\n")
    else:
        out.write(say("import_summary", invitations=summary.invitations, conversations=summary.conversations,
                      accepted=summary.accepted, replied=summary.replied, new=summary.new, matched=summary.matched,
                      bad=len(summary.bad_rows)) + "\n")
    for bad in summary.bad_rows if not args.json else ():
        print(say("skipped_row", file=bad.file, line=bad.line, why=_bad_row(bad)), file=sys.stderr)
    return 0


def _problem(group: str, code: str, **params: object) -> str:
    """The words for a log or export error code (WORDS key "group.code"); an unknown code as itself."""
    try:
        return say(f"{group}.{code}", **params)
    except KeyError:
        return code


def _bad_row(bad: BadRow) -> str:
    return _problem("row", bad.code, value=bad.value)


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    if not args.file.lower().endswith((".csv", ".json")):
        raise UsageError("inmail-studio log export: " + say("export_suffix"))
    with _log(args) as log:
        try:
            count = log.export(args.file)
        except OSError as exc:
            raise UsageError("inmail-studio log export: " + say("cannot_write", file=args.file,
                                                                 detail=os_error(exc))) from None
    out.write((say("exported_one", file=args.file) if count == 1 else
               say("exported", count=number(count), file=args.file)) + "\n")
    return 0
