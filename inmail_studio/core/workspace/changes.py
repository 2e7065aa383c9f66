# SPDX-License-Identifier: GPL-3.0-or-later
"""What one action changed, so the window refreshes just that (as Anki's `OpChanges`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from inmail_studio.core.errors import Problem

# What happened to the open draft, most sweeping first: another draft was opened, a template was
# applied, a form value was typed, the text was typed, the kind or language or preferences changed.
COMPOSITION_SOURCES = ("open", "template", "value", "text", "kind")


@dataclass(frozen=True)
class Changes:
    """Returned by every action of the application layer.

    `composition` is one of COMPOSITION_SOURCES when the open draft changed (None: it did not);
    `drafts` the list of drafts (titles, order, sent marks); `prospects` the ids of prospects whose
    status or details changed; `lists` the prospect lists themselves; `sent` the sent log;
    `preferences` the user's settings; `notice` something the user should read (a code and values).
    """

    composition: str | None = None
    drafts: bool = False
    prospects: frozenset[int] = field(default_factory=frozenset)
    lists: bool = False
    sent: bool = False
    preferences: bool = False
    notice: Problem | None = None

    def __or__(self, other: Changes) -> Changes:
        """Both changes; of two composition sources the more sweeping one is kept."""
        sources = [s for s in (self.composition, other.composition) if s]
        return Changes(
            composition=min(sources, key=COMPOSITION_SOURCES.index) if sources else None,
            drafts=self.drafts or other.drafts,
            prospects=self.prospects | other.prospects,
            lists=self.lists or other.lists,
            sent=self.sent or other.sent,
            preferences=self.preferences or other.preferences,
            notice=other.notice or self.notice,
        )


NOTHING = Changes()
