# SPDX-License-Identifier: GPL-3.0-or-later
"""Dealing a template's A/B variants out evenly over a list's people, in an order that says nothing about them."""

from __future__ import annotations

import random
from collections.abc import Hashable, Iterable, Mapping, Sequence

from inmail_studio.core.outreach.model import LogItem


def deal(variants: Sequence[str], people: int, seed: Hashable = 0) -> list[str]:
    """A variant for each of `people` positions in a list: every block of len(variants) people gets
    each variant once, in a shuffled order (permuted blocks), so the counts never differ by more
    than one and the list's own order (by company, by name…) cannot line up with a variant.

    Deterministic for a `seed` (use the list's id): dealing the same list again gives the same
    variants. Raises ValueError without variants or with a repeated one.
    """
    if not variants or len(set(variants)) != len(variants):
        raise ValueError("variants must be distinct and at least one")
    rng = random.Random(repr(seed))
    dealt: list[str] = []
    while len(dealt) < people:
        block = list(variants)
        rng.shuffle(block)
        dealt.extend(block)
    return dealt[:people]


def next_variant(variants: Sequence[str], sent: Mapping[str, int]) -> str:
    """For a message written outside a list: the variant sent least so far (the first on a tie).

    Raises ValueError without variants.
    """
    if not variants:
        raise ValueError("no variants")
    return min(variants, key=lambda v: (sent.get(v, 0), variants.index(v)))


def sent_per_variant(items: Iterable[LogItem], template_id: str) -> dict[str, int]:
    """How many logged messages of `template_id` carry each variant."""
    counts: dict[str, int] = {}
    for item in items:
        if item.template_id == template_id and item.variant:
            counts[item.variant] = counts.get(item.variant, 0) + 1
    return counts
