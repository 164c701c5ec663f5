"""
Who may do what, as one table: five roles × every API endpoint and method, every admin
page and action, every export, and a sweep of everything the public can read for
anything unpublished.

Roles: an anonymous client; an API token of a user with no permissions (a data desk's
reader token); an editor (Editors group); a reviewer (Reviewers group); a superuser.
API calls send the role's token; admin pages use the role's session. Each cell runs
on its own fresh records, so a write in one cell cannot change another's answer.
"""

import re
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from claims.models import Claim, ClaimSheet, Metric, Review, Tag
from claims.roles import EDITORS, REVIEWERS
from claims.sheets.services import sheet_add_claims
from sources.models import Actor, Outlet, Source
from tests.factories import ClaimFactory, make_actor, make_outlet, make_source

ROLES = ("anonymous", "token", "editor", "reviewer", "superuser")

# What nothing unpublished may show to the public: words only the hidden records carry.
HIDDEN_MARKERS = ("Zanzibar", "Secret Outlet", "Secret story", "Secret Speaker", "secret-tag", "Secret metric",
                  "Retracted Rumour")


@dataclass
class World:
    published: Claim
    draft: Claim
    in_review: Claim
    retracted: Claim
    secret_outlet: Outlet
    secret_source: Source
    secret_actor: Actor
    secret_tag: Tag
    secret_metric: Metric
    public_metric: Metric
    sheet: ClaimSheet


@pytest.fixture
def world(db, django_user_model):
    make = ClaimFactory()
    public_metric = Metric.objects.create(name="Drones launched overnight", slug="drones-overnight")
    published = make(statement="Ukraine's air force counted 477 drones.", quote="477 drones", value=477,
                     unit="drones", status="published", metric=public_metric)
    Review.objects.create(claim=published, rating="true", status="published")
    secret_outlet = make_outlet("Secret Outlet")
    secret_source = make_source(outlet=secret_outlet, title="Secret story")
    secret_actor = make_actor("Secret Speaker")
    secret_tag = Tag.objects.create(name="Secret tag", slug="secret-tag")
    secret_metric = Metric.objects.create(name="Secret metric", slug="secret-metric")
    draft = make(statement="Zanzibar received 90 drones.", quote="90 drones", value=90, unit="drones",
                 status="draft", source=secret_source, actor=secret_actor, tags=[secret_tag], metric=secret_metric)
    Review.objects.create(claim=draft, rating="false", status="published")
    # A draft on the public metric: it must not show in that metric's chart or timeline.
    make(statement="Zanzibar estimate of 5,000 drones.", quote="5,000 drones", value=5000, unit="drones",
         status="draft", metric=public_metric, source=secret_source, actor=secret_actor)
    in_review = make(statement="Zanzibar claim in review.", quote="12 drones", value=12, unit="drones",
                     status="in_review", source=secret_source, actor=secret_actor)
    retracted = make(statement="Retracted Rumour of 7 drones.", quote="7 drones", value=7, unit="drones",
                     status="retracted", source=secret_source, actor=secret_actor)
    sheet = ClaimSheet.objects.create(name="Drones sheet", slug="drones-sheet")
    sheet_add_claims(sheet=sheet, claims=[published, draft, retracted])
    return World(published, draft, in_review, retracted, secret_outlet, secret_source, secret_actor, secret_tag,
                 secret_metric, public_metric, sheet)


@pytest.fixture
def users(db, django_user_model):
    def staff(username, group):
        user = django_user_model.objects.create_user(username, password=f"pw-{username}-1", is_staff=True)
        user.groups.add(Group.objects.get(name=group))
        return user

    return {
        "anonymous": None,
        "token": django_user_model.objects.create_user("reader", password="pw-reader-1"),
        "editor": staff("eddie", EDITORS),
        "reviewer": staff("rita", REVIEWERS),
        "superuser": django_user_model.objects.create_superuser("root", "root@example.org", "pw-root-1"),
    }


def api_client(users, role):
    client = APIClient()
    if users[role] is not None:
        client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=users[role]).key}")
    return client


def session_client(client, users, role):
    if users[role] is not None:
        client.force_login(users[role])
    return client


