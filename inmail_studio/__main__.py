# SPDX-License-Identifier: GPL-3.0-or-later
"""Entry point: the window when run bare (or with only window options), the command line otherwise."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """`inmail-studio [--data-dir D]` starts the window; any command (`lint`, `render`, …, with the
    global options before or after it), --help or --version runs the command line and never the window."""
    argv = sys.argv[1:] if argv is None else argv
    from inmail_studio import cli

    if cli.wants_cli(argv):
        return cli.main(argv)
    from inmail_studio.app import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
