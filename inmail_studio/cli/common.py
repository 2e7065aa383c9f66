# SPDX-License-Identifier: GPL-3.0-or-later
"""What every command shares: the parser and global options, reading input, the data folder and
the preferences the window saved."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from inmail_studio import __version__
from inmail_studio.core.paths import DATA_DIR_ENV, Paths
from inmail_studio.core.settings import Preferences


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
    common.add_argument("--data-dir", metavar="PATH",
                        help=f"folder for drafts, settings and your own templates (or set {DATA_DIR_ENV})")
    return common


def build_parser() -> Parser:
    """The top-level parser; `parser.common` is the parent every sub-command parser takes."""
    common = common_options()
    parser = Parser(prog="inmail-studio", parents=[common],
                    description="A writing coach for LinkedIn InMails and connection requests, in English and "
                                "Dutch. Run without a command for the window.")
    parser.add_argument("--version", action="version", version=f"inmail-studio {__version__}")
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
