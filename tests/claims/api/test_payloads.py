"""ClaimPayloads: a page of a queryset that can match nothing is an empty page, not an error."""

from django.test import RequestFactory
from rest_framework.request import Request

from claims.api.payloads import ClaimPayloads
from claims.models import Claim
from factdb.api.pagination import KeysetPagination


def test_a_queryset_that_matches_nothing_gives_an_empty_last_page(db, make_claim):
    make_claim(value=5, unit="drones", status="published")
    request = Request(RequestFactory().get("/api/v1/claims/"))
    paginator = KeysetPagination()
    # pk__in=[] cannot match: Django refuses to build its SQL at all (EmptyResultSet).
    claims = Claim.objects.filter(pk__in=[]).order_by("-updated_at", "-id")
    assert ClaimPayloads(request).page(claims, paginator, request) == []
    assert paginator.get_paginated_data([]) == {"next": None, "results": []}
