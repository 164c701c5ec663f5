"""
Who may do what, as one table: five roles × every API endpoint and method, every admin
page and action, every export, and a sweep of everything the public can read for
anything unpublished.

Roles: an anonymous client; an API token of a user with no permissions (a data desk's
reader token); an editor (Editors group); a reviewer (Reviewers group); a superuser.
API calls send the role's token; admin pages use the role's session. Each cell runs
in a savepoint of one world built for the module, so a write in one cell cannot change
another's answer.
"""

import copy
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from claims.models import Attribution, Claim, ClaimSheet, ClaimSheetItem, Metric, Review, Tag
from claims.revisions import pending_revision
from claims.roles import EDITORS, REVIEWERS
from claims.services import claim_save
from claims.sheets.services import sheet_add_claims
from sources.models import Actor, Outlet, Source
from tests.factories import ClaimFactory, make_actor, make_outlet, make_source
from tests.rendered_forms import rendered_form
from tests.shared_records import records_for_module

ROLES = ("anonymous", "token", "editor", "reviewer", "superuser")

# What nothing unpublished may show to the public: words only the hidden records carry.
HIDDEN_MARKERS = (
    "Zanzibar",
    "Secret Outlet",
    "Secret story",
    "Secret Speaker",
    "secret-tag",
    "Secret metric",
    "Secret sheet",
    "Kept from readers",
)


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


def build_world():
    make = ClaimFactory()
    public_metric = Metric.objects.create(name="Drones launched overnight", slug="drones-overnight")
    published = make(
        statement="Ukraine's air force counted 477 drones.",
        quote="477 drones",
        value=477,
        unit="drones",
        status="published",
        metric=public_metric,
    )
    Review.objects.create(claim=published, rating="true", status="published")
    secret_outlet = make_outlet("Secret Outlet")
    secret_source = make_source(outlet=secret_outlet, title="Secret story")
    secret_actor = make_actor("Secret Speaker")
    secret_tag = Tag.objects.create(name="Secret tag", slug="secret-tag")
    secret_metric = Metric.objects.create(name="Secret metric", slug="secret-metric")
    draft = make(
        statement="Zanzibar received 90 drones.",
        quote="90 drones",
        value=90,
        unit="drones",
        status="draft",
        source=secret_source,
        actor=secret_actor,
        tags=[secret_tag],
        metric=secret_metric,
    )
    Review.objects.create(claim=draft, rating="false", status="published")
    # A draft on the public metric: it must not show in that metric's chart or timeline.
    make(
        statement="Zanzibar estimate of 5,000 drones.",
        quote="5,000 drones",
        value=5000,
        unit="drones",
        status="draft",
        metric=public_metric,
        source=secret_source,
        actor=secret_actor,
    )
    in_review = make(
        statement="Zanzibar claim in review.",
        quote="12 drones",
        value=12,
        unit="drones",
        status="in_review",
        source=secret_source,
        actor=secret_actor,
    )
    # Retracted claims stay public, marked with when and why (with what they cite).
    retracted = make(
        statement="Retracted Rumour of 7 drones.",
        quote="7 drones",
        value=7,
        unit="drones",
        status="retracted",
    )
    sheet = ClaimSheet.objects.create(name="Drones sheet", slug="drones-sheet", public=True)
    sheet_add_claims(sheet=sheet, claims=[published, draft, retracted])
    # A sheet no reviewer made public: its name, description and filter are the newsroom's.
    private = ClaimSheet.objects.create(
        name="Secret sheet", slug="secret-sheet", description="Kept from readers", query="status=published"
    )
    sheet_add_claims(sheet=private, claims=[published])
    return World(
        published,
        draft,
        in_review,
        retracted,
        secret_outlet,
        secret_source,
        secret_actor,
        secret_tag,
        secret_metric,
        public_metric,
        sheet,
    )


def build_users():
    django_user_model = get_user_model()

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


