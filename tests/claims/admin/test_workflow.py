"""The claim page's workflow buttons and the page confirming each step."""

import lxml.html
import pytest

from claims.models import Claim
from tests.rendered_forms import rendered_form

pytestmark = pytest.mark.django_db


def buttons(client, claim):
    page = lxml.html.fromstring(client.get(f"/admin/claims/claim/{claim.pk}/change/").content.decode())
    return {
        link.text_content().strip(): link.get("href") for link in page.xpath("//a[contains(@class, 'workflow-step')]")
    }


def test_each_role_sees_the_steps_it_may_take(editor_client, make_claim, client, reviewer):
    draft, published = make_claim(), make_claim(status="published")
    assert list(buttons(editor_client, draft)) == ["Submit for review"]
    assert list(buttons(editor_client, published)) == []
    client.force_login(reviewer)
    assert list(buttons(client, published)) == ["Unpublish", "Retract"]
    assert list(buttons(client, make_claim(status="in_review"))) == ["Publish", "Return to draft"]


def test_a_reviewer_unpublishes_with_a_reason_kept_in_history(reviewer_client, reviewer, make_claim):
    claim = make_claim(status="published")
    step_page = reviewer_client.get(buttons(reviewer_client, claim)["Unpublish"])
    data = rendered_form(step_page, "workflow-step-form")
    data.set("reason", "The figure counts troops twice")

    response = reviewer_client.post(step_page.wsgi_request.path, data, follow=True)

    claim.refresh_from_db()
    assert claim.status == "in_review"
    assert "unpublish done" in response.content.decode()
    latest = claim.history.order_by("-history_date", "-history_id").first()
    assert (latest.history_user, latest.history_change_reason) == (
        reviewer,
        "unpublish: The figure counts troops twice",
    )


def test_a_retraction_from_the_claim_page_keeps_a_long_reason_for_readers(reviewer_client, make_claim):
    """Readers see a retraction's reason: up to 2,000 characters, on the claim page as in the
    list's action and the API (the page once cut it at the history's 80)."""
    claim = make_claim(status="published")
    step_page = reviewer_client.get(buttons(reviewer_client, claim)["Retract"])
    data = rendered_form(step_page, "workflow-step-form")
    reason = "The ministry corrected the count the next day; " * 5
    data.set("reason", reason)
    reviewer_client.post(step_page.wsgi_request.path, data)
    claim.refresh_from_db()
    assert (claim.status, claim.retraction_reason) == ("retracted", reason.strip())


def test_unpublishing_without_a_reason_is_refused_beside_the_field(reviewer_client, make_claim):
    claim = make_claim(status="published")
    step_page = reviewer_client.get(buttons(reviewer_client, claim)["Unpublish"])
    response = reviewer_client.post(step_page.wsgi_request.path, rendered_form(step_page, "workflow-step-form"))
    assert response.status_code == 200
    assert response.context["form"].errors == {"reason": ["This field is required."]}
    assert Claim.objects.get(pk=claim.pk).status == "published"


def test_four_eyes_refusal_is_shown_on_the_step_page(reviewer_client, reviewer, make_claim, settings):
    settings.FACTDB_FOUR_EYES_PUBLISHING = True
    claim = make_claim(status="in_review", user=reviewer)
    step_page = reviewer_client.get(buttons(reviewer_client, claim)["Publish"])
    response = reviewer_client.post(step_page.wsgi_request.path, rendered_form(step_page, "workflow-step-form"))
    assert (
        "was last edited by you. With four-eyes publishing, another reviewer publishes it." in response.content.decode()
    )
    assert Claim.objects.get(pk=claim.pk).status == "in_review"


def test_an_editor_cannot_take_a_reviewer_step_by_url(editor_client, make_claim):
    claim = make_claim(status="in_review")
    url = f"/admin/claims/claim/{claim.pk}/workflow/publish/"
    response = editor_client.post(url, {"reason": ""})
    assert "You do not have permission to publish claims." in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).status == "in_review"


def test_an_unknown_step_is_404(reviewer_client, make_claim):
    claim = make_claim()
    assert reviewer_client.get(f"/admin/claims/claim/{claim.pk}/workflow/explode/").status_code == 404
