# SPDX-License-Identifier: GPL-3.0-or-later
"""A fresh data folder for workspace tests, with the templates a test needs (the `ws` fixture is in conftest)."""

from __future__ import annotations

from pathlib import Path

from inmail_studio.core.paths import Paths, resources_dir


def data_paths(tmp_path: Path, templates: dict[str, str] | None = None) -> Paths:
    """Paths with a fresh data folder under `tmp_path`, its templates/ holding `templates` (file name → TOML)."""
    data = tmp_path / "data"
    (data / "templates").mkdir(parents=True)
    for name, text in (templates or {}).items():
        (data / "templates" / name).write_text(text, encoding="utf-8")
    return Paths(resources=resources_dir(), data=data)

