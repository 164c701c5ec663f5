"""The API's indexes exist after ``migrate``, on SQLite and PostgreSQL alike.

SQLite rebuilds a table to alter it and keeps only the indexes the models declare;
indexes created with plain SQL once vanished that way and ``?unit=drones`` sorted
every claim of the unit again. This checks the database, not the models.
"""

import pytest
from django.db import connection

EXPECTED = {
    "claims_claim": {
        "claim_page_figure_idx": ["status", "updated_at", "id", "interval_low", "interval_high", "value"],
        "claim_unit_updated_status_idx": ["unit", "updated_at", "id", "status"],
        "claim_interval_low_idx": ["interval_low"],
        "claim_interval_high_idx": ["interval_high"],
        "claim_period_idx": ["period_start", "period_end"],
    },
    "claims_attribution": {
        "attribution_actor_claim_idx": ["actor_id", "claim_id", "role"],
        "attribution_claim_chain_idx": [
            "claim_id",
            "source_id",
            "position",
            "actor_id",
            "verb",
            "role",
            "source_count",
        ],
    },
}


@pytest.mark.parametrize("table", EXPECTED)
def test_api_indexes_exist_after_migrate(db, table):
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, table)
    indexes = {name: info["columns"] for name, info in constraints.items() if info["index"]}
    for name, columns in EXPECTED[table].items():
        assert indexes.get(name) == columns, f"{table}: index {name} is missing or differs: {indexes.get(name)}"


def test_a_page_of_claims_by_unit_is_read_from_its_index(db):
    # The unit filter walks claim_unit_updated_status_idx newest first instead of sorting the unit's
    # claims, and finds the status there too.
    if connection.vendor != "sqlite":
        pytest.skip("reads SQLite's EXPLAIN QUERY PLAN (PostgreSQL's planner decides by table statistics)")
    from claims.models import Claim

    page = Claim.objects.filter(status="published", unit__in=["drones"]).order_by("-updated_at", "-id")[:101]
    sql, params = page.values_list("id", "updated_at").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        plan = " ".join(str(row[-1]) for row in cursor.fetchall())
    assert "COVERING INDEX claim_unit_updated_status_idx" in plan and "TEMP B-TREE" not in plan, plan


def test_a_page_of_claims_in_a_figure_range_is_checked_in_the_page_index(db):
    # value_min/value_max read the interval from claim_page_figure_idx while walking it newest first.
    if connection.vendor != "sqlite":
        pytest.skip("reads SQLite's EXPLAIN QUERY PLAN (PostgreSQL's planner decides by table statistics)")
    from claims.filtersets import ClaimFilterSet
    from claims.models import Claim

    claims = ClaimFilterSet({"value_min": "50", "value_max": "500"}, Claim.objects.published()).qs
    sql, params = claims.values_list("id", "updated_at")[:101].query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        plan = " ".join(str(row[-1]) for row in cursor.fetchall())
    assert "claim_page_figure_idx" in plan and "TEMP B-TREE" not in plan, plan


@pytest.mark.postgres
def test_full_text_search_has_its_gin_index_after_migrate(db):
    """``q`` on PostgreSQL matches the stored ``search_vector``, GIN-indexed by migration 0002."""
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "claims_claim")
    index = constraints.get("claim_search_vector_idx")
    assert index is not None, "the search index is missing"
    assert (index["type"], index["columns"]) == ("gin", ["search_vector"])


@pytest.mark.postgres
def test_a_search_can_be_answered_from_the_gin_index(db):
    # A handful of rows is cheaper to scan, so the planner is told not to scan the table or
    # walk another index; what is checked is that the API's search condition is one the GIN
    # index answers (not, say, a vector computed per row, which no index could).
    from claims.models import Claim
    from claims.search import search_claims

    # The API's q goes through search_claims (ClaimFilterSet.filter_search); the FilterSet's
    # other conditions (the public's default of published claims) have indexes of their own.
    claims = search_claims(Claim.objects.all(), "troops")
    sql, params = claims.values_list("id")[:101].query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = " ".join(row[0] for row in cursor.fetchall())
    assert "claim_search_vector_idx" in plan, plan


@pytest.mark.postgres
def test_sources_are_paged_from_an_index_in_their_order_on_postgresql(db):
    # /api/v1/sources/ orders newest first with undated sources last; PostgreSQL needs an
    # index in exactly that order to stop after a page instead of sorting every source.
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'source_page_idx'")
        (definition,) = cursor.fetchone()
    assert "(published DESC NULLS LAST, id DESC)" in definition
