# SPDX-License-Identifier: GPL-3.0-or-later
"""The rules written in code, registered in the order the coach reports them (data rules: lint/kinds.py)."""

from inmail_studio.core.lint.rules import cta, length, personal, placeholders, style  # noqa: F401
