# SPDX-License-Identifier: GPL-3.0-or-later
"""Errors the core raises for people to read: a code and its values, never an English sentence.

The window (`ui/texts.py`, through Qt's `tr()`) and the command line (`cli/texts.py`) turn a code
into words in the user's language. `str()` of an error is for logs and tests only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Problem:
    """What went wrong, as data: `code` like "store.disk_full", `params` the values a text shows.

    Params hold only text and numbers (file names, line numbers, counts), never Python objects.
    """

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        shown = ", ".join(f"{k}={v}" for k, v in self.params.items())
        return f"{self.code} ({shown})" if shown else self.code


class CoreError(Exception):
    """Base of every error a user may see; `problem` says what happened as a code and values."""

    def __init__(self, code: str, **params: Any) -> None:
        self.problem = Problem(code, params)
        super().__init__(str(self.problem))

    @property
    def code(self) -> str:
        return self.problem.code

    @property
    def params(self) -> Mapping[str, Any]:
        return self.problem.params
