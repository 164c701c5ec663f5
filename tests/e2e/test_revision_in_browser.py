"""An editor's change to a published claim waits for a reviewer, driven in headless Chromium.

The editor changes the figure of a published, reviewed claim; the public API keeps the
published figure; a reviewer opens the claim, reads the diff, clicks *Publish revision*,
and the API shows the new figure. The final page is saved as
``.ci/logs/screenshots/revision_published.png`` (and the failing page on failure).
"""

import json
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group

from claims.models import Review
from claims.roles import EDITORS, REVIEWERS

pytestmark = pytest.mark.browser
SCREENSHOTS = Path(settings.BASE_DIR) / ".ci" / "logs" / "screenshots"


def public_figure(live_server, claim):
    with urllib.request.urlopen(f"{live_server.url}/api/v1/claims/{claim.pk}/") as response:
        return json.load(response)["figure"]["display"]


def log_in(page, live_server, username):
    page.context.clear_cookies()
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", f"pw-{username}")
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")


def test_an_edit_to_a_published_claim_waits_for_a_reviewer(live_server, browser_page, django_user_model, make_claim):
    claim = make_claim(
        statement="North Korea sent 60,000 workers to Russia",
        value=60000,
        qualifier="approx",
        unit="workers",
        status="published",
    )
    Review.objects.create(claim=claim, rating="true", status="published")
    for name, group in (("edna", EDITORS), ("rita", REVIEWERS)):
        user = django_user_model.objects.create_user(name, password=f"pw-{name}", is_staff=True)
        user.groups.add(Group.objects.get(name=group))
    page = browser_page
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    change_url = f"{live_server.url}/admin/claims/claim/{claim.pk}/change/"
    try:
        log_in(page, live_server, "edna")
        page.goto(change_url)
        page.fill("#id_value", "70000")
        page.click("input[name=_continue]")
        page.wait_for_selector(".messagelist")
        assert "Your change is pending review" in page.inner_text(".messagelist")
        assert "You are editing the pending revision" in page.inner_text("#pending-revision")
        assert page.input_value("#id_value") == "70,000"  # as people write it (claims/admin/figure_form.py)
        assert public_figure(live_server, claim) == "≈ 60,000 workers"

        log_in(page, live_server, "rita")
        page.goto(change_url)
        panel = page.inner_text("#pending-revision")
        assert "≈ 60,000 workers" in panel and "≈ 70,000 workers" in panel and "edna" in panel
        page.locator("#pending-revision").screenshot(path=SCREENSHOTS / "revision_pending_diff.png")
        page.get_by_role("button", name="Publish revision").click()
        page.wait_for_selector(".messagelist")
        assert "The revision by edna was published" in page.inner_text(".messagelist")
        assert page.locator("#pending-revision").count() == 0
        assert page.input_value("#id_value") == "70,000"
        page.screenshot(path=SCREENSHOTS / "revision_published.png", full_page=True)
        assert public_figure(live_server, claim) == "≈ 70,000 workers"
    except Exception:
        page.screenshot(path=SCREENSHOTS / "revision_failure.png", full_page=True)
        raise
