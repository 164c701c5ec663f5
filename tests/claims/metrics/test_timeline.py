"""A metric's timeline: order, seeds, totals and their parts, JSON."""

import json
from datetime import date
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from claims.metrics.serialization import timeline_as_dict
from claims.metrics.timeline import metric_timeline
from claims.models import Claim, Metric, Review
from claims.services import review_save


def test_entries_follow_the_period_they_are_about(estimate, metric):
    estimate(4000, "approx", start=date(2025, 1, 1), end=date(2025, 6, 30))
    estimate(12000, "approx", start=date(2024, 1, 1), end=date(2024, 12, 31))
    estimate(11000, "exact", start=None, end=date(2024, 10, 1))
    estimate(9000, "exact", start=None, end=None)
    figures = [entry.claim.figure_display for entry in metric_timeline(metric).entries]
    assert figures == ["≈ 12,000 troops", "11,000 troops", "≈ 4,000 troops", "9,000 troops"]


def test_entry_carries_interval_origin_chain_outlet_and_date(estimate, metric):
    claim = estimate(60, "more_than", start=date(2024, 3, 1), end=date(2024, 3, 31))
    (entry,) = metric_timeline(metric).entries
    assert entry.interval_display == "[60, ∞)"
    assert entry.date == date(2024, 3, 31), "plotted at the end of its period"
    assert [o.name for o in entry.origins] == [claim.attributions.get().actor.name]
    assert entry.chains == [f"{entry.outlets[0].name} ← {entry.origins[0].name}"]


def test_seeded_troop_metric_shows_both_figures_with_their_origins(seeded):
    timeline = metric_timeline(Metric.objects.get(name="North Korean military personnel sent to Russia"))
    rows = [(entry.claim.figure_display, [o.name for o in entry.origins], entry.chains) for entry in timeline.entries]
    assert rows == [
        (
            "≈ 12,000 troops",
            ["US, Ukrainian and South Korean officials"],
            ["Daily8 ← US, Ukrainian and South Korean officials"],
        ),
        (
            "≈ 4,000 soldiers",
            ["National Intelligence Service"],
            ["Daily8 ← South Korean lawmakers ← National Intelligence Service"],
        ),
    ]
    assert timeline.conflicts == [], "2024 and early 2025 are different periods"
    assert timeline.summary.display() == (
        "1 outlet, 2 origins: US, Ukrainian and South Korean officials, National Intelligence Service"
    )


def test_seeded_worker_total_is_consistent_with_its_parts(seeded):
    timeline = metric_timeline(Metric.objects.get(slug="north-korean-workers-sent-to-kursk"))
    assert sorted(entry.claim.figure_display for entry in timeline.entries) == [
        "1,000 workers",
        "6,000 workers",
        "≈ 5,000 workers",
    ]
    assert timeline.conflicts == []
    (part_sum,) = timeline.part_sums
    assert part_sum.whole.figure_display == "6,000 workers"
    assert sorted(p.figure_display for p in part_sum.parts) == ["1,000 workers", "≈ 5,000 workers"]
    assert part_sum.interval_display == "[5,500, 6,500]"
    assert part_sum.consistent
    total = timeline.entry(part_sum.whole.pk)
    assert total.independently_corroborated, "the intelligence agency's total matches Russian media's parts"
    assert [o.name for o in total.corroborating_origins] == ["National Intelligence Service", "Russian media"]


def test_a_total_outside_the_sum_of_its_parts_is_inconsistent(estimate, metric):
    from claims.models import ClaimRelation

    whole = estimate(9000, "exact")
    for value in (5000, 1000):
        ClaimRelation.objects.create(from_claim=estimate(value, "exact"), to_claim=whole, kind="part_of")
    (part_sum,) = metric_timeline(metric).part_sums
    assert not part_sum.consistent
    assert not metric_timeline(metric).entry(whole.pk).independently_corroborated


def test_anonymous_visitors_see_only_published_claims(estimate, metric):
    estimate(12000, "approx")
    estimate(3000, "exact", status="draft")
    public = metric_timeline(metric, Claim.objects.visible_to(None))
    assert [entry.claim.figure_display for entry in public.entries] == ["≈ 12,000 troops"]
    assert public.conflicts == []


