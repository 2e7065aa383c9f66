# SPDX-License-Identifier: GPL-3.0-or-later
"""The Qt-free core: message model, lint engine, templates and storage.

`from inmail_studio.core import Message` and `from inmail_studio.core.lint import lint` are the
Python API. Names load on first use, so the window can start before the lint engine and its rule
data are compiled.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "Finding": "inmail_studio.core.lint.model",
    "LintResult": "inmail_studio.core.lint.model",
    "Metrics": "inmail_studio.core.lint.model",
    "Severity": "inmail_studio.core.lint.model",
    "DEFAULT_LIMITS": "inmail_studio.core.message",
    "Limits": "inmail_studio.core.message",
    "Message": "inmail_studio.core.message",
}
__all__ = ["DEFAULT_LIMITS", "Finding", "Limits", "LintResult", "Message", "Metrics", "Severity"]

if TYPE_CHECKING:
    from inmail_studio.core.lint.model import Finding, LintResult, Metrics, Severity
    from inmail_studio.core.message import DEFAULT_LIMITS, Limits, Message


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
