"""A metric with more claims than a timeline holds shows those with the latest periods."""

from datetime import date

import pytest

from claims.metrics import timeline as timeline_module
from claims.metrics.timeline import metric_timeline


@pytest.fixture
def monthly(estimate):
    """Eight estimates, one per month of 2024 (January first); figures 1,000 … 8,000."""
    return [
        estimate(1000 * month, "exact", start=date(2024, month, 1), end=date(2024, month, 28)) for month in range(1, 9)
    ]


@pytest.fixture
def limit_of_five(monkeypatch):
    monkeypatch.setattr(timeline_module, "TIMELINE_LIMIT", 5)


def months(timeline):
    return [entry.claim.period_start.month for entry in timeline.entries]


def test_a_metric_within_the_limit_shows_every_claim(monthly, metric):
    timeline = metric_timeline(metric, limit=8)
    assert months(timeline) == [1, 2, 3, 4, 5, 6, 7, 8]
    assert (timeline.claim_count, timeline.truncated) == (8, False)


def test_beyond_the_limit_the_latest_periods_are_shown_and_all_are_counted(monthly, metric):
    timeline = metric_timeline(metric, limit=5)
    assert months(timeline) == [4, 5, 6, 7, 8]
    assert (timeline.claim_count, timeline.truncated) == (8, True)


def test_the_preferred_estimate_and_the_claim_asked_for_are_always_shown(monthly, metric):
    monthly[0].rank = "preferred"
    monthly[0].save()
    timeline = metric_timeline(metric, limit=5, include=monthly[1])
    assert months(timeline) == [1, 2, 4, 5, 6, 7, 8]
    assert timeline.preferred.claim == monthly[0]
    assert timeline.claim_count == 8 and timeline.truncated


def test_the_api_json_chart_and_admin_say_the_timeline_is_cut(monthly, metric, client, editor_client, limit_of_five):
    data = client.get(f"/api/v1/metrics/{metric.slug}/timeline/").json()
    assert (data["claim_count"], data["truncated"], len(data["claims"])) == (8, True, 5)
    conflicts = client.get(f"/api/v1/metrics/{metric.slug}/conflicts/").json()
    assert (conflicts["claim_count"], conflicts["truncated"]) == (8, True)
    assert client.get(f"/metrics/{metric.slug}/timeline.json").json()["claim_count"] == 8
    chart = client.get(f"/metrics/{metric.slug}/chart.svg").content.decode()
    assert "the latest 5 of 8 claims" in chart
    page = editor_client.get(f"/admin/claims/metric/{metric.pk}/change/").content.decode()
    assert "the 5 claims with the latest periods, of 8" in page


def test_a_claim_page_compares_the_claim_even_when_it_is_older_than_the_window(
    monthly, estimate, metric, editor_client, limit_of_five
):
    # "Since January 2024": an open period that overlaps every month, with a figure far from theirs.
    old = estimate(50_000, "exact", start=date(2024, 1, 1), end=None)
    page = editor_client.get(f"/admin/claims/claim/{old.pk}/change/").content.decode()
    assert "Compared with 6 of the 9 claims on the metric" in page
    assert "8,000 troops" in page, "its conflict with August's figure is shown side by side"
    assert "Not shown on" not in page