# --- API: every endpoint and method ------------------------------------------------
# (label, method, path template, body) → status per role, in ROLES order.
# Paths name records of the world: {published}, {draft}, {in_review}, {retracted} are
# claims; the others are the records only hidden claims cite.
NEW_CLAIM = {"statement": "A new figure.", "quote": "3 drones", "value": 3, "qualifier": "exact", "unit": "drones"}
OK, CREATED = 200, 201
API_MATRIX = [
    # Reading: everyone may read what is published ...
    ("api root", "get", "/api/v1/", None, [OK, OK, OK, OK, OK]),
    *[
        (f"{name} list", "get", f"/api/v1/{name}/", None, [OK, OK, OK, OK, OK])
        for name in ("claims", "sources", "outlets", "actors", "metrics", "reviews", "tags", "sheets")
    ],
    ("published claim", "get", "/api/v1/claims/{published}/", None, [OK, OK, OK, OK, OK]),
    ("public metric timeline", "get", "/api/v1/metrics/drones-overnight/timeline/", None, [OK] * 5),
    ("public metric conflicts", "get", "/api/v1/metrics/drones-overnight/conflicts/", None, [OK] * 5),
    ("sheet", "get", "/api/v1/sheets/drones-sheet/", None, [OK] * 5),
    ("claims as CSV", "get", "/api/v1/claims/?format=csv", None, [OK] * 5),
    ("schema", "get", "/api/schema/", None, [OK] * 5),
    # ... and only those who may view claims read the rest.
    ("draft claim", "get", "/api/v1/claims/{draft}/", None, [404, 404, OK, OK, OK]),
    ("claim in review", "get", "/api/v1/claims/{in_review}/", None, [404, 404, OK, OK, OK]),
    ("retracted claim", "get", "/api/v1/claims/{retracted}/", None, [404, 404, OK, OK, OK]),
    ("draft as CSV", "get", "/api/v1/claims/{draft}/?format=csv", None, [404, 404, OK, OK, OK]),
    ("draft-only outlet", "get", "/api/v1/outlets/secret-outlet/", None, [404, 404, OK, OK, OK]),
    ("draft-only source", "get", "/api/v1/sources/{secret_source}/", None, [404, 404, OK, OK, OK]),
    ("draft-only speaker", "get", "/api/v1/actors/secret-speaker/", None, [404, 404, OK, OK, OK]),
    ("draft-only tag", "get", "/api/v1/tags/secret-tag/", None, [404, 404, OK, OK, OK]),
    ("draft-only metric", "get", "/api/v1/metrics/secret-metric/", None, [404, 404, OK, OK, OK]),
    ("draft-only metric timeline", "get", "/api/v1/metrics/secret-metric/timeline/", None, [404, 404, OK, OK, OK]),
    ("filter by a draft-only outlet", "get", "/api/v1/claims/?outlet=secret-outlet", None, [400, 400, OK, OK, OK]),
    # Writing claims needs claims.add_claim / change_claim (Editors and Reviewers).
    ("create claim", "post", "/api/v1/claims/", NEW_CLAIM, [401, 403, CREATED, CREATED, CREATED]),
    ("change claim", "patch", "/api/v1/claims/{published}/", {"place": "Kyiv"}, [401, 403, OK, OK, OK]),
    ("replace claim", "put", "/api/v1/claims/{draft}/", NEW_CLAIM, [401, 403, OK, OK, OK]),
    ("change a draft", "patch", "/api/v1/claims/{draft}/", {"place": "Kyiv"}, [401, 403, OK, OK, OK]),
    # Claims are never deleted through the API: editors lack the permission, and for
    # those who have it (reviewers, superusers) the method does not exist.
    ("delete claim", "delete", "/api/v1/claims/{published}/", None, [401, 403, 403, 405, 405]),
    # Workflow: editors submit and return to draft; only reviewers publish and retract.
    ("submit", "post", "/api/v1/claims/{draft}/submit/", None, [401, 404, OK, OK, OK]),
    ("return to draft", "post", "/api/v1/claims/{in_review}/return-to-draft/", None, [401, 404, OK, OK, OK]),
    ("publish", "post", "/api/v1/claims/{in_review}/publish/", None, [401, 404, 403, OK, OK]),
    ("retract", "post", "/api/v1/claims/{published}/retract/", None, [401, 403, 403, OK, OK]),
    # Figure extraction is for those who may add claims.
    ("extract figures", "post", "/api/v1/extract/", {"text": "Officials said 40 drones flew."},
     [401, 403, OK, OK, OK]),
    # Reference records are read-only through the API for everyone.
    *[
        (f"create {name}", "post", f"/api/v1/{name}/", {"name": "New"}, [401, 403, 405, 405, 405])
        for name in ("outlets", "actors", "metrics", "tags")
    ],
    ("create source", "post", "/api/v1/sources/", {"title": "New"}, [401, 403, 405, 405, 405]),
    ("create review", "post", "/api/v1/reviews/", {"rating": "true"}, [401, 403, 403, 405, 405]),
    ("create sheet", "post", "/api/v1/sheets/", {"name": "New"}, [401, 403, 405, 405, 405]),
    ("delete outlet", "delete", "/api/v1/outlets/secret-outlet/", None, [401, 403, 403, 403, 405]),
]


