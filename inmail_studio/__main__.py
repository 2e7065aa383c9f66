# SPDX-License-Identifier: GPL-3.0-or-later
"""Entry point: the window when run bare, the headless CLI with a sub-command."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from inmail_studio import cli

    if argv and argv[0] in cli.COMMANDS or any(a in {"-h", "--help", "--version"} for a in argv[:1]):
        return cli.main(argv)
    from inmail_studio.app import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
