# SPDX-License-Identifier: GPL-3.0-or-later
"""Colours that read well on the system's light or dark palette."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QGuiApplication, QPalette

if TYPE_CHECKING:
    from inmail_studio.core.lint.model import Severity

# By severity code ("error", "warning", "info"), so the first frame need not load the lint model.
_LIGHT = {"error": "#c62828", "warning": "#b26a00", "info": "#1565c0"}
_DARK = {"error": "#ef5350", "warning": "#ffb74d", "info": "#64b5f6"}
OK_LIGHT, OK_DARK = "#2e7d32", "#81c784"


def is_dark() -> bool:
    palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def severity_color(severity: Severity | str) -> QColor:
    """The colour of a severity (a `Severity` or its code)."""
    return QColor((_DARK if is_dark() else _LIGHT)[getattr(severity, "value", severity)])


def ok_color() -> QColor:
    return QColor(OK_DARK if is_dark() else OK_LIGHT)


def placeholder_background() -> QColor:
    color = QColor("#ffb300")
    color.setAlpha(70 if is_dark() else 90)
    return color


def score_color(score: int) -> QColor:
    if score >= 85:
        return ok_color()
    return severity_color("warning" if score >= 60 else "error")


def escape(text: str) -> str:
    """Plain text for a rich-text label (html.escape without importing html at start-up)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
