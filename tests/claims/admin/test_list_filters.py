"""The claims list's outlet, source and conflicting filters and its search are the API's.

Over the seed data (17 claims from real reporting, seven outlets, metrics with live
conflicts), every choice the sidebar offers and a range of searches list the same claims
in the admin as ``/api/v1/claims/`` with the equivalent parameters, for the same user.
Run on PostgreSQL too: there both searches are stemmed ("troop" finds "troops").
"""

import pytest
from django.contrib.messages import get_messages
from django.db import connection
from django.urls import reverse

from claims.models import Claim
from sources.models import Outlet, Source

CHANGELIST = reverse("admin:claims_claim_changelist")
CLAIMS = "/api/v1/claims/"

pytestmark = pytest.mark.usefixtures("seeded")


def in_admin(client, params):
    response = client.get(CHANGELIST, params)
    assert response.status_code == 200, response
    return {claim.pk for claim in response.context["cl"].result_list}


def in_api(api, params):
    response = api.get(CLAIMS, {**params, "page_size": 500})
    assert response.status_code == 200, response.json()
    return {claim["id"] for claim in response.json()["results"]}


@pytest.fixture
def both(editor_client, editor_api):
    """``both(admin_params, api_params)``: the claims the admin and the API list, for one editor."""

    def listed(admin_params, api_params=None):
        return in_admin(editor_client, admin_params), in_api(editor_api, api_params or admin_params)

    return listed


def test_every_outlet_choice_lists_what_the_api_lists(both):
    outlets = list(Outlet.objects.all())
    assert len(outlets) >= 5
    for outlet in outlets:
        admin_ids, api_ids = both({"outlet": outlet.slug})
        assert admin_ids == api_ids, outlet.slug
        assert admin_ids == set(Claim.objects.filter(attributions__source__outlet=outlet).values_list("pk", flat=True))
    # The API also takes ids, and several outlets at once; so does the admin now.
    first, second = outlets[:2]
    admin_ids, api_ids = both({"outlet": f"{first.pk},{second.slug}"})
    assert admin_ids == api_ids == both({"outlet": first.slug})[0] | both({"outlet": second.slug})[0]


def test_every_source_lists_what_the_api_lists(both):
    sources = list(Source.objects.all())
    assert len(sources) >= 4
    for source in sources:
        admin_ids, api_ids = both({"source": str(source.pk)})
        assert admin_ids == api_ids, source.title
    assert any(both({"source": str(source.pk)})[0] for source in sources)


def test_conflicting_lists_what_the_api_lists(both, estimate):
    # Two estimates of one metric for 2024 that cannot both be true: a live conflict.
    estimate(12000, "approx")
    estimate(4000, "exact", status="in_review")
    estimate(11000, "exact", start=None, end=None)
    in_conflict, api_in_conflict = both({"conflicting": "yes"}, {"conflicting": "true"})
    calm, api_calm = both({"conflicting": "no"}, {"conflicting": "false"})
    assert in_conflict == api_in_conflict != set()
    assert calm == api_calm != set()
    assert in_conflict.isdisjoint(calm)
    assert in_conflict | calm == set(Claim.objects.values_list("pk", flat=True))


SEARCHES = [
    "troop",
    "troops",
    "Kursk",
    "spy agency",  # an alias of the National Intelligence Service
    "drones or missiles",
    "sanctions -thousands",
    '"North Korea"',
    '"new sanctions" or coffins',
    "intelligence service",
    "nothing-like-this",
]


@pytest.mark.parametrize("text", SEARCHES)
def test_search_is_the_api_q(both, text):
    admin_ids, api_ids = both({"q": text})
    assert admin_ids == api_ids
    assert bool(admin_ids) == (text != "nothing-like-this")  # each search is worth comparing


@pytest.mark.postgres
def test_search_is_stemmed_in_both_on_postgresql(both):
    assert connection.vendor == "postgresql"
    # "deploying troop" shares no substring with "deployed … troops", only stems.
    admin_ids, api_ids = both({"q": "deploying troop"})
    statements = set(Claim.objects.filter(pk__in=admin_ids).values_list("statement", flat=True))
    assert admin_ids == api_ids
    assert any("deployed" in statement and "troops" in statement for statement in statements), statements


def test_a_search_the_api_refuses_is_refused_beside_the_list(editor_client, editor_api):
    refused = editor_api.get(CLAIMS, {"q": "-drones"})
    assert refused.status_code == 400
    response = editor_client.get(CHANGELIST, {"q": "-drones"}, follow=True)
    assert response.status_code == 200
    assert [str(message) for message in get_messages(response.wsgi_request)] == [f"q: {refused.json()['q'][0]}"]


def test_an_unknown_outlet_is_named(editor_client):
    response = editor_client.get(CHANGELIST, {"outlet": "bbc"}, follow=True)
    assert [str(message) for message in get_messages(response.wsgi_request)] == ["outlet: Unknown outlet: “bbc”."]
