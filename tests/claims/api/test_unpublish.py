"""POST /api/v1/claims/{id}/unpublish/: a reviewer takes a published claim back to review, saying why."""

import pytest

pytestmark = pytest.mark.django_db
LIST = "/api/v1/claims/"


def test_a_reviewer_unpublishes_with_a_reason(reviewer_api, reviewer, make_claim):
    claim = make_claim(status="published")
    response = reviewer_api.post(f"{LIST}{claim.pk}/unpublish/", {"reason": "wrong unit"}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "in_review"
    latest = claim.history.order_by("-history_date", "-history_id").first()
    assert (latest.history_user, latest.history_change_reason) == (reviewer, "unpublish: wrong unit")


@pytest.mark.parametrize("body", [{}, {"reason": ""}, {"reason": "x" * 81}, {"reason": ["a list"]}])
def test_a_missing_or_bad_reason_is_400_naming_it(reviewer_api, make_claim, body):
    claim = make_claim(status="published")
    response = reviewer_api.post(f"{LIST}{claim.pk}/unpublish/", body, format="json")
    assert response.status_code == 400
    assert list(response.json()) == ["reason"]
    claim.refresh_from_db()
    assert claim.status == "published"


def test_an_editor_may_not_unpublish(editor_api, make_claim):
    claim = make_claim(status="published")
    assert editor_api.post(f"{LIST}{claim.pk}/unpublish/", {"reason": "no"}, format="json").status_code == 403


def test_only_a_published_claim_is_unpublished(reviewer_api, make_claim):
    claim = make_claim(status="in_review")
    assert reviewer_api.post(f"{LIST}{claim.pk}/unpublish/", {"reason": "no"}, format="json").status_code == 409
