"""A reviewer undoes a mistaken edit to a published claim from its history, in headless Chromium.

(A reviewer's edits apply at once; an editor's would wait as a pending revision.)

Edit the figure and the speaker on the claim page, then History → the old version →
Revert, by clicking: the figure and the chain come back, the claim stays published.
Before the revert form carried today's version it always answered "Someone else saved
this claim after you opened it" (issue 15). On failure a screenshot is saved under
``.ci/logs/screenshots/`` (tests/e2e/conftest.py).
"""

import pytest

from claims.chains import LinkData
from claims.models import Claim
from tests.factories import ClaimFactory, make_actor, make_source

from .conftest import pick, screenshot

pytestmark = pytest.mark.browser


@pytest.fixture
def published_claim(db):
    source = make_source(title="Drone strike report")
    ministry = make_actor("Defence Ministry", kind="agency")
    make_actor("A blogger", kind="person")
    return ClaimFactory()(
        value=5,
        qualifier="exact",
        unit="drones",
        statement="Five drones were shot down",
        links=[LinkData(source, ministry, "said", "origin", 1)],
        status="published",
    )


def test_a_reviewer_reverts_a_mistaken_edit_from_the_history(live_server, logged_in_page, published_claim, reviewer):
    user = reviewer
    page = logged_in_page(reviewer)

    # The mistake: 500 drones, said by a blogger.
    page.goto(f"{live_server.url}/admin/claims/claim/{published_claim.pk}/change/")
    page.fill("#id_statement", "Five hundred drones were shot down")
    page.fill("#id_value", "500")
    pick(page, "id_attributions-0-actor", "blogger", "A blogger")
    page.click("input[name=_save]")
    page.wait_for_url(f"{live_server.url}/admin/claims/claim/")
    assert "was changed successfully" in page.content()
    assert Claim.objects.get(pk=published_claim.pk).value == 500

    # Undo it: the claim's page → History → the old version → Revert.
    page.click(f"a[href='/admin/claims/claim/{published_claim.pk}/change/']")
    page.click("a.historylink")
    # The newest version with the old wording (the list is newest first): as it stood before the edit.
    page.get_by_role("link", name="Five drones were shot down").first.click()
    page.wait_for_selector("#chain-then")
    assert page.is_checked("#id_restore_chain"), "the chain differs, so restoring it is offered ticked"
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist")
    assert "Someone else saved" not in page.content()

    claim = Claim.objects.get(pk=published_claim.pk)
    assert (claim.statement, claim.figure_display) == ("Five drones were shot down", "5 drones")
    assert [link.actor.name for link in claim.attributions.all()] == ["Defence Ministry"]
    assert claim.status == "published"
    assert claim.history.latest().history_user == user
    screenshot(page, "reverted-from-history")