def fill(template, world):
    ids = {
        "published": world.published.pk, "draft": world.draft.pk, "in_review": world.in_review.pk,
        "retracted": world.retracted.pk, "secret_source": world.secret_source.pk,
    }
    return template.format(**ids)


def table_snapshot():
    """Row counts and versions that no refused request may change."""
    return (
        Claim.objects.count(), Outlet.objects.count(), Source.objects.count(), Actor.objects.count(),
        Metric.objects.count(), Tag.objects.count(), Review.objects.count(), ClaimSheet.objects.count(),
        sorted(Claim.objects.values_list("pk", "version", "status")),
    )


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    "label, method, template, body, expected", API_MATRIX, ids=[row[0] for row in API_MATRIX]
)
def test_api_matrix(world, users, role, label, method, template, body, expected):
    client = api_client(users, role)
    before = table_snapshot()
    response = getattr(client, method)(fill(template, world), body, format="json" if body is not None else None)
    want = expected[ROLES.index(role)]
    assert response.status_code == want, f"{label} as {role}: {response.status_code} {response.content[:300]!r}"
    if response.status_code >= 400 or method == "get":
        assert table_snapshot() == before, f"{label} as {role} changed the database"


# --- Admin: pages and actions ------------------------------------------------------
ADMIN_PAGES = [
    # (label, path) → status per role: the public and API readers are sent to log in.
    ("claims list", "/admin/claims/claim/", [302, 302, OK, OK, OK]),
    ("claim page", "/admin/claims/claim/{draft}/change/", [302, 302, OK, OK, OK]),
    ("claim history", "/admin/claims/claim/{draft}/history/", [302, 302, OK, OK, OK]),
    ("add claim", "/admin/claims/claim/add/", [302, 302, OK, OK, OK]),
    ("delete claim", "/admin/claims/claim/{draft}/delete/", [302, 302, 403, OK, OK]),
    ("add review", "/admin/claims/review/add/", [302, 302, 403, OK, OK]),
    ("sources list", "/admin/sources/source/", [302, 302, OK, OK, OK]),
    ("suggest claims", "/admin/sources/source/{secret_source}/suggest-claims/", [302, 302, OK, OK, OK]),
    ("metric page", "/admin/claims/metric/{secret_metric}/change/", [302, 302, OK, OK, OK]),
    ("import sheet", "/admin/claims/claim/import-sheet/", [302, 302, OK, OK, OK]),
    ("users", "/admin/auth/user/", [302, 302, 403, 403, OK]),
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("label, template, expected", ADMIN_PAGES, ids=[row[0] for row in ADMIN_PAGES])
def test_admin_page_matrix(client, world, users, role, label, template, expected):
    path = template.format(
        draft=world.draft.pk, secret_source=world.secret_source.pk, secret_metric=world.secret_metric.pk
    )
    response = session_client(client, users, role).get(path)
    want = expected[ROLES.index(role)]
    assert response.status_code == want, f"{label} as {role}: {response.status_code}"
    if want == 302:
        assert "/admin/login/" in response["Location"]


# Admin actions on the claims list: (action, claim it runs on, status that claim ends in
# for each role; None: the action is refused and nothing changes).
ADMIN_ACTIONS = [
    ("submit_for_review", "draft", "in_review", [None, None, "in_review", "in_review", "in_review"]),
    ("return_to_draft", "in_review", "draft", [None, None, "draft", "draft", "draft"]),
    ("publish", "in_review", "published", [None, None, None, "published", "published"]),
    ("retract", "published", "retracted", [None, None, None, "retracted", "retracted"]),
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action, target, _, outcome", ADMIN_ACTIONS, ids=[row[0] for row in ADMIN_ACTIONS])
def test_admin_action_matrix(client, world, users, role, action, target, _, outcome):
    claim = getattr(world, target)
    before = claim.status
    response = session_client(client, users, role).post(
        "/admin/claims/claim/", {"action": action, "_selected_action": [claim.pk]}
    )
    assert response.status_code in (200, 302)
    claim.refresh_from_db()
    expected = outcome[ROLES.index(role)]
    assert claim.status == (expected or before), f"{action} as {role}"


@pytest.mark.parametrize("role", ROLES)
def test_admin_export_action_matrix(client, world, users, role):
    response = session_client(client, users, role).post(
        "/admin/claims/claim/",
        {"action": "export_selected", "_selected_action": [world.published.pk, world.draft.pk],
         "format": "csv"},
    )
    if role in ("anonymous", "token"):
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
        return
    assert response.status_code == 200, response.content[:300]
    body = b"".join(response.streaming_content) if response.streaming else response.content
    text = body.decode("utf-8-sig")
    assert "477 drones" in text and "Zanzibar" in text  # staff export what they selected, drafts included


# --- The public sees nothing unpublished, anywhere ------------------------------------
def public_urls(world):
    """Every page, file and API answer a public reader can ask for, with the hidden records named."""
    hidden_ids = [world.draft.pk, world.in_review.pk, world.retracted.pk]
    urls = ["/", "/sheets/", "/sheets/drones-sheet/", "/api/v1/", "/api/v1/sheets/", "/api/v1/sheets/drones-sheet/"]
    urls += [f"/sheets/drones-sheet.{extension}" for extension in ("csv", "json", "jsonld", "xlsx")]
    urls += [f"/api/v1/{name}/" for name in ("claims", "sources", "outlets", "actors", "metrics", "reviews", "tags")]
    urls += [
        "/api/v1/claims/?page_size=500&count=true&facet=unit&facet=origin&facet=outlet&facet=verdict&facet=tag"
        "&facet=metric&facet=status&facet=actor&facet=place&facet=qualifier",
        "/api/v1/claims/?q=Zanzibar", "/api/v1/claims/?status=draft,in_review,retracted",
        "/api/v1/claims/?unit=drones&value_max=100", "/api/v1/claims/?verdict=false",
        "/api/v1/claims/?has_review=true&ordering=-value", "/api/v1/claims/?conflicting=true",
        "/api/v1/claims/?metric=drones-overnight", "/api/v1/claims/?updated_since=2000-01-01T00:00:00Z",
        "/api/v1/sources/?title=Secret", "/api/v1/actors/?name=Secret", "/api/v1/outlets/?name=Secret",
        "/api/v1/metrics/drones-overnight/", "/api/v1/metrics/drones-overnight/timeline/",
        "/api/v1/metrics/drones-overnight/conflicts/",
        "/metrics/drones-overnight/chart.svg", "/metrics/drones-overnight/timeline.json",
    ]
    for extension in ("csv", "xlsx", "sheet-json", "claimreview"):
        urls.append(f"/api/v1/claims/?format={extension}")
    urls += [f"/api/v1/claims/{pk}/" for pk in hidden_ids]
    urls += ["/api/v1/outlets/secret-outlet/", "/api/v1/actors/secret-speaker/", "/api/v1/tags/secret-tag/",
             "/api/v1/metrics/secret-metric/", f"/api/v1/sources/{world.secret_source.pk}/",
             "/metrics/secret-metric/chart.svg", "/metrics/secret-metric/timeline.json"]
    return urls


def readable_text(response):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if body.startswith(b"PK"):  # an XLSX workbook: read its cells
        import io

        from openpyxl import load_workbook

        workbook = load_workbook(io.BytesIO(body), read_only=True)
        return " ".join(
            str(cell) for sheet in workbook.worksheets for row in sheet.iter_rows(values_only=True)
            for cell in row if cell is not None
        )
    return body.decode("utf-8", errors="replace")


@pytest.mark.parametrize("role", ["anonymous", "token"])
def test_the_public_sees_nothing_unpublished(client, world, users, role):
    api = api_client(users, role)
    leaks = []
    for url in public_urls(world):
        response = api.get(url) if url.startswith("/api/") else session_client(client, users, role).get(url)
        assert response.status_code < 500, url
        text = readable_text(response)
        leaks += [f"{url}: {marker}" for marker in HIDDEN_MARKERS if marker.lower() in text.lower()]
    assert not leaks
    # Counts the public sees agree: one published claim, two published reviews are not two.
    page = api.get("/api/v1/claims/?count=true").json()
    assert page["count"] == 1
    assert api.get("/api/v1/reviews/").json()["results"][0]["claim"] == world.published.pk
    home = session_client(client, users, role).get("/")
    assert (home.context["claim_count"], home.context["source_count"], home.context["speaker_count"]) == (1, 1, 1)


def test_the_sweep_finds_hidden_records_for_staff(client, world, users):
    # The sweep above could fail: staff reading the same addresses do see the hidden records.
    api = api_client(users, "reviewer")
    seen = set()
    for url in public_urls(world):
        response = api.get(url) if url.startswith("/api/") else session_client(client, users, "reviewer").get(url)
        text = readable_text(response).lower()
        seen |= {marker for marker in HIDDEN_MARKERS if marker.lower() in text}
    assert seen == set(HIDDEN_MARKERS)


def test_no_hidden_ids_in_public_payloads(world, users):
    # Ids leak too: no public answer names a hidden claim's id as a claim.
    api = api_client(users, "anonymous")
    body = api.get("/api/v1/claims/?page_size=500").content.decode()
    ids = {int(match) for match in re.findall(r'"id":(\d+),"uid"', body)}
    assert ids == {world.published.pk}
