# SPDX-License-Identifier: GPL-3.0-or-later
"""Build the paths, stores and window, and run the Qt event loop."""

from __future__ import annotations


def run(argv: list[str]) -> int:
    from inmail_studio.ui.main_window import launch

    return launch(argv)
