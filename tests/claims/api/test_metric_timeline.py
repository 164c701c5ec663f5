"""The API's metric timeline and conflicts, the ``conflicting`` filter, preferred-first lists."""

from datetime import date

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from claims.models import ConflictExplanation, Metric


def api(name, **kwargs):
    return reverse(f"api:{name}", kwargs={"version": "v1", **kwargs})


def listed_ids(**params):
    return {row["id"] for row in APIClient().get(api("claim-list"), params).json()["results"]}


@pytest.fixture
def staff_api(editor):
    client = APIClient()
    client.force_authenticate(editor)
    return client


def test_timeline_of_the_seeded_troop_metric_by_slug(seeded):
    metric = Metric.objects.get(name="North Korean military personnel sent to Russia")
    response = APIClient().get(api("metric-timeline", pk=metric.slug))
    assert response.status_code == 200
    data = response.json()
    rows = [(row["figure"], [origin["name"] for origin in row["origins"]]) for row in data["claims"]]
    assert rows == [
        ("≈ 12,000 troops", ["US, Ukrainian and South Korean officials"]),
        ("≈ 4,000 soldiers", ["National Intelligence Service"]),
    ]
    assert data["claims"][0]["interval"] == {"low": 10800, "high": 13200}
    assert data["conflicts"] == []
    assert APIClient().get(api("metric-timeline", pk=metric.pk)).json() == data, "by id or by slug"


def test_timeline_api_matches_the_json_file(client, seeded):
    metric = Metric.objects.get(slug="north-korean-workers-sent-to-kursk")
    from_api = APIClient().get(api("metric-timeline", pk=metric.slug)).json()
    from_file = client.get(reverse("claims:metric-timeline", args=[metric.slug])).json()
    assert from_api == from_file
    assert from_api["part_sums"][0]["consistent"] is True


def test_anonymous_clients_see_published_claims_only(estimate, metric, staff_api):
    estimate(12000, "approx")
    estimate(3000, "exact", status="draft")
    assert len(APIClient().get(api("metric-timeline", pk=metric.slug)).json()["claims"]) == 1
    assert APIClient().get(api("metric-conflicts", pk=metric.slug)).json()["count"] == 0
    assert staff_api.get(api("metric-conflicts", pk=metric.slug)).json()["count"] == 1


def test_conflicts_list_live_and_explained_pairs(estimate, metric):
    a = estimate(12000, "approx")
    b = estimate(3000, "exact")
    c = estimate(2000, "exact", start=date(2024, 6, 1), end=date(2024, 6, 30))
    ConflictExplanation.objects.create(claim_a=a, claim_b=c, reason="different_scope", note="Only combat units.")
    data = APIClient().get(api("metric-conflicts", pk=metric.pk)).json()
    assert data["metric"]["slug"] == metric.slug
    assert (data["count"], data["live_count"]) == (3, 2)
    pairs = {tuple(side["id"] for side in row["claims"]): row for row in data["results"]}
    assert set(pairs) == {(a.pk, b.pk), (a.pk, c.pk), (b.pk, c.pk)}
    assert pairs[(a.pk, c.pk)]["live"] is False
    assert pairs[(a.pk, c.pk)]["explanation"]["note"] == "Only combat units."
    assert pairs[(a.pk, b.pk)]["live"] is True and pairs[(a.pk, b.pk)]["explanation"] is None


def test_unknown_metric_is_a_404(db):
    assert APIClient().get(api("metric-timeline", pk="no-such-metric")).status_code == 404
    assert APIClient().get(api("metric-conflicts", pk=999999)).status_code == 404


def test_conflicting_filter_on_claims(estimate, metric):
    a = estimate(12000, "approx")
    b = estimate(3000, "exact")
    calm = estimate(4000, "approx", start=date(2025, 1, 1), end=date(2025, 6, 30))
    assert listed_ids(conflicting="true") == {a.pk, b.pk}
    assert listed_ids(conflicting="false") == {calm.pk}
    response = APIClient().get(api("claim-list"), {"conflicting": "maybe"})
    assert response.status_code == 400
    assert "conflicting" in response.json()


def test_conflicting_filter_ignores_claims_the_client_may_not_see(estimate, metric, staff_api):
    a = estimate(12000, "approx")
    estimate(3000, "exact", status="draft")
    assert APIClient().get(api("claim-list"), {"conflicting": "true"}).json()["results"] == []
    assert a.pk in {row["id"] for row in staff_api.get(api("claim-list"), {"conflicting": "true"}).json()["results"]}


def test_metric_claim_list_puts_the_preferred_estimate_first_and_deprecated_last(estimate, metric):
    deprecated = estimate(3000, "exact", rank="deprecated", deprecation_reason="superseded")
    preferred = estimate(12000, "approx", rank="preferred")
    normal = estimate(11000, "exact")
    newest = estimate(11500, "exact")
    ids = [row["id"] for row in APIClient().get(api("claim-list"), {"metric": metric.slug}).json()["results"]]
    assert ids == [preferred.pk, newest.pk, normal.pk, deprecated.pk]
    by_value = APIClient().get(api("claim-list"), {"metric": metric.slug, "ordering": "value"}).json()["results"]
    assert [row["id"] for row in by_value] == [deprecated.pk, normal.pk, newest.pk, preferred.pk], "explicit wins"


def test_preferred_first_pages_follow_on(estimate, metric):
    claims = [estimate(10000 + i, "exact", rank="preferred" if i == 3 else "normal") for i in range(5)]
    client, url, seen = APIClient(), api("claim-list") + f"?metric={metric.slug}&page_size=2", []
    while url:
        page = client.get(url).json()
        seen += [row["id"] for row in page["results"]]
        url = page["next"]
    assert seen[0] == claims[3].pk
    assert sorted(seen) == sorted(claim.pk for claim in claims)


@pytest.mark.parametrize("name", ["metric-timeline", "metric-conflicts"])
@pytest.mark.parametrize("rows", [3, 12])
def test_query_count_is_fixed(many_estimates, metric, django_assert_max_num_queries, name, rows):
    many_estimates(rows)
    with django_assert_max_num_queries(6):
        response = APIClient().get(api(name, pk=metric.slug))
    assert response.status_code == 200


def test_a_second_preferred_estimate_is_refused_with_a_400(estimate, metric, staff_api):
    estimate(12000, "approx", rank="preferred")
    other = estimate(11000, "exact")
    response = staff_api.patch(api("claim-detail", pk=other.pk), {"rank": "preferred"}, format="json")
    assert response.status_code == 400
    assert "already has a preferred estimate" in str(response.json())
    other.refresh_from_db()
    assert other.rank == "normal"
