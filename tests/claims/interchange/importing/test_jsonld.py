"""Finding ClaimReview records in JSON-LD documents, HTML pages and Fact Check Tools responses."""

from claims.interchange.importing.jsonld import find_claim_reviews, parse_json_leniently

REVIEW = '{"@type": "ClaimReview", "url": "https://a.example/1", "claimReviewed": "x"}'


def test_one_object_a_list_and_a_graph():
    assert len(find_claim_reviews(REVIEW)[0]) == 1
    assert [r.where for r in find_claim_reviews(f"[{REVIEW}, {REVIEW}]")[0]] == ["document, item 1", "document, item 2"]
    graph = '{"@graph": [{"@type": "WebPage"}, ' + REVIEW + "]}"
    assert len(find_claim_reviews(graph)[0]) == 1


def test_type_as_a_list_or_a_full_iri():
    assert find_claim_reviews('{"@type": ["Review", "ClaimReview"], "url": "u"}')[0]
    assert find_claim_reviews('{"@type": "http://schema.org/ClaimReview", "url": "u"}')[0]


def test_data_feed_items():
    feed = '{"@type": "DataFeed", "dataFeedElement": [{"@type": "DataFeedItem", "item": [' + REVIEW + "]}]}"
    assert len(find_claim_reviews(feed)[0]) == 1


def test_html_blocks_are_read_one_by_one():
    page = f"""<html><head><script type="application/ld+json">{REVIEW}</script>
    <script type="text/javascript">var x = {{}};</script>
    <script type="application/ld+json; charset=utf-8">[{REVIEW}]</script></head></html>"""
    found, skipped = find_claim_reviews(page)
    assert [r.where for r in found] == ["block 1", "block 2, item 1"] and not skipped


def test_a_page_without_blocks_or_reviews_says_so():
    assert find_claim_reviews("<html><body>nothing</body></html>")[1][0].reason.startswith("no <script")
    assert find_claim_reviews('{"@type": "WebPage"}')[1][0].reason == "no ClaimReview found in it"


def test_fact_check_tools_layout_becomes_schema_org():
    response = (
        '{"claims": [{"text": "t", "claimant": "c", "claimReview": [{"url": "https://r.example/", '
        '"textualRating": "False", "publisher": {"site": "r.example"}, "reviewDate": "2025-01-02T00:00:00Z"}]}]}'
    )
    (found,), _ = find_claim_reviews(response)
    assert found.where == "document, claim 1, claimReview 1"
    assert found.data["claimReviewed"] == "t"
    assert found.data["reviewRating"]["alternateName"] == "False"
    assert found.data["itemReviewed"]["author"] == {"name": "c"}
    assert found.data["author"] == {"@type": "Organization", "name": "r.example", "url": "https://r.example"}


def test_lenient_json_accepts_what_pages_publish():
    assert parse_json_leniently('<!-- {"a": "line\nbreak"} -->') == {"a": "line\nbreak"}
    assert parse_json_leniently("{&quot;a&quot;: 1}") == {"a": 1}
