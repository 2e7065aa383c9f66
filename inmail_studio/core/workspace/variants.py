# SPDX-License-Identifier: GPL-3.0-or-later
"""Which A/B variant a new draft is written from: dealt evenly over a prospect list, else the one sent least.

A list's people get their variants from `deal()` (core/results/variants.py) in the order they were
added (their ids), seeded with the list's id: the same person always gets the same variant, adding
people later changes nobody's, and every block of as many people as there are variants gets each
variant once. A draft for nobody on a list gets the variant sent least so far from the log.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from inmail_studio.core import compose
from inmail_studio.core.compose import Composition
from inmail_studio.core.results.variants import deal, next_variant, sent_per_variant
from inmail_studio.core.templates.variants import VARIANT_KEY

if TYPE_CHECKING:
    from inmail_studio.core.templates import Template
    from inmail_studio.core.workspace.workspace import Workspace


def variant_for(ws: Workspace, template: Template, prospect_id: int | None) -> str | None:
    """The variant of `template` for a draft written to prospect `prospect_id` (None: nobody on a
    list); None when the template has no variants. Reads the store (`StoreError` passes)."""
    names = template.variant_names
    if not names:
        return None
    prospect = ws.people.get(prospect_id) if prospect_id is not None else None
    if prospect is not None and prospect.id is not None and prospect.list_id is not None:
        ids = sorted(p.id for p in ws.people.people(prospect.list_id) if p.id is not None)
        if prospect.id in ids:
            rank = ids.index(prospect.id)
            return deal(names, rank + 1, seed=prospect.list_id)[rank]
    return next_variant(names, sent_per_variant(ws.log.items(), template.id))


def with_variant(ws: Workspace, comp: Composition) -> Composition:
    """A composition just filled from a template, re-filled in the variant its person gets (itself
    when the template has no variants)."""
    template = comp.template
    if template is None or not template.variants:
        return comp
    name = variant_for(ws, template, comp.draft.prospect_id)
    if name is None or name == comp.variant:
        return comp
    return compose.start_from_template(comp.draft, template, {**comp.draft.values, VARIANT_KEY: name})

