"""Publishing as reviewers do it: from the list after a confirmation, and unpublishing with a reason."""

import pytest

from claims.models import Claim

from .conftest import screenshot

pytestmark = pytest.mark.browser


def test_publish_from_the_list_confirms_and_skips_the_draft(live_server, logged_in_page, reviewer, make_claim):
    ready = make_claim(statement="About 11,000 soldiers were sent", status="in_review")
    draft = make_claim(statement="A draft nobody meant to publish")
    page = logged_in_page(reviewer)

    page.goto(f"{live_server.url}/admin/claims/claim/")
    page.check(f"input[name=_selected_action][value='{ready.pk}']")
    page.check(f"input[name=_selected_action][value='{draft.pk}']")
    page.select_option("select[name=action]", "publish")
    page.click("button[name=index]")

    page.wait_for_selector("#publish-confirmation-form")
    assert page.locator(".breadcrumbs").inner_text().split() == [
        "Home",
        "Claims",
        "and",
        "verdicts",
        "Claims",
        "Publish",
        "claims",
    ]
    assert page.locator("#will-publish li").all_inner_texts() == ["About 11,000 soldiers were sent"]
    assert page.locator("#skipped li").all_inner_texts() == [
        "A draft nobody meant to publish — a draft: submit it for review first"
    ]
    assert Claim.objects.get(pk=ready.pk).status == "in_review", "nothing is published before confirming"
    screenshot(page, "publish-confirmation")
    page.click("input[value='Yes, publish 1 claim']")

    page.wait_for_selector(".messagelist .success")
    assert "1 claim published." in page.locator(".messagelist").inner_text()
    assert dict(Claim.objects.values_list("pk", "status")) == {ready.pk: "published", draft.pk: "draft"}
    screenshot(page, "publish-confirmed")


def test_a_reviewer_unpublishes_a_claim_with_a_reason(live_server, logged_in_page, reviewer, make_claim):
    claim = make_claim(statement="60,000 workers were laid off", status="published")
    page = logged_in_page(reviewer)

    page.goto(f"{live_server.url}/admin/claims/claim/{claim.pk}/change/")
    page.click("a.workflow-unpublish")
    page.wait_for_selector("#workflow-step-form")
    page.click("input[value='Yes, unpublish']")  # without a reason: the browser asks for one
    assert page.locator("#id_reason").evaluate("field => field.validity.valueMissing")
    assert Claim.objects.get(pk=claim.pk).status == "published"
    page.fill("#id_reason", "The figure counts contract workers twice")
    page.click("input[value='Yes, unpublish']")

    page.wait_for_selector(".messagelist .success")
    assert "unpublish done" in page.locator(".messagelist").inner_text()
    steps = page.locator("a.workflow-step").all_text_contents()  # as written (CSS shows them in capitals)
    assert [step.strip() for step in steps] == ["Publish", "Return to draft"]
    claim.refresh_from_db()
    assert claim.status == "in_review"
    screenshot(page, "unpublished-claim-page")
    page.click("a.historylink")
    assert "unpublish: The figure counts contract workers twice" in page.locator("#change-history").inner_text()
    screenshot(page, "unpublished-history")


def test_a_reviewer_retracts_with_a_reason_and_the_public_reads_why(live_server, logged_in_page, reviewer, make_claim):
    import json
    import urllib.request

    claim = make_claim(statement="477 drones were launched overnight", value=477, unit="drones", status="published")
    page = logged_in_page(reviewer)

    page.goto(f"{live_server.url}/admin/claims/claim/{claim.pk}/change/")
    page.click("a.workflow-retract")
    page.wait_for_selector("#workflow-step-form")
    page.click("input[value='Yes, retract']")  # without a reason: the browser asks for one
    assert page.locator("#id_reason").evaluate("field => field.validity.valueMissing")
    assert Claim.objects.get(pk=claim.pk).status == "published"
    page.fill("#id_reason", "The air force corrected its count to 47")
    page.click("input[value='Yes, retract']")
    page.wait_for_selector(".messagelist .success")
    screenshot(page, "retracted-claim-page")

    # The public still finds the claim, marked retracted, with when and why.
    with urllib.request.urlopen(f"{live_server.url}/api/v1/claims/{claim.pk}/") as response:
        public = json.load(response)
    assert public["status"] == "retracted"
    assert public["retraction"]["reason"] == "The air force corrected its count to 47"
    assert public["retraction"]["retracted_at"]
    with urllib.request.urlopen(f"{live_server.url}/api/v1/claims/?status=retracted") as response:
        assert [row["id"] for row in json.load(response)["results"]] == [claim.pk]
