"""The timeline chart: a self-contained SVG with every claim, readable from 0 to 200 claims."""

import re
import xml.etree.ElementTree as ET
from datetime import date, timedelta

import pytest

from claims.chains import LinkData
from claims.metrics.chart import render_chart
from claims.metrics.timeline import metric_timeline
from tests.factories import make_actor, make_source

SVG = "{http://www.w3.org/2000/svg}"


def chart_of(metric, **kwargs):
    svg = render_chart(metric_timeline(metric), **kwargs)
    return svg, ET.fromstring(svg)  # parses: well-formed XML


def claim_groups(root):
    return {g.get("id"): g for g in root.iter(f"{SVG}g") if (g.get("id") or "").startswith("claim-")}


@pytest.mark.parametrize("count", [0, 1, 2, 200])
def test_chart_contains_every_claim(estimate, metric, count):
    speakers = [make_actor(f"Speaker {i}", kind="agency") for i in range(12)]
    source = make_source()
    claims = [
        estimate(
            1000 + 37 * i,
            ("exact", "approx", "more_than", "up_to")[i % 4],
            start=date(2023, 1, 1) + timedelta(days=5 * i),
            end=date(2023, 1, 1) + timedelta(days=5 * i + 30),
            links=[LinkData(source, speakers[i % len(speakers)], "said", "origin", 1)],
        )
        for i in range(count)
    ]
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
