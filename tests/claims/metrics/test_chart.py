"""The timeline chart: a self-contained SVG with every claim, readable from 0 to 200 claims."""

import re
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from claims.chains import LinkData
from claims.metrics.chart import render_chart
from claims.metrics.timeline import metric_timeline
from claims.models import Attribution, Claim
from tests.factories import make_actor, make_source

SVG = "{http://www.w3.org/2000/svg}"


def chart_of(metric, **kwargs):
    svg = render_chart(metric_timeline(metric), **kwargs)
    return svg, ET.fromstring(svg)  # parses: well-formed XML


def claim_groups(root):
    return {g.get("id"): g for g in root.iter(f"{SVG}g") if (g.get("id") or "").startswith("claim-")}


def bulk_estimates(metric, count):
    """``count`` published estimates on ``metric``, five days apart, four qualifiers, twelve
    origins: two queries (the chart only reads them; building 200 through the services took
    most of this module's time)."""
    speakers = [make_actor(f"Speaker {i}", kind="agency") for i in range(12)]
    source = make_source()
    claims = Claim.objects.bulk_create(
        Claim(
            statement=f"Estimate {i}",
            value=Decimal(1000 + 37 * i),
            qualifier=("exact", "approx", "more_than", "up_to")[i % 4],
            unit="troops",
            metric=metric,
            status="published",
            published_at=timezone.now(),
            period_start=date(2023, 1, 1) + timedelta(days=5 * i),
            period_end=date(2023, 1, 1) + timedelta(days=5 * i + 30),
        )
        for i in range(count)
    )
    Attribution.objects.bulk_create(
        Attribution(
            claim=claim, source=source, actor=speakers[i % len(speakers)], verb="said", role="origin", position=1
        )
        for i, claim in enumerate(claims)
    )
    return list(Claim.objects.filter(pk__in=[claim.pk for claim in claims]))


@pytest.mark.parametrize("count", [0, 1, 2, 200])
def test_chart_contains_every_claim(metric, count):
    claims = bulk_estimates(metric, count)
    svg, root = chart_of(metric)
    groups = claim_groups(root)
    assert set(groups) == {f"claim-{claim.pk}" for claim in claims}
    for claim in claims:
        tooltip = groups[f"claim-{claim.pk}"].find(f"{SVG}title").text
        assert claim.figure_display in tooltip
    assert root.find(f"{SVG}title").text == metric.name
    if count == 0:
        assert "No claim with a figure on this metric yet." in svg
    else:
        assert f"{count} claim{'s' if count > 1 else ''}" in root.find(f"{SVG}desc").text
    if count == 200:
        assert "3 other origins" in svg, "nine origins get a colour of their own, the rest share grey"


def test_points_intervals_and_open_ends(estimate, metric):
    exact = estimate(5000, "exact")
    approx = estimate(12000, "approx")
    open_above = estimate(6000, "more_than")
    svg, root = chart_of(metric)
    groups = claim_groups(root)
    assert groups[f"claim-{exact.pk}"].find(f"{SVG}line[@class='mark']") is None, "a point has no bar"
    assert groups[f"claim-{approx.pk}"].find(f"{SVG}line[@class='mark']") is not None
    fade = groups[f"claim-{open_above.pk}"].find(f"{SVG}rect")
    assert "fade-up" in fade.get("fill"), "an open end fades out towards the top"
    assert groups[f"claim-{open_above.pk}"].find(f"{SVG}path") is not None, "with an arrowhead"


def test_preferred_deprecated_and_retracted_are_marked(estimate, metric):
    preferred = estimate(12000, "approx", rank="preferred")
    deprecated = estimate(3000, "exact", rank="deprecated", deprecation_reason="superseded")
    retracted = estimate(2000, "exact", status="retracted")
    svg, root = chart_of(metric)
    groups = claim_groups(root)
    assert "preferred" in groups[f"claim-{preferred.pk}"].get("class")
    assert "preferred: ≈ 12,000 troops" in svg
    assert "deprecated" in groups[f"claim-{deprecated.pk}"].get("class")
    assert "Superseded by a later figure" in groups[f"claim-{deprecated.pk}"].find(f"{SVG}title").text
    assert "retracted" in groups[f"claim-{retracted.pk}"].get("class")


def test_figures_spanning_magnitudes_use_a_log_axis(estimate, metric):
    estimate(477, "exact")
    estimate(10_000_000_000, "magnitude")
    svg, _ = chart_of(metric)
    assert "log scale" in svg
    assert ">1,000<" in svg and ">1 billion<" in svg and ">100 billion<" in svg


def test_undated_claims_get_their_own_band(estimate, metric):
    undated = estimate(12000, "approx", start=None, end=None)
    svg, root = chart_of(metric)
    assert f"claim-{undated.pk}" in claim_groups(root)
    assert ">no date<" in svg


def test_text_is_escaped_and_nothing_is_fetched(estimate, metric):
    metric.name = 'Troops <script>alert("x")</script> & more'
    metric.save()
    estimate(12000, "approx", statement="<b>bold</b> claim")
    svg, root = chart_of(metric)
    assert "<script>" not in svg and "<b>" not in svg
    assert root.find(f"{SVG}title").text == metric.name
    assert not re.search(r"""(?:href|src)=["']https?://""", svg), "no external request"


