"""The claim page's panels: conflicts on its metric, its origins, suggested matches."""

from datetime import date

import pytest
from django.urls import reverse

from claims.models import Claim
from tests.claims.admin.test_claim_admin import claim_form_data
from tests.factories import make_actor, make_source


def claim_page(client, claim):
    response = client.get(reverse("admin:claims_claim_change", args=[claim.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_claim_page_shows_its_conflicts_side_by_side(editor_client, estimate):
    claim = estimate(12000, "approx")
    rival = estimate(3000, "exact", statement="Only 3,000 troops")
    page = claim_page(editor_client, claim)
    assert "Conflicts on its metric" in page
    assert 'class="conflict-pair live"' in page and "Only 3,000 troops" in page
    assert f"?claim_a={claim.pk}&amp;claim_b={rival.pk}" in page


def test_claim_page_shows_origins_and_corroboration(editor_client, seeded):
    total = Claim.objects.get(value=6000, unit="workers")
    page = claim_page(editor_client, total)
    assert "1 outlet, 1 origin: National Intelligence Service" in page
    assert "independently corroborated" in page and "Russian media" in page


def test_claim_page_suggests_matches_with_links_to_attach_and_relate(editor_client, estimate, new_claim, metric):
    estimate(12000, "approx", subject="North Korean troops sent to Kursk", place="Kursk")
    claim = new_claim
    page = claim_page(editor_client, claim)
    assert "≈ 12,000 troops" in page and "shares “korean”, “kursk”, “north”" in page
    attach = reverse("admin:claims_metric_attach", args=[metric.pk, claim.pk])
    assert attach in page and "Attach this claim to" in page
    assert f"{reverse('admin:claims_claimrelation_add')}?from_claim={claim.pk}" in page
    claim.refresh_from_db()
    assert claim.metric is None, "suggestions are never applied by themselves"


def test_saving_a_claim_points_at_its_suggestions(editor_client, estimate):
    estimate(12000, "approx", subject="North Korean troops sent to Kursk", place="Kursk")
    source, actor = make_source(), make_actor()
    data = claim_form_data(
        [{"source": source.pk, "position": 1, "actor": actor.pk, "verb": "said", "role": "origin", "source_count": ""}],
        value="11000",
        unit="troops",
        subject="North Korean troops in Kursk",
        place="Kursk",
        period_start="2024-10-01",
        period_end="2024-12-31",
    )
    response = editor_client.post(reverse("admin:claims_claim_add"), data, follow=True)
    assert "1 existing claim may be about the same quantity" in response.content.decode()


def test_a_claim_without_metric_says_so(editor_client, make_claim):
    page = claim_page(editor_client, make_claim(value=5, unit="drones"))
    assert "Not on a metric" in page
    assert "No other claim looks like the same quantity" in page


def test_add_page_opens_without_panels(editor_client):
    response = editor_client.get(reverse("admin:claims_claim_add"))
    assert response.status_code == 200
    assert "Shown once the claim is saved." in response.content.decode()


@pytest.mark.parametrize("rows", [3, 12])
def test_claim_page_query_count_is_fixed(editor_client, many_estimates, django_assert_max_num_queries, rows):
    claims = many_estimates(rows, status="draft", subject="North Korean troops")
    with django_assert_max_num_queries(22):
        claim_page(editor_client, claims[0])


def test_claims_list_filters_claims_in_a_live_conflict(editor_client, estimate):
    a, b = estimate(12000, "approx"), estimate(3000, "exact")
    calm = estimate(4000, "approx", start=date(2025, 1, 1), end=date(2025, 6, 30))
    changelist = reverse("admin:claims_claim_changelist")
    in_conflict = editor_client.get(changelist, {"conflicting": "yes"}).context["cl"].result_list
    assert set(in_conflict) == {a, b}
    assert list(editor_client.get(changelist, {"conflicting": "no"}).context["cl"].result_list) == [calm]
