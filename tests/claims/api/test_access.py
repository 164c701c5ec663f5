"""Who reads what: anonymous clients see published claims (and retracted ones, marked, when they
ask), never drafts or claims in review; tokens and staff see more."""

import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command

from claims.chains import LinkData
from claims.models import Claim, Tag
from tests.factories import make_actor, make_outlet, make_source

LIST = "/api/v1/claims/"

# In the seeds, "three vital nuclear sites" is a draft (the only claim tagged Iran) and
# "thousands more" is in review. Below, a retracted claim and a draft with a new source,
# speaker, outlet and metric that nothing published cites are added. The retracted claim is
# public, but lists show it only to those asking for status=retracted.
HIDDEN_QUOTES = {"three vital nuclear sites", "thousands more", "a secret draft"}
RETRACTED = "a retracted figure"


@pytest.fixture
def hidden(seeded, make_claim):
    from claims.models import Metric, Review
    from tests.factories import make_actor, make_outlet, make_source

    make_claim(quote=RETRACTED, value=7, unit="drones", status="retracted")
    secret_outlet = make_outlet("Secret Outlet")
    draft = make_claim(
        quote="a secret draft",
        statement="Zanzibar secret figure",
        value=9,
        unit="drones",
        status="draft",
        source=make_source(outlet=secret_outlet, title="Secret story"),
        actor=make_actor("Secret Speaker"),
        metric=Metric.objects.create(name="Secret metric", slug="secret-metric"),
    )
    Review.objects.create(claim=draft, rating="false", status="published")
    return draft


def listed_quotes(client, **params):
    response = client.get(LIST, {"page_size": 500, **params})
    assert response.status_code == 200, response.content
    return {claim["quote"] for claim in response.json()["results"]}


def test_anonymous_list_shows_published_claims_only(api, hidden):
    quotes = listed_quotes(api)
    assert len(quotes) == 15
    assert not quotes & {*HIDDEN_QUOTES, RETRACTED}
    assert listed_quotes(api, status="in_review,retracted") == {RETRACTED}


@pytest.mark.parametrize(
    "params",
    [
        {"status": "draft"},
        {"status": "in_review,retracted"},
        {"q": "Zanzibar"},
        {"q": "nuclear"},
        {"unit": "drones", "value_max": 10},
        {"verdict": "false"},
        {"has_review": "true"},
        {"ordering": "-value"},
    ],
)
def test_no_draft_through_filters_search_or_ordering(api, hidden, params):
    assert not listed_quotes(api, **params) & HIDDEN_QUOTES
    if "status" not in params:
        assert RETRACTED not in listed_quotes(api, **params)


def test_no_draft_through_detail(api, hidden):
    assert api.get(f"{LIST}{hidden.pk}/").status_code == 404
    retracted = Claim.objects.get(quote=RETRACTED)
    assert api.get(f"{LIST}{retracted.pk}/").json()["status"] == "retracted"


def test_no_draft_through_counts_and_facets(api, hidden):
    page = api.get(LIST, {"count": "true", "facet": "unit,status,tag,metric,outlet,origin,verdict"}).json()
    assert page["count"] == 15
    facets = page["facets"]
    assert [row["value"] for row in facets["status"]] == ["published"]
    assert "iran" not in {row["value"] for row in facets["tag"]}
    assert "secret-metric" not in {row["value"] for row in facets["metric"]}
    assert "secret-outlet" not in {row["value"] for row in facets["outlet"]}
    assert "secret-speaker" not in {row["value"] for row in facets["origin"]}
    assert "false" not in {row["value"] for row in facets["verdict"]}
    assert {row["value"]: row["count"] for row in facets["unit"]}["drones"] == 1


@pytest.mark.parametrize(
    "endpoint, hidden_slug",
    [
        ("tags", "iran"),
        ("metrics", "secret-metric"),
        ("outlets", "secret-outlet"),
        ("actors", "secret-speaker"),
    ],
)
def test_no_draft_through_related_endpoints(api, reviewer_api, hidden, endpoint, hidden_slug):
    public = {row["slug"] for row in api.get(f"/api/v1/{endpoint}/").json()["results"]}
    assert hidden_slug not in public
    assert api.get(f"/api/v1/{endpoint}/{hidden_slug}/").status_code == 404
    staff = {row["slug"] for row in reviewer_api.get(f"/api/v1/{endpoint}/").json()["results"]}
    assert hidden_slug in staff


def test_no_draft_through_sources_or_reviews(api, reviewer_api, hidden):
    public_titles = {row["title"] for row in api.get("/api/v1/sources/").json()["results"]}
    assert "Secret story" not in public_titles
    assert "Secret story" in {row["title"] for row in reviewer_api.get("/api/v1/sources/").json()["results"]}
    public_reviews = api.get("/api/v1/reviews/").json()["results"]
    assert hidden.pk not in {review["claim"] for review in public_reviews}
    assert len(public_reviews) == 2


def test_claim_counts_on_related_records_count_visible_claims(api, reviewer_api, hidden):
    def count(client, endpoint, slug):
        return client.get(f"/api/v1/{endpoint}/{slug}/").json()["claim_count"]

    # "The Hill" publishes four published claims and the draft about Iran.
    assert count(api, "outlets", "the-hill") == 4
    assert count(reviewer_api, "outlets", "the-hill") == 5
    assert count(api, "actors", "national-intelligence-service") == 2
    assert count(reviewer_api, "actors", "national-intelligence-service") == 3
    assert count(api, "tags", "north-korea") == 8
    assert count(reviewer_api, "tags", "north-korea") == 9


