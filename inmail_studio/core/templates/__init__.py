# SPDX-License-Identifier: GPL-3.0-or-later
"""Message templates: TOML files with metadata and a Jinja2 subject and body."""

from inmail_studio.core.templates.errors import TemplateError, TemplateFileError
from inmail_studio.core.templates.library import (
    DMU_ROLES,
    GOALS,
    PHASES,
    Template,
    TemplateLibrary,
    template_from_toml,
)
from inmail_studio.core.templates.render import render, variables

__all__ = [
    "DMU_ROLES", "GOALS", "PHASES", "Template", "TemplateError", "TemplateFileError",
    "TemplateLibrary", "render", "template_from_toml", "variables",
]
