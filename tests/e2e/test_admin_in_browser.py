"""A fact-checker's path through the admin in a real browser (headless Chromium).

Log in, create a claim with a two-link attribution chain using autocomplete, publish
it, then read it back from the public API. Needs Debian's `chromium` and Playwright
from PyPI (`requirements-dev.txt`); see ``tests/e2e/browser.py`` for when it is skipped.
"""

import json
import urllib.request

import pytest
from django.contrib.auth.models import Group

from claims.models import Claim
from claims.roles import REVIEWERS
from tests.factories import make_actor, make_source

from .conftest import pick, screenshot

pytestmark = pytest.mark.browser


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

    # A draft is submitted for review before it is published (publishing asks to confirm).
    page.check(f"input[name=_selected_action][value='{claim.pk}']")
    page.select_option("select[name=action]", "submit_for_review")
    page.click("button[name=index]")
    page.wait_for_selector(".messagelist")
    page.check(f"input[name=_selected_action][value='{claim.pk}']")
    page.select_option("select[name=action]", "publish")
    page.click("button[name=index]")
    page.click("input[value='Yes, publish 1 claim']")
    page.wait_for_selector(".messagelist")
    assert "1 claim published" in page.content()
    screenshot(page, "create-claim-published")

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
