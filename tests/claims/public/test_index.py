"""The public claims index: the API's filters, paged, as HTML anyone can read."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from claims.public.addresses import claim_path

pytestmark = pytest.mark.django_db
INDEX = "/claims/"


@pytest.fixture
def public():
    return Client()


def listed(response):
    return re.findall(r'<li><a href="(/claims/\d+/[^"]*)">', response.content.decode())


def test_the_index_lists_published_claims_only(public, sheet_claims):
    response = public.get(INDEX)
    assert response.status_code == 200
    assert set(listed(response)) == {claim_path(claim) for claim in sheet_claims.published}
    assert claim_path(sheet_claims.draft) not in response.content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"verdict": "false"}, ["figureless"]),
        ({"value_min": "11000", "unit": "troops"}, ["approx"]),
        ({"metric": "nk-workers-kursk"}, ["ranged"]),
        ({"outlet": "nbc-news"}, ["relayed"]),
    ],
)
def test_the_index_takes_the_apis_parameters(public, sheet_claims, query, expected):
    assert set(listed(public.get(INDEX, query))) == {claim_path(getattr(sheet_claims, name)) for name in expected}


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ({"value_min": "lots"}, "value_min"),
        ({"verdict": "maybe"}, "verdict"),
        ({"q": "x" * 1000}, "q"),
        ({"page": "0"}, "page"),
        ({"page": "x"}, "page"),
    ],
)
def test_a_bad_parameter_is_a_readable_400_naming_it(public, sheet_claims, query, named):
    response = public.get(INDEX, query)
    assert response.status_code == 400
    assert f"<strong>{named}</strong>" in response.content.decode()
    assert "The search could not be run" in response.content.decode()


def test_retracted_claims_are_listed_when_asked_for(public, sheet_claims, reviewer):
    from claims.services import claim_transition

    claim_transition(claim=sheet_claims.approx, action="retract", user=reviewer, reason="Withdrawn.")
    assert claim_path(sheet_claims.approx) not in listed(public.get(INDEX))
    assert listed(public.get(INDEX, {"status": "retracted"})) == [claim_path(sheet_claims.approx)]


def test_the_index_is_paged_and_pages_keep_the_filter(public, many_estimates):
    many_estimates(30, status="published")
    first = public.get(INDEX, {"unit": "troops"})
    html = first.content.decode()
    assert len(listed(first)) == 25 and "Claims 1–25" in html and 'rel="prev"' not in html
    assert 'href="?unit=troops&amp;page=2" rel="next"' in html
    second = public.get(INDEX, {"unit": "troops", "page": "2"})
    assert len(listed(second)) == 5 and not set(listed(second)) & set(listed(first))
    html = second.content.decode()
    assert "Claims 26–30, page 2" in html and 'rel="next"' not in html
    assert 'href="?unit=troops&amp;page=1" rel="prev"' in html


@pytest.mark.parametrize("rows", [3, 12])
def test_query_count_is_fixed(public, many_estimates, django_assert_num_queries, rows):
    many_estimates(rows, status="published")
    with django_assert_num_queries(4):
        response = public.get(INDEX)
    assert len(listed(response)) == rows


def test_every_control_has_a_label(public, sheet_claims):
    html = public.get(INDEX).content.decode()
    ids = re.findall(r'<(?:input|select)[^>]* id="([^"]+)"', html)
    assert ids and all(f'<label for="{control}">' in html for control in ids)


def test_the_index_links_the_feed_of_the_same_search(public, sheet_claims):
    html = public.get(INDEX, {"verdict": "false"}).content.decode()
    assert f'href="{reverse("claims:public-feed")}?verdict=false"' in html
