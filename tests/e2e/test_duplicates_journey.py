"""Duplicates in a real browser (issue 16): a speaker that exists is offered instead of
saved twice (in the claim page's popup too), a source's article is entered once, and a
reviewer merges two speakers after a preview.

The merge preview's screenshot (``.ci/logs/screenshots/merge-preview.png``) is the one
copied to docs/admin.md's ``docs/img/merge-preview.png``.
"""

import pytest

from claims.chains import LinkData
from sources.models import Actor, Source
from tests.factories import ClaimFactory, make_actor, make_outlet, make_source

from .conftest import screenshot

pytestmark = pytest.mark.browser

REUTERS = "https://www.reuters.com/world/asia-pacific/north-korea-sends-more-troops-russia-2025-06-14/"
REUTERS_SHARED = (
    "http://reuters.com/world/asia-pacific/north-korea-sends-more-troops-russia-2025-06-14?utm_medium=email"
)


def chosen(page, select_id):
    return page.locator(f"#{select_id} + .select2 .select2-selection__rendered").inner_text()


def test_the_add_speaker_popup_offers_the_existing_speaker(live_server, logged_in_page, editor):
    unicef = make_actor("UNICEF", kind="organisation")
    page = logged_in_page(editor)
    page.goto(f"{live_server.url}/admin/claims/claim/add/")
    with page.expect_popup() as opened:
        page.click("#add_id_attributions-0-actor")
    popup = opened.value
    popup.wait_for_load_state()
    popup.fill("#id_name", "Unicef")  # the slug fills itself in as "unicef", which UNICEF has
    popup.click("input[name=_save]")
    errors = popup.locator("#id_name_error")
    assert "Existing speakers that match: UNICEF — use this one" in " ".join(errors.inner_text().split())
    assert "Slug already exists" not in popup.content()
    screenshot(popup, "existing-speaker-in-popup")
    with popup.expect_event("close"):
        popup.click("text=use this one")
    assert chosen(page, "id_attributions-0-actor").endswith("UNICEF")
    assert page.input_value("#id_attributions-0-actor") == str(unicef.pk)
    assert Actor.objects.count() == 1


def test_a_source_already_entered_is_named_with_a_link(live_server, logged_in_page, editor):
    outlet = make_outlet("Reuters")
    existing = make_source(outlet=outlet, title="North Korea sends more troops to Russia", url=REUTERS)
    page = logged_in_page(editor)
    page.goto(f"{live_server.url}/admin/sources/source/add/")
    page.locator("#id_outlet + .select2 .select2-selection").click()
    page.locator(".select2-container--open .select2-search__field").fill("Reut")
    page.locator(".select2-results__option", has_text="Reuters").first.click()
    page.fill("#id_title", "N. Korea sends more troops")
    page.fill("#id_url", REUTERS_SHARED)
    page.click("input[name=_save]")
    error = page.locator("#id_url_error")
    assert "This article is already a source: Reuters: North Korea sends more troops to Russia" in error.inner_text()
    screenshot(page, "source-already-entered")
    error.locator("a.existing-source").click()
    page.wait_for_url(f"{live_server.url}{existing.get_absolute_url()}")
    assert Source.objects.count() == 1


def test_a_reviewer_merges_two_speakers_after_a_preview(live_server, logged_in_page, reviewer, seeded_per_test):
    nis = Actor.objects.get(slug="national-intelligence-service")
    duplicate = make_actor("Nat'l Intelligence Service", kind="agency", aliases="Seoul's spy service")
    for statement in ("Seoul says 1,500 troops went first", "Seoul says 3,000 more followed"):
        ClaimFactory()(
            statement=statement,
            links=[LinkData(source=make_source(), actor=duplicate, verb="said", role="origin", position=1)],
        )
    page = logged_in_page(reviewer)
    page.goto(f"{live_server.url}/admin/sources/actor/?q=intelligence+service")
    page.check(f"input[name=_selected_action][value='{nis.pk}']")
    page.check(f"input[name=_selected_action][value='{duplicate.pk}']")
    page.select_option("select[name=action]", "merge_selected")
    page.click("button[name=index]")
    page.wait_for_selector("#merge-preview")
    text = page.locator("#content").inner_text()
    assert "Merging the actor “Nat'l Intelligence Service”" in text
    assert "Claim: Seoul says 1,500 troops went first" in text and "Claim: Seoul says 3,000 more followed" in text
    screenshot(page, "merge-preview")

    page.click("#merge-preview input[type=submit]")
    page.wait_for_selector(".messagelist .success")
    assert "2 row(s) moved" in page.locator(".messagelist").inner_text()
    assert not Actor.objects.filter(pk=duplicate.pk).exists()
    nis.refresh_from_db()
    assert "Seoul's spy service" in nis.alias_list
    screenshot(page, "merge-done")
