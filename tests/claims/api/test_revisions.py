"""The API and pending revisions: an editor's change to a published claim waits for a reviewer."""

import pytest

from claims.models import ClaimRevision, RevisionStatus

LIST = "/api/v1/claims/"


@pytest.fixture
def published(make_claim):
    return make_claim(
        statement="60,000 workers went to Russia", value=60000, qualifier="approx", unit="workers", status="published"
    )


def detail(client, claim):
    return client.get(f"{LIST}{claim.pk}/")


def test_an_editors_patch_stays_pending_until_a_reviewer_publishes_it(api, editor_api, reviewer_api, published):
    response = editor_api.patch(f"{LIST}{published.pk}/", {"value": 70000}, format="json")
    assert response.status_code == 202, response.content
    assert response.json()["figure"]["display"] == "≈ 60,000 workers"
    assert response.json()["pending_revision"]["figure"] == {
        "published": "≈ 60,000 workers",
        "proposed": "≈ 70,000 workers",
    }

    public = detail(api, published).json()
    assert public["figure"]["display"] == "≈ 60,000 workers" and "pending_revision" not in public
    listed = api.get(LIST).json()["results"]
    assert [claim["figure"]["value"] for claim in listed] == [60000]

    seen = detail(reviewer_api, published).json()
    assert seen["figure"]["value"] == 60000
    assert seen["pending_revision"]["changes"] == [{"field": "value", "published": "60000", "proposed": "70000"}]
    assert seen["pending_revision"]["proposed_by"] == "eddie"

    assert editor_api.post(f"{LIST}{published.pk}/publish-revision/").status_code == 403
    response = reviewer_api.post(f"{LIST}{published.pk}/publish-revision/")
    assert response.status_code == 200, response.content
    assert response.json()["pending_revision"] is None
    assert detail(api, published).json()["figure"]["display"] == "≈ 70,000 workers"


def test_a_second_patch_edits_the_revision(editor_api, reviewer_api, published):
    editor_api.patch(f"{LIST}{published.pk}/", {"value": 70000}, format="json")
    editor_api.patch(f"{LIST}{published.pk}/", {"unit": "labourers"}, format="json")
    fields = detail(reviewer_api, published).json()["pending_revision"]["fields"]
    assert fields == {"value": "70000", "unit": "labourers"}
    # Setting the value back to the published one takes it out of the revision.
    editor_api.patch(f"{LIST}{published.pk}/", {"value": 60000}, format="json")
    assert detail(reviewer_api, published).json()["pending_revision"]["fields"] == {"unit": "labourers"}
    editor_api.patch(f"{LIST}{published.pk}/", {"unit": "workers"}, format="json")
    assert detail(reviewer_api, published).json()["pending_revision"] is None
    assert ClaimRevision.objects.get().status == RevisionStatus.DISCARDED


def test_a_bad_figure_is_a_400_at_once(editor_api, published):
    response = editor_api.patch(f"{LIST}{published.pk}/", {"qualifier": "range", "value_max": 10}, format="json")
    assert response.status_code == 400
    assert "value_max cannot be below value." in str(response.json())
    assert not ClaimRevision.objects.exists()


def test_a_reviewers_patch_applies_at_once(api, reviewer_api, published):
    response = reviewer_api.patch(f"{LIST}{published.pk}/", {"value": 70000}, format="json")
    assert response.status_code == 200
    assert detail(api, published).json()["figure"]["value"] == 70000


def test_discarding_needs_a_reason_and_a_reviewer(editor_api, reviewer_api, published):
    editor_api.patch(f"{LIST}{published.pk}/", {"value": 70000}, format="json")
    url = f"{LIST}{published.pk}/discard-revision/"
    assert reviewer_api.post(url, {}, format="json").json() == {"reason": ["This field is required."]}
    assert editor_api.post(url, {"reason": "no"}, format="json").status_code == 403
    response = reviewer_api.post(url, {"reason": "The ministry says 60,000."}, format="json")
    assert response.status_code == 200 and response.json()["pending_revision"] is None
    assert reviewer_api.post(url, {"reason": "again"}, format="json").status_code == 409


def test_publishing_a_stale_revision_is_a_409(editor_api, reviewer_api, published):
    editor_api.patch(f"{LIST}{published.pk}/", {"value": 70000}, format="json")
    reviewer_api.patch(f"{LIST}{published.pk}/", {"value": 65000}, format="json")
    response = reviewer_api.post(f"{LIST}{published.pk}/publish-revision/")
    assert response.status_code == 409
    assert "value changed after this revision was proposed" in response.json()["detail"]


def test_readers_never_see_the_revision(token_client, django_user_model, editor_api, published):
    reader = django_user_model.objects.create_user("reader", password="pw-reader")
    editor_api.patch(f"{LIST}{published.pk}/", {"value": 70000}, format="json")
    data = detail(token_client(reader), published).json()
    assert data["figure"]["value"] == 60000 and "pending_revision" not in data