@pytest.fixture(scope="module")
def world_shared(django_db_setup, django_db_blocker):
    """One world and one user per role for the whole module: each cell runs in a savepoint
    of it (``tests.shared_records``), so a write in one cell cannot change another's answer."""
    yield from records_for_module(django_db_blocker, lambda: (build_world(), build_users()))


@pytest.fixture
def world(world_shared, db):
    return copy.deepcopy(world_shared[0])


@pytest.fixture
def users(world_shared, db):
    return copy.deepcopy(world_shared[1])


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
    ("retracted claim", "get", "/api/v1/claims/{retracted}/", None, [OK, OK, OK, OK, OK]),
    ("public metric timeline", "get", "/api/v1/metrics/drones-overnight/timeline/", None, [OK] * 5),
    ("public metric conflicts", "get", "/api/v1/metrics/drones-overnight/conflicts/", None, [OK] * 5),
    ("sheet", "get", "/api/v1/sheets/drones-sheet/", None, [OK] * 5),
    ("claims as CSV", "get", "/api/v1/claims/?format=csv", None, [OK] * 5),
    ("schema", "get", "/api/schema/", None, [OK] * 5),
    # ... and only those who may view claims read the rest.
    ("draft claim", "get", "/api/v1/claims/{draft}/", None, [404, 404, OK, OK, OK]),
    ("claim in review", "get", "/api/v1/claims/{in_review}/", None, [404, 404, OK, OK, OK]),
    ("private sheet", "get", "/api/v1/sheets/secret-sheet/", None, [404, 404, OK, OK, OK]),
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
    # An editor's change to a published claim is accepted as a pending revision (202).
    ("change claim", "patch", "/api/v1/claims/{published}/", {"place": "Kyiv"}, [401, 403, 202, OK, OK]),
    ("replace claim", "put", "/api/v1/claims/{draft}/", NEW_CLAIM, [401, 403, OK, OK, OK]),
    ("change a draft", "patch", "/api/v1/claims/{draft}/", {"place": "Kyiv"}, [401, 403, OK, OK, OK]),
    # Claims are never deleted through the API: editors lack the permission, and for
    # those who have it (reviewers, superusers) the method does not exist.
    ("delete claim", "delete", "/api/v1/claims/{published}/", None, [401, 403, 403, 405, 405]),
    # Workflow: editors submit and return to draft; only reviewers publish and retract.
    ("submit", "post", "/api/v1/claims/{draft}/submit/", None, [401, 404, OK, OK, OK]),
    ("return to draft", "post", "/api/v1/claims/{in_review}/return-to-draft/", None, [401, 404, OK, OK, OK]),
    ("publish", "post", "/api/v1/claims/{in_review}/publish/", None, [401, 404, 403, OK, OK]),
    ("retract", "post", "/api/v1/claims/{published}/retract/", {"reason": "Misread."}, [401, 403, 403, OK, OK]),
    ("retract without reason", "post", "/api/v1/claims/{published}/retract/", {}, [401, 403, 403, 400, 400]),
    # Figure extraction is for those who may add claims.
    ("extract figures", "post", "/api/v1/extract/", {"text": "Officials said 40 drones flew."}, [401, 403, OK, OK, OK]),
    # Reference records are read-only through the API for everyone.
    *[
        (f"create {name}", "post", f"/api/v1/{name}/", {"name": "New"}, [401, 403, 405, 405, 405])
        for name in ("outlets", "actors", "metrics", "tags")
    ],
    ("create source", "post", "/api/v1/sources/", {"title": "New"}, [401, 403, 405, 405, 405]),
    ("create review", "post", "/api/v1/reviews/", {"rating": "true"}, [401, 403, 403, 405, 405]),
    ("create sheet", "post", "/api/v1/sheets/", {"name": "New"}, [401, 403, 405, 405, 405]),
    # Changing or deleting them is not offered either. DRF checks the model permission the
    # method needs (change_… for PUT/PATCH, delete_… for DELETE) before it finds that no
    # handler exists, so a role with the permission meets 405 and one without it 403.
    *[
        (f"{verb} {name}", method, path, body, expected)
        for name, path, change, delete in [
            # (endpoint, a record's address, status per role for PUT/PATCH, for DELETE)
            ("source", "/api/v1/sources/{secret_source}/", [401, 403, 405, 405, 405], [401, 403, 403, 403, 405]),
            ("outlet", "/api/v1/outlets/secret-outlet/", [401, 403, 405, 405, 405], [401, 403, 403, 403, 405]),
            ("actor", "/api/v1/actors/secret-speaker/", [401, 403, 405, 405, 405], [401, 403, 403, 403, 405]),
            ("metric", "/api/v1/metrics/secret-metric/", [401, 403, 405, 405, 405], [401, 403, 403, 403, 405]),
            ("tag", "/api/v1/tags/secret-tag/", [401, 403, 405, 405, 405], [401, 403, 403, 403, 405]),
            # Editors may not change reviews at all; reviewers may, but not through the API.
            ("review", "/api/v1/reviews/{review}/", [401, 403, 403, 405, 405], [401, 403, 403, 405, 405]),
            # Editors build and delete sheets in the admin; the API only reads them.
            ("sheet", "/api/v1/sheets/drones-sheet/", [401, 403, 405, 405, 405], [401, 403, 405, 405, 405]),
        ]
        for verb, method, body, expected in [
            ("replace", "put", {"name": "Renamed", "title": "Renamed", "rating": "false"}, change),
            ("change", "patch", {"name": "Renamed", "title": "Renamed", "rating": "false"}, change),
            ("delete", "delete", None, delete),
        ]
    ],
]


