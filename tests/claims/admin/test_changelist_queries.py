"""Every admin changelist costs the same number of queries for 12 rows as for 3."""

import pytest
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import build_newsroom

CHANGELISTS = sorted(
    (model._meta.app_label, model._meta.model_name)
    for model in admin.site._registry
    if model._meta.app_label in ("claims", "sources")
)


def changelist_queries(client, app_label, model_name):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse(f"admin:{app_label}_{model_name}_changelist"), {"all": ""})
    assert response.status_code == 200
    return len(queries), len(response.context["cl"].result_list)


def test_changelists_use_a_fixed_number_of_queries(superuser, client):
    client.force_login(superuser)
    build_newsroom(3)
    small = {name: changelist_queries(client, *name) for name in CHANGELISTS}
    build_newsroom(9, start=3)
    large = {name: changelist_queries(client, *name) for name in CHANGELISTS}
    for name in CHANGELISTS:
        (small_queries, small_rows), (large_queries, large_rows) = small[name], large[name]
        assert large_rows > small_rows or large_rows == small_rows == 0, name
        assert large_queries == small_queries, (
            f"{name}: {small_queries} queries for {small_rows} rows, {large_queries} for {large_rows}"
        )


@pytest.mark.parametrize("rows", [3, 12])
def test_claims_changelist_shows_every_row_in_sixteen_queries(editor_client, django_assert_max_num_queries, rows):
    build_newsroom(rows)
    with django_assert_max_num_queries(16):
        response = editor_client.get(reverse("admin:claims_claim_changelist"), {"all": ""})
    assert len(response.context["cl"].result_list) == rows


@pytest.mark.parametrize("rows", [3, 12])
def test_claims_changelist_filtered_as_the_api_costs_a_fixed_number_of_queries(
    editor_client, django_assert_max_num_queries, rows
):
    """The outlet, source and conflicting filters and the search go through ClaimFilterSet
    (claims.admin.list_filters): a fixed number of queries whatever the rows."""
    from sources.models import Outlet

    build_newsroom(rows)
    outlets = ",".join(Outlet.objects.values_list("slug", flat=True))
    params = {"outlet": outlets, "conflicting": "no", "q": "claim", "all": ""}
    with django_assert_max_num_queries(18):
        response = editor_client.get(reverse("admin:claims_claim_changelist"), params)
    assert len(response.context["cl"].result_list) == rows


def test_claims_changelist_counts_its_filter_choices_in_a_fixed_number_of_queries(editor_client):
    """With "Show counts", each outlet choice is counted without reading the outlet again:
    as many queries for 12 outlets as for 3 (once one more query per outlet)."""
    from sources.models import Outlet

    def queries():
        params = {"outlet": Outlet.objects.order_by("pk").first().slug, "_facets": "True", "all": ""}
        with CaptureQueriesContext(connection) as captured:
            response = editor_client.get(reverse("admin:claims_claim_changelist"), params)
        assert response.status_code == 200
        return len(captured)

    build_newsroom(3)
    small = queries()
    build_newsroom(9, start=3)
    assert Outlet.objects.count() >= 12
    assert queries() == small
