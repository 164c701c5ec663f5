"""A reviewer imports real ClaimReview files on the admin page and finds the ratings we do not map.

DPA's rating is a sentence and Africa Check's author is typed as an organisation (issue 19):
both import, the sentence kept as DPA wrote it and marked *not mapped*, the author a
person beside the organisation. Screenshots: ``claimreview-import-*.png``.
"""

from pathlib import Path

import pytest

from claims.models import Review

from .conftest import screenshot

pytestmark = pytest.mark.browser

PUBLISHERS = Path(__file__).parent.parent / "claims" / "interchange" / "importing" / "fixtures" / "publishers"


def test_import_then_filter_the_reviews_not_mapped(live_server, logged_in_page, reviewer):
    page = logged_in_page(reviewer)
    page.goto(f"{live_server.url}/admin/claims/claim/")
    page.get_by_role("link", name="Import ClaimReview").click()
    for name in ("data_commons_raw.json", "africa_check_raw.jsonld"):
        page.set_input_files("input[name=file]", str(PUBLISHERS / name))
        page.uncheck("input[name=dry_run]")
        page.get_by_role("button", name="Import").click()
        assert "1 reviews created" in page.text_content("#content")
    assert "is not mapped onto our scale: kept as worded" not in page.text_content("#content")  # Africa Check's maps
    screenshot(page, "claimreview-import-africa-check")

    page.goto(f"{live_server.url}/admin/claims/review/")
    page.locator("#changelist-filter").get_by_role("link", name="Not mapped", exact=True).click()
    page.wait_for_url("**rating=not_mapped**")  # count the filtered list's rows, not the page it left
    rows = page.locator("#result_list tbody tr")
    assert rows.count() == 1
    assert "Not mapped: “Reker hat diesen Satz nie gesagt." in rows.first.text_content()
    assert "Deutsche Presse-Agentur" in rows.first.text_content()
    screenshot(page, "claimreview-import-not-mapped")

    page.locator("#changelist-filter").get_by_role("link", name="False", exact=True).click()
    page.wait_for_url("**rating=false**")
    row = page.locator("#result_list tbody tr").first
    assert "False (“Incorrect”)" in row.text_content() and "Taryn Willows" in row.text_content()
    row.locator("th a, td a").first.click()
    assert page.input_value("#id_alternate_name") == "Incorrect"
    assert "Taryn Willows" in page.text_content(".field-author")
    screenshot(page, "claimreview-import-review-page")
    assert Review.objects.get(author__name="Taryn Willows").publisher.name != "Taryn Willows"
