"""Period overlap, in Python and in the database."""

from datetime import date

import pytest

from claims.metrics.periods import periods_overlap
from claims.models import Claim

D = date


@pytest.mark.parametrize(
    "a, b, overlap",
    [
        ((D(2024, 1, 1), D(2024, 12, 31)), (D(2024, 12, 31), D(2025, 6, 30)), True),  # ends included
        ((D(2024, 1, 1), D(2024, 12, 31)), (D(2025, 1, 1), D(2025, 6, 30)), False),
        ((D(2024, 1, 1), None), (D(2030, 1, 1), D(2030, 1, 1)), True),  # "since 2024" runs on
        ((None, D(2024, 1, 1)), (D(2024, 2, 1), None), False),
        ((None, D(2024, 1, 1)), (None, D(2020, 1, 1)), True),
        (None, (D(2024, 1, 1), D(2024, 12, 31)), False),  # no period overlaps nothing
        (None, None, False),
    ],
)
def test_periods_overlap(make_claim, a, b, overlap):
    assert periods_overlap(a, b) is overlap
    assert periods_overlap(b, a) is overlap
    if a is not None and b is not None:
        claim = make_claim(value=1, period_start=b[0], period_end=b[1])
        assert Claim.objects.overlapping_period(*a).filter(pk=claim.pk).exists() is overlap


def test_database_filter_leaves_out_claims_without_period_unless_asked(make_claim):
    dated = make_claim(value=1, period_start=D(2024, 1, 1), period_end=D(2024, 12, 31))
    undated = make_claim(value=2)
    assert list(Claim.objects.overlapping_period(D(2024, 6, 1), D(2024, 6, 1))) == [dated]
    both = Claim.objects.overlapping_period(D(2024, 6, 1), D(2024, 6, 1), include_undated=True)
    assert set(both) == {dated, undated}
