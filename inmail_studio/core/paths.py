# SPDX-License-Identifier: GPL-3.0-or-later
"""Where things live: the shipped resources and the user's data folder, injected everywhere."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

APP_NAME = "inmail-studio"
DATA_DIR_ENV = "INMAIL_STUDIO_DATA_DIR"


def rules_dir() -> Path:
    """The shipped rule data (word lists, thresholds): `Paths.default().rules`, without a data folder."""
    return resources_dir() / "rules"


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    """The shipped resources folder, in a wheel, a source checkout or a PyInstaller bundle."""
    package = Path(__file__).resolve().parent.parent
    candidates = [package / "resources", package.parent / "resources"]
    if hasattr(sys, "_MEIPASS"):
        candidates.insert(0, Path(sys._MEIPASS) / "inmail_studio" / "resources")
    for candidate in candidates:
        if (candidate / "rules").is_dir():
            return candidate
    raise FileNotFoundError("InMail Studio's resources folder is missing from this installation")


def default_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class Paths:
    """Every folder the app reads or writes; tests point `data` at a temporary folder."""

    resources: Path
    data: Path

    @classmethod
    def default(cls, data_dir: str | os.PathLike[str] | None = None) -> Paths:
        data = Path(data_dir).expanduser() if data_dir else default_data_dir()
        return cls(resources=resources_dir(), data=data)

    @property
    def builtin_templates(self) -> Path:
        return self.resources / "templates"

    @property
    def user_templates(self) -> Path:
        return self.data / "templates"

    @property
    def database(self) -> Path:
        return self.data / "inmail-studio.sqlite3"

    @property
    def rules(self) -> Path:
        """The rule data the coach reads (see core/lint/data.py)."""
        return self.resources / "rules"
