# SPDX-License-Identifier: GPL-3.0-or-later
"""The headless coach: `inmail-studio lint | render | templates`, on the same core as the window."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from inmail_studio import __version__
from inmail_studio.core import LintResult, Message, lint
from inmail_studio.core.message import ACCOUNTS, KINDS, body_first_line, format_message_text, parse_message_text
from inmail_studio.core.paths import Paths

COMMANDS = ("lint", "render", "templates")


class UsageError(Exception):
    """Bad arguments or unreadable input: exit 2 with a one-line message."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="inmail-studio", description="A writing coach for LinkedIn InMails and "
                     "connection requests, in English and Dutch. Run without a command for the window.")
    parser.add_argument("--version", action="version", version=f"inmail-studio {__version__}")
    parser.add_argument("--data-dir", metavar="PATH", help="folder for drafts and your own templates")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = commands.add_parser("lint", help="coach one message file")
    p.add_argument("file", metavar="FILE|-", help="message file ('Subject: …' line, blank line, body) or - for stdin")
    p.add_argument("--kind", choices=KINDS, default="inmail")
    p.add_argument("--lang", choices=("en", "nl", "auto"), default="auto")
    p.add_argument("--account", choices=ACCOUNTS, default="premium")
    p.add_argument("--json", action="store_true", help="print one JSON object")

    p = commands.add_parser("templates", help="the template library")
    sub = p.add_subparsers(dest="action", parser_class=_Parser, required=True)
    listing = sub.add_parser("list", help="list templates")
    listing.add_argument("--json", action="store_true")

    p = commands.add_parser("render", help="fill in a template and coach the result")
    p.add_argument("template_id", metavar="TEMPLATE_ID")
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="a variable's value (repeat)")
    p.add_argument("--prospects", metavar="FILE.csv", help="render once per row of a prospect file")
    p.add_argument("--out", metavar="DIR", help="with --prospects: write one message file per row into DIR")
    p.add_argument("--account", choices=ACCOUNTS, default="premium")
    p.add_argument("--json", action="store_true")
    return parser


