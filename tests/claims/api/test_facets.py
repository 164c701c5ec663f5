"""Facets list the 20 most frequent values of a field, most frequent first, over the whole filtered set."""

import pytest

from claims.api.facets import FACET_SIZE
from claims.models import Claim, Tag

LIST = "/api/v1/claims/"


@pytest.fixture
def many_units(db):
    """Published claims in 25 units: ``unit-k`` has k claims (1 to 25), each tagged ``tag-k``."""
    tags = Tag.objects.bulk_create([Tag(name=f"Tag {k}", slug=f"tag-{k}") for k in range(1, 26)])
    claims = Claim.objects.bulk_create(
        [
            Claim(statement=f"Claim {k}.{n}", value=n, qualifier="exact", unit=f"unit-{k:02}", status="published")
            for k in range(1, 26)
            for n in range(k)
        ]
    )
    Claim.tags.through.objects.bulk_create(
        [Claim.tags.through(claim=claim, tag=tags[int(claim.unit[-2:]) - 1]) for claim in claims]
    )


@pytest.mark.parametrize("facet, value", [("unit", "unit-{k:02}"), ("tag", "tag-{k}")])
def test_a_facet_lists_the_twenty_most_frequent_values_first(api, many_units, facet, value):
    response = api.get(LIST, {"facet": facet, "page_size": 1})
    assert response.status_code == 200, response.content
    rows = response.json()["facets"][facet]
    assert FACET_SIZE == 20
    assert [(row["value"], row["count"]) for row in rows] == [(value.format(k=k), k) for k in range(25, 5, -1)]


def test_the_cap_applies_after_filtering(api, many_units):
    """Counted over the filtered set: with value_max=2, each unit keeps at most 3 claims (values 0, 1, 2)."""
    rows = api.get(LIST, {"facet": "unit", "value_max": 2}).json()["facets"]["unit"]
    assert len(rows) == 20
    assert {row["count"] for row in rows} == {3}