def test_claims_link_to_their_page_when_asked(estimate, metric):
    claim = estimate(12000, "approx")
    svg, _ = chart_of(metric, claim_url=lambda c: f"/admin/claims/claim/{c.pk}/change/")
    assert f'href="/admin/claims/claim/{claim.pk}/change/"' in svg


def mark_colour(group):
    """The colour a reader sees for a claim: its marker's outline (filled, unless deprecated)."""
    return group.find(f"{SVG}circle[@class='mark']").get("stroke")


def legend_colours(root):
    """Legend entries as {name: colour}: each swatch is followed by its name."""
    legend = list(root.find(f"{SVG}g[@class='legend']"))
    return {
        text.text: swatch.get("fill")
        for swatch, text in zip(legend, legend[1:], strict=False)
        if swatch.tag == f"{SVG}circle" and text.tag == f"{SVG}text"
    }


def test_each_origin_has_its_own_colour_and_the_legend_names_it(estimate, metric):
    source = make_source()
    agency, ministry, lawmakers = (make_actor(name, kind="agency") for name in ("Agency", "Ministry", "Lawmakers"))
    by_origin = {
        "Agency": [
            estimate(12000, "approx", links=[LinkData(source, agency, "said", "origin", 1)]),
            estimate(11000, "exact", links=[LinkData(source, agency, "said", "origin", 1)]),
        ],
        "Ministry": [estimate(3000, "exact", links=[LinkData(source, ministry, "said", "origin", 1)])],
        "Lawmakers": [estimate(4000, "more_than", links=[LinkData(source, lawmakers, "said", "origin", 1)])],
    }
    _, root = chart_of(metric)
    groups, legend = claim_groups(root), legend_colours(root)
    assert set(legend) == set(by_origin)
    assert len(set(legend.values())) == 3, "three origins, three colours"
    for origin, claims in by_origin.items():
        for claim in claims:
            assert mark_colour(groups[f"claim-{claim.pk}"]) == legend[origin], (origin, claim.figure_display)


def test_origins_beyond_the_palette_share_the_grey_of_other_origins(estimate, metric):
    source = make_source()
    speakers = [make_actor(f"Speaker {i:02}", kind="agency") for i in range(11)]
    # Speakers 0–8 say two figures each and get the nine colours; 9 and 10 say one each.
    claims = {
        speaker.name: [
            estimate(1000 + 100 * i + j, "exact", links=[LinkData(source, speaker, "said", "origin", 1)])
            for j in range(2 if i < 9 else 1)
        ]
        for i, speaker in enumerate(speakers)
    }
    _, root = chart_of(metric)
    groups, legend = claim_groups(root), legend_colours(root)
    assert len(legend) == 10 and legend["2 other origins"] == "#8A8A8A"
    assert len(set(legend.values())) == 10
    for name, said in claims.items():
        expected = legend.get(name, legend["2 other origins"])
        assert {mark_colour(groups[f"claim-{claim.pk}"]) for claim in said} == {expected}, name


def test_claims_are_placed_left_to_right_by_date(estimate, metric):
    # Saved out of order, and a figure that does not grow with time.
    ends = [date(2024, 6, 30), date(2023, 1, 31), date(2025, 3, 31), date(2024, 1, 15), date(2023, 9, 30)]
    claims = [estimate(5000 + 1000 * (i % 2), "exact", start=None, end=end) for i, end in enumerate(ends)]
    undated = estimate(7000, "exact", start=None, end=None, source=make_source(published=None))
    _, root = chart_of(metric)
    groups = claim_groups(root)

    def x(claim):
        return float(groups[f"claim-{claim.pk}"].find(f"{SVG}circle[@class='mark']").get("cx"))

    by_date = sorted(claims, key=lambda claim: claim.period_end)
    positions = [x(claim) for claim in by_date]
    assert positions == sorted(positions) and len(set(positions)) == len(positions), positions
    # A linear time axis: as many pixels per day between any two neighbours (to the SVG's 0.1 px).
    gaps = [b - a for a, b in zip(positions, positions[1:], strict=False)]
    days = [(b.period_end - a.period_end).days for a, b in zip(by_date, by_date[1:], strict=False)]
    per_day = [gap / day for gap, day in zip(gaps, days, strict=True)]
    assert per_day == pytest.approx([per_day[0]] * 4, rel=0.01)
    assert x(undated) > max(positions), "claims without a date come after the dated ones"


def test_a_claims_verdict_is_in_its_tooltip(estimate, metric):
    from claims.models import Review
    from claims.services import review_save

    reviewed = estimate(12000, "approx")
    review_save(review=Review(claim=reviewed, rating="mostly_false", status="published"))
    unreviewed = estimate(3000, "exact")
    _, root = chart_of(metric)
    groups = claim_groups(root)
    assert "verdict: Mostly false" in groups[f"claim-{reviewed.pk}"].find(f"{SVG}title").text
    assert "verdict" not in groups[f"claim-{unreviewed.pk}"].find(f"{SVG}title").text
