"""A chain reordered and extended in one save, by dragging, on the claim page."""

import pytest

from claims.chains import LinkData
from claims.models import Claim
from tests.factories import make_actor, make_outlet, make_source

from .conftest import pick, screenshot

pytestmark = pytest.mark.browser


def test_a_relay_is_added_and_dragged_above_the_origin_in_one_save(live_server, logged_in_page, editor, make_claim):
    source = make_source(outlet=make_outlet("The Hill"), title="Pentagon weighs more troops")
    anonymous = make_actor("anonymous sources", kind="anonymous")
    make_actor("NBC News")
    links = [LinkData(source=source, actor=anonymous, verb="citing", role="origin", position=1, source_count=6)]
    claim = make_claim(statement="Up to 1,000 more troops", links=links)
    links_saved = list(claim.attributions.all())
    page = logged_in_page(editor)

    page.goto(f"{live_server.url}/admin/claims/claim/{claim.pk}/change/")
    assert page.locator(".chain-line").all_inner_texts() == ["The Hill ← six anonymous sources"]
    page.get_by_text("Add another link in the attribution chain").click()
    # The new link starts in the source of the link above it.
    assert (
        page.locator("#attributions-1 td.field-source .select2-selection__rendered")
        .inner_text()
        .endswith("Pentagon weighs more troops")
    )
    pick(page, "id_attributions-1-actor", "NBC", "NBC News")
    page.select_option("#id_attributions-1-verb", "reported")
    page.select_option("#id_attributions-1-role", "relay")

    page.locator("#attributions-1 .chain-handle").drag_to(
        page.locator("#attributions-0"), target_position={"x": 40, "y": 3}
    )
    rows = page.locator("#attributions-group tbody tr.form-row:not(.empty-form)")
    assert [rows.nth(i).get_attribute("id") for i in range(2)] == ["attributions-1", "attributions-0"]
    assert page.input_value("#id_attributions-1-position") == "1"
    assert page.input_value("#id_attributions-0-position") == "2"
    # A link added by mistake and removed: the saved link keeps its form (Django renames rows in page order).
    page.get_by_text("Add another link in the attribution chain").click()
    assert page.input_value("#id_attributions-2-position") == "3", "numbered after the links of its source"
    page.locator("#attributions-2 .inline-deletelink").click()
    assert [rows.nth(i).get_attribute("id") for i in range(rows.count())] == ["attributions-1", "attributions-0"]
    assert page.input_value("#id_attributions-0-id") == str(links_saved[0].pk)
    page.click("input[name=_continue]")

    page.wait_for_selector(".messagelist .success")
    saved = Claim.objects.get(pk=claim.pk).attributions.select_related("actor").order_by("position")
    assert [(link.position, link.actor.name, link.role) for link in saved] == [
        (1, "NBC News", "relay"),
        (2, "anonymous sources", "origin"),
    ]
    assert page.locator(".chain-line").all_inner_texts() == ["The Hill ← NBC News ← six anonymous sources"]
    screenshot(page, "chain-reordered-and-extended")
