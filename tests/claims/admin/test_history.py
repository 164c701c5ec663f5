"""Reverting a claim from its history page, as a reviewer clicks through it (claims/admin/history.py).

A reviewer's revert of a published claim applies at once; an editor's waits as a pending
revision like any of their changes to a public claim (tests/claims/admin/test_revision_admin.py).

Each test opens the history page, follows the link to the old version, reads the revert
form as rendered and submits it: what the page carries (its hidden ``loaded_version``
above all) is what is tested.
"""

import pytest
from django.urls import reverse

from claims.chains import LinkData
from claims.models import Claim, Review
from claims.services import chain_replace, claim_save, claim_transition, review_save
from tests.factories import make_actor, make_source
from tests.rendered_forms import links_to, rendered_form

REVERT_FORM = "historicalclaim_form"


@pytest.fixture
def mistaken_edit(reviewer, make_claim):
    """A published claim ("5 drones" from the ministry) that a reviewer got wrong: 500 drones, from a blogger."""
    source = make_source(title="Drone strike report")
    ministry, blogger = make_actor("Defence Ministry"), make_actor("A blogger")
    claim = make_claim(
        value=5,
        qualifier="exact",
        unit="drones",
        statement="Five drones were shot down",
        links=[LinkData(source, ministry, "said", "origin", 1)],
        status="published",
        user=reviewer,
    )
    claim = Claim.objects.get(pk=claim.pk)
    claim.statement, claim.value = "Five hundred drones were shot down", 500
    claim_save(claim=claim, user=reviewer)
    chain_replace(claim=claim, links=[LinkData(source, blogger, "said", "origin", 1)], user=reviewer)
    return Claim.objects.get(pk=claim.pk)


def open_revert_page(client, claim, statement):
    """History → the version whose statement was ``statement``: its revert page, as a person reaches it."""
    history = client.get(reverse("admin:claims_claim_history", args=[claim.pk]))
    assert history.status_code == 200
    links = links_to(history.content, statement)
    assert links, f"no link to the version “{statement}” on the history page"
    page = client.get(links[-1])  # the oldest version with that statement (the list is newest first)
    assert page.status_code == 200
    return links[-1], page


def test_a_reviewer_reverts_a_mistaken_edit_from_the_history_page(reviewer_client, reviewer, mistaken_edit):
    url, page = open_revert_page(reviewer_client, mistaken_edit, "Five drones were shot down")
    form = rendered_form(page.content, REVERT_FORM)
    assert form.value("restore_chain") == "1", "the chain differs, so restoring it is ticked"
    response = reviewer_client.post(url, form)
    assert response.status_code == 302, response.content.decode()[:3000]
    claim = Claim.objects.get(pk=mistaken_edit.pk)
    assert (claim.statement, claim.figure_display) == ("Five drones were shot down", "5 drones")
    assert [link.actor.name for link in claim.attributions.all()] == ["Defence Ministry"]
    assert claim.status == "published"
    assert claim.version == mistaken_edit.version + 1
    assert claim.history.latest().history_user == reviewer


def test_a_revert_is_refused_when_someone_saved_after_the_page_was_opened(reviewer_client, reviewer, mistaken_edit):
    url, page = open_revert_page(reviewer_client, mistaken_edit, "Five drones were shot down")
    form = rendered_form(page.content, REVERT_FORM)
    other = Claim.objects.get(pk=mistaken_edit.pk)
    other.place = "Kharkiv"
    claim_save(claim=other, user=reviewer)

    response = reviewer_client.post(url, form)
    assert response.status_code == 200
    assert "Someone else saved this claim after you opened it" in response.content.decode()
    claim = Claim.objects.get(pk=mistaken_edit.pk)
    assert (claim.statement, claim.value, claim.place) == ("Five hundred drones were shot down", 500, "Kharkiv")
    assert [link.actor.name for link in claim.attributions.all()] == ["A blogger"]

    # Opened again, the page carries today's version and the revert goes through.
    url, page = open_revert_page(reviewer_client, mistaken_edit, "Five drones were shot down")
    assert reviewer_client.post(url, rendered_form(page.content, REVERT_FORM)).status_code == 302
    assert Claim.objects.get(pk=mistaken_edit.pk).value == 5


def test_a_revert_never_restores_status_or_verdict(reviewer_client, reviewer, mistaken_edit):
    review_save(review=Review(claim=mistaken_edit, rating="false", status="published"), user=reviewer)
    claim_transition(claim=mistaken_edit, action="retract", user=reviewer, reason="Misread.")
    url, page = open_revert_page(reviewer_client, mistaken_edit, "Five drones were shot down")
    assert reviewer_client.post(url, rendered_form(page.content, REVERT_FORM)).status_code == 302
    claim = Claim.objects.get(pk=mistaken_edit.pk)
    assert claim.value == 5
    assert (claim.status, claim.verdict) == ("retracted", "false")


def test_a_revert_refused_by_the_service_is_shown_on_the_form(reviewer_client, reviewer, mistaken_edit, monkeypatch):
    """Someone saves between the form's early check and the revert's save: the service's locked check refuses.

    (The other save runs on the test's one connection, inside the view's transaction, so
    it is rolled back with it; tests/claims/admin/test_claim_admin_races.py races real ones.)
    """
    from claims.admin import forms

    check = forms.ClaimAdminForm._check_not_stale

    def check_then_someone_saves(form, loaded):
        check(form, loaded)
        other = Claim.objects.get(pk=mistaken_edit.pk)
        other.place = "Kharkiv"
        claim_save(claim=other, user=reviewer)

    url, page = open_revert_page(reviewer_client, mistaken_edit, "Five drones were shot down")
    form = rendered_form(page.content, REVERT_FORM)
    monkeypatch.setattr(forms.ClaimAdminForm, "_check_not_stale", check_then_someone_saves)
    response = reviewer_client.post(url, form)
    assert response.status_code == 200
    assert "Someone else saved this claim after you opened it" in response.content.decode()
    claim = Claim.objects.get(pk=mistaken_edit.pk)
    assert claim.value == 500
    assert [link.actor.name for link in claim.attributions.all()] == ["A blogger"]