def test_token_with_view_permission_sees_every_status(reviewer_api, hidden):
    quotes = listed_quotes(reviewer_api)
    assert quotes >= HIDDEN_QUOTES
    assert listed_quotes(reviewer_api, status="draft") == {"three vital nuclear sites", "a secret draft"}
    assert reviewer_api.get(f"{LIST}{hidden.pk}/").status_code == 200


def test_token_without_view_permission_sees_published_only(token_client, django_user_model, hidden):
    reader = django_user_model.objects.create_user("reader", password="pw-reader-123")
    assert not listed_quotes(token_client(reader)) & HIDDEN_QUOTES


def test_staff_session_with_permission_sees_drafts(client, django_user_model, hidden):
    user = django_user_model.objects.create_user("desk", password="pw-desk-123", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_claim"))
    client.force_login(user)
    response = client.get(LIST, {"status": "draft"})
    assert {claim["quote"] for claim in response.json()["results"]} == {"three vital nuclear sites", "a secret draft"}


def test_bad_token_is_401(api, hidden):
    api.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")
    response = api.get(LIST)
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"


def test_obtain_token_endpoint(api, settings, django_user_model):
    """The one test on the production password hasher (the suite hashes with MD5)."""
    from django.contrib.auth.models import Group

    from claims.roles import EDITORS
    from tests.conftest import PRODUCTION_PASSWORD_HASHERS

    settings.PASSWORD_HASHERS = PRODUCTION_PASSWORD_HASHERS
    editor = django_user_model.objects.create_user(username="eddie", password="pw-eddie", is_staff=True)
    editor.groups.add(Group.objects.get(name=EDITORS))
    assert editor.password.startswith("pbkdf2_sha256$")
    response = api.post("/api/v1/auth/token/", {"username": "eddie", "password": "pw-eddie"})
    assert response.status_code == 200
    api.credentials(HTTP_AUTHORIZATION=f"Token {response.json()['token']}")
    assert api.get(LIST, {"status": "draft"}).status_code == 200
    assert api.post("/api/v1/auth/token/", {"username": "eddie", "password": "wrong"}).status_code == 400


def test_token_requests_are_throttled_per_client_address(api, editor, monkeypatch):
    # Password guessing: every request counts, right or wrong, and the limit is per address.
    from factdb.api.tokens import TokenRequestThrottle

    monkeypatch.setattr(TokenRequestThrottle, "THROTTLE_RATES", {"token": "3/minute"})
    attempts = [api.post("/api/v1/auth/token/", {"username": "eddie", "password": f"guess-{n}"}) for n in range(3)]
    assert [response.status_code for response in attempts] == [400, 400, 400]
    refused = api.post("/api/v1/auth/token/", {"username": "eddie", "password": "pw-eddie"})
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 60
    elsewhere = api.post("/api/v1/auth/token/", {"username": "eddie", "password": "pw-eddie"}, REMOTE_ADDR="192.0.2.7")
    assert elsewhere.status_code == 200 and elsewhere.json()["token"]


def test_drf_create_token_command(editor, capsys):
    call_command("drf_create_token", "eddie")
    assert "Generated token" in capsys.readouterr().out


def test_anonymous_clients_are_throttled(api, settings, db):
    from rest_framework.settings import api_settings
    from rest_framework.throttling import AnonRateThrottle

    rates = {**api_settings.DEFAULT_THROTTLE_RATES, "anon": "3/minute"}
    AnonRateThrottle.THROTTLE_RATES, original = rates, AnonRateThrottle.THROTTLE_RATES
    try:
        statuses = [api.get(LIST).status_code for _ in range(4)]
    finally:
        AnonRateThrottle.THROTTLE_RATES = original
    assert statuses == [200, 200, 200, 429]


def test_list_pages_count_each_records_visible_claims_once(api, reviewer_api, make_claim):
    """A page's claim counts (one grouped query) agree with what each client may read: a
    claim quoted twice in one outlet's story counts once, a draft only for staff."""
    outlet = make_outlet(name="Counted Outlet")
    source, other_source = make_source(outlet=outlet), make_source(outlet=outlet)
    relay, origin = make_actor(name="Counted Relay"), make_actor(name="Counted Origin")
    tag = Tag.objects.create(name="Counted tag", slug="counted-tag")
    two_links = [
        LinkData(source, relay, "reported", "relay", 1),
        LinkData(source, origin, "said", "origin", 2),
        LinkData(other_source, origin, "said", "origin", 1),
    ]
    make_claim(links=two_links, tags=[tag], status="published")
    make_claim(source=source, actor=origin, tags=[tag], status="draft")
    make_claim(source=other_source, actor=relay, status="published")

    def listed(client, endpoint):
        results = client.get(f"/api/v1/{endpoint}/", {"page_size": 100}).json()["results"]
        return {record["name" if "name" in record else "title"]: record["claim_count"] for record in results}

    assert listed(api, "outlets")["Counted Outlet"] == 2
    assert listed(reviewer_api, "outlets")["Counted Outlet"] == 3
    assert (listed(api, "actors")["Counted Origin"], listed(reviewer_api, "actors")["Counted Origin"]) == (1, 2)
    assert (listed(api, "actors")["Counted Relay"], listed(reviewer_api, "actors")["Counted Relay"]) == (2, 2)
    assert (listed(api, "tags")["Counted tag"], listed(reviewer_api, "tags")["Counted tag"]) == (1, 2)
    assert listed(api, "sources")[source.title] == 1
    assert listed(reviewer_api, "sources")[source.title] == 2
