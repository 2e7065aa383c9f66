# SPDX-License-Identifier: GPL-3.0-or-later
"""The Qt-free core: message model, lint engine, templates and storage."""

from inmail_studio.core.lint.engine import lint
from inmail_studio.core.lint.model import Finding, LintResult, Metrics, Severity
from inmail_studio.core.message import DEFAULT_LIMITS, Limits, Message

__all__ = ["DEFAULT_LIMITS", "Finding", "Limits", "LintResult", "Message", "Metrics", "Severity", "lint"]