def read_text(source: str) -> str:
    """A message file as text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    try:
        raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {source}: {exc.strerror or exc}") from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16", errors="replace")
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
    if "\x00" in text:
        raise UsageError(f"cannot read {source}: it looks like a binary file, not a message")
    return text


def _line_col(text: str, offset: int, first_line: int = 1) -> str:
    line = text.count("\n", 0, offset) + first_line
    return f"{line}:{offset - (text.rfind(chr(10), 0, offset) + 1) + 1}"


def print_report(result: LintResult, message: Message, name: str, out: TextIO, body_line: int = 1) -> None:
    """A finding per line: where (file line:column, so an editor can jump there), what, how to fix."""
    m = result.metrics
    asks = "1 ask" if m.cta_count == 1 else f"{m.cta_count} asks"
    out.write(f"{name}: score {result.score} · {result.language} · {result.kind} · "
              f"{m.body_words} words · {m.body_chars} characters · {asks}\n")
    for f in result.findings:
        field_text = message.subject if f.field == "subject" else message.body
        where = _line_col(field_text, f.start, 1 if f.field == "subject" else body_line)
        out.write(f"  {f.field} {where}  {f.severity.value:<7}  {f.rule}: {f.message}\n")
        if f.hint:
            out.write(f"      fix: {f.hint}\n")
    if not result.findings:
        out.write("  no findings\n")


def cmd_lint(args: argparse.Namespace, out: TextIO) -> int:
    text = read_text(args.file)
    subject, body = parse_message_text(text)
    message = Message(kind=args.kind, subject=subject, body=body, language=args.lang, account=args.account)
    result = lint(message)
    if subject and not message.has_subject:
        print(f"inmail-studio: note: a {args.kind.replace('_', ' ')} has no subject; the Subject line is ignored",
              file=sys.stderr)
    if args.json:
        out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
    else:
        print_report(result, message, "<stdin>" if args.file == "-" else args.file, out, body_first_line(text))
    return 1 if result.has_errors else 0


def _library(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from inmail_studio.core.templates import TemplateLibrary

    paths = Paths.default(args.data_dir)
    return TemplateLibrary(paths.builtin_templates, paths.user_templates)


def template_summary(template: Any) -> dict[str, Any]:
    return {
        "id": template.id, "title": template.title, "kind": template.kind,
        "language": template.language, "tags": template.tags, "variables": template.variables,
        "description": template.description, "builtin": template.builtin,
    }


def cmd_templates(args: argparse.Namespace, out: TextIO) -> int:
    library = _library(args)
    for error in library.errors:
        print(f"inmail-studio: skipped {error}", file=sys.stderr)
    if args.json:
        out.write(json.dumps([template_summary(t) for t in library], ensure_ascii=False, indent=2) + "\n")
        return 0
    for t in library:
        out.write(f"{t.id:<44} {t.kind:<18} {t.language}  {', '.join(t.tags):<38} {t.title}\n")
        out.write(f"{'':<44} variables: {', '.join(t.variables)}\n")
    return 0


def _values(pairs: Sequence[str]) -> dict[str, str]:
    values = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"--set takes KEY=VALUE, not {pair!r}")
        values[key.strip()] = value
    return values


def cmd_render(args: argparse.Namespace, out: TextIO) -> int:
    from inmail_studio.core.templates import TemplateError

    library = _library(args)
    template = library.get(args.template_id)
    if template is None:
        raise UsageError(f"no template {args.template_id!r}; see 'inmail-studio templates list'")
    values = _values(args.set)
    if args.prospects:
        return render_prospects(template, args.prospects, values, args, out)
    if args.out:
        raise UsageError("--out goes with --prospects")
    try:
        subject, body = template.render(values)
    except TemplateError as exc:
        raise UsageError(f"template {template.id}: {exc}") from None
    message = Message(kind=template.kind, subject=subject, body=body, language=template.language,
                      account=args.account, prospect=values)
    result = lint(message)
    if args.json:
        payload = {"template": template.id, "subject": subject, "body": body, "lint": result.to_dict()}
        out.write(json.dumps(payload, ensure_ascii=False) + "\n")
    else:
        out.write(format_message_text(subject, body).rstrip("\n") + "\n")
        print_report(result, message, template.id, sys.stderr)
    return 1 if result.has_errors else 0


def render_prospects(template: Any, path: str, extra: dict[str, str], args: argparse.Namespace, out: TextIO) -> int:
    """`inmail-studio render ID --prospects FILE`; exit 1 when any message has errors."""
    from inmail_studio.core.bulk import file_name, render_all
    from inmail_studio.core.prospects import ProspectImportError, read_csv
    from inmail_studio.core.templates import TemplateError

    try:
        imported = read_csv(path)
    except ProspectImportError as exc:
        raise UsageError(f"{path}: {exc}") from None
    for bad in imported.bad_rows:
        print(f"{path}:{bad.line}: skipped: {bad.reason}", file=sys.stderr)
    target = Path(args.out) if args.out else None
    if target:
        try:
            target.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UsageError(f"cannot write to {target}: {exc.strerror or exc}") from None
        if old := sorted(target.glob("*.txt")):
            print(f"inmail-studio: note: {target} already holds {len(old)} message files; files for the same "
                  "row and name are overwritten, others stay", file=sys.stderr)
    with_errors, unfilled = 0, []
    first = True
    if args.json:
        out.write("[")
    try:
        for item in render_all(template, imported.prospects, extra, args.account):
            if item.result.has_errors:
                with_errors += 1
            if item.result.metrics.unfilled_placeholders:
                unfilled.append(f"row {item.row} ({item.prospect.name}): "
                                + ", ".join(item.result.metrics.unfilled_placeholders))
            if args.json:
                record = {"row": item.row, "prospect": item.prospect.to_dict(), "subject": item.subject,
                          "body": item.body, "lint": item.result.to_dict()}
                out.write(("\n" if first else ",\n") + json.dumps(record, ensure_ascii=False))
                first = False
            if target:
                (target / file_name(item.row, item.prospect)).write_text(
                    format_message_text(item.subject, item.body).rstrip("\n") + "\n", encoding="utf-8")
    except TemplateError as exc:
        raise UsageError(f"template {template.id}: {exc}") from None
    if args.json:
        out.write("\n]\n")
    rendered = len(imported.prospects)
    summary = out if not args.json else sys.stderr
    if target or not args.json:
        summary.write(f"rows: {imported.rows}, rendered: {rendered}, with errors: {with_errors}, "
                      f"skipped: {len(imported.bad_rows)}, merged duplicates: {imported.merged}\n")
        if target:
            summary.write(f"message files written to {target}\n")
        if unfilled:
            summary.write(f"{len(unfilled)} with unfilled placeholders:\n")
            for line in unfilled:
                summary.write(f"  {line}\n")
    return 1 if with_errors or not rendered else 0


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            raise UsageError("inmail-studio: name a command: lint, render or templates")
        handler = {"lint": cmd_lint, "templates": cmd_templates, "render": cmd_render}[args.command]
        return handler(args, out)
    except UsageError as exc:
        print(str(exc).splitlines()[0], file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
