"""Completion of annual targets: exact fractions, both directions, zero targets, totals that are not scores."""

from __future__ import annotations

from fractions import Fraction

from app.models.completion import BEHIND, MET, MISSING, NO_TARGET, Completion, Total, number


def c(target, actual, direction="more"):
    return Completion(number(target), number(actual), direction)


def test_rates_are_exact_fractions():
    assert c("180", "150").rate == Fraction(5, 6)
    assert c("180", "150").rate_text() == "83.3%"
    # what floating point gets wrong: 3.3 / 1.1 is 2.9999999999999996 in binary, exactly 3 here
    assert 3.3 / 1.1 != 3 and c("1.1", "3.3").rate == 3
    assert c("0.3", "0.30").rate == 1 and c("0.3", "0.30", "less").status == MET
    assert c("46.5", "44.64").rate == Fraction(4464, 4650)
    assert c("3", "1").rate_text() == "33.3%" and c("3", "2").rate_text() == "66.7%"


def test_more_is_better():
    assert c("100", "100").status == MET and c("100", "120").status == MET
    assert c("100", "99.99").status == BEHIND
    assert c("100", "80").gap == 20
    assert c("100", "120").rate == Fraction(6, 5) and c("100", "120").share == 1   # capped in totals


def test_less_is_better():
    energy = c("0.5", "0.4", "less")           # e.g. energy per unit: lower is better
    assert energy.status == MET and energy.rate == Fraction(5, 4)
    worse = c("0.5", "0.625", "less")
    assert worse.status == BEHIND and worse.rate == Fraction(4, 5) and worse.gap == Fraction(1, 8)
    assert worse.share == Fraction(4, 5)


def test_zero_targets_and_zero_values_never_divide_by_zero():
    zero_more = c("0", "3")
    assert zero_more.status == MET and zero_more.rate is None and zero_more.rate_text() == "目标为0"
    assert zero_more.share == 1
    reached_zero = c("2", "0", "less")
    assert reached_zero.status == MET and reached_zero.rate is None and reached_zero.rate_text() == "已降至0"
    zero_less_missed = c("0", "1", "less")
    assert zero_less_missed.status == BEHIND and zero_less_missed.rate == 0 and zero_less_missed.share == 0
    both_zero = c("0", "0", "less")
    assert both_zero.status == MET and both_zero.share == 1
    assert c("0", "0").status == MET and c("5", "0").rate == 0


def test_missing_values_and_missing_targets():
    assert c("5", None).status == MISSING and c("5", None).share == 0 and c("5", None).rate_text() == "—"
    assert c(None, "5").status == NO_TARGET and c(None, "5").share is None
    assert c("5", "abc").status == MISSING


def test_totals_cap_each_target_and_count_what_was_met():
    total = Total()
    for target, actual in (("100", "200"), ("100", "50"), ("10", None), (None, "1")):
        total.add(c(target, actual))
    assert total.counted == 3 and total.met == 1
    assert total.mean == (1 + Fraction(1, 2) + 0) / 3           # 200% counts as 100%, a missing value as 0
    assert total.text() == "50.0%（达成 1/3 项）"
    assert Total().text() == "—"
