"""A sheet import's queries do not grow with its rows (issue 14: 47 ms a row, 100k rows outlived the worker)."""

import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.interchange.exporting.benchmark import create_benchmark_claims
from claims.interchange.importing.claim_file import ClaimFileImporter
from claims.interchange.importing.readers import read_sheet
from claims.models import Claim, Review
from tests.claims.sheet_files import export


def queries_of_import(data, user, *, dry_run=False):
    rows = read_sheet(io.BytesIO(data), "claims.csv")
    with CaptureQueriesContext(connection) as queries:
        result = ClaimFileImporter(user=user, filename="claims.csv").run(rows, dry_run=dry_run)
    assert not result.errors, [str(error) for error in result.errors]
    return len(queries), result


def sheet_of(count):
    """Our own CSV export of ``count`` published claims (chains, relays, tags, reviews)."""
    tag = create_benchmark_claims(count)
    return export("csv", Claim.objects.filter(tags=tag).order_by("id"))


@pytest.mark.parametrize("dry_run", [True, False], ids=["dry run", "import"])
def test_creating_claims_costs_the_same_queries_for_3_rows_and_12(superuser, dry_run):
    costs = {}
    for count in (3, 12):
        data = sheet_of(count)
        # The claims go; their outlets, sources and speakers stay, so only claims are new.
        Review.objects.all().delete()
        Claim.objects.all().delete()
        costs[count], result = queries_of_import(data, superuser, dry_run=dry_run)
        assert result.counts["create"] == count
        if not dry_run:
            assert Claim.objects.filter(status="published").count() == count
            Claim.objects.all().delete()
    assert costs[3] == costs[12], costs


def test_reimporting_unchanged_claims_costs_the_same_queries_for_3_rows_and_12(superuser):
    costs = {}
    for count in (3, 12):
        Claim.objects.all().delete()
        data = sheet_of(count)
        costs[count], result = queries_of_import(data, superuser)
        assert result.counts["unchanged"] == count
    assert costs[3] == costs[12], costs
