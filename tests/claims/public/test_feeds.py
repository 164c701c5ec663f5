"""The Atom feed of published, corrected and retracted claims, with the index's filters."""

import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from django.test import Client

from claims.models import Claim
from claims.public.addresses import claim_path
from claims.services import claim_save, claim_transition

pytestmark = pytest.mark.django_db
FEED = "/claims/feed.atom"
ATOM = "{http://www.w3.org/2005/Atom}"


def entries(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    return {
        entry.findtext(f"{ATOM}id"): {
            "title": entry.findtext(f"{ATOM}title"),
            "link": entry.find(f"{ATOM}link").get("href"),
            "updated": entry.findtext(f"{ATOM}updated"),
            "summary": entry.findtext(f"{ATOM}summary"),
            "categories": [c.get("term") for c in entry.findall(f"{ATOM}category")],
        }
        for entry in root.findall(f"{ATOM}entry")
    }


def test_the_feed_holds_published_claims_not_drafts(sheet_claims):
    feed = entries(Client().get(FEED))
    assert set(feed) == {f"urn:uuid:{claim.uid}" for claim in sheet_claims.published}
    relayed = feed[f"urn:uuid:{sheet_claims.relayed.uid}"]
    assert relayed["link"] == f"http://testserver{claim_path(sheet_claims.relayed)}"
    assert "The Hill ← NBC News ← six anonymous sources" in relayed["summary"]


def test_a_retraction_updates_the_entry_and_says_why(sheet_claims, reviewer):
    uid = f"urn:uuid:{sheet_claims.approx.uid}"
    before = entries(Client().get(FEED))[uid]
    claim_transition(claim=sheet_claims.approx, action="retract", user=reviewer, reason="The source withdrew it.")
    after = entries(Client().get(FEED))[uid]
    assert after["title"].startswith("Retracted: ") and "The source withdrew it." in after["summary"]
    assert after["updated"] > before["updated"] and "Retracted" in after["categories"]


def test_a_corrected_figure_updates_the_entry(sheet_claims, reviewer):
    uid = f"urn:uuid:{sheet_claims.approx.uid}"
    before = entries(Client().get(FEED))[uid]
    claim = Claim.objects.get(pk=sheet_claims.approx.pk)
    claim.value = Decimal("11000")
    claim_save(claim=claim, user=reviewer, change_reason="NIS revised its estimate")
    after = entries(Client().get(FEED))[uid]
    assert "≈ 11,000 troops" in after["title"] and after["updated"] > before["updated"]


def test_the_feed_takes_the_indexs_filters(sheet_claims):
    feed = entries(Client().get(FEED, {"verdict": "false"}))
    assert list(feed) == [f"urn:uuid:{sheet_claims.figureless.uid}"]
    assert feed[f"urn:uuid:{sheet_claims.figureless.uid}"]["categories"] == ["Published", "False"]


def test_a_bad_parameter_is_a_400_naming_it(sheet_claims):
    response = Client().get(FEED, {"value_min": "lots"})
    assert response.status_code == 400 and "value_min" in response.content.decode()


@pytest.mark.parametrize("rows", [3, 12])
def test_query_count_is_fixed(many_estimates, django_assert_num_queries, rows):
    many_estimates(rows, status="published")
    with django_assert_num_queries(4):
        assert len(entries(Client().get(FEED))) == rows


def test_a_new_verdict_updates_the_entry(sheet_claims, reviewer):
    from datetime import date

    from claims.models import Review
    from claims.services import review_save

    uid = f"urn:uuid:{sheet_claims.approx.uid}"
    before = entries(Client().get(FEED))[uid]
    review = Review(claim=sheet_claims.approx, rating="misleading", status="published", date_published=date(2025, 8, 1))
    review_save(review=review, user=reviewer)
    after = entries(Client().get(FEED))[uid]
    assert "Misleading" in after["categories"] and after["updated"] > before["updated"]
    assert after["summary"].startswith("Verdict: Misleading.")
