"""A fact-checker's path through the admin in a real browser (headless Chromium).

Log in, create a claim with a two-link attribution chain using autocomplete, publish
it, then read it back from the public API. Needs Debian's `chromium` and Playwright
from PyPI (`requirements-dev.txt`); skipped with the reason shown when either is
missing, unless FACTDB_REQUIRE_BROWSER=1 (as in CI), where a missing one fails the test.
"""

import importlib.util
import json
import os
import shutil
import urllib.request

import pytest
from django.contrib.auth.models import Group

from claims.models import Claim
from claims.roles import REVIEWERS
from tests.factories import make_actor, make_source

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"]

pytestmark = pytest.mark.browser


def missing_browser(chromium=None):
    """Why the browser test cannot run on this machine, or None when it can."""
    if importlib.util.find_spec("playwright") is None:
        return "needs Playwright: pip install -r requirements-dev.txt"
    chromium = chromium or CHROMIUM
    if not os.path.exists(chromium):
        return f"needs Chromium at {chromium}: apt-get install chromium (Playwright drives Debian's browser)"
    return None


def browser_required():
    """FACTDB_REQUIRE_BROWSER=1 (set by .ci/run): a missing browser is a failure, not a skip."""
    return os.environ.get("FACTDB_REQUIRE_BROWSER", "").strip().lower() not in ("", "0", "false", "no")


def check_browser(chromium=None):
    """Skip (locally) or fail (when required) if Playwright or Chromium is missing."""
    reason = missing_browser(chromium)
    if reason is None:
        return
    if browser_required():
        pytest.fail(f"{reason} (FACTDB_REQUIRE_BROWSER is set, so the browser test may not be skipped)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture
def browser_page(monkeypatch):
    check_browser()
    from playwright import sync_api

    # Playwright's sync API runs an event loop; set for this test only, so the variable
    # does not leak into later tests (test_settings runs `check --deploy`, which refuses it).
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
        page = browser.new_page()
        page.set_default_timeout(15000)
        yield page
        browser.close()


def pick(page, select_id, term, choice):
    """Choose ``choice`` in an admin autocomplete (select2) field by typing ``term``."""
    page.locator(f"#{select_id} + .select2 .select2-selection").click()
    page.locator(".select2-container--open .select2-search__field").fill(term)
    page.locator(".select2-results__option", has_text=choice).first.click()


def test_create_chain_publish_and_read_from_api(live_server, browser_page, django_user_model):
    source = make_source(title="Lawmakers briefed on new deployment")
    make_actor("South Korean lawmakers", kind="group")
    make_actor("National Intelligence Service", kind="agency", aliases="the spy agency")
    user = django_user_model.objects.create_user("rita", password="pw-rita-2025", is_staff=True)
    user.groups.add(Group.objects.get(name=REVIEWERS))
    page = browser_page

    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "rita")
    page.fill("#id_password", "pw-rita-2025")
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")

    page.goto(f"{live_server.url}/admin/claims/claim/add/")
    page.fill("#id_statement", "North Korea sent about 4,000 more soldiers to Russia")
    page.fill("#id_quote", "about 4,000 soldiers")
    page.select_option("#id_qualifier", "approx")
    page.fill("#id_value", "4000")
    page.fill("#id_unit", "soldiers")

    pick(page, "id_attributions-0-source", "Lawmakers briefed", source.title)
    page.fill("#id_attributions-0-position", "1")
    pick(page, "id_attributions-0-actor", "lawmakers", "South Korean lawmakers")
    page.select_option("#id_attributions-0-verb", "said")
    page.select_option("#id_attributions-0-role", "relay")

    page.get_by_text("Add another link in the attribution chain").click()
    pick(page, "id_attributions-1-source", "Lawmakers briefed", source.title)
    page.fill("#id_attributions-1-position", "2")
    pick(page, "id_attributions-1-actor", "spy agency", "National Intelligence Service")
    page.select_option("#id_attributions-1-verb", "briefed")
    page.select_option("#id_attributions-1-role", "origin")
    page.click("input[name=_save]")
    page.wait_for_url(f"{live_server.url}/admin/claims/claim/")
    assert "was added successfully" in page.content()

    claim = Claim.objects.get()
    assert [a.actor.name for a in claim.attributions.order_by("position")] == [
        "South Korean lawmakers",
        "National Intelligence Service",
    ]

    page.check(f"input[name=_selected_action][value='{claim.pk}']")
    page.select_option("select[name=action]", "publish")
    page.click("button[name=index]")
    page.wait_for_selector(".messagelist")
    assert "1 claim published" in page.content()

    # Read it back as the public would: a fresh client with no session.
    with urllib.request.urlopen(f"{live_server.url}/api/v1/claims/{claim.pk}/") as response:
        assert response.status == 200
        data = json.load(response)
    assert data["status"] == "published"
    assert data["statement"] == "North Korea sent about 4,000 more soldiers to Russia"
    assert data["figure"]["display"] == "≈ 4,000 soldiers"
    assert [link["speaker"] for link in data["sources"][0]["chain"]] == [
        "South Korean lawmakers",
        "National Intelligence Service",
    ]
