# SPDX-License-Identifier: GPL-3.0-or-later
"""The Qt-free core: message model, lint engine, templates and storage.

`from inmail_studio.core import Message` and `from inmail_studio.core.lint import lint` are the
Python API. Names load on first use, so the window can start before the lint engine and its rule
data are compiled.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from inmail_studio.core.lazy import lazy_exports

_EXPORTS = {
    "Finding": "lint.model",
    "LintResult": "lint.model",
    "Metrics": "lint.model",
    "Severity": "lint.model",
    "DEFAULT_LIMITS": "message",
    "Limits": "message",
    "Message": "message",
}
__all__ = ["DEFAULT_LIMITS", "Finding", "Limits", "LintResult", "Message", "Metrics", "Severity"]

if TYPE_CHECKING:
    from inmail_studio.core.lint.model import Finding, LintResult, Metrics, Severity
    from inmail_studio.core.message import DEFAULT_LIMITS, Limits, Message


__getattr__ = lazy_exports(__name__, _EXPORTS)
