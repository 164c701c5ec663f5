"""A new review is signed by whoever writes it and its rating value follows the verdict (claims/admin/review.py)."""

import lxml.html
from django.urls import reverse

from claims.models import Review
from tests.rendered_forms import rendered_form


def readonly(html, field, root="//"):
    """What the page shows for read-only ``field``: its box in a line of fields, else its row."""
    page = lxml.html.fromstring(html)
    has = "contains(concat(' ', @class, ' '), ' {} ')"
    boxes = page.xpath(f"{root}/div[{has.format('fieldBox')} and {has.format('field-' + field)}]")
    boxes = boxes or page.xpath(f"{root}/div[{has.format('form-row')} and {has.format('field-' + field)}]")
    return [node.text_content().strip() for box in boxes for node in box.xpath(".//div[@class='readonly']")]


def test_a_new_review_starts_signed_by_the_logged_in_user_and_its_rating_value_follows(
    reviewer_client, reviewer, make_claim
):
    claim = make_claim(value=5, unit="drones")
    url = reverse("admin:claims_review_add")
    page = reviewer_client.get(url).content.decode()
    assert readonly(page, "reviewer") == [reviewer.username], "the reviewer is shown before saving"
    form = rendered_form(page, "review_form")
    form.set("claim", claim.pk)
    form.set("rating", "mostly_true")
    response = reviewer_client.post(url, form)
    assert response.status_code == 302
    review = Review.objects.get()
    assert review.reviewer == reviewer
    assert (review.rating_value, review.best_rating, review.worst_rating) == (4, 5, 1)

    change = reverse("admin:claims_review_change", args=[review.pk])
    form = rendered_form(reviewer_client.get(change).content.decode(), "review_form")
    form.set("rating", "false")
    assert reviewer_client.post(change, form).status_code == 302
    review.refresh_from_db()
    assert review.rating_value == 1, "changed with the verdict, not left at 4"


def test_a_review_added_on_the_claim_page_is_signed_by_the_logged_in_user(reviewer_client, reviewer, make_claim):
    claim = make_claim(value=5, unit="drones")
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    page = reviewer_client.get(url).content.decode()
    assert reviewer.username in readonly(page, "reviewer", root="//div[@id='reviews-empty']/"), (
        "the new review's row names its reviewer"
    )
    form = rendered_form(page, "claim_form")
    form.add_inline_row("reviews", rating="true", status="draft")
    response = reviewer_client.post(url, form)
    assert response.status_code == 302
    review = Review.objects.get(claim=claim)
    assert (review.reviewer, review.rating_value) == (reviewer, 5)
