# SPDX-License-Identifier: GPL-3.0-or-later
"""The lint engine: `from inmail_studio.core.lint import lint`, then `lint(message)`.

Importing this package is cheap: the engine, the rules and their data load on the first call,
so the window can draw before any of it is compiled.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from inmail_studio.core.lint.model import LintResult
    from inmail_studio.core.message import Message

__all__ = ["lint"]


def lint(message: Message, **options: Any) -> LintResult:
    """Lint one message and return its findings, highlights, metrics and score.

    A thin front for `inmail_studio.core.lint.engine.lint` (which documents the options and
    errors); it loads the engine on first use.
    """
    from inmail_studio.core.lint.engine import lint as run

    return run(message, **options)
