# SPDX-License-Identifier: GPL-3.0-or-later
"""`inmail-studio templates list`: the template library, built-in and your own."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any, TextIO

from inmail_studio.cli.argparse_words import helps
from inmail_studio.cli.common import paths
from inmail_studio.cli.words import code_name, say

if TYPE_CHECKING:
    from inmail_studio.core.templates import Template, TemplateLibrary


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("templates", parents=[common], help=helps("templates"))
    sub = p.add_subparsers(dest="action", parser_class=type(p), required=True, metavar="ACTION")
    listing = sub.add_parser("list", parents=[common], help=helps("templates_list"))
    listing.add_argument("--json", action="store_true", help=helps("json"))
    listing.set_defaults(handler=run_list)


def library(args: argparse.Namespace) -> TemplateLibrary:
    """The data folder's library; files that could not be read are named on standard error, one
    line each (the others load)."""
    from inmail_studio.cli.texts import describe
    from inmail_studio.core.templates import TemplateLibrary

    where = paths(args)
    found = TemplateLibrary(where.builtin_templates, where.user_templates)
    for problem in found.errors:
        print("inmail-studio: " + " ".join(say("skipped_template", what=describe(problem)).split()), file=sys.stderr)
    return found


def _variables(template: Template) -> list[str]:
    """The template's variables; for one whose text cannot be read (a syntax error), none, and why
    on standard error (one line): the rest of the list still shows."""
    from inmail_studio.cli.texts import describe
    from inmail_studio.core.templates import TemplateError

    try:
        return template.variables
    except TemplateError as exc:
        text = " ".join(say("template_error", id=template.id, text=describe(exc)).split())
        print(f"inmail-studio: {text}", file=sys.stderr)
        return []


def template_summary(template: Template, variables: list[str] | None = None) -> dict[str, Any]:
    return {
        "id": template.id, "title": template.title, "kind": template.kind,
        "language": template.language, "tags": template.tags,
        "variables": template.variables if variables is None else variables,
        "description": template.description, "builtin": template.builtin,
    }


def run_list(args: argparse.Namespace, out: TextIO) -> int:
    found = library(args)
    if args.json:
        listing = [template_summary(t, _variables(t)) for t in found]
        out.write(json.dumps(listing, ensure_ascii=False, indent=2) + "\n")
        return 0
    for t in found:
        tags = ", ".join(code_name(tag) for tag in t.tags)
        out.write(f"{t.id:<44} {code_name(t.kind):<18} {t.language}  {tags:<38} {t.title}\n")
        out.write(f"{'':<44} {say('variables', names=', '.join(_variables(t)))}\n")
    return 0
