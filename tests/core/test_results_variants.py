# SPDX-License-Identifier: GPL-3.0-or-later
"""A/B variants are dealt out evenly, reproducibly, and not in the list's order."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

import pytest

from inmail_studio.core.outreach.model import LogItem
from inmail_studio.core.results.variants import deal, next_variant, sent_per_variant


@pytest.mark.parametrize(("variants", "people"), [(["A", "B"], 101), (["A", "B", "C"], 10), (["A"], 3)])
def test_counts_differ_by_at_most_one(variants: list[str], people: int) -> None:
    counts = Counter(deal(variants, people, seed=7))
    assert sum(counts.values()) == people
    assert max(counts.values()) - min(counts.values()) <= 1
    assert set(counts) == set(variants)


def test_the_same_list_gets_the_same_variants_and_another_list_others() -> None:
    assert deal(["A", "B"], 40, seed=3) == deal(["A", "B"], 40, seed=3)
    assert deal(["A", "B"], 40, seed=3) != deal(["A", "B"], 40, seed=4)


def test_the_order_is_not_simply_alternating() -> None:
    dealt = deal(["A", "B"], 40, seed=1)
    assert dealt != ["A", "B"] * 20 and dealt != ["B", "A"] * 20


def test_bad_variants_are_refused() -> None:
    with pytest.raises(ValueError):
        deal([], 3)
    with pytest.raises(ValueError):
        deal(["A", "A"], 3)


def test_outside_a_list_the_least_sent_variant_is_next() -> None:
    log = [LogItem(i, datetime(2026, 1, 1, tzinfo=UTC), "inmail", template_id="t", variant=v)
           for i, v in enumerate("AAB")] + [LogItem(9, datetime(2026, 1, 1, tzinfo=UTC), "inmail", template_id="u",
                                                    variant="B")]
    sent = sent_per_variant(log, "t")
    assert sent == {"A": 2, "B": 1}
    assert next_variant(["A", "B"], sent) == "B"
    assert next_variant(["A", "B"], {}) == "A"