def fill(template, world):
    ids = {
        "published": world.published.pk,
        "draft": world.draft.pk,
        "in_review": world.in_review.pk,
        "retracted": world.retracted.pk,
        "secret_source": world.secret_source.pk,
        "review": Review.objects.get(claim=world.published).pk,
    }
    return template.format(**ids)


SNAPSHOT_MODELS = (
    Claim,
    Attribution,
    Claim.tags.through,
    Outlet,
    Source,
    Actor,
    Metric,
    Tag,
    Review,
    Review.evidence.through,
    ClaimSheet,
    ClaimSheetItem,
    Group,
    Token,
)


def proposed(claim, field):
    """The value of ``field`` in the claim's pending revision (claims.revisions), or None."""
    revision = pending_revision(claim)
    return None if revision is None else revision.fields.get(field)


def table_snapshot():
    """Every row and value of the tables a request could touch: no refused request may change them."""
    return {model._meta.label: list(model.objects.order_by("pk").values()) for model in SNAPSHOT_MODELS}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("label, method, template, body, expected", API_MATRIX, ids=[row[0] for row in API_MATRIX])
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
    # Importing ClaimReview publishes reviews: editors may not.
    ("import ClaimReview", "/admin/claims/claim/import-claimreview/", [302, 302, 403, OK, OK]),
    (
        "attach to a metric (confirmation)",
        "/admin/claims/metric/{public_metric}/attach/{draft}/",
        [302, 302, OK, OK, OK],
    ),
    ("claim's old version", "/admin/claims/claim/{draft}/history/{draft_first_version}/", [302, 302, OK, OK, OK]),
    ("sheets list", "/admin/claims/claimsheet/", [302, 302, OK, OK, OK]),
    ("users", "/admin/auth/user/", [302, 302, 403, 403, OK]),
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("label, template, expected", ADMIN_PAGES, ids=[row[0] for row in ADMIN_PAGES])
def test_admin_page_matrix(client, world, users, role, label, template, expected):
    path = template.format(
        draft=world.draft.pk,
        secret_source=world.secret_source.pk,
        secret_metric=world.secret_metric.pk,
        public_metric=world.public_metric.pk,
        draft_first_version=world.draft.history.earliest().history_id,
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
    # post=yes: what the publish confirmation page posts; a retraction's reason comes from the
    # page the retract action shows (tests/claims/test_retractions.py); other actions ignore both.
    reason = {"confirm_retraction": "1", "reason": "Misread."} if action == "retract" else {}
    response = session_client(client, users, role).post(
        "/admin/claims/claim/", {"action": action, "_selected_action": [claim.pk], "post": "yes", **reason}
    )
    assert response.status_code in (200, 302)
    claim.refresh_from_db()
    expected = outcome[ROLES.index(role)]
    assert claim.status == (expected or before), f"{action} as {role}"


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("export_format", ["xlsx", "csv", "json", "claimreview"])
def test_admin_export_action_matrix(client, world, users, role, export_format):
    response = session_client(client, users, role).post(
        "/admin/claims/claim/",
        {
            "action": "export_selected",
            "_selected_action": [world.published.pk, world.draft.pk],
            "format": export_format,
        },
    )
    if role in ("anonymous", "token"):
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
        return
    assert response.status_code == 200, response.content[:300]
    text = readable_text(response)
    assert world.published.statement in text
    if export_format == "claimreview":
        # ClaimReview publishes verdicts: only published claims with a published review, whoever exports.
        assert "Zanzibar" not in text
    else:
        assert "Zanzibar" in text  # staff export what they selected, drafts included


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("extension", ["xlsx", "csv", "json", "jsonld"])
def test_admin_source_sheet_matrix(client, world, users, role, extension):
    """The source page's "Export this source's claim sheet", in each of its files."""
    response = session_client(client, users, role).get(
        f"/admin/claims/claim/source-sheet/{world.secret_source.pk}.{extension}"
    )
    if role in ("anonymous", "token"):
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
        return
    assert response.status_code == 200
    text = readable_text(response)
    if extension == "jsonld":
        assert "Zanzibar" not in text  # the source's claims are all unpublished
    else:
        assert "Zanzibar" in text


# Admin actions and forms beyond the workflow: (label, prepare, request, done, outcome per role).
# ``prepare(world, users)`` sets the scene before the "nothing changed" snapshot is taken and
# returns what ``request(client, world, scene)`` needs; ``done(world, scene)`` reads back whether
# the effect happened. Where a role is refused, no table may change at all.
CLAIMS_LIST, SHEETS_LIST = "/admin/claims/claim/", "/admin/claims/claimsheet/"
FIXTURES = Path(__file__).parent.parent / "claims" / "interchange" / "importing" / "fixtures"
IMPORTED_REVIEW = "https://rumourpatrol.example/checks/hellfire"


def no_scene(world, users):
    return None


def with_filter(world, users):
    ClaimSheet.objects.filter(pk=world.sheet.pk).update(query="unit=drones&status=in_review")


def with_text(world, users):
    Source.objects.filter(pk=world.secret_source.pk).update(
        text="Ukraine's air force said Russia launched 83 drones overnight."
    )


def unused_actor(world, users):
    return make_actor("Unused Speaker").pk


def published_claim_sheet(world, users):
    """The published claim's row as the CSV export writes it, with a corrected quote."""
    from tests.claims.sheet_files import export

    data = export("csv", Claim.objects.filter(pk=world.published.pk)).decode("utf-8-sig")
    assert "477 drones" in data
    return data.replace("477 drones", "478 drones").encode()


def reworded_claim(world, users):
    """The published claim reworded by the superuser; returns the revert form for its first version."""
    claim = Claim.objects.get(pk=world.published.pk)
    claim.statement = "Reworded later."
    claim_save(claim=claim, user=users["superuser"])
    first = claim.history.earliest()
    url = f"/admin/claims/claim/{claim.pk}/history/{first.history_id}/"
    root = Client()
    root.force_login(users["superuser"])
    data = rendered_form(root.get(url).content, "historicalclaim_form")  # the revert form as the page renders it
    return url, data


def upload(name, data, content_type):
    return SimpleUploadedFile(name, data, content_type)


ADMIN_OPERATIONS = [
    (
        "add_to_sheet (claims list)",
        no_scene,
        lambda client, world, scene: client.post(
            CLAIMS_LIST,
            {
                "action": "add_to_sheet",
                "_selected_action": [world.published.pk],
                "apply": "1",
                "sheet": "",
                "new_name": "Matrix sheet",
            },
        ),
        lambda world, scene: ClaimSheet.objects.filter(name="Matrix sheet", items__claim=world.published).exists(),
        [False, False, True, True, True],
    ),
    (
        "refill_from_query (sheets list)",
        with_filter,
        lambda client, world, scene: client.post(
            SHEETS_LIST, {"action": "refill_from_query", "_selected_action": [world.sheet.pk]}
        ),
        lambda world, scene: world.sheet.items.filter(claim=world.in_review).exists(),
        [False, False, True, True, True],
    ),
    (
        "suggest_claims_from_text (sources list)",
        with_text,
        lambda client, world, scene: client.post(
            "/admin/sources/source/",
            {"action": "suggest_claims_from_text", "_selected_action": [world.secret_source.pk]},
        ),
        lambda world, scene: Claim.objects.filter(provenance="suggested", quote__contains="83 drones").exists(),
        [False, False, True, True, True],
    ),
    # delete_selected: Django asks first, then deletes on "post=yes"; only the delete permission lets it.
    (
        "delete_selected a claim",
        no_scene,
        lambda client, world, scene: client.post(
            CLAIMS_LIST, {"action": "delete_selected", "_selected_action": [world.in_review.pk], "post": "yes"}
        ),
        lambda world, scene: not Claim.objects.filter(pk=world.in_review.pk).exists(),
        [False, False, False, True, True],
    ),
    (
        "delete_selected a sheet",
        no_scene,
        lambda client, world, scene: client.post(
            SHEETS_LIST, {"action": "delete_selected", "_selected_action": [world.sheet.pk], "post": "yes"}
        ),
        lambda world, scene: not ClaimSheet.objects.filter(pk=world.sheet.pk).exists(),
        [False, False, True, True, True],
    ),
    (
        "delete_selected a tag",
        no_scene,
        lambda client, world, scene: client.post(
            "/admin/claims/tag/",
            {"action": "delete_selected", "_selected_action": [world.secret_tag.pk], "post": "yes"},
        ),
        lambda world, scene: not Tag.objects.filter(pk=world.secret_tag.pk).exists(),
        [False, False, False, False, True],
    ),
    (
        "delete_selected an unused speaker",
        unused_actor,
        lambda client, world, scene: client.post(
            "/admin/sources/actor/", {"action": "delete_selected", "_selected_action": [scene], "post": "yes"}
        ),
        lambda world, scene: not Actor.objects.filter(pk=scene).exists(),
        [False, False, False, False, True],
    ),
    # Claims depend on it: refused even for the superuser.
    (
        "delete_selected a cited outlet",
        no_scene,
        lambda client, world, scene: client.post(
            "/admin/sources/outlet/",
            {"action": "delete_selected", "_selected_action": [world.secret_outlet.pk], "post": "yes"},
        ),
        lambda world, scene: not Outlet.objects.filter(pk=world.secret_outlet.pk).exists(),
        [False, False, False, False, False],
    ),
    (
        "rank on the metric page",
        no_scene,
        lambda client, world, scene: client.post(
            f"/admin/claims/metric/{world.public_metric.pk}/rank/", {"claim": world.published.pk, "rank": "preferred"}
        ),
        lambda world, scene: Claim.objects.get(pk=world.published.pk).rank == "preferred",
        [False, False, True, True, True],
    ),
    (
        "attach to the metric",
        no_scene,
        lambda client, world, scene: client.post(
            f"/admin/claims/metric/{world.public_metric.pk}/attach/{world.in_review.pk}/",
            {"version": world.in_review.version},
        ),
        lambda world, scene: Claim.objects.get(pk=world.in_review.pk).metric_id == world.public_metric.pk,
        [False, False, True, True, True],
    ),
    (
        "import ClaimReview",
        no_scene,
        lambda client, world, scene: client.post(
            "/admin/claims/claim/import-claimreview/",
            {"file": upload("page.html", (FIXTURES / "page.html").read_bytes(), "text/html")},
        ),
        lambda world, scene: Review.objects.filter(url=IMPORTED_REVIEW).exists(),
        [False, False, False, True, True],
    ),
    (
        "import a claim sheet",
        published_claim_sheet,
        lambda client, world, scene: client.post(
            "/admin/claims/claim/import-sheet/", {"file": upload("claims.csv", scene, "text/csv")}
        ),
        # Done: live, or (an editor's change to a published claim) waiting as a pending revision.
        lambda world, scene: (
            Claim.objects.get(pk=world.published.pk).quote == "478 drones"
            or proposed(world.published, "quote") == "478 drones"
        ),
        [False, False, True, True, True],
    ),
    (
        "revert to an old version (history)",
        reworded_claim,
        lambda client, world, scene: client.post(scene[0], scene[1]),
        lambda world, scene: (
            Claim.objects.get(pk=world.published.pk).statement == world.published.statement
            or proposed(world.published, "statement") == world.published.statement
        ),
        [False, False, True, True, True],
    ),
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    "label, prepare, request_, done, outcome", ADMIN_OPERATIONS, ids=[row[0] for row in ADMIN_OPERATIONS]
)
def test_admin_operation_matrix(client, world, users, role, label, prepare, request_, done, outcome):
    scene = prepare(world, users)
    assert not done(world, scene), f"{label}: the effect is there before anyone asked for it"
    before = table_snapshot()
    response = request_(session_client(client, users, role), world, scene)
    assert response.status_code < 500
    if role in ("anonymous", "token"):
        assert response.status_code == 302 and "/admin/login/" in response["Location"], label
    expected = outcome[ROLES.index(role)]
    assert done(world, scene) == expected, f"{label} as {role}"
    if not expected:
        assert table_snapshot() == before, f"{label} as {role} changed the database"


@pytest.mark.parametrize("role", ["editor", "reviewer", "superuser"])
def test_a_revert_never_moves_a_claim_through_the_workflow(client, world, users, role):
    """Reverting a retracted claim to the version it was published in brings back its words,
    not its status: publishing goes through the publish action and its permission."""
    claim = world.retracted
    published_version = claim.history.filter(status="published").earliest()
    claim.statement = "Reworded after the retraction."
    claim_save(claim=claim, user=users["reviewer"])
    url = f"/admin/claims/claim/{claim.pk}/history/{published_version.history_id}/"
    session = session_client(client, users, role)
    data = rendered_form(session.get(url).content, "historicalclaim_form")
    assert session.post(url, data).status_code == 302
    claim.refresh_from_db()
    if role == "editor":  # the public reads retracted claims: an editor's revert waits for a reviewer
        assert claim.statement == "Reworded after the retraction."
        assert proposed(claim, "statement") == "Retracted Rumour of 7 drones."
    else:
        assert claim.statement == "Retracted Rumour of 7 drones."
        assert claim.history.latest().history_user == users[role]
    assert (claim.status, claim.published_at is not None) == ("retracted", True)
    public = api_client(users, "anonymous").get(f"/api/v1/claims/{claim.pk}/")
    assert public.json()["status"] == "retracted" and public.json()["retraction"]["reason"]


# --- Tokens ------------------------------------------------------------------------
PASSWORDS = {"token": "pw-reader-1", "editor": "pw-eddie-1", "reviewer": "pw-rita-1", "superuser": "pw-root-1"}


@pytest.mark.parametrize("role", ROLES)
def test_obtaining_a_token_needs_the_password(world, users, role):
    """POST /api/v1/auth/token/ answers a user's own token for their password, and nothing
    for a wrong one — whatever credentials the request already carries."""
    client = api_client(users, role)
    before = table_snapshot()
    wrong = client.post("/api/v1/auth/token/", {"username": "rita", "password": "not-her-password"}, format="json")
    assert wrong.status_code == 400 and "token" not in wrong.json()
    assert table_snapshot() == before
    if users[role] is None:
        unknown = client.post("/api/v1/auth/token/", {"username": "nobody", "password": "x"}, format="json")
        assert unknown.status_code == 400
        assert table_snapshot() == before
        return
    own = client.post(
        "/api/v1/auth/token/", {"username": users[role].username, "password": PASSWORDS[role]}, format="json"
    )
    assert own.status_code == 200
    assert own.json()["token"] == Token.objects.get(user=users[role]).key


# --- The public sees nothing unpublished, anywhere ------------------------------------
def public_urls(world):
    """Every page, file and API answer a public reader can ask for, with the hidden records named."""
    hidden_ids = [world.draft.pk, world.in_review.pk]
    urls = ["/", "/sheets/", "/sheets/drones-sheet/", "/api/v1/", "/api/v1/sheets/", "/api/v1/sheets/drones-sheet/"]
    urls += ["/sheets/secret-sheet/", "/api/v1/sheets/secret-sheet/"]
    urls += [
        f"/sheets/{slug}.{ext}"
        for slug in ("drones-sheet", "secret-sheet")
        for ext in ("csv", "json", "jsonld", "xlsx")
    ]
    urls += [f"/api/v1/{name}/" for name in ("claims", "sources", "outlets", "actors", "metrics", "reviews", "tags")]
    urls += [
        "/api/v1/claims/?page_size=500&count=true&facet=unit&facet=origin&facet=outlet&facet=verdict&facet=tag"
        "&facet=metric&facet=status&facet=actor&facet=place&facet=qualifier",
        "/api/v1/claims/?q=Zanzibar",
        "/api/v1/claims/?status=draft,in_review,retracted",
        "/api/v1/claims/?unit=drones&value_max=100",
        "/api/v1/claims/?verdict=false",
        "/api/v1/claims/?has_review=true&ordering=-value",
        "/api/v1/claims/?conflicting=true",
        "/api/v1/claims/?metric=drones-overnight",
        "/api/v1/claims/?updated_since=2000-01-01T00:00:00Z",
        "/api/v1/sources/?title=Secret",
        "/api/v1/actors/?name=Secret",
        "/api/v1/outlets/?name=Secret",
        "/api/v1/metrics/drones-overnight/",
        "/api/v1/metrics/drones-overnight/timeline/",
        "/api/v1/metrics/drones-overnight/conflicts/",
        "/metrics/drones-overnight/chart.svg",
        "/metrics/drones-overnight/timeline.json",
    ]
    for extension in ("csv", "xlsx", "sheet-json", "claimreview"):
        urls.append(f"/api/v1/claims/?format={extension}")
    urls += [f"/api/v1/claims/{pk}/" for pk in hidden_ids]
    urls += [
        "/api/v1/outlets/secret-outlet/",
        "/api/v1/actors/secret-speaker/",
        "/api/v1/tags/secret-tag/",
        "/api/v1/metrics/secret-metric/",
        f"/api/v1/sources/{world.secret_source.pk}/",
        "/metrics/secret-metric/chart.svg",
        "/metrics/secret-metric/timeline.json",
    ]
    return urls


def readable_text(response):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if body.startswith(b"PK"):  # an XLSX workbook: read its cells
        import io

        from openpyxl import load_workbook

        workbook = load_workbook(io.BytesIO(body), read_only=True)
        return " ".join(
            str(cell)
            for sheet in workbook.worksheets
            for row in sheet.iter_rows(values_only=True)
            for cell in row
            if cell is not None
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
    # Counts the public sees agree: one published claim, two published reviews are not two;
    # the retracted claim is listed when asked for, and its source and speaker are public.
    page = api.get("/api/v1/claims/?count=true").json()
    assert page["count"] == 1
    assert [claim["id"] for claim in api.get("/api/v1/claims/?status=retracted").json()["results"]] == [
        world.retracted.pk
    ]
    assert api.get("/api/v1/reviews/").json()["results"][0]["claim"] == world.published.pk
    home = session_client(client, users, role).get("/")
    assert (home.context["claim_count"], home.context["source_count"], home.context["speaker_count"]) == (1, 2, 2)


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
