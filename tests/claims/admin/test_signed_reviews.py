"""A published review goes out under its reviewer's name: another reviewer cannot rewrite it.

They write a review of their own (the latest published one sets the claim's verdict).
Proved on the claim page and the review page, each submitted as rendered, and through
the service every other writer uses; the API's reviews are read-only for everyone.
"""

from datetime import date

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied

from claims.models import Review
from claims.roles import REVIEWERS
from claims.services import review_save
from tests.rendered_forms import page_form, submit

EXPLANATION = "The ministry's own figure, confirmed by two satellites."


@pytest.fixture
def ruth(django_user_model):
    """A second reviewer."""
    user = django_user_model.objects.create_user("ruth", password="pw-ruth", is_staff=True)
    user.groups.add(Group.objects.get(name=REVIEWERS))
    return user


@pytest.fixture
def signed(make_claim, reviewer):
    """A claim with a review rita published."""
    claim = make_claim(value=477, unit="drones", status="published")
    review = Review(claim=claim, rating="true", status="published", explanation=EXPLANATION, reviewer=reviewer)
    return review_save(review=review, user=reviewer)


def claim_page(client, review):
    page = client.get(f"/admin/claims/claim/{review.claim_id}/change/")
    return page, page_form(page, containing='name="reviews-0-explanation"')


def test_another_reviewer_cannot_rewrite_it_on_the_claim_page(client, ruth, signed):
    client.force_login(ruth)
    page, form = claim_page(client, signed)
    refused = submit(client, page, form, **{"reviews-0-rating": "false", "reviews-0-explanation": "Rewritten."})
    assert refused.status_code == 200
    assert "published under rita&#x27;s name: only they may change or delete it" in refused.content.decode()
    stored = Review.objects.get(pk=signed.pk)
    assert (stored.rating, stored.explanation, stored.reviewer.username) == ("true", EXPLANATION, "rita")
    assert stored.claim.verdict == "true"


def test_another_reviewer_cannot_delete_it_on_the_claim_page(client, ruth, signed):
    client.force_login(ruth)
    page, form = claim_page(client, signed)
    assert submit(client, page, form, **{"reviews-0-DELETE": "on"}).status_code == 200
    assert Review.objects.filter(pk=signed.pk).exists()


def test_the_review_page_is_read_only_for_another_reviewer(client, ruth, signed):
    client.force_login(ruth)
    page = client.get(f"/admin/claims/review/{signed.pk}/change/")
    assert page.status_code == 200
    assert 'name="explanation"' not in page.content.decode()  # shown, not editable
    assert client.post(f"/admin/claims/review/{signed.pk}/change/", {"explanation": "x"}).status_code == 403
    assert client.post(f"/admin/claims/review/{signed.pk}/delete/", {"post": "yes"}).status_code == 403
    assert Review.objects.get(pk=signed.pk).explanation == EXPLANATION


def test_its_reviewer_may_still_correct_it(client, reviewer, signed):
    client.force_login(reviewer)
    page, form = claim_page(client, signed)
    saved = submit(client, page, form, **{"reviews-0-explanation": "Corrected by rita.", "_save": "Save"})
    assert saved.status_code == 302
    assert Review.objects.get(pk=signed.pk).explanation == "Corrected by rita."


def test_another_reviewer_adds_a_review_of_their_own(ruth, signed):
    mine = Review(claim=signed.claim, rating="false", status="published", reviewer=ruth, date_published=date.today())
    review_save(review=mine, user=ruth)
    signed.claim.refresh_from_db()
    assert signed.claim.verdict == "false"


def test_the_service_refuses_every_other_writer(ruth, signed, reviewer_api):
    signed.explanation = "Rewritten by ruth."
    with pytest.raises(PermissionDenied, match="only they may change"):
        review_save(review=signed, user=ruth)
    assert Review.objects.get(pk=signed.pk).explanation == EXPLANATION
    # The API's reviews are read-only: no reviewer rewrites a review there.
    assert reviewer_api.patch(f"/api/v1/reviews/{signed.pk}/", {"explanation": "x"}, format="json").status_code == 405
