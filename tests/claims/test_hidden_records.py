"""What only drafts point at stays hidden everywhere, and changes no public count.

An outlet only drafts cite is a 404 at ``/api/v1/outlets/<slug>/``: it must not be named
through a speaker it owns (``Actor.outlet``) nor in a published claim's origins. A draft
whole two published parts point at must not turn their conflict off for the public.
"""

from datetime import date

import pytest
from rest_framework.test import APIClient

from claims.chains import LinkData
from claims.models import ClaimRelation, Metric
from tests.factories import ClaimFactory, make_actor, make_outlet, make_source

HIDDEN = ("Hidden Outlet", "hidden-outlet")


@pytest.fixture
def relayed_by_a_hidden_outlet(db):
    """A published claim whose origin is the anonymous sources of an outlet only a draft cites."""
    make = ClaimFactory()
    metric = Metric.objects.create(name="Drones shot down", slug="drones-down", unit="drones")
    hidden = make_outlet("Hidden Outlet", slug="hidden-outlet")
    make(value=3, unit="drones", source=make_source(hidden, "Draft story"))  # the only claim citing it
    officials = make_actor("Unnamed officials", slug="unnamed-officials", kind="anonymous", outlet=hidden)
    story = make_source(make_outlet("Open Outlet", slug="open-outlet"), "Open story")
    claim = make(
        value=40,
        unit="drones",
        metric=metric,
        period_start=date(2025, 7, 1),
        period_end=date(2025, 7, 1),
        links=[LinkData(story, officials, "citing", "origin", 1, 6)],
        status="published",
    )
    return claim


def public_text(api, url):
    response = api.get(url)
    assert response.status_code < 500, url
    return response.status_code, response.content.decode()


def test_an_outlet_only_drafts_cite_is_named_nowhere_public(relayed_by_a_hidden_outlet):
    claim, api = relayed_by_a_hidden_outlet, APIClient()
    assert api.get("/api/v1/outlets/hidden-outlet/").status_code == 404
    actor = api.get("/api/v1/actors/unnamed-officials/").json()
    assert actor["outlet"] is None
    origins = api.get(f"/api/v1/claims/{claim.pk}/").json()["origins"]
    assert origins["origins"] == ["six anonymous sources cited by an unnamed outlet"]
    assert origins["origin_count"] == 1
    for url in (
        "/api/v1/actors/",
        "/api/v1/actors/unnamed-officials/",
        f"/api/v1/claims/{claim.pk}/",
        "/api/v1/metrics/drones-down/timeline/",
        "/api/v1/metrics/drones-down/conflicts/",
        "/metrics/drones-down/timeline.json",
        "/metrics/drones-down/chart.svg",
    ):
        status, text = public_text(api, url)
        assert status == 200, url
        assert not [marker for marker in HIDDEN if marker in text], url


def test_the_newsroom_reads_the_outlet(relayed_by_a_hidden_outlet, reviewer_api):
    claim = relayed_by_a_hidden_outlet
    assert reviewer_api.get("/api/v1/actors/unnamed-officials/").json()["outlet"]["slug"] == "hidden-outlet"
    origins = reviewer_api.get(f"/api/v1/claims/{claim.pk}/").json()["origins"]
    assert origins["origins"] == ["six anonymous sources cited by Hidden Outlet"]
    timeline = reviewer_api.get("/api/v1/metrics/drones-down/timeline/").json()
    assert "Hidden Outlet" in str(timeline)


@pytest.fixture
def parts_of_a_draft_whole(db):
    """Two published estimates that disagree, each said to be part of a draft total."""
    make = ClaimFactory()
    metric = Metric.objects.create(name="Workers sent", slug="workers-sent", unit="workers")
    period = {"metric": metric, "unit": "workers", "period_start": date(2025, 7, 1), "period_end": date(2025, 7, 31)}
    builders = make(value=5000, status="published", **period)
    deminers = make(value=1000, status="published", **period)
    whole = make(value=6000, status="draft", **period)
    for part in (builders, deminers):
        ClaimRelation.objects.create(from_claim=part, to_claim=whole, kind="part_of")
    return builders, deminers


def conflict_counts(api):
    claims = api.get("/api/v1/claims/?conflicting=true&count=true").json()["count"]
    timeline = api.get("/api/v1/metrics/workers-sent/conflicts/").json()["live_count"]
    return claims, timeline


def test_a_hidden_whole_changes_no_public_conflict(parts_of_a_draft_whole, reviewer_api):
    # The public does not see the whole, so the two published figures are rivals: one conflict.
    assert conflict_counts(APIClient()) == (2, 1)
    # The newsroom sees they are parts of one total, which is no conflict.
    assert conflict_counts(reviewer_api) == (0, 0)


def test_the_public_count_is_the_count_without_the_draft(parts_of_a_draft_whole):
    before = conflict_counts(APIClient())
    ClaimRelation.objects.all().delete()
    assert conflict_counts(APIClient()) == before
