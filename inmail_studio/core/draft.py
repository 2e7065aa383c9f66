# SPDX-License-Identifier: GPL-3.0-or-later
"""A draft: one message being written, with the template and values it was filled from."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

TITLE_CHARS = 60  # a title made from the text is cut here


@dataclass(frozen=True)
class Draft:
    """One draft as stored. `id` 0 means not stored yet (the database was busy).

    `values` are the template's variables as filled in; `edited` says the text was changed by
    hand after the template filled it (values then no longer re-render it); `prospect_id` is the
    person of a prospect list it is written for. `created_at` and `updated_at` are seconds since
    the epoch (`updated_at` also tells a save whether another window saved in between).
    """

    id: int
    title: str = ""
    kind: str = "inmail"
    language: str = "auto"
    subject: str = ""
    body: str = ""
    template_id: str | None = None
    values: Mapping[str, str] = field(default_factory=dict)
    edited: bool = False
    prospect_id: int | None = None
    created_at: float = 0.0
    updated_at: float = 0.0

    @property
    def display_title(self) -> str:
        """The title, else the first line of text (at most 60 characters); "" when there is none
        (the window then shows its own word for an untitled draft)."""
        if self.title:
            return self.title
        first_line = next((line.strip() for line in (self.subject, *self.body.splitlines()) if line.strip()), "")
        return first_line[:TITLE_CHARS]

    @property
    def is_blank(self) -> bool:
        return not (self.subject.strip() or self.body.strip() or self.template_id)
