# SPDX-License-Identifier: GPL-3.0-or-later
"""`inmail-studio settings get [KEY]` and `settings set KEY VALUE`: the window's preferences without it."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from inmail_studio.cli.argparse_words import helps
from inmail_studio.cli.common import UsageError, open_store
from inmail_studio.cli.words import number, say
from inmail_studio.core.settings_keys import KEYS, SettingError, get_all, get_value, set_value, valid_values


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add `settings get` and `settings set`."""
    group = commands.add_parser("settings", parents=[common], help=helps("settings"))
    actions = group.add_subparsers(dest="action", parser_class=type(group), required=True, metavar="ACTION")
    p = actions.add_parser("get", parents=[common], help=helps("settings_get"))
    p.add_argument("key", nargs="?", metavar="KEY")
    p.add_argument("--json", action="store_true", help=helps("json"))
    p.set_defaults(handler=cmd_get)
    p = actions.add_parser("set", parents=[common], help=helps("settings_set"))
    p.add_argument("key", metavar="KEY", help=", ".join(KEYS))
    p.add_argument("value", metavar="VALUE")
    p.set_defaults(handler=cmd_set)


@contextmanager
def _settings(args: argparse.Namespace, writes: bool = False) -> Iterator[Any]:
    """The settings of the data folder; `writes` is refused in a temporary copy (open_store)."""
    with open_store(args, writes=writes) as store:
        try:
            yield store.settings
        except SettingError as exc:
            text = say(f"setting.{exc.code}", key=exc.key, value=repr(getattr(args, "value", "")))
            if exc.code == "bad-value":
                text += valid_text(exc.key)
            raise UsageError(f"inmail-studio settings: {text}") from None


def valid_text(key: str) -> str:
    """"; use one of: a, b" (or a range, or a date): what `key` accepts, to end a bad-value message."""
    valid = valid_values(key)
    if valid.choices:
        return say("one_of", choices=", ".join(valid.choices))
    if valid.low is not None:
        return say("whole_number", low=number(valid.low), high=number(valid.high))
    return say("date_or_none") if valid.date else ""


def _shown(value: Any) -> str:
    return "" if value is None else str(value)


def cmd_get(args: argparse.Namespace, out: TextIO) -> int:
    with _settings(args) as store:
        values = {args.key: get_value(store, args.key)} if args.key else get_all(store)
    if args.json:
        out.write(json.dumps(values if not args.key else values[args.key], ensure_ascii=False) + "\n")
    elif args.key:
        out.write(_shown(values[args.key]) + "\n")
    else:
        out.writelines(f"{key} = {_shown(value)}\n" for key, value in values.items())
    return 0


def cmd_set(args: argparse.Namespace, out: TextIO) -> int:
    with _settings(args, writes=True) as store:
        value = set_value(store, args.key, args.value)
    out.write(f"{args.key} = {_shown(value)}\n")
    return 0
