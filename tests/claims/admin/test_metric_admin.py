"""The metric page: chart, timeline table, conflicts side by side, origins, ranking, attaching."""

from datetime import date

import pytest
from django.urls import reverse

from claims.models import Claim, ConflictExplanation, Metric


def metric_page(client, metric):
    return client.get(reverse("admin:claims_metric_change", args=[metric.pk]))


def test_seeded_troop_metric_page(editor_client, seeded):
    metric = Metric.objects.get(name="North Korean military personnel sent to Russia")
    response = metric_page(editor_client, metric)
    assert response.status_code == 200
    page = response.content.decode()
    assert "1 outlet, 2 origins: US, Ukrainian and South Korean officials, National Intelligence Service" in page
    assert "<svg" in page and "≈ 12,000 troops" in page and "≈ 4,000 soldiers" in page
    assert "Daily8 ← South Korean lawmakers ← National Intelligence Service" in page
    assert "Conflicting estimates (0 live)" in page
    assert reverse("claims:metric-chart", args=[metric.slug]) in page


def test_seeded_worker_metric_page_shows_the_total_and_its_parts(editor_client, seeded):
    response = metric_page(editor_client, Metric.objects.get(slug="north-korean-workers-sent-to-kursk"))
    page = response.content.decode()
    assert "Totals and their parts" in page and "consistent" in page
    assert "independently corroborated" in page


def test_conflicts_are_shown_side_by_side_with_a_link_to_explain(editor_client, estimate, metric):
    a, b = estimate(12000, "approx"), estimate(3000, "exact")
    page = metric_page(editor_client, metric).content.decode()
    assert "Conflicting estimates (1 live)" in page
    assert 'class="conflict-pair live"' in page
    add = reverse("admin:claims_conflictexplanation_add")
    assert f"{add}?claim_a={a.pk}&amp;claim_b={b.pk}" in page


def test_editor_explains_a_conflict(editor_client, editor, estimate, metric):
    a, b = estimate(12000, "approx"), estimate(3000, "exact")
    url = reverse("admin:claims_conflictexplanation_add")
    form = editor_client.get(url, {"claim_a": b.pk, "claim_b": a.pk})
    assert form.status_code == 200
    response = editor_client.post(
        url, {"claim_a": b.pk, "claim_b": a.pk, "reason": "different_scope", "note": "Combat troops only."}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:claims_metric_change", args=[metric.pk]) + "#conflicts"
    explanation = ConflictExplanation.objects.get()
    assert (explanation.claim_a, explanation.claim_b, explanation.explained_by) == (a, b, editor)
    assert explanation.history.first().history_user == editor
    page = metric_page(editor_client, metric).content.decode()
    assert "Conflicting estimates (0 live)" in page and "Combat troops only." in page


def test_explaining_claims_on_different_metrics_is_a_form_error(editor_client, estimate, metric):
    other = Metric.objects.create(name="Workers", slug="workers")
    a, b = estimate(12000, "approx"), estimate(3000, "exact", metric=other)
    response = editor_client.post(
        reverse("admin:claims_conflictexplanation_add"),
        {"claim_a": a.pk, "claim_b": b.pk, "reason": "other", "note": "x"},
    )
    assert response.status_code == 200
    assert "Only two claims on the same metric can conflict." in response.content.decode()
    assert not ConflictExplanation.objects.exists()


def test_set_rank_from_the_metric_page(editor_client, estimate, metric):
    old = estimate(12000, "approx", rank="preferred")
    new = estimate(11000, "exact")
    url = reverse("admin:claims_metric_rank", args=[metric.pk])
    response = editor_client.post(url, {"claim": new.pk, "rank": "preferred"}, follow=True)
    assert "is now preferred" in response.content.decode()
    assert dict(Claim.objects.values_list("pk", "rank")) == {old.pk: "normal", new.pk: "preferred"}
    editor_client.post(url, {"claim": old.pk, "rank": "deprecated:superseded"})
    old.refresh_from_db()
    assert (old.rank, old.deprecation_reason) == ("deprecated", "superseded")


@pytest.mark.parametrize(
    "data",
    [{"claim": "abc", "rank": "preferred"}, {"claim": "", "rank": "normal"}, {"claim": "999999", "rank": "normal"}],
)
def test_set_rank_with_a_tampered_form_is_a_404(editor_client, estimate, metric, data):
    estimate(12000, "approx")
    assert editor_client.post(reverse("admin:claims_metric_rank", args=[metric.pk]), data).status_code == 404


def test_set_rank_with_a_bad_rank_is_an_error_message(editor_client, estimate, metric):
    claim = estimate(12000, "approx")
    url = reverse("admin:claims_metric_rank", args=[metric.pk])
    response = editor_client.post(url, {"claim": claim.pk, "rank": "deprecated:whim"}, follow=True)
    assert "was not ranked" in response.content.decode()
    claim.refresh_from_db()
    assert claim.rank == "normal"


def test_set_rank_needs_post_and_permission(client, django_user_model, estimate, metric):
    claim = estimate(12000, "approx")
    url = reverse("admin:claims_metric_rank", args=[metric.pk])
    viewer = django_user_model.objects.create_user("viewer", password="pw", is_staff=True)
    client.force_login(viewer)
    assert client.post(url, {"claim": claim.pk, "rank": "preferred"}).status_code == 403


def test_attach_a_claim_to_the_metric_after_confirming(editor_client, editor, make_claim, metric):
    claim = make_claim(value=11000, qualifier="approx", unit="troops")
    url = reverse("admin:claims_metric_attach", args=[metric.pk, claim.pk])
    back = reverse("admin:claims_claim_change", args=[claim.pk])
    confirm = editor_client.get(url, {"next": back})
    assert confirm.status_code == 200 and "Yes, attach it" in confirm.content.decode()
    claim.refresh_from_db()
    assert claim.metric is None, "nothing changes before the editor confirms"
    response = editor_client.post(url, {"version": claim.version, "next": back})
    assert response.status_code == 302 and response["Location"] == back
    claim.refresh_from_db()
    assert claim.metric == metric
    assert claim.history.first().history_user == editor


def test_attach_refuses_a_stale_page_and_an_outside_redirect(editor_client, make_claim, metric):
    claim = make_claim(value=11000, qualifier="approx", unit="troops")
    url = reverse("admin:claims_metric_attach", args=[metric.pk, claim.pk])
    response = editor_client.post(url, {"version": claim.version + 5, "next": "https://evil.example/"}, follow=True)
    assert "changed by someone else" in response.content.decode()
    assert response.redirect_chain[0][0] == reverse("admin:claims_metric_change", args=[metric.pk])
    claim.refresh_from_db()
    assert claim.metric is None


@pytest.mark.parametrize("rows", [3, 12])
def test_metric_page_query_count_is_fixed(editor_client, many_estimates, metric, django_assert_max_num_queries, rows):
    many_estimates(rows, status="draft")
    with django_assert_max_num_queries(20):
        response = metric_page(editor_client, metric)
    assert response.status_code == 200
    assert response.content.decode().count('class="claim') >= rows


def test_metric_list_counts_claims_in_live_conflict(editor_client, estimate, metric):
    estimate(12000, "approx")
    estimate(3000, "exact")
    estimate(4000, "approx", start=date(2025, 1, 1), end=date(2025, 6, 30))
    Metric.objects.create(name="Quiet metric", slug="quiet")
    response = editor_client.get(reverse("admin:claims_metric_changelist"))
    rows = {m.slug: (m.claim_total, m.conflicting_total) for m in response.context["cl"].result_list}
    assert rows == {"nk-troops": (3, 2), "quiet": (0, 0)}
