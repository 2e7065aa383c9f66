# SPDX-License-Identifier: GPL-3.0-or-later
"""`inmail-studio render TEMPLATE_ID`: fill in a template (once, or for every row of a prospect
file) the way the window does, and coach the result."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from inmail_studio.cli.argparse_words import helps
from inmail_studio.cli.common import UsageError, preferences, ui_lang
from inmail_studio.cli.lint import print_report
from inmail_studio.cli.templates import library
from inmail_studio.cli.words import number, os_error, say
from inmail_studio.core.message import ACCOUNTS, format_message_text

if TYPE_CHECKING:
    from inmail_studio.core.bulk import Rendered
    from inmail_studio.core.prospects import ImportResult
    from inmail_studio.core.templates import Template


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("render", parents=[common], help=helps("render"))
    p.add_argument("template_id", metavar="TEMPLATE_ID")
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help=helps("render_set"))
    p.add_argument("--prospects", metavar="FILE.csv", help=helps("render_prospects"))
    p.add_argument("--out", metavar="DIR", help=helps("render_out"))
    p.add_argument("--account", choices=ACCOUNTS, help=helps("account"))
    p.add_argument("--json", action="store_true", help=helps("json"))
    p.set_defaults(handler=run)


def _values(pairs: Sequence[str]) -> dict[str, str]:
    values = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise UsageError("inmail-studio render: " + say("set_pair", pair=repr(pair)))
        values[key.strip()] = value
    return values


def run(args: argparse.Namespace, out: TextIO) -> int:
    from inmail_studio.cli.texts import describe
    from inmail_studio.core.templates import TemplateError

    try:
        return _run(args, out)
    except TemplateError as exc:
        text = say("template_error", id=args.template_id, text=describe(exc))
        raise UsageError(f"inmail-studio render: {text}") from None


def _run(args: argparse.Namespace, out: TextIO) -> int:
    from inmail_studio.core.compose import compose
    from inmail_studio.core.lint.engine import lint

    template = library(args).get(args.template_id)
    if template is None:
        raise UsageError("inmail-studio render: " + say("no_template", id=repr(args.template_id)))
    values = _values(args.set)
    if args.prospects:
        return render_prospects(template, args.prospects, values, args, out)
    if args.out:
        raise UsageError("inmail-studio render: " + say("out_needs_prospects"))
    composed = compose(template, values, {}, preferences(args))
    result = lint(composed.message, ui_lang=ui_lang(args))
    if args.json:
        payload = {"template": template.id, "subject": composed.subject, "body": composed.body,
                   "lint": result.to_dict()}
        out.write(json.dumps(payload, ensure_ascii=False) + "\n")
    else:
        out.write(format_message_text(composed.subject, composed.body).rstrip("\n") + "\n")
        print_report(result, composed.message, template.id, sys.stderr, language=ui_lang(args))
    return 1 if result.has_errors else 0


def _prepare(target: Path) -> None:
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError("inmail-studio render: " + say("cannot_write_in", target=target, detail=os_error(exc))) \
            from None
    if old := sorted(target.glob("*.txt")):
        print("inmail-studio: " + say("already_holds", target=target, n=number(len(old))), file=sys.stderr)


def _print_message(item: Rendered, out: TextIO, first: bool) -> None:
    """One rendered message in the message file format, under a line naming its row and person."""
    company = f" ({item.prospect.company})" if item.prospect.company else ""
    out.write(("" if first else "\n") + say("row_header", row=item.row, name=item.prospect.name, company=company,
                                             score=item.result.score) + "\n")
    out.write(format_message_text(item.subject, item.body).rstrip("\n") + "\n")


def _with_names(imported: ImportResult, path: str) -> ImportResult:
    """The import, unless none of its columns holds a name (nothing to render): then exit 2, naming them."""
    if not {"first_name", "last_name", "full_name"} & set(imported.mapping):
        raise UsageError("inmail-studio: " + say("no_name_column", path=path, columns=", ".join(imported.header)))
    return imported


def render_prospects(template: Template, path: str, extra: dict[str, str], args: argparse.Namespace,
                     out: TextIO) -> int:
    """`render ID --prospects FILE`: every row's message on standard output (or as JSON, or as files
    with --out), the summary on standard error; exit 1 when any message has errors."""
    from inmail_studio.cli.texts import bad_row
    from inmail_studio.core.bulk import file_name, render_all
    from inmail_studio.core.prospects import read_csv

    imported = _with_names(read_csv(path), path)
    for bad in imported.bad_rows:
        print(say("skipped_row", file=path, line=bad.line, why=bad_row(bad)), file=sys.stderr)
    target = Path(args.out) if args.out else None
    if target:
        _prepare(target)
    with_errors, unfilled, first = 0, [], True
    out.write("[" if args.json else "")
    for item in render_all(template, imported.prospects, extra, preferences(args), ui_lang(args)):
        with_errors += item.result.has_errors
        if item.result.metrics.unfilled_placeholders:
            unfilled.append(say("unfilled_row", row=item.row, name=item.prospect.name,
                                names=", ".join(item.result.metrics.unfilled_placeholders)))
        if args.json:
            record = {"row": item.row, "prospect": item.prospect.to_dict(), "subject": item.subject,
                      "body": item.body, "variant": item.variant, "lint": item.result.to_dict()}
            out.write(("\n" if first else ",\n") + json.dumps(record, ensure_ascii=False))
        elif target:
            (target / file_name(item.row, item.prospect)).write_text(
                format_message_text(item.subject, item.body).rstrip("\n") + "\n", encoding="utf-8")
        else:
            _print_message(item, out, first)
        first = False
    out.write("\n]\n" if args.json else "")
    summary = out if target else sys.stderr
    summary.write(say("render_summary", rows=imported.rows, rendered=len(imported.prospects), errors=with_errors,
                      skipped=len(imported.bad_rows), merged=imported.merged) + "\n")
    if target:
        summary.write(say("files_written", target=target) + "\n")
    if unfilled:
        summary.write(say("unfilled", n=len(unfilled)) + "\n" + "".join(f"  {u}\n" for u in unfilled))
    return 1 if with_errors or not imported.prospects else 0
