"""Issue 16, "Forms that fit figures", as a fact-checker meets it in Chromium at 1,400 × 1,000 px.

Each journey checks what a person sees: the figure typed and read back, errors beside
their fields, how many claims fit on a screen, columns and buttons on screen, the
admin's header and breadcrumbs on our own pages.
"""

import datetime
from decimal import Decimal

import pytest

from claims.models import Metric, Review
from sources.models import Source
from tests.factories import make_actor, make_outlet, make_source

from .conftest import screenshot

pytestmark = pytest.mark.browser

VIEWPORT_WIDTH = 1400
LONG_STATEMENT = (
    "Russia's defence ministry said its air defences destroyed more than 120 Ukrainian drones over "
    "eight regions overnight, the largest such attack it has reported since the war began"
)


def right_edge(locator):
    box = locator.bounding_box()
    return box["x"] + box["width"]


def assert_no_column_cut_off(page):
    """The changelist's table fits its frame: no column is hidden past a horizontal scroll."""
    results = page.locator("#changelist .results")
    width, visible = results.evaluate("e => [e.scrollWidth, e.clientWidth]")
    assert width <= visible, f"the list is {width} px wide in a {visible} px frame: columns are cut off"
    last = page.locator("#result_list thead th").last
    assert last.bounding_box()["x"] < right_edge(results), last.inner_text()


def test_the_figure_is_typed_as_written_read_back_grouped_and_refused_beside_its_field(
    live_server, logged_in_page, reviewer, make_claim
):
    claim = make_claim(value=12000, qualifier="approx", unit="troops", statement="About 12,000 troops were sent")
    page = logged_in_page(reviewer)
    assert page.locator("#site-name").inner_text() == "factdb"

    page.goto(f"{live_server.url}/admin/claims/claim/{claim.pk}/change/")
    assert page.input_value("#id_value") == "12,000"
    assert page.locator(".fieldBox.field-interval_display .readonly").inner_text() == "[10,800, 13,200]"
    assert page.locator("textarea#id_statement").bounding_box()["width"] > 500, "wide enough to read"

    page.fill("#id_value", "twelve-ish")
    page.click("input[name=_continue]")
    beside = page.locator(".fieldBox.field-value .errorlist")
    assert beside.inner_text() == (
        "“twelve-ish” cannot be read as a figure. Write the figure in digits, like 12,000, 12 000, 1.5 or 1.5 million."
    )
    screenshot(page, "desk-forms-figure-error-beside-its-field")

    page.fill("#id_value", "1.5 million")
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")
    assert page.input_value("#id_value") == "1,500,000"
    assert page.locator(".fieldBox.field-interval_display .readonly").inner_text() == "[1.35 million, 1.65 million]"
    claim.refresh_from_db()
    assert claim.value == Decimal("1500000")

    page.select_option("#id_qualifier", "range")
    page.fill("#id_value_max", "1,000,000")
    page.click("input[name=_continue]")
    assert page.locator(".fieldBox.field-value_max .errorlist").inner_text() == (
        "The upper end cannot be below the value."
    )
    screenshot(page, "desk-forms-upper-end-error")


def test_the_claims_list_shows_more_than_five_claims_a_screen_with_every_column_on_it(
    live_server, logged_in_page, reviewer, make_claim
):
    source, actor = make_source(), make_actor("Ministry of Defence of the Russian Federation")
    for n in range(12):
        make_claim(value=100 + n, unit="drones", statement=f"{LONG_STATEMENT} ({n})", source=source, actor=actor)
    page = logged_in_page(reviewer)
    page.goto(f"{live_server.url}/admin/claims/claim/")
    statement = page.locator("#result_list th.column-statement")
    assert statement.bounding_box()["width"] >= 200
    rows_on_screen = [
        row
        for row in page.locator("#result_list tbody tr").all()
        if row.bounding_box()["y"] < page.viewport_size["height"]
    ]
    assert len(rows_on_screen) >= 7, f"{len(rows_on_screen)} claims on the first screen"
    assert_no_column_cut_off(page)
    screenshot(page, "desk-forms-claims-list")


def test_set_rank_and_the_reviews_columns_are_on_screen(live_server, logged_in_page, reviewer, make_claim):
    metric = Metric.objects.create(name="Drones launched in one night", slug="drones-one-night", unit="drones")
    for n, day in enumerate([1, 2]):
        claim = make_claim(
            value=400 + n,
            unit="drones",
            metric=metric,
            statement=LONG_STATEMENT,
            period_start=datetime.date(2025, 6, day),
            period_end=datetime.date(2025, 6, day),
        )
        Review.objects.create(claim=claim, rating="mostly_true", explanation="Checked", reviewer=reviewer)
    page = logged_in_page(reviewer)

    page.goto(f"{live_server.url}/admin/claims/metric/{metric.pk}/change/")
    for button in page.locator(".rank-form button").all():
        assert right_edge(button) <= VIEWPORT_WIDTH, "Set is on screen"
    screenshot(page, "desk-forms-metric-set-rank")

    page.goto(f"{live_server.url}/admin/claims/review/")
    assert_no_column_cut_off(page)
    screenshot(page, "desk-forms-reviews-list")


def test_our_own_pages_use_the_admins_breadcrumbs(live_server, logged_in_page, reviewer, make_claim):
    source = Source.objects.create(outlet=make_outlet(), title="A story with text", text="Nothing to count here.")
    claim = make_claim(value=5, unit="drones")
    page = logged_in_page(reviewer)
    pages = {
        f"/admin/sources/source/{source.pk}/suggest-claims/": "Suggest claims",
        "/admin/claims/claim/import-sheet/": "Import a sheet",
        "/admin/claims/claim/import-claimreview/": "Import ClaimReview",
        f"/admin/claims/claim/{claim.pk}/history/{claim.history.first().history_id}/": "Revert to this version",
    }
    for path, here in pages.items():
        page.goto(f"{live_server.url}{path}")
        crumbs = page.locator("nav ol.breadcrumbs li")
        assert crumbs.first.inner_text() == "Home", path
        assert crumbs.last.inner_text() == here, path
        assert page.locator("nav ol.breadcrumbs").evaluate("e => getComputedStyle(e).paddingLeft") != "0px", path
    screenshot(page, "desk-forms-revert-breadcrumbs")
