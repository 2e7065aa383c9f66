# SPDX-License-Identifier: GPL-3.0-or-later
"""Names a package loads on first use (PEP 562), so start-up pays only for what it touches."""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def lazy_exports(package: str, exports: Mapping[str, str]) -> Callable[[str], Any]:
    """A module-level `__getattr__` for `package`: `exports` maps a public name to the submodule,
    relative to the package ("lint.model"), that defines it. The first access imports that
    submodule and keeps the value on the package; an unknown name raises AttributeError."""

    def __getattr__(name: str) -> Any:
        if name not in exports:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(f"{package}.{exports[name]}"), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
