# SPDX-License-Identifier: GPL-3.0-or-later
"""What the coach shows beside its findings: reading ease on its scale, and what is left to fill in."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from inmail_studio.core.lint.model import Finding
from inmail_studio.core.paths import resources_dir

PLACEHOLDER_RULE = "unfilled-placeholder"
# `{{ name }}` as the renderer leaves a variable without a value (see core/templates/render.py).
_VARIABLE_LEFT = re.compile(r"^\{\{-?\s*([A-Za-z_]\w*)\s*-?\}\}$")


@lru_cache(maxsize=1)
def _bands(path: Path | None = None) -> tuple[tuple[float, str], ...]:
    import tomllib  # on the first score, not at start-up

    with (path or resources_dir() / "coach" / "reading_ease.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return tuple(sorted(((float(b["from"]), str(b["band"])) for b in data["bands"]), reverse=True))


@dataclass(frozen=True)
class Ease:
    """A reading-ease score clamped to Flesch's 0-100 scale, and its band's code ("easy",
    "fairly_hard"…, see resources/coach/reading_ease.toml)."""

    score: int
    band: str


def reading_ease(value: float) -> Ease:
    """Flesch (or Flesch-Douma) reading ease on its 0-100 scale: the formula gives more than 100
    for very short words and sentences ("Hi Sanne, thanks!") and less than 0 for legal prose."""
    clamped = min(100.0, max(0.0, value))
    band = next((code for low, code in _bands() if clamped >= low), _bands()[-1][1])
    return Ease(round(clamped), band)


def still_to_fill(findings: Iterable[Finding], subject: str, body: str, variables: Iterable[str],
                  values: Mapping[str, str], edited: bool) -> tuple[list[tuple[str, Finding]], list[Finding]]:
    """Split the coach's findings into template variables still to fill in and the rest.

    A placeholder counts as "to fill in" only while the text is the template's own rendering
    (`edited` False) and it is one of `variables` without a value in `values`: the renderer left it
    there. A placeholder typed or left by hand stays a finding like any other. Returns each such
    variable once, in text order, with its first placeholder (to point at it), and the remaining
    findings in their order.
    """
    if edited:
        return [], list(findings)
    open_names = {n for n in variables if not str(values.get(n, "")).strip()}
    found: dict[str, Finding] = {}
    rest: list[Finding] = []
    for finding in findings:
        text = subject if finding.field == "subject" else body
        match = _VARIABLE_LEFT.match(text[finding.start:finding.end]) if finding.rule == PLACEHOLDER_RULE else None
        if match and match.group(1) in open_names:
            found.setdefault(match.group(1), finding)
        else:
            rest.append(finding)
    return list(found.items()), rest
