"""A claim made from nothing: its source, the source's outlet and its speakers are all new.

The reviewer never leaves the claim page: each new record is made in the admin's "+"
popup window beside its field (the outlet in a popup opened from the source's popup),
and saving a popup selects the new record back in the field that opened it.
"""

from decimal import Decimal

import pytest

from claims.models import Claim
from sources.models import Actor, Outlet, Source

from .conftest import screenshot

pytestmark = pytest.mark.browser


def add_through_popup(page, add_link_id, fill):
    """Click the "+" beside a field, fill the popup window with ``fill(popup)``, save it."""
    with page.expect_popup() as opened:
        page.click(f"#{add_link_id}")
    popup = opened.value
    popup.wait_for_load_state()
    fill(popup)
    with popup.expect_event("close"):
        popup.click("input[name=_save]")


def chosen(page, select_id):
    """What a select2 field shows as chosen."""
    return page.locator(f"#{select_id} + .select2 .select2-selection__rendered").inner_text()


def test_a_claim_is_made_with_a_new_source_outlet_and_speakers_through_popups(live_server, logged_in_page, reviewer):
    page = logged_in_page(reviewer)

    page.goto(f"{live_server.url}/admin/claims/claim/add/")
    page.fill("#id_statement", "The port handled about 2.4 million containers last year")
    page.fill("#id_quote", "some 2.4 million containers")
    page.select_option("#id_qualifier", "approx")
    page.fill("#id_value", "2400000")
    page.fill("#id_unit", "containers")

    def new_outlet(popup):
        popup.fill("#id_name", "Harbour Ledger")
        popup.select_option("#id_kind", "newspaper")

    def new_source(popup):
        add_through_popup(popup, "add_id_outlet", new_outlet)
        assert chosen(popup, "id_outlet").endswith("Harbour Ledger")
        popup.fill("#id_title", "Port traffic hits a record")
        popup.fill("#id_url", "https://harbour-ledger.example/port-record")

    add_through_popup(page, "add_id_attributions-0-source", new_source)
    assert chosen(page, "id_attributions-0-source").endswith("Port traffic hits a record")
    assert page.input_value("#id_attributions-0-position") == "1", "numbered when the new source is chosen"

    def new_speaker(name, kind):
        def fill(popup):
            popup.fill("#id_name", name)
            popup.select_option("#id_kind", kind)

        return fill

    add_through_popup(page, "add_id_attributions-0-actor", new_speaker("Maritime Weekly", "media"))
    assert chosen(page, "id_attributions-0-actor").endswith("Maritime Weekly")
    page.select_option("#id_attributions-0-verb", "reported")
    page.select_option("#id_attributions-0-role", "relay")

    page.get_by_text("Add another link in the attribution chain").click()
    # The new link starts in the new source, numbered after the relay.
    assert chosen(page, "id_attributions-1-source").endswith("Port traffic hits a record")
    assert page.input_value("#id_attributions-1-position") == "2"
    add_through_popup(page, "add_id_attributions-1-actor", new_speaker("Port Authority", "agency"))
    assert chosen(page, "id_attributions-1-actor").endswith("Port Authority")
    page.select_option("#id_attributions-1-verb", "estimated")
    page.select_option("#id_attributions-1-role", "origin")
    page.click("input[name=_continue]")

    page.wait_for_selector(".messagelist .success")
    assert "was added successfully" in page.locator(".messagelist").inner_text()
    claim = Claim.objects.get()
    assert claim.statement == "The port handled about 2.4 million containers last year"
    assert (claim.qualifier, claim.value, claim.unit) == ("approx", Decimal("2400000"), "containers")
    outlet = Outlet.objects.get()
    assert (outlet.name, outlet.slug, outlet.kind) == ("Harbour Ledger", "harbour-ledger", "newspaper")
    source = Source.objects.get()
    assert (source.title, source.outlet) == ("Port traffic hits a record", outlet)
    assert Actor.objects.count() == 2
    links = claim.attributions.select_related("actor", "source").order_by("position")
    assert [(link.position, link.actor.name, link.actor.kind, link.verb, link.role, link.source) for link in links] == [
        (1, "Maritime Weekly", "media", "reported", "relay", source),
        (2, "Port Authority", "agency", "estimated", "origin", source),
    ]
    assert page.locator(".chain-line").all_inner_texts() == ["Harbour Ledger ← Maritime Weekly ← Port Authority"]
    screenshot(page, "new-claim-through-popups")
