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
    """The data folder's library; files that could not be read are named on standard error."""
    from inmail_studio.cli.texts import describe
    from inmail_studio.core.templates import TemplateLibrary

    where = paths(args)
    found = TemplateLibrary(where.builtin_templates, where.user_templates)
    for problem in found.errors:
        print("inmail-studio: " + say("skipped_template", what=describe(problem)), file=sys.stderr)
    return found


def template_summary(template: Template) -> dict[str, Any]:
    return {
        "id": template.id, "title": template.title, "kind": template.kind,
        "language": template.language, "tags": template.tags, "variables": template.variables,
        "description": template.description, "builtin": template.builtin,
    }


def run_list(args: argparse.Namespace, out: TextIO) -> int:
    found = library(args)
    if args.json:
        out.write(json.dumps([template_summary(t) for t in found], ensure_ascii=False, indent=2) + "\n")
        return 0
    for t in found:
        tags = ", ".join(code_name(tag) for tag in t.tags)
        out.write(f"{t.id:<44} {code_name(t.kind):<18} {t.language}  {tags:<38} {t.title}\n")
        out.write(f"{'':<44} {say('variables', names=', '.join(t.variables))}\n")
    return 0
