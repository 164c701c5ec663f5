"""An editor corrects a suggested claim from a real news story before creating it (Chromium).

The story is a real one from the extraction corpus (tests/claims/extraction/realnews):
WPLG Local 10 on a boat of Haitian migrants found in Biscayne Bay. The extractor reads
"103 migrants" as said by "Officials"; the editor says who those officials are (the
U.S. Coast Guard, already a speaker), what and where it was and when, leaves out the
boat's length and the other figures, and creates one draft.
"""

import datetime
import json
from decimal import Decimal
from pathlib import Path

import pytest

from claims.models import Claim
from sources.models import Actor, Outlet, Source

from .conftest import expect, screenshot

pytestmark = pytest.mark.browser

REALNEWS = Path(__file__).resolve().parents[1] / "claims" / "extraction" / "realnews"


def story_source(title_starts, outlet_kind, corpus="development"):
    """A source holding the real-news story whose title starts so, from its outlet."""
    records = json.loads((REALNEWS / f"{corpus}.json").read_text())["records"]
    record = next(record for record in records if record["title"].startswith(title_starts))
    outlet = Outlet.objects.create(name=record["outlet"], kind=outlet_kind)
    return Source.objects.create(outlet=outlet, title=record["title"], url=record["url"], text=record["text"])


def keep_only(page, number):
    """Untick every suggestion but the one numbered ``number``."""
    for checkbox in page.locator("input[name=suggestion]:checked").evaluate_all("els => els.map(e => e.id)"):
        if checkbox != f"suggestion-{number}":
            page.uncheck(f"#{checkbox}")


def suggestion_number(page, quote):
    """The number of the suggestion whose highlighted quote is ``quote``."""
    row = page.locator("table.suggestions tr", has=page.locator("mark", has_text=quote)).first
    return row.get_attribute("id").rsplit("-", 1)[-1]


def test_a_suggestion_is_corrected_then_created_with_what_the_editor_confirmed(live_server, logged_in_page, editor):
    source = story_source("Boat with Haitian migrants", "broadcaster")
    coast_guard = Actor.objects.create(name="U.S. Coast Guard", kind="agency")
    page = logged_in_page(editor)

    page.goto(f"{live_server.url}/admin/sources/source/{source.pk}/suggest-claims/")
    migrants = suggestion_number(page, "103 migrants")
    keep_only(page, migrants)
    correction = page.locator(f"#correction-{migrants}")
    assert correction.locator("input[name$='-value']").input_value() == "103"
    speakers = correction.locator("input[name*='-speaker_']")
    assert speakers.last.input_value() == "new: Officials"

    # First try: a figure that cannot be read and a speaker nobody has heard of.
    correction.locator("input[name$='-value']").fill("a hundred and three")
    speakers.last.fill("Coast Guard HQ")
    page.click("input[type=submit]")
    correction = page.locator(f"#correction-{migrants}")
    assert "cannot be read as a figure" in correction.locator(".field-value .errorlist").inner_text()
    expect(correction.locator(".errorlist", has_text="No speaker is called “Coast Guard HQ”")).to_have_count(1)
    assert not Claim.objects.exists(), "nothing is created while a ticked suggestion has an error"
    screenshot(page, "suggestion-correction-errors")

    correction.locator("input[name$='-value']").fill("103")
    speakers.last.fill("U.S. Coast Guard")
    correction.locator("input[name$='-subject']").fill("Haitian migrants on one boat")
    correction.locator("input[name$='-place']").fill("Biscayne Bay, Florida")
    correction.locator("input[name$='-period_start']").fill("2021-09-12")
    correction.locator("input[name$='-period_end']").fill("2021-09-12")
    screenshot(page, "suggestion-correction-filled")
    page.click("input[type=submit]")
    page.wait_for_selector(".messagelist .success")

    claim = Claim.objects.get()
    assert (claim.value, claim.qualifier, claim.unit) == (Decimal("103"), "exact", "migrants")
    assert claim.subject == "Haitian migrants on one boat"
    assert claim.place == "Biscayne Bay, Florida"
    assert (claim.period_start, claim.period_end) == (datetime.date(2021, 9, 12), datetime.date(2021, 9, 12))
    chain = list(claim.attributions.order_by("position").select_related("actor"))
    assert chain[-1].actor == coast_guard, "the speaker the editor chose, not a new 'Officials'"
    assert not Actor.objects.filter(name="Officials").exists()
    assert claim.statement.startswith("U.S. Coast Guard: 103 migrants")
    assert claim.status == "draft" and claim.provenance == "suggested"
    screenshot(page, "suggestion-correction-created")


def test_a_figure_a_body_fixed_itself_is_suggested_as_its_own(live_server, logged_in_page, editor):
    """Business Recorder: "The government has budgeted overall fiscal deficit at … 6.9 percent". No verb of
    speech, but the government fixed the figure, so it is suggested as the source (the realnews conventions);
    "the International Monetary Fund (IMF) projection of 0.4 percent" in the same story is the Fund's."""
    source = story_source("Fiscal deficit target of 6.9pc", "newspaper", corpus="unseen9")
    page = logged_in_page(editor)

    page.goto(f"{live_server.url}/admin/sources/source/{source.pk}/suggest-claims/")
    deficit = page.locator(f"#correction-{suggestion_number(page, '6.9 percent')}")
    assert deficit.locator("input[name*='-speaker_']").last.input_value() == "new: Government"
    projection = page.locator(f"#correction-{suggestion_number(page, '0.4 percent')}")
    assert "International Monetary Fund" in projection.locator("input[name*='-speaker_']").last.input_value()
    screenshot(page, "suggestion-acted-speaker")


def test_a_document_the_story_makes_a_speaker_is_proposed_as_an_organisation_not_a_person(
    live_server, logged_in_page, editor
):
    """UPI on a Gallup poll: "14 other issues" are the poll's, and "At least 8 in 10" the results'. The page
    proposed both documents as new *people*; a document is published by a body, so they are organisations."""
    source = story_source("Poll: Doctor-assisted suicide", "agency", corpus="unseen37")
    page = logged_in_page(editor)

    page.goto(f"{live_server.url}/admin/sources/source/{source.pk}/suggest-claims/")
    issues = page.locator(f"#suggestion-row-{suggestion_number(page, '14 other issues')}")
    expect(issues.locator(".new-speaker", has_text="new organisation")).to_have_count(1)
    expect(page.locator(".new-speaker", has_text="new person")).to_have_count(0)
    # The subject field is prefilled with what the share is of ("U" before: "U.S." was read as two words).
    results = page.locator(f"#correction-{suggestion_number(page, 'At least 8 in 10')}")
    assert results.locator("input[name$='-subject']").input_value() == "U.S. adults"
    screenshot(page, "suggestion-document-speaker")
    keep_only(page, suggestion_number(page, "14 other issues"))
    page.click("input[type=submit]")
    page.wait_for_selector(".messagelist .success")
    assert Actor.objects.get(name="Poll").kind == "organisation"
