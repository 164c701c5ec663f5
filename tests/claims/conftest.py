"""Fixtures for metric tests: a metric and estimates on it."""

from datetime import date

import pytest

from claims.models import Metric


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
