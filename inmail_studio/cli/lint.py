# SPDX-License-Identifier: GPL-3.0-or-later
"""`inmail-studio lint FILE`: coach one message file, with the preferences the window saved."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any, TextIO

from inmail_studio.cli.argparse_words import helps
from inmail_studio.cli.common import preferences, read_text, ui_lang
from inmail_studio.cli.words import WORDS, count, report_words, say
from inmail_studio.core.lint.model import Severity
from inmail_studio.core.message import ACCOUNTS, KINDS, LANGUAGE_CHOICES, Message

if TYPE_CHECKING:
    from inmail_studio.core.lint.model import LintResult


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("lint", parents=[common], help=helps("lint"))
    p.add_argument("file", metavar="FILE|-", help=helps("lint_file"))
    p.add_argument("--kind", choices=KINDS, default="inmail")
    p.add_argument("--lang", choices=LANGUAGE_CHOICES, default="auto", help=helps("lint_lang"))
    p.add_argument("--account", choices=ACCOUNTS, help=helps("account"))
    p.add_argument("--json", action="store_true", help=helps("json_object"))
    p.set_defaults(handler=run)


def _line_col(text: str, offset: int, first_line: int = 1) -> str:
    line = text.count("\n", 0, offset) + first_line
    return f"{line}:{offset - (text.rfind(chr(10), 0, offset) + 1) + 1}"


def print_report(result: LintResult, message: Message, name: str, out: TextIO, body_line: int = 1,
                 language: str = "en") -> None:
    """A finding per line: where (the field, file line:column, so an editor can jump there), what, how
    to fix; the words around the findings, the field's name too, in `language`, the UI language ("en"
    or "nl")."""
    m, w = result.metrics, report_words(language)
    asks = count(w, "ask", "asks", m.cta_count)
    if m.cta_kinds:  # what each ask asks for, in order, as the window's coach says it
        asks += ": " + ", ".join(w.get("ask." + kind, kind) for kind in m.cta_kinds)
    out.write(w["summary"].format(name=name, score=result.score,
                                  language=w.get("lang." + result.language, result.language),
                                  kind=WORDS.get(language, WORDS["en"]).get("kind." + result.kind, result.kind),
                                  words=count(w, "word", "words", m.body_words),
                                  chars=count(w, "char", "chars", m.body_chars),
                                  asks=asks) + "\n")
    width = max(len(w[s.value]) for s in Severity)
    for f in result.findings:
        field_text = message.subject if f.field == "subject" else message.body
        where = _line_col(field_text, f.start, 1 if f.field == "subject" else body_line)
        out.write(f"  {w.get(f.field, f.field)} {where}  {w[f.severity.value]:<{width}}  {f.rule}: {f.message}\n")
        if f.hint:
            out.write(f"      {w['fix']} {f.hint}\n")
    if not result.findings:
        out.write(f"  {w['none']}\n")
    for h in result.highlights:  # what the coach counted in the message's favour: the personal detail
        where = _line_col(message.subject if h.field == "subject" else message.body, h.start,
                          1 if h.field == "subject" else body_line)
        out.write(f"  {w.get(h.field, h.field)} {where}  {w['good']:<{width}}  {h.rule}: "
                  f"{w['detail'].format(text=h.text)}\n")


def run(args: argparse.Namespace, out: TextIO) -> int:
    from inmail_studio.core.compose import message_for
    from inmail_studio.core.lint.engine import lint
    from inmail_studio.core.message import body_first_line, parse_message_text

    text = read_text(args.file)
    subject, body = parse_message_text(text)
    message = message_for(args.kind, subject, body, args.lang, {}, preferences(args))
    result = lint(message, ui_lang=ui_lang(args))
    if subject and not message.has_subject:
        print("inmail-studio: " + say("no_subject", kind=say(f"kind.{args.kind}")), file=sys.stderr)
    if args.json:
        out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
    else:
        print_report(result, message, "<stdin>" if args.file == "-" else args.file, out, body_first_line(text),
                     ui_lang(args))
    return 1 if result.has_errors else 0
