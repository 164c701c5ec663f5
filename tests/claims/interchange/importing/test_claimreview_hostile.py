"""Hostile ClaimReview files: each bad record is skipped with its reason, the others import; never a 500."""

import json

import pytest

from claims.interchange.importing.claimreview import ClaimReviewImporter
from claims.models import Claim, Review


def record(n, **overrides):
    data = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"https://checkdesk.example/checks/{n}",
        "claimReviewed": f"Claim number {n}",
        "author": {"@type": "Organization", "name": "Check Desk", "url": "https://checkdesk.example/"},
        "reviewRating": {"@type": "Rating", "alternateName": "False"},
        "itemReviewed": {"@type": "Claim", "author": {"name": "A minister"}},
    }
    return {**data, **overrides}


def run(text):
    return ClaimReviewImporter(filename="hostile.jsonld").run(text)


def reasons(result):
    return {skipped.where: skipped.reason for skipped in result.skipped}


@pytest.mark.parametrize(
    "url, reason",
    [
        ("javascript:alert(1)", "not a web address"),  # once a 500
        ("data:text/html,<script>alert(1)</script>", "not a web address"),
        ("https://exa mple.com/x", "not a web address"),
        ("http://[::1", "not a web address"),
        ("https://checkdesk.example:99999/x", "not a web address"),
    ],
)
def test_a_url_that_is_no_web_address_skips_that_record(db, url, reason):
    result = run(json.dumps([record(1, url=url), record(2)]))
    assert list(reasons(result)) == ["document, item 1"]
    assert reason in reasons(result)["document, item 1"]
    assert [imported.url for imported in result.imported] == ["https://checkdesk.example/checks/2"]


def test_a_lone_surrogate_skips_that_record(db):
    """Once a 500: "\\ud800" is valid JSON, but no database stores it."""
    text = json.dumps([record(1, claimReviewed="Claim \ud800 one"), record(2)])
    result = run(text)
    assert "lone surrogate" in reasons(result)["document, item 1"]
    assert Claim.objects.get().statement == "Claim number 2"


def test_a_lone_surrogate_in_a_key_skips_that_record(db):
    text = json.dumps([record(1, itemReviewed={"\udfff": 1}), record(2)])
    assert "lone surrogate" in reasons(run(text))["document, item 1"]


def test_deep_nesting_is_a_reason_not_a_crash(db):
    """Once a 500 (RecursionError): 200,000 nested lists."""
    result = run("[" * 200_000 + "]" * 200_000)
    assert list(reasons(result).values()) == ["not valid JSON (nested too deeply)"]
    assert not Review.objects.exists()


def test_records_nested_deep_inside_a_document_are_reported(db):
    nested = record(1)
    for _ in range(100):
        nested = {"@graph": [nested]}
    result = run(json.dumps([nested, record(2)]))
    assert "nested deeper than" in " ".join(reasons(result).values())
    assert [imported.url for imported in result.imported] == ["https://checkdesk.example/checks/2"]


def test_json_mentioning_script_near_its_start_is_read_as_json(db):
    """Our own export of a claim quoting "<script" was taken for an HTML page and skipped whole."""
    text = json.dumps([record(1, claimReviewed='He wrote <script>alert("x")</script> on the site'), record(2)])
    result = run(text)
    assert not result.skipped and len(result.imported) == 2
    assert Claim.objects.filter(statement__contains="alert").exists()


def test_an_html_page_is_still_read_as_html(db):
    page = f'<html><script type="application/ld+json">{json.dumps(record(1))}</script></html>'
    assert len(run(page).imported) == 1
