# SPDX-License-Identifier: GPL-3.0-or-later
"""The results' statistics agree with scipy on a grid of counts, and verdicts never crown noise."""

from __future__ import annotations

import itertools

import pytest

from inmail_studio.core.results import stats

scipy_stats = pytest.importorskip("scipy.stats")
integrate = pytest.importorskip("scipy.integrate")

GRID = [(k, n) for n in (0, 1, 2, 5, 13, 30, 61, 150)
        for k in sorted({0, 1, n // 7, n // 3, n // 2, n - 1, n}) if 0 <= k <= n]


@pytest.mark.parametrize(("k", "n"), [(k, n) for k, n in GRID if n])
def test_wilson_matches_scipy(k: int, n: int) -> None:
    expected = scipy_stats.binomtest(k, n).proportion_ci(confidence_level=0.95, method="wilson")
    low, high = stats.wilson(k, n)
    assert low == pytest.approx(expected.low, abs=1e-12)
    assert high == pytest.approx(expected.high, abs=1e-12)


def test_wilson_of_nothing_is_the_whole_range_and_bad_counts_are_refused() -> None:
    assert stats.wilson(0, 0) == (0.0, 1.0)
    with pytest.raises(ValueError):
        stats.wilson(5, 4)
    with pytest.raises(ValueError):
        stats.wilson(-1, 4)


PAIRS = list(itertools.product(GRID[::2], GRID[1::3]))


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_fisher_matches_scipy(a: tuple[int, int], b: tuple[int, int]) -> None:
    (ka, na), (kb, nb) = a, b
    expected = scipy_stats.fisher_exact([[ka, na - ka], [kb, nb - kb]], alternative="two-sided").pvalue
    assert stats.fisher_exact(ka, na, kb, nb) == pytest.approx(expected, rel=1e-9, abs=1e-12)


def test_fisher_on_large_counts_matches_scipy() -> None:
    expected = scipy_stats.fisher_exact([[180, 820], [231, 769]]).pvalue
    assert stats.fisher_exact(180, 1000, 231, 1000) == pytest.approx(expected, rel=1e-8)


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_prob_b_beats_a_matches_numerical_integration(a: tuple[int, int], b: tuple[int, int]) -> None:
    (ka, na), (kb, nb) = a, b
    post_a = scipy_stats.beta(1 + ka, 1 + na - ka)
    post_b = scipy_stats.beta(1 + kb, 1 + nb - kb)
    expected, _ = integrate.quad(lambda x: post_a.pdf(x) * post_b.sf(x), 0, 1, points=[post_a.mean(), post_b.mean()],
                                 epsabs=1e-12, epsrel=1e-10, limit=200)
    assert stats.prob_b_beats_a(ka, na, kb, nb) == pytest.approx(expected, abs=1e-8)


def test_prob_b_beats_a_is_a_coin_toss_without_data_and_symmetric() -> None:
    assert stats.prob_b_beats_a(0, 0, 0, 0) == pytest.approx(0.5)
    assert stats.prob_b_beats_a(5, 31, 12, 34) == pytest.approx(1 - stats.prob_b_beats_a(12, 34, 5, 31), abs=1e-12)


def test_sends_needed_matches_the_textbook_and_scipy_normal_quantiles() -> None:
    assert stats.sends_needed(0.10, 0.10) == 199  # Fleiss: 10 % against 20 %, alpha 0.05, power 0.8
    z_a, z_b = scipy_stats.norm.ppf(0.975), scipy_stats.norm.ppf(0.8)
    p1, p2 = 0.3, 0.4
    root = z_a * (2 * 0.35 * 0.65) ** 0.5 + z_b * (p1 * (1 - p1) + p2 * (1 - p2)) ** 0.5
    assert stats.sends_needed(0.3) == -(-root**2 // 0.01)
    assert stats.sends_needed(0.95) == stats.sends_needed(0.85)  # near 1 the difference is taken downwards


def test_a_clear_difference_is_called_with_its_probability() -> None:
    result = stats.compare(20, 200, 45, 200)
    assert result.verdict == stats.B_BETTER
    assert result.probability > 0.99 and result.p_value < 0.01
    assert stats.compare(45, 200, 20, 200).verdict == stats.A_BETTER


def test_noise_is_never_a_winner_and_says_how_many_more_sends() -> None:
    result = stats.compare(5, 31, 12, 34)  # 16 % against 35 %: P(B better) 0.96 but Fisher p 0.10
    assert result.verdict == stats.NOT_ENOUGH_DATA
    assert result.prob_b_beats_a > 0.95
    assert result.more_per_variant == result.needed_per_variant - 31 > 0


def test_few_sends_say_not_enough_even_when_extreme() -> None:
    assert stats.compare(0, 6, 6, 6).verdict == stats.NOT_ENOUGH_DATA


def test_enough_sends_without_a_difference_say_so() -> None:
    result = stats.compare(60, 400, 62, 400)
    assert result.verdict == stats.NO_CLEAR_DIFFERENCE
    assert result.more_per_variant == 0


def test_a_stricter_alpha_for_several_comparisons() -> None:
    assert stats.compare(20, 200, 36, 200).verdict == stats.B_BETTER  # p ≈ 0.030
    strict = stats.compare(20, 200, 36, 200, alpha=0.05 / 2)
    assert strict.verdict != stats.B_BETTER
    assert strict.needed_per_variant > stats.compare(20, 200, 36, 200).needed_per_variant
