# SPDX-License-Identifier: GPL-3.0-or-later
"""The stacked detail model's outer cross-validation (`train_detail_stack.py --report`).

Each stack set is scored by a model whose variant, C and cut-offs were chosen on the other sets, beside
the rules alone; pooled, with the messages the model fixed and broke and a sign test. A follow-up is
weighed with a first message's cut-offs here: the follow-up step of `ship` is not measured.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from train_detail_stack import BAND, SHIPPED, SINGLE, VARIANTS, Search, balanced, decide, rates

__all__ = ["report", "sign_p"]


def sign_p(fixes: int, breaks: int) -> float:
    """Two-sided sign test on the messages one side got right and the other wrong."""
    n, k = int(fixes + breaks), int(min(fixes, breaks))
    return min(1.0, 2 * sum(math.comb(n, i) for i in range(k + 1)) / 2 ** n) if n else 1.0


def _pct(r: Sequence[int]) -> str:
    return f"{100 * r[0] / max(r[1], 1):5.1f}/{100 * r[2] / max(r[3], 1):5.1f}"


def report(search: Search) -> None:
    """Outer cross-validation: per stack set, rules alone beside the stacked model chosen on the
    other sets (C and cut-offs, for the shipped variant), pooled, and the messages fixed and broken
    against the rules; then pooled with S+ or S+keep chosen too, in the band and with one free
    threshold (drop = add) instead."""
    print("outer cross-validation over the stack sets: personal found / generic warned (%)")
    runs = ((f"{'/'.join(SHIPPED)}, band", SHIPPED, BAND), ("S+ or S+keep, band", VARIANTS, BAND),
            ("S+ or S+keep, one threshold", VARIANTS, SINGLE))
    for label, variants, cutoffs in runs:
        pooled_r, pooled_s, fixes, breaks = [0] * 4, [0] * 4, 0, 0
        for name, msgs in search.scored.items():
            choice = search.choose(name, variants, cutoffs)
            _, variant, c, drop, add, _, _ = choice
            probs = search.predicted(search.fold[name] | {name}, variant, c, name)
            said = [decide(p, m, choice) for p, m in zip(probs, msgs, strict=True)]
            rules = [m.rules_found for m in msgs]
            r, s = rates(rules, msgs), rates(said, msgs)
            pooled_r = [a + b for a, b in zip(pooled_r, r, strict=True)]
            pooled_s = [a + b for a, b in zip(pooled_s, s, strict=True)]
            right = [(a == m.personal, b == m.personal) for a, b, m in zip(rules, said, msgs, strict=True)]
            fixes += sum(b and not a for a, b in right)
            breaks += sum(a and not b for a, b in right)
            if variants == SHIPPED:
                print(f"  {name:9s} rules {_pct(r)}  stacked {_pct(s)}  [{variant}, C={c}, drop<={drop}, add>{add}]")
        print(f"  POOLED ({label}): rules {_pct(pooled_r)} ({100 * balanced(tuple(pooled_r)):.1f})  stacked "  # type: ignore[arg-type]
              f"{_pct(pooled_s)} ({100 * balanced(tuple(pooled_s)):.1f}); fixes {fixes}, breaks {breaks}, "  # type: ignore[arg-type]
              f"p = {sign_p(fixes, breaks):.3g}")
