# SPDX-License-Identifier: GPL-3.0-or-later
"""What every command shares: the parser and global options, reading input, the data folder and
the preferences the window saved."""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from inmail_studio import __version__
from inmail_studio.cli.argparse_words import helps
from inmail_studio.cli.words import os_error, say
from inmail_studio.core.paths import DATA_DIR_ENV, Paths
from inmail_studio.core.settings import Preferences
from inmail_studio.core.ui_language import UI_LANGUAGES

if TYPE_CHECKING:
    from inmail_studio.core.store import Store


class UsageError(Exception):
    """Bad arguments or unreadable input: exit 2 with a one-line message."""


class Parser(argparse.ArgumentParser):
    """Errors become `UsageError` (one line, exit 2) instead of argparse's exit."""

    common: argparse.ArgumentParser

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


def common_options() -> argparse.ArgumentParser:
    """The global options, accepted before and after the command (defaults suppressed, so a
    sub-command does not reset a value given before it)."""
    common = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    common.add_argument("--data-dir", metavar="PATH", help=helps("data_dir", env=DATA_DIR_ENV))
    common.add_argument("--ui-lang", choices=UI_LANGUAGES, help=helps("ui_lang"))
    return common


def build_parser() -> Parser:
    """The top-level parser; `parser.common` is the parent every sub-command parser takes."""
    common = common_options()
    parser = Parser(prog="inmail-studio", parents=[common], description=helps("description"))
    parser.add_argument("--version", action="version", version=f"inmail-studio {__version__}",
                        help=helps("version"))
    parser.common = common
    return parser


def paths(args: argparse.Namespace) -> Paths:
    """The data folder from --data-dir, else the environment, else the platform's default."""
    return Paths.default(getattr(args, "data_dir", None))


def preferences(args: argparse.Namespace) -> Preferences:
    """The preferences the window saved in the data folder (read only), with --account when given."""
    from inmail_studio.core.workspace import read_preferences

    prefs = read_preferences(paths(args).database)
    account = getattr(args, "account", None)
    return replace(prefs, account=account) if account else prefs


@contextmanager
def open_store(args: argparse.Namespace, *, writes: bool) -> Iterator[Store]:
    """The data folder's database for one command, closed after it.

    When the store could only be opened in a temporary folder (a read-only or unusable data folder,
    a database locked by another program), a command that `writes` is refused with `UsageError`
    (exit 2: its change would be lost with the copy) and a reading one says on standard error that
    it reads a copy; any other notice (a damaged file moved aside) is one line on standard error
    too. The temporary folder, a copy of the user's data, is removed when the command ends.
    """
    from inmail_studio.cli.texts import describe
    from inmail_studio.core.errors import Problem
    from inmail_studio.core.store import Store

    store = Store.open(paths(args).database)
    notice = store.notice
    temporary = notice.params if notice is not None and notice.code == "store.temporary_folder" else None
    try:
        if temporary is not None:
            code = ("cli.temporary_write" if writes else
                    "cli.temporary_read" if temporary.get("copied") else "cli.temporary_empty")
            notice = Problem(code, temporary)
            if writes:
                raise UsageError(_one_line(describe(notice)))
        if notice is not None:
            print(_one_line(describe(notice)), file=sys.stderr)
        yield store
    finally:
        store.close()
        if temporary is not None:
            shutil.rmtree(str(temporary.get("folder")), ignore_errors=True)


def _one_line(text: str) -> str:
    return "inmail-studio: " + " ".join(text.split())


def ui_lang(args: argparse.Namespace) -> str:
    """"en" or "nl": --ui-lang, else the environment's locale variables, else English."""
    from inmail_studio.core.ui_language import FOLLOW_SYSTEM, resolve_ui_language

    return resolve_ui_language(getattr(args, "ui_lang", None) or FOLLOW_SYSTEM, os.environ)


def read_text(source: str) -> str:
    """A message file as text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    try:
        raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        raise UsageError("inmail-studio: " + say("cannot_read", source=source, detail=os_error(exc))) from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16", errors="replace")
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
    if "\x00" in text or looks_binary(text):
        raise UsageError("inmail-studio: " + say("binary", source=source))
    return text


# Text pasted from anywhere may hold a stray control character or a replaced byte; a file of
# binary data decoded as Windows-1252 holds one in nine (random bytes: 28 C0 controls of 256).
BINARY_MIN_ODD = 8
BINARY_ODD_SHARE = 0.02
_ODD = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffd]")


def looks_binary(text: str) -> bool:
    """More than BINARY_MIN_ODD characters, and more than BINARY_ODD_SHARE of the text, are
    replaced bytes (U+FFFD) or control characters other than tab, line and page breaks."""
    return len(_ODD.findall(text)) > max(BINARY_MIN_ODD, len(text) * BINARY_ODD_SHARE)
