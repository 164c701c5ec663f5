"""Retractions are published, never silent: the public reads when and why a claim was retracted."""

import pytest
from rest_framework.test import APIClient

from claims.models import Claim, ClaimSheet
from claims.services import claim_transition
from claims.sheets.services import sheet_add_claims
from tests.claims.sheet_files import csv_rows
from tests.rendered_forms import page_form, submit

REASON = "The six sources were one: NBC's report was counted twice."
CHANGELIST = "/admin/claims/claim/"


@pytest.fixture
def retracted(sheet_claims, reviewer):
    """The reviewed, published Hellfire claim, retracted by a reviewer with a reason."""
    return claim_transition(claim=sheet_claims.relayed, action="retract", user=reviewer, reason=REASON)


def test_the_public_reads_a_retracted_claim_with_when_and_why(retracted):
    response = APIClient().get(f"/api/v1/claims/{retracted.pk}/")
    assert response.status_code == 200
    claim = response.json()
    assert claim["status"] == "retracted"
    assert claim["retraction"]["reason"] == REASON
    assert claim["retraction"]["retracted_at"].startswith(retracted.retracted_at.date().isoformat())


def test_public_lists_hold_retracted_claims_when_asked(retracted, sheet_claims):
    public = APIClient()
    listed = public.get("/api/v1/claims/").json()["results"]
    assert retracted.pk not in [claim["id"] for claim in listed]  # the default list: published claims
    assert all(claim["retraction"] is None for claim in listed)
    (only,) = public.get("/api/v1/claims/?status=retracted").json()["results"]
    assert (only["id"], only["retraction"]["reason"]) == (retracted.pk, REASON)
    both = public.get("/api/v1/claims/?status=published,retracted&count=true").json()
    assert both["count"] == len(sheet_claims.published)
    # Drafts stay hidden whatever the filter.
    assert public.get("/api/v1/claims/?status=draft&count=true").json()["count"] == 0


def test_the_api_refuses_a_retraction_without_a_reason(reviewer_api, editor_api, sheet_claims):
    claim = sheet_claims.approx
    url = f"/api/v1/claims/{claim.pk}/retract/"
    for body in ({}, {"reason": ""}, {"reason": "   "}):
        response = reviewer_api.post(url, body, format="json")
        assert response.status_code == 400 and "reason" in response.json(), body
    assert reviewer_api.post(url, {"reason": "x" * 2001}, format="json").status_code == 400
    assert editor_api.post(url, {"reason": REASON}, format="json").status_code == 403
    assert Claim.objects.get(pk=claim.pk).status == "published"
    response = reviewer_api.post(url, {"reason": REASON}, format="json")
    assert response.status_code == 200
    assert (response.json()["status"], response.json()["retraction"]["reason"]) == ("retracted", REASON)


def test_a_public_sheet_keeps_its_retracted_claims_marked(client, retracted, sheet_claims, editor):
    sheet = ClaimSheet.objects.create(name="Hellfire", slug="hellfire", public=True, created_by=editor)
    sheet_add_claims(sheet=sheet, claims=[sheet_claims.approx, retracted])
    rows = csv_rows(b"".join(client.get("/sheets/hellfire.csv").streaming_content))
    assert [row["Status"] for row in rows] == ["Published", "Retracted"]  # words a journalist reads
    assert rows[0]["Retraction"] == ""
    assert rows[1]["Retraction"].startswith("Retracted ") and rows[1]["Retraction"].endswith(REASON)
    page = client.get("/sheets/hellfire/").content.decode()
    assert "Retracted" in page and "NBC&#x27;s report was counted twice" in page
    assert APIClient().get("/api/v1/sheets/hellfire/").json()["claim_count"] == 2


def test_claimreview_carries_the_retraction_as_a_correction(client, retracted, sheet_claims):
    sheet = ClaimSheet.objects.create(name="Hellfire", slug="hellfire", public=True)
    sheet_add_claims(sheet=sheet, claims=[retracted])
    import json

    (review,) = json.loads(b"".join(client.get("/sheets/hellfire.jsonld").streaming_content))["@graph"]
    assert review["claimReviewed"] == retracted.statement
    assert review["correction"]["@type"] == "CorrectionComment"
    assert review["correction"]["text"] == f"Retracted: {REASON}"
    assert review["correction"]["datePublished"].startswith(retracted.retracted_at.date().isoformat())


def test_the_admin_asks_for_the_reason_before_retracting(client, reviewer, sheet_claims):
    claim = sheet_claims.approx
    client.force_login(reviewer)
    changelist = client.get(CHANGELIST)
    actions = page_form(changelist, containing='name="action"')
    asked = submit(client, changelist, actions, action="retract", _selected_action=[str(claim.pk)], button="index")
    assert asked.status_code == 200
    assert "Retract 1 claim" in asked.content.decode() and claim.statement in asked.content.decode()
    assert Claim.objects.get(pk=claim.pk).status == "published"
    # No reason: the error stands beside the field, and nothing is retracted.
    confirm = page_form(asked, containing='name="reason"')
    refused = submit(client, asked, confirm, button="confirm_retraction")
    assert refused.status_code == 200
    assert 'class="errorlist' in refused.content.decode().split('name="reason"')[0].rsplit("form-row", 1)[1]
    assert Claim.objects.get(pk=claim.pk).status == "published"
    confirm = page_form(refused, containing='name="reason"')
    done = submit(client, refused, confirm, reason=REASON, button="confirm_retraction")
    assert done.status_code == 302
    claim = Claim.objects.get(pk=claim.pk)
    assert (claim.status, claim.retraction_reason) == ("retracted", REASON)
    assert "1 claim retracted" in client.get(done["Location"]).content.decode()
    public = APIClient().get(f"/api/v1/claims/{claim.pk}/").json()
    assert (public["status"], public["retraction"]["reason"]) == ("retracted", REASON)
