"""Two links to one article share a key (issue 16): scheme, ``www.``, trailing slash and
tracking parameters make no second source."""

import pytest

from sources.normalization import normalize_url, url_key

# The pair, and a Channel NewsAsia story as readers share it (real addresses).
REUTERS = "https://www.reuters.com/world/asia-pacific/north-korea-sends-more-troops-russia-2025-06-14/"
CNA = "https://www.channelnewsasia.com/world/us-south-korea-meet-after-north-korea-fires-most-powerful-icbm-4716246"


@pytest.mark.parametrize(
    "shared",
    [
        "http://reuters.com/world/asia-pacific/north-korea-sends-more-troops-russia-2025-06-14?utm_medium=email",
        "https://reuters.com/world/asia-pacific/north-korea-sends-more-troops-russia-2025-06-14",
        "HTTPS://WWW.Reuters.com/world/asia-pacific/north-korea-sends-more-troops-russia-2025-06-14/#comments",
    ],
)
def test_the_same_article_has_one_key(shared):
    assert (
        url_key(shared)
        == url_key(REUTERS)
        == "reuters.com/world/asia-pacific/north-korea-sends-more-troops-russia-2025-06-14"
    )


def test_query_order_does_not_matter_but_query_values_do():
    assert url_key(f"{CNA}?b=2&a=1&utm_source=x") == url_key(f"{CNA}/?a=1&b=2")
    assert url_key("https://example.com/story?id=3") != url_key("https://example.com/story?id=4")


def test_the_stored_url_keeps_its_scheme_and_host():
    # The stored link must still open: only the key drops the scheme and "www.".
    assert normalize_url(f"{CNA}?utm_medium=email") == CNA
    assert url_key("") == "" and url_key("   ") == ""
