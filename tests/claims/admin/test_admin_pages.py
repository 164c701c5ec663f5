"""Every admin page opens for the roles that use it (catches typos in admin options)."""

from types import SimpleNamespace

import pytest
from django.contrib import admin
from django.urls import reverse

from claims.models import Claim, ImportRun, Review
from sources.models import Outlet, Source

# Written only by what they record (claims.interchange.importing.runs): no add page.
READ_ONLY = {ImportRun}


def autocomplete_fields():
    """(model, field) of every autocomplete picker on the admin's forms and their inlines."""
    fields = set()
    for model, model_admin in admin.site._registry.items():
        fields.update((model, name) for name in model_admin.autocomplete_fields)
        for inline in model_admin.inlines:
            fields.update((inline.model, name) for name in inline.autocomplete_fields)
    return sorted(fields, key=lambda pair: (pair[0]._meta.label, pair[1]))


def test_autocomplete_pickers_list_in_a_stable_order(superuser, client, seeded):
    """Every picker pages its choices: unordered (UnorderedObjectListWarning, an error in the
    suite) a choice could show on two pages or none. One seeded world serves them all."""
    client.force_login(superuser)
    pickers = autocomplete_fields()
    assert len(pickers) >= 10, pickers
    for model, field in pickers:
        query = {"app_label": model._meta.app_label, "model_name": model._meta.model_name, "field_name": field}
        response = client.get(reverse("admin:autocomplete"), {**query, "term": ""})
        assert response.status_code == 200, (model.__name__, field)
        assert response.json()["results"], f"{model.__name__}.{field}: the seeded records are offered"


@pytest.mark.parametrize("model", [m for m in admin.site._registry if m._meta.app_label in ("claims", "sources")])
def test_changelist_and_add_pages_open(superuser, client, seeded, model):
    client.force_login(superuser)
    opts = model._meta
    assert client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")).status_code == 200
    # Read-only logs (the webhook delivery log) have no add page.
    can_add = admin.site._registry[model].has_add_permission(SimpleNamespace(user=superuser))
    add_page = client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_add"))
    assert add_page.status_code == (200 if can_add else 403)
    obj = model.objects.first()
    if obj is not None:
        assert client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])).status_code == 200
        assert (
            client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_history", args=[obj.pk])).status_code == 200
        )


def test_editor_sees_claims_sources_and_actors(editor_client, seeded):
    for name in ["claims_claim", "sources_source", "sources_actor", "sources_outlet", "claims_metric"]:
        assert editor_client.get(reverse(f"admin:{name}_changelist")).status_code == 200


def test_editor_cannot_add_reviews(editor_client, seeded):
    assert editor_client.get(reverse("admin:claims_review_add")).status_code == 403


def test_deleting_a_referenced_source_is_refused(superuser, client, seeded):
    client.force_login(superuser)
    source = Source.objects.get(title__startswith="Defense Department")
    response = client.post(reverse("admin:sources_source_delete", args=[source.pk]), {"post": "yes"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "would require deleting the following protected related objects" in page
    assert Source.objects.filter(pk=source.pk).exists()


def test_deleting_a_referenced_outlet_is_refused(superuser, client, seeded):
    client.force_login(superuser)
    outlet = Outlet.objects.get(slug="the-hill")
    client.post(reverse("admin:sources_outlet_delete", args=[outlet.pk]), {"post": "yes"})
    assert Outlet.objects.filter(pk=outlet.pk).exists()


def test_autocomplete_finds_actor_by_alias(editor_client, seeded):
    response = editor_client.get(
        reverse("admin:autocomplete"),
        {"term": "spy agency", "app_label": "claims", "model_name": "attribution", "field_name": "actor"},
    )
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["National Intelligence Service"]


def test_published_review_sets_verdict_from_the_claim_page(reviewer_client, seeded):
    claim = Claim.objects.get(value=477)
    assert Review.objects.filter(claim=claim).count() == 0
    response = reviewer_client.get(reverse("admin:claims_claim_change", args=[claim.pk]))
    assert response.status_code == 200
