# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line: `inmail-studio COMMAND …`, the window's peer on the same core and preferences.

Each command group is a module here with `register(commands, common)`: it adds its sub-parsers
(with `parents=[common]`, so the global options work after the command too) and sets
`handler=function(args, out) -> exit code`. To add a group, write the module and name it in GROUPS.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib import import_module
from typing import TextIO

from inmail_studio.cli.common import UsageError, build_parser, read_text
from inmail_studio.core.errors import CoreError

# command -> module under inmail_studio.cli
GROUPS = {"lint": "lint", "templates": "templates", "render": "render", "log": "log", "stats": "results",
          "credits": "results", "settings": "settings"}
COMMANDS = tuple(GROUPS)
# Global options that take a value (the window's own and Qt's take theirs after a single dash).
VALUE_OPTIONS = ("--data-dir", "--ui-lang")

__all__ = ["COMMANDS", "GROUPS", "UsageError", "main", "read_text", "wants_cli"]


def wants_cli(argv: Sequence[str]) -> bool:
    """Whether these arguments ask for a command rather than the window: a command word anywhere
    among the positional arguments, or --help/--version, or a word that is no option's value (a
    mistyped command gets the command line's error, not a window)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in ("-h", "--help", "--version"):
            return True
        elif arg in VALUE_OPTIONS:
            skip = True
        elif arg.startswith("-"):
            skip = not arg.startswith("--") and "=" not in arg  # Qt's "-platform offscreen", "-style fusion"
        else:
            return True
    return False


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run one command; exit 0 (fine), 1 (the message has errors) or 2 (bad usage or input, with a
    one-line message on standard error)."""
    from inmail_studio.cli.argparse_words import argparse_speaks
    from inmail_studio.cli.words import language_of_argv, speaking_as

    language = language_of_argv(sys.argv[1:] if argv is None else list(argv))
    with speaking_as(language), argparse_speaks(language):
        return _run(argv, out or sys.stdout)


def _run(argv: Sequence[str] | None, out: TextIO) -> int:
    from inmail_studio.cli.common import ui_lang
    from inmail_studio.cli.texts import describe
    from inmail_studio.cli.words import say, set_speaking

    try:
        parser = build_parser()
        commands = parser.add_subparsers(dest="command", parser_class=type(parser), metavar="COMMAND")
        for module in GROUPS.values():
            import_module(f"inmail_studio.cli.{module}").register(commands, parser.common)  # type: ignore[attr-defined]
        args = parser.parse_args(argv)
        set_speaking(ui_lang(args))  # as parsed: the same as language_of_argv but for a stray "--ui-lang"
        if getattr(args, "handler", None) is None:
            raise UsageError("inmail-studio: " + say("no_command", commands=", ".join(COMMANDS)))
        return int(args.handler(args, out))
    except UsageError as exc:
        print(str(exc).splitlines()[0], file=sys.stderr)
        return 2
    except CoreError as exc:
        print(f"inmail-studio: {describe(exc)}".splitlines()[0], file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 (the last guard: one line and exit 2, never a traceback or 1)
        from inmail_studio.core.errors import Problem

        detail = (str(exc).splitlines() or [type(exc).__name__])[0]
        print(f"inmail-studio: {describe(Problem('cli.unexpected', {'detail': detail}))}", file=sys.stderr)
        return 2
