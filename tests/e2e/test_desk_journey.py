"""A reviewer's morning at the desk, in headless Chromium.

On the seeded newsroom (real claims about North Korean troops and workers in Kursk, US
sanctions and weapons), an editor has drafts, suggestions and a change to a published
claim waiting; two claims wait for review, one assigned to rob; a metric has two estimates
that cannot both be right; a ClaimReview page was imported with a broken block. The
reviewer logs in, reads the desk's counts, opens the unassigned claims in review from it,
assigns one to herself with *Assign to reviewer…*, and finds it under "assigned to you".
The desk is saved as ``.ci/logs/screenshots/desk.png`` (docs/img/desk.png is a copy).
"""

from datetime import date
from pathlib import Path

import pytest
from django.contrib.auth.models import Group

from claims.interchange.importing.claimreview import ClaimReviewImporter
from claims.interchange.importing.runs import record_import_run
from claims.models import Claim, ImportKind, Metric
from claims.roles import EDITORS, REVIEWERS
from claims.services import claim_assign, claim_save, claim_transition, links_from_claim
from claims.suggestions import create_suggested_claims, suggest_claims
from tests.factories import make_outlet, make_source

from .conftest import expect, screenshot

pytestmark = pytest.mark.browser

PAGE_WITH_CLAIMREVIEW = Path(__file__).parent.parent / "claims" / "interchange" / "importing" / "fixtures" / "page.html"
SUGGESTION_TEXT = (
    "Kim may send thousands more troops within weeks, the spy agency said. "
    "Lawmakers briefed by the agency said about 4,000 soldiers were wounded. "
    "In the south, 300 schools were closed, Harbour News reported, citing six sources."
)


def staff(django_user_model, username, group):
    user = django_user_model.objects.create_user(username=username, password=f"pw-{username}", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


def the_morning(django_user_model):
    """What the night left on the desk of rita (a reviewer), written as the app writes it."""
    rita, rob = staff(django_user_model, "rita", REVIEWERS), staff(django_user_model, "rob", REVIEWERS)
    eddie = staff(django_user_model, "eddie", EDITORS)
    workers = Claim.objects.get(statement__startswith="North Korea plans to send 1,000 demining workers")
    claim_transition(claim=workers, action="unpublish", user=rita, reason="Check the figure against KCNA")
    waiting = Claim.objects.get(status="in_review", statement__startswith="North Korea may send thousands")
    claim_assign(claim=waiting, assignee=rob, user=rita)
    drones = Claim.objects.get(statement="Russia attacked Ukraine with 477 drones in one night.")
    drones.quote = "479 drones"
    claim_save(claim=drones, user=eddie)  # an editor's change to a published claim waits
    missiles = Claim.objects.get(statement__startswith="Russia fired more than 60 missiles")
    missiles.statement = "Russia fired more than 60 missiles and 477 drones at Ukraine in one night."
    claim_save(claim=missiles, user=eddie)
    # The first estimate, in October 2024, against the seeded "roughly 12,000" in 2024: a live conflict.
    first_batch = Claim(
        statement="North Korea sent 1,500 special forces troops to Russia in October 2024, South Korea's spy agency said.",
        value=1500,
        qualifier="exact",
        unit="troops",
        period_start=date(2024, 10, 1),
        period_end=date(2024, 10, 31),
        metric=Metric.objects.get(slug="north-korean-military-personnel-sent-to-russia"),
    )
    claim_save(claim=first_batch, user=eddie, links=links_from_claim(workers)[:1])
    draft = Claim.objects.get(status="draft", created_by=None)
    Claim.objects.filter(pk=draft.pk).update(created_by=rita)
    source = make_source(outlet=make_outlet("Wire Daily"), title="Kim's troops", text=SUGGESTION_TEXT)
    create_suggested_claims(source, suggest_claims(source), user=rita)
    importer = ClaimReviewImporter(user=rita, filename="rumourpatrol-hellfire.html")
    result = importer.run(PAGE_WITH_CLAIMREVIEW.read_text())
    record_import_run(kind=ImportKind.CLAIMREVIEW, result=result, file_name="rumourpatrol-hellfire.html", user=rita)
    return rita


def count(page, section):
    return int(page.locator(f"#desk-{section} a.desk-total").inner_text())


def test_a_reviewer_works_from_the_desk(live_server, logged_in_page, seeded_per_test, django_user_model):
    rita = the_morning(django_user_model)
    suggested = Claim.objects.filter(status="draft", provenance="suggested").count()
    assert suggested >= 2
    page = logged_in_page(rita)  # logging in lands on the desk

    assert page.locator("h1").inner_text() == "Desk"
    assert {
        key: count(page, key) for key in ("my-drafts", "in-review", "revisions", "conflicts", "suggestions", "imports")
    } == {
        # the seeded draft she started, the claim her import created and the suggestions she made
        "my-drafts": 2 + suggested,
        "in-review": 2,
        "revisions": 2,
        "conflicts": 1,
        "suggestions": suggested,
        "imports": 1,
    }
    review = page.locator("#desk-in-review")
    assert "for rob" in review.inner_text() and "unassigned" in review.inner_text()
    assert "0 assigned to you" in review.inner_text()
    assert "rumourpatrol-hellfire.html" in page.locator("#desk-imports").inner_text()
    assert "1 skipped" in page.locator("#desk-imports").inner_text()
    assert page.locator("#desk-models a", has_text="Claims").count() >= 1  # the model list stays
    screenshot(page, "desk")

    review.get_by_role("link", name="1 unassigned").click()
    page.wait_for_selector("#result_list")
    rows = page.locator("#result_list tbody tr")
    expect(rows).to_have_count(1)
    assert "demining workers" in rows.first.inner_text()
    rows.first.locator("input[name=_selected_action]").check()
    page.select_option("select[name=action]", "assign_to_reviewer")
    page.click("button[name=index]")
    page.wait_for_selector("select[name=assignee]")
    assert "Assign 1 claim to a reviewer." in page.locator("#content").inner_text()
    page.select_option("select[name=assignee]", label="rita")
    page.click("input[value=Assign]")
    page.wait_for_selector(".messagelist .success")
    assert "1 claim assigned to rita." in page.locator(".messagelist").inner_text()

    page.click(".breadcrumbs a:text('Home')")
    page.wait_for_selector("#desk")
    page.locator("#desk-in-review").get_by_role("link", name="1 assigned to you").click()
    page.wait_for_selector("#result_list")
    expect(page.locator("#result_list tbody tr")).to_have_count(1)
    assert "demining workers" in page.locator("#result_list tbody tr").first.inner_text()
    assert "Me" in page.locator("#changelist-filter").inner_text()
    screenshot(page, "desk-assigned-to-me")
