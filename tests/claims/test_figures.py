from decimal import Decimal as D

import pytest

from claims.figures import figure_interval, format_figure, format_number, intervals_overlap


@pytest.mark.parametrize(
    "value, value_max, qualifier, unit, expected",
    [
        (D("12000"), None, "approx", "troops", "≈ 12,000 troops"),
        (D("60"), None, "more_than", "missiles", "> 60 missiles"),
        (D("4000"), D("5000"), "range", "workers", "4,000–5,000 workers"),
        (D("1000"), None, "magnitude", "troops", "thousands of troops"),
        (D("12"), None, "magnitude", "migrants", "dozens of migrants"),  # not "tens of migrants"
        (D("10000000000"), None, "magnitude", "USD", "tens of billions of dollars"),
        (D("477"), None, "exact", "drones", "477 drones"),
        (D("1.5"), None, "at_least", "percent", "≥ 1.5%"),
        (D("100"), None, "up_to", "workers", "up to 100 workers"),
        (D("1370000"), None, "exact", "people", "1.37 million people"),
        (D("20000000000"), None, "approx", "USD", "≈ $20 billion"),
        (D("5"), D("7"), "range", "KRW", "5–7 KRW"),
        (None, None, "", "", ""),
    ],
)
def test_format_figure(value, value_max, qualifier, unit, expected):
    assert format_figure(value, value_max, qualifier, unit) == expected


def test_format_number_keeps_decimals():
    assert format_number(D("1.2500")) == "1.25"
    assert format_number(D("20000000000")) == "20 billion"


@pytest.mark.parametrize(
    "value, value_max, qualifier, expected",
    [
        (D("100"), None, "exact", (D("100"), D("100"))),
        (D("100"), None, "approx", (D("90.0"), D("110.0"))),
        (D("60"), None, "more_than", (D("60"), None)),
        (D("60"), None, "at_least", (D("60"), None)),
        (D("60"), None, "less_than", (None, D("60"))),
        (D("60"), None, "up_to", (None, D("60"))),
        (D("4000"), D("5000"), "range", (D("4000"), D("5000"))),
        (D("1000"), None, "magnitude", (D("1000"), D("10000"))),
        # Negative figures (money, percent): the interval still runs from low to high.
        (D("-5"), None, "approx", (D("-5.5"), D("-4.5"))),
        (D("-1000"), None, "magnitude", (D("-10000"), D("-1000"))),
        (D("-5"), D("-2"), "range", (D("-5"), D("-2"))),
        (None, None, "", (None, None)),
    ],
)
def test_figure_interval(value, value_max, qualifier, expected):
    assert figure_interval(value, value_max, qualifier) == expected


def test_intervals_overlap_with_open_ends():
    assert intervals_overlap((D(60), None), (D(50), D(500)))
    assert not intervals_overlap((D(600), None), (D(50), D(500)))
    assert intervals_overlap((None, D(60)), (D(50), D(500)))
    assert not intervals_overlap((D(1), D(2)), (D(3), D(4)))


@pytest.mark.parametrize(
    "value, value_max, qualifier",
    [
        (D("-5"), None, "approx"),
        (D("-1000"), None, "magnitude"),
        (D("5"), None, "approx"),
        (D("-2.5"), None, "exact"),
        (D("1000"), None, "magnitude"),
        (D("-3"), D("4"), "range"),
        (D("-60"), None, "more_than"),
    ],
)
def test_database_intervals_agree_with_figure_interval(make_claim, value, value_max, qualifier):
    # The generated columns the range filters read are the database's twin of figure_interval().
    from claims.models import Claim

    claim = make_claim(value=value, value_max=value_max, qualifier=qualifier, unit="percent")
    stored = Claim.objects.values_list("interval_low", "interval_high").get(pk=claim.pk)
    assert stored == figure_interval(value, value_max, qualifier)
    low, high = stored
    assert low is None or high is None or low <= high


def test_intervals_are_closed_at_a_bound_as_said():
    # "More than 60" is [60, ∞): it overlaps exactly 60, and so does "less than 60".
    more_than_60 = figure_interval(D(60), None, "more_than")
    assert intervals_overlap(more_than_60, figure_interval(D(60), None, "exact"))
    assert intervals_overlap(figure_interval(D(60), None, "less_than"), more_than_60)
    assert not intervals_overlap(more_than_60, figure_interval(D("59.99"), None, "exact"))
