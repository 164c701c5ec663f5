"""The database refuses impossible figures, whatever writes them."""

from decimal import Decimal as D

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from claims.models import Claim

IMPOSSIBLE_FIGURES = [
    pytest.param(
        {"value": D(10), "value_max": D(5), "qualifier": "range", "unit": "troops"}, id="value_max-below-value"
    ),
    pytest.param({"value": D(10), "qualifier": "range", "unit": "troops"}, id="range-without-value_max"),
    pytest.param({"value": D(-5), "qualifier": "exact", "unit": "troops"}, id="negative-count"),
    pytest.param({"value": None, "qualifier": "exact", "unit": "troops"}, id="figureless-with-qualifier"),
    pytest.param({"value": None, "qualifier": "", "unit": "troops"}, id="figureless-with-unit"),
    pytest.param({"value": D(5), "qualifier": "", "unit": "troops"}, id="figure-without-qualifier"),
    pytest.param({"value": D(5), "qualifier": "roughly", "unit": "troops"}, id="unknown-qualifier"),
    pytest.param(
        {"value": D(5), "value_max": D(9), "qualifier": "approx", "unit": "troops"}, id="value_max-outside-range"
    ),
    pytest.param(
        {
            "value": D(5),
            "qualifier": "exact",
            "unit": "troops",
            "period_start": "2025-02-01",
            "period_end": "2025-01-01",
        },
        id="period-ends-before-start",
    ),
    pytest.param(
        {"value": D(5), "qualifier": "exact", "unit": "x", "rank": "deprecated"}, id="deprecated-without-reason"
    ),
]


@pytest.mark.parametrize("fields", IMPOSSIBLE_FIGURES)
def test_database_refuses_impossible_figure(db, fields):
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.create(statement="impossible", **fields)
    assert not Claim.objects.exists()


@pytest.mark.parametrize("fields", IMPOSSIBLE_FIGURES)
def test_validation_names_the_problem(db, fields):
    claim = Claim(statement="impossible", **fields)
    with pytest.raises(ValidationError) as error:
        claim.full_clean()
    assert error.value.messages


@pytest.mark.parametrize(
    "fields",
    [
        {"value": D(-3.5), "qualifier": "exact", "unit": "percent"},
        {"value": D(-2000000), "qualifier": "approx", "unit": "USD"},
        # A loss in any currency the figure extractor reads ("a 3 billion Norwegian crown loss").
        {"value": D(-3000000000), "qualifier": "exact", "unit": "NOK"},
        # ... including those it reads only by name ("a 6 billion tenge deficit", "Serbian dinars").
        {"value": D(-6000000000), "qualifier": "exact", "unit": "KZT"},
        {"value": D(-300), "qualifier": "exact", "unit": "RSD"},
        {"value": None, "qualifier": "", "unit": ""},
        {"value": D(0), "qualifier": "exact", "unit": "sanctions"},
        {"value": D(4000), "value_max": D(5000), "qualifier": "range", "unit": "workers"},
    ],
)
def test_possible_figures_are_accepted(db, fields):
    claim = Claim(statement="fine", **fields)
    claim.full_clean()
    claim.save()
    assert Claim.objects.filter(pk=claim.pk).exists()


def test_interval_columns_follow_the_figure(db):
    claim = Claim.objects.create(statement="s", value=D(12000), qualifier="approx", unit="troops")
    claim.refresh_from_db()
    assert (claim.interval_low, claim.interval_high) == (D("10800"), D("13200"))
    open_above = Claim.objects.create(statement="s", value=D(60), qualifier="more_than", unit="missiles")
    open_above.refresh_from_db()
    assert (open_above.interval_low, open_above.interval_high) == (D(60), None)
    magnitude = Claim.objects.create(statement="s", value=D(1000), qualifier="magnitude", unit="troops")
    magnitude.refresh_from_db()
    assert (magnitude.interval_low, magnitude.interval_high) == (D(1000), D(10000))


def test_figure_display_and_chain(seeded):
    claim = Claim.objects.with_chain().get(quote="over 100 Hellfire missiles")
    assert claim.figure_display == "> 100 missiles"
    (chain,) = claim.chains
    assert chain.display() == "The Hill ← NBC News ← six anonymous sources"
    assert claim.origin.actor.slug == "nbc-news-anonymous-sources"
    assert claim.origin.source_count == 6
