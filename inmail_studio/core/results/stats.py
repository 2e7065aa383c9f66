# SPDX-License-Identifier: GPL-3.0-or-later
"""Small exact statistics for counts: Wilson intervals, Fisher's exact test, P(B beats A), sample sizes."""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist

Z95 = NormalDist().inv_cdf(0.975)  # 1.959963…
# Fisher's test counts tables "as extreme" with this relative slack, as R and scipy do, so that
# tables equal to the observed one up to rounding are never left out.
_FISHER_SLACK = 1 + 1e-7


def wilson(successes: int, n: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval for `successes` out of `n`, as fractions 0–1 (95 % by default).

    (0.0, 1.0) when n == 0: nothing is known. Raises ValueError for negative counts or successes > n.
    Source: E. B. Wilson (1927), "Probable inference, the law of succession, and statistical inference".
    """
    _check(successes, n)
    if n == 0:
        return 0.0, 1.0
    p = successes / n
    z2 = z * z
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = z / (1 + z2 / n) * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n))
    # Exact ends when no or every message was answered (the formula leaves rounding dust there).
    low = 0.0 if successes == 0 else max(0.0, centre - half)
    high = 1.0 if successes == n else min(1.0, centre + half)
    return low, high


def _check(successes: int, n: int) -> None:
    if n < 0 or successes < 0 or successes > n:
        raise ValueError(f"counts must satisfy 0 <= successes <= n, got {successes} of {n}")


def _log_comb(n: int, k: int) -> float:
    return math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)


def fisher_exact(replied_a: int, sent_a: int, replied_b: int, sent_b: int) -> float:
    """Two-sided p-value of Fisher's exact test on the 2×2 table replied/not replied × A/B.

    Sums the hypergeometric probabilities of every table with the same margins that is no more
    likely than the observed one (the definition R's fisher.test and scipy.stats.fisher_exact use).
    1.0 when either variant has no sends. Raises ValueError for impossible counts.
    """
    _check(replied_a, sent_a)
    _check(replied_b, sent_b)
    replied = replied_a + replied_b
    total = sent_a + sent_b
    if sent_a == 0 or sent_b == 0 or replied in (0, total):
        return 1.0
    low, high = max(0, replied - sent_b), min(replied, sent_a)
    denominator = _log_comb(total, replied)

    def log_p(k: int) -> float:
        return _log_comb(sent_a, k) + _log_comb(sent_b, replied - k) - denominator

    observed = log_p(replied_a) + math.log(_FISHER_SLACK)
    total_p = sum(math.exp(lp) for lp in map(log_p, range(low, high + 1)) if lp <= observed)
    return min(1.0, total_p)


def _log_beta(a: float, b: float) -> float:
    return math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)


def prob_b_beats_a(replied_a: int, sent_a: int, replied_b: int, sent_b: int) -> float:
    """P(rate_B > rate_A) with independent Beta(1, 1) priors, computed exactly (a finite sum).

    The posteriors are Beta(1 + replied, 1 + not replied); the closed form sums replied_b + 1 terms.
    Source: E. Miller, "Formulas for Bayesian A/B testing" (2015), after J. Cook (2005).
    Raises ValueError for impossible counts.
    """
    _check(replied_a, sent_a)
    _check(replied_b, sent_b)
    a_a, b_a = 1 + replied_a, 1 + sent_a - replied_a
    a_b, b_b = 1 + replied_b, 1 + sent_b - replied_b
    base = _log_beta(a_a, b_a)
    total = math.fsum(
        math.exp(_log_beta(a_a + i, b_a + b_b) - math.log(b_b + i) - _log_beta(1 + i, b_b) - base)
        for i in range(a_b)
    )
    return min(1.0, max(0.0, total))


def sends_needed(base_rate: float, difference: float = 0.10, alpha: float = 0.05, power: float = 0.80) -> int:
    """Sends per variant for a two-sided test to show `difference` (fraction) from `base_rate`.

    The normal-approximation sample size for two proportions (Fleiss, "Statistical Methods for
    Rates and Proportions", 1981, without continuity correction): 10 % against 20 % needs 199
    per variant. The second rate is base + difference, or base − difference when that would pass 1.
    Raises ValueError when the rates fall outside 0–1 or difference is not positive.
    """
    if not 0 <= base_rate <= 1 or not 0 < difference < 1:
        raise ValueError("base_rate must lie in 0..1 and difference in (0, 1)")
    p1 = base_rate
    p2 = p1 + difference if p1 + difference <= 1 else p1 - difference
    mean = (p1 + p2) / 2
    z_a = NormalDist().inv_cdf(1 - alpha / 2)
    z_b = NormalDist().inv_cdf(power)
    root = z_a * math.sqrt(2 * mean * (1 - mean)) + z_b * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
    return math.ceil(root * root / (difference * difference))


# Verdict codes: the UI and CLI word them; other tools read them in `stats --json`.
NOT_ENOUGH_DATA = "not-enough-data"
B_BETTER = "b-better"
A_BETTER = "a-better"
NO_CLEAR_DIFFERENCE = "no-clear-difference"

MIN_SENDS = 10  # below this per variant, nothing is said beyond "not enough data"
SURE = 0.95  # the posterior probability a variant needs, together with p < 0.05, to be called better


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two variants compared: counts, Fisher's p, P(B beats A), and a verdict code with its numbers.

    `more_per_variant` is how many more sends each variant needs to show a 10-point difference (0
    when enough were sent); `probability` is the chance the better-looking variant really is better.
    """

    sent_a: int
    replied_a: int
    sent_b: int
    replied_b: int
    p_value: float
    prob_b_beats_a: float
    verdict: str
    probability: float
    needed_per_variant: int
    more_per_variant: int


def compare(replied_a: int, sent_a: int, replied_b: int, sent_b: int, difference: float = 0.10,
            alpha: float = 0.05) -> Comparison:
    """Compare variant A with B; a variant is called better only when Fisher's p < `alpha` *and*
    P(better) ≥ 95 % with at least MIN_SENDS each — never on noise.

    Otherwise the verdict is NOT_ENOUGH_DATA while fewer than the sends needed for a `difference`
    (10 points, at `alpha`) were made per variant, and NO_CLEAR_DIFFERENCE once they were. When
    one A is compared with several others, pass alpha = 0.05 / comparisons (Bonferroni).
    """
    p_value = fisher_exact(replied_a, sent_a, replied_b, sent_b)
    prob_b = prob_b_beats_a(replied_a, sent_a, replied_b, sent_b)
    total = sent_a + sent_b
    base = (replied_a + replied_b) / total if total else 0.0
    needed = max(sends_needed(base, difference, alpha), MIN_SENDS)
    more = max(0, needed - min(sent_a, sent_b))
    enough = min(sent_a, sent_b) >= MIN_SENDS
    if enough and p_value < alpha and prob_b >= SURE:
        verdict, probability = B_BETTER, prob_b
    elif enough and p_value < alpha and 1 - prob_b >= SURE:
        verdict, probability = A_BETTER, 1 - prob_b
    else:
        verdict, probability = (NOT_ENOUGH_DATA if more else NO_CLEAR_DIFFERENCE), max(prob_b, 1 - prob_b)
    return Comparison(sent_a, replied_a, sent_b, replied_b, p_value, prob_b, verdict, probability, needed, more)
