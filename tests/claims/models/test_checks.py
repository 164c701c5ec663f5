"""A claim's check constraints evaluated in Python say what the database says."""

import itertools
from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db.models import CheckConstraint

from claims.models import Claim
from claims.models.checks import condition_holds, field_values

FIGURES = [
    {},
    {"value": Decimal(5), "qualifier": "exact", "unit": "troops"},
    {"value": Decimal(-5), "qualifier": "approx", "unit": "percent"},
    {"value": Decimal(-5), "qualifier": "exact", "unit": "troops"},
    {"value": Decimal(5), "value_max": Decimal(3), "qualifier": "range", "unit": "troops"},
    {"value": Decimal(5), "value_max": Decimal(9), "qualifier": "range"},
    {"value": Decimal(5), "qualifier": "range"},
    {"value": Decimal(5), "value_max": Decimal(9), "qualifier": "exact"},
    {"value": Decimal(5)},
    {"value_max": Decimal(9)},
    {"qualifier": "nearly", "value": Decimal(1)},
]
PERIODS = [{}, {"period_start": date(2025, 2, 1), "period_end": date(2025, 1, 1)}, {"period_end": date(2025, 1, 1)}]
OTHERS = [{}, {"status": "gone"}, {"rank": "deprecated"}, {"rank": "preferred"}]


def database_passes(constraint, claim):
    try:
        constraint.validate(Claim, claim)  # Django's own check: a query
    except ValidationError:
        return False
    return True


def test_python_and_the_database_agree_on_every_check(db):
    checks = [c for c in Claim._meta.constraints if isinstance(c, CheckConstraint)]
    disagreements, refusals = [], 0
    for figure, period, other in itertools.product(FIGURES, PERIODS, OTHERS):
        claim = Claim(statement="A claim", **figure, **period, **other)
        for check in checks:
            in_python = condition_holds(check.condition, field_values(claim)) is not False
            refusals += not in_python
            if in_python != database_passes(check, claim):
                disagreements.append((check.name, figure, period, other))
    assert not disagreements
    assert refusals > 50  # the grid does break the constraints


def test_validating_a_claim_asks_the_database_nothing(db, django_assert_num_queries):
    claim = Claim(statement="A claim", value=Decimal(5), qualifier="exact", unit="troops")
    with django_assert_num_queries(0):
        claim.validate_constraints()
    claim.value_max = Decimal(1)
    try:
        claim.validate_constraints()
    except ValidationError as error:
        messages = error.messages
    assert "value_max cannot be below value." in messages