def test_timeline_json(estimate, metric):
    first = estimate(12000, "approx", rank="preferred")
    second = estimate(3000, "exact")
    data = json.loads(json.dumps(timeline_as_dict(metric_timeline(metric))))
    assert data["metric"] == {"id": metric.pk, "slug": "nk-troops", "name": metric.name, "unit": "troops"}
    assert data["preferred"] == first.pk
    by_id = {row["id"]: row for row in data["claims"]}
    assert by_id[first.pk]["interval"] == {"low": 10800, "high": 13200}
    assert by_id[first.pk]["value"] == 12000
    assert by_id[first.pk]["api_url"] == f"/api/v1/claims/{first.pk}/"
    assert by_id[first.pk]["period"] == {"start": "2024-01-01", "end": "2024-12-31"}
    assert by_id[first.pk]["rank"] == "preferred"
    assert by_id[first.pk]["conflicts_with"] == [second.pk]
    assert by_id[second.pk]["origins"][0]["anonymous"] is False
    (conflict,) = data["conflicts"]
    assert conflict["claims"] == [first.pk, second.pk], "both sides are in claims already"
    assert conflict["live"] is True and conflict["explanation"] is None
    assert data["summary"]["display"].startswith("2 outlets, 2 origins: ")


@pytest.fixture
def verdicts(estimate):
    """Three claims on ``metric``: rated false, rated mostly true (latest review wins), not reviewed."""
    rated_false = estimate(3000, "exact", start=date(2024, 1, 1), end=date(2024, 3, 31))
    review_save(review=Review(claim=rated_false, rating="false", status="published"))
    revised = estimate(12000, "approx", start=date(2024, 4, 1), end=date(2024, 6, 30))
    review_save(review=Review(claim=revised, rating="unproven", status="published", date_published=date(2024, 7, 1)))
    review_save(review=Review(claim=revised, rating="mostly_true", status="published", date_published=date(2024, 9, 1)))
    unreviewed = estimate(11000, "exact", start=date(2024, 7, 1), end=date(2024, 9, 30))
    return {rated_false.pk: ("false", "False"), revised.pk: ("mostly_true", "Mostly true"), unreviewed.pk: ("", "—")}


def test_timeline_json_carries_each_claims_verdict(client, metric, verdicts):
    data = client.get(reverse("claims:metric-timeline", args=[metric.slug])).json()
    assert {row["id"]: row["verdict"] for row in data["claims"]} == {pk: code for pk, (code, _) in verdicts.items()}


class TimelineRows(HTMLParser):
    """The admin timeline table's cells, by claim id: ``{pk: {"Verdict": "False", …}}``."""

    def __init__(self):
        super().__init__()
        self.headers, self.rows = [], {}
        self._in_table, self._row, self._cell = False, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table" and "timeline-table" in (attrs.get("class") or "").split():
            self._in_table = True
        elif self._in_table and tag == "tr" and (attrs.get("id") or "").startswith("timeline-claim-"):
            self._row = self.rows.setdefault(int(attrs["id"].removeprefix("timeline-claim-")), [])
        elif self._in_table and tag in ("td", "th"):
            self._cell = []

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            text = " ".join("".join(self._cell).split())
            (self.headers if tag == "th" else self._row).append(text)
            self._cell = None
        elif tag == "tr":
            self._row = None
        elif tag == "table":
            self._in_table = False

    def table(self):
        return {pk: dict(zip(self.headers, cells, strict=False)) for pk, cells in self.rows.items()}


def test_admin_timeline_table_shows_each_claims_verdict(editor_client, metric, verdicts):
    page = editor_client.get(reverse("admin:claims_metric_change", args=[metric.pk]))
    parser = TimelineRows()
    parser.feed(page.content.decode())
    rows = parser.table()
    assert {pk: row["Verdict"] for pk, row in rows.items()} == {pk: shown for pk, (_, shown) in verdicts.items()}
