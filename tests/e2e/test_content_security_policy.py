"""Every page works under the Content-Security-Policy: no violation in Chromium's console.

The admin (claims list, a claim page with its metric panels and chart, a select2
autocomplete), the API docs (Swagger UI and ReDoc), the browsable API, the home page and
a claim sheet's page are each opened in headless Chromium, and whatever the browser
blocks (an inline script or handler, a style, a font from elsewhere) is a failure, with
a screenshot under .ci/logs/.
"""

from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group

from claims.models import Claim, ClaimSheet
from claims.roles import REVIEWERS
from claims.seeding import load_seeds
from claims.sheets.services import sheet_add_claims

from .conftest import pick

pytestmark = pytest.mark.browser
SCREENSHOTS = Path(settings.BASE_DIR) / ".ci" / "logs"


class Violations:
    """Console messages and page errors that say the policy blocked something."""

    def __init__(self, page):
        self.messages = []
        page.on("console", self.console)
        page.on("pageerror", lambda error: self.messages.append(f"page error: {error}"))

    def console(self, message):
        text = message.text
        if "Content Security Policy" in text or "Content-Security-Policy" in text:
            self.messages.append(text)


@pytest.fixture
def newsroom(django_user_model):
    load_seeds(Path(settings.BASE_DIR) / "seeds")
    user = django_user_model.objects.create_user("rita", password="pw-rita-2025", is_staff=True)
    user.groups.add(Group.objects.get(name=REVIEWERS))
    sheet = ClaimSheet.objects.create(name="Kursk", slug="kursk", public=True)
    sheet_add_claims(sheet=sheet, claims=Claim.objects.order_by("pk")[:5])
    return Claim.objects.filter(metric__isnull=False, status="published").order_by("pk").first()


def visit(page, violations, url, ready):
    """Open ``url``, wait for ``ready`` to show, and fail (with a screenshot) on any violation."""
    try:
        response = page.goto(url)
        assert response.status == 200, url
        header = response.header_value("content-security-policy") or ""
        policy = dict(directive.strip().split(" ", 1) for directive in header.split(";") if directive.strip())
        assert policy["script-src"].startswith("'self'") and "unsafe" not in policy["script-src"], url
        page.wait_for_selector(ready)
        page.wait_for_timeout(300)  # let late scripts (workers, lazy panels) run
        assert violations.messages == [], url
    except BaseException:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "csp-violation.png"), full_page=True)
        raise


def test_no_page_breaks_the_content_security_policy(live_server, browser_page, newsroom):
    page, claim = browser_page, newsroom
    violations = Violations(page)
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "rita")
    page.fill("#id_password", "pw-rita-2025")
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    assert violations.messages == []

    visit(page, violations, f"{live_server.url}/admin/claims/claim/", "#result_list")
    page.locator("#action-toggle").check()  # the changelist's own script runs
    assert page.locator("#result_list .selected").count() > 0

    visit(page, violations, f"{live_server.url}/admin/claims/claim/{claim.pk}/change/", "#claim_form")
    assert page.locator("svg").count() > 0, "the metric panel's chart"
    pick(
        page,
        "id_attributions-0-actor",
        claim.attributions.first().actor.name[:6],
        claim.attributions.first().actor.name,
    )
    page.get_by_text("Add another link in the attribution chain").click()  # inline formset script
    assert page.locator("#id_attributions-1-position").count() == 1
    assert violations.messages == []

    visit(page, violations, f"{live_server.url}/admin/claims/metric/{claim.metric_id}/change/", "#metric_form")
    visit(page, violations, f"{live_server.url}/api/docs/", ".swagger-ui .info")
    visit(page, violations, f"{live_server.url}/api/redoc/", "redoc h1")
    visit(page, violations, f"{live_server.url}/api/v1/claims/", ".response-info")
    visit(page, violations, f"{live_server.url}/", "h1")
    visit(page, violations, f"{live_server.url}/sheets/kursk/", "table")
