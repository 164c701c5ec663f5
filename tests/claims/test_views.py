"""The metric chart as an SVG file and the timeline as JSON, for reporters."""

import pytest
from django.test import Client
from django.urls import reverse

from claims.models import Metric


def test_chart_svg_for_embedding(client, seeded):
    metric = Metric.objects.get(name="North Korean military personnel sent to Russia")
    response = client.get(reverse("claims:metric-chart", args=[metric.slug]))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml; charset=utf-8"
    assert response["Content-Disposition"] == f'inline; filename="{metric.slug}.svg"'
    svg = response.content.decode()
    assert svg.startswith("<svg") and "≈ 12,000 troops" in svg and "≈ 4,000 soldiers" in svg


def test_timeline_json(client, seeded):
    metric = Metric.objects.get(slug="north-korean-workers-sent-to-kursk")
    data = client.get(reverse("claims:metric-timeline", args=[metric.slug])).json()
    assert [row["figure"] for row in data["claims"]] == ["≈ 5,000 workers", "1,000 workers", "6,000 workers"]
    assert data["part_sums"][0]["consistent"] is True
    assert data["summary"]["display"] == "1 outlet, 2 origins: Russian media, National Intelligence Service"


def test_the_public_sees_published_claims_only(editor_client, estimate, metric):
    estimate(12000, "approx")
    estimate(3000, "exact", status="draft")
    url = reverse("claims:metric-timeline", args=[metric.slug])
    public = Client()
    assert len(public.get(url).json()["claims"]) == 1
    assert len(editor_client.get(url).json()["claims"]) == 2
    assert "3,000 troops" not in public.get(reverse("claims:metric-chart", args=[metric.slug])).content.decode()


@pytest.mark.parametrize("name", ["claims:metric-chart", "claims:metric-timeline"])
def test_unknown_metric_is_a_404(client, db, name):
    assert client.get(reverse(name, args=["no-such-metric"])).status_code == 404


@pytest.mark.parametrize("name", ["claims:metric-chart", "claims:metric-timeline"])
@pytest.mark.parametrize("rows", [3, 12])
def test_query_count_is_fixed(client, many_estimates, metric, django_assert_max_num_queries, name, rows):
    many_estimates(rows)
    with django_assert_max_num_queries(6):
        response = client.get(reverse(name, args=[metric.slug]))
    assert response.status_code == 200
