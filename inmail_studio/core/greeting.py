# SPDX-License-Identifier: GPL-3.0-or-later
"""The greeting a message the app starts opens with, in the message's language and address form."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from typing import Any

from inmail_studio.core.paths import resources_dir

_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _greetings() -> dict[str, Any]:
    with (resources_dir() / "coach" / "greetings.toml").open("rb") as handle:
        return tomllib.load(handle)


def is_formal(language: str, text: str) -> bool:
    """Whether `text` addresses its reader formally: in Dutch, by "u"/"uw" (resources/coach/greetings.toml)."""
    words = set(_greetings().get(language, {}).get("formal_words", ()))
    return bool(words) and any(w.lower() in words for w in _WORD.findall(text))


def greeting(language: str, name: str, formal: bool = False) -> str:
    """"Hoi Zoë," / "Beste Zoë," / "Hi Zoë,": the opening line for `name` in `language` ("en" or
    "nl"; any other language gets English)."""
    forms = _greetings().get(language) or _greetings()["en"]
    return str(forms["formal" if formal else "informal"]).replace("{name}", name)
