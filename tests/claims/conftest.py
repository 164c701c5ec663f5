"""Fixtures for the claims tests: metrics with estimates, and a set of claims for sheets."""

import copy
from datetime import date

import pytest

from claims.models import Metric
from claims.roles import REVIEWERS
from tests.factories import make_actor, make_newsroom_user, make_source
from tests.shared_records import records_for_module

from .sheet_data import build_sheet_claims


@pytest.fixture
def metric(db):
    return Metric.objects.create(name="North Korean troops in Russia", slug="nk-troops", unit="troops")


@pytest.fixture
def estimate(make_claim, metric):
    """An estimate on ``metric`` for 2024: ``estimate(12000, "approx")``; periods, metric and
    any claim field can be overridden (``start=None, end=None`` for no period)."""

    def make(value, qualifier="exact", *, start=date(2024, 1, 1), end=date(2024, 12, 31), **fields):
        fields.setdefault("metric", metric)
        fields.setdefault("unit", "troops")
        fields.setdefault("status", "published")
        return make_claim(value=value, qualifier=qualifier, period_start=start, period_end=end, **fields)

    return make


@pytest.fixture
def many_estimates(estimate):
    """``many_estimates(100)``: that many estimates on ``metric`` across 2024, from three
    origins in two sources, some in conflict, for query-count tests."""

    def make(count, **fields):
        sources = [make_source(), make_source()]
        actors = [make_actor(kind="agency"), make_actor(kind="group"), make_actor(kind="agency")]
        return [
            estimate(
                1000 + 100 * i,
                ("approx", "exact", "more_than")[i % 3],
                start=date(2024, 1, 1 + i % 28),
                end=None,
                source=sources[i % 2],
                actor=actors[i % 3],
                **fields,
            )
            for i in range(count)
        ]

    return make


@pytest.fixture
def new_claim(make_claim):
    """A claim just saved by an editor, on no metric yet."""
    return make_claim(
        value=11000,
        qualifier="approx",
        unit="troops",
        subject="North Korean troops in Kursk",
        place="Kursk, Russia",
        period_start=date(2024, 10, 1),
        period_end=date(2024, 12, 31),
    )


@pytest.fixture(scope="module")
def sheet_claims_shared(django_db_setup, django_db_blocker):
    """The sheet claims, built once for a test module (``tests/shared_records.py``): 130 tests in 27
    modules read them, and building them for each test was a tenth of the PostgreSQL run."""
    yield from records_for_module(
        django_db_blocker, lambda: build_sheet_claims(make_newsroom_user("rita", [REVIEWERS]))
    )


@pytest.fixture
def sheet_claims(sheet_claims_shared, db):
    """Published, draft, figureless, ranged, relayed and hostile claims (see ``sheet_data``), reviewed by
    "rita" (the ``reviewer`` fixture's user); each test gets its own copy of the objects, and its changes
    are rolled back after it."""
    return copy.deepcopy(sheet_claims_shared)
