# SPDX-License-Identifier: GPL-3.0-or-later
"""A person's detail that is no detail ("x", "-", "n/a"): kept out of the message and the coach's check."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

from inmail_studio.core.paths import resources_dir

if TYPE_CHECKING:
    from inmail_studio.core.templates import Template

_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


@lru_cache(maxsize=1)
def _data() -> tuple[int, frozenset[str]]:
    with (resources_dir() / "prospects" / "empty_values.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return int(data["min_chars"]), frozenset(w.lower() for w in data["words"])


def looks_empty(value: str) -> bool:
    """Whether a value typed for a detail stands for nothing: shorter than `min_chars` characters
    (NFC code points, trimmed), without any letter or digit, or a word for "nothing" ("n/a", "nvt",
    "tbd"), after resources/prospects/empty_values.toml. An empty value is not "looks empty": it is
    simply not filled in."""
    text = unicodedata.normalize("NFC", value).strip()
    if not text:
        return False
    min_chars, words = _data()
    return len(text) < min_chars or not _LETTER_OR_DIGIT.search(text) or text.lower() in words


def empty_details(template: Template | None, values: Mapping[str, str]) -> frozenset[str]:
    """The template's per-person details whose value in `values` looks empty (`looks_empty`); names,
    company, position, the sender's and the list-wide values are never among them."""
    from inmail_studio.core.lint.facts.placeholders import NON_DETAIL_FIELDS  # on first use, not at start-up
    from inmail_studio.core.templates import TemplateError

    if template is None:
        return frozenset()
    try:
        names = template.per_person
    except TemplateError:  # a template that does not parse has no variables to judge
        return frozenset()
    skip = NON_DETAIL_FIELDS  # who the message is for (names, company, position) is never judged: "Bo", "HP" are real
    return frozenset(n for n in names if n not in skip and looks_empty(str(values.get(n, ""))))


def without_empty_details(template: Template | None, values: Mapping[str, str]) -> dict[str, str]:
    """`values` without the details that look empty: the template then shows them still to fill in."""
    empty = empty_details(template, values)
    return {k: v for k, v in values.items() if k not in empty}
