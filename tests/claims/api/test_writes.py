"""Editors write claims with their chains through the API; the workflow and If-Match guard them."""

import pytest

from claims.models import Attribution, Claim
from tests.factories import claim_write_body, make_actor, make_source

LIST = "/api/v1/claims/"


@pytest.fixture
def parts(db):
    """A source, a relaying lawmaker group and an intelligence agency, as in the Kursk story."""
    return {
        "source": make_source(title="Kursk story"),
        "relay": make_actor("South Korean lawmakers", kind="group", slug="lawmakers"),
        "origin": make_actor("National Intelligence Service", kind="agency", slug="nis"),
        "anonymous": make_actor("Anonymous sources", kind="anonymous", slug="anon"),
    }


def test_editor_creates_a_claim_with_its_chain(editor_api, editor, parts):
    response = editor_api.post(LIST, claim_write_body(parts), format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["figure"]["display"] == "≈ 4,000 soldiers"
    assert body["status"] == "draft"
    assert body["sources"][0]["display"].endswith("South Korean lawmakers ← National Intelligence Service")
    assert response["Location"] == body["api_url"]
    assert response["ETag"] == '"1"'
    claim = Claim.objects.get(pk=body["id"])
    assert claim.created_by == editor
    assert [(a.position, a.actor.slug, a.role) for a in claim.attributions.order_by("position")] == [
        (1, "lawmakers", "relay"),
        (2, "nis", "origin"),
    ]
    assert claim.history.first().history_user == editor


@pytest.mark.parametrize(
    "chain, message",
    [
        ([{"actor": "nis", "role": "relay"}], "exactly one origin"),
        ([{"actor": "nis", "role": "origin"}, {"actor": "lawmakers", "role": "relay"}], "origin must be the last link"),
        ([{"actor": "nis", "source_count": 6}], "only anonymous sources carry a count"),
        ([{"actor": "³"}], "Unknown speaker"),  # found by the API fuzz test: once a 500
    ],
)
def test_invalid_chain_is_400_on_sources_and_writes_nothing(editor_api, parts, chain, message):
    payload = claim_write_body(parts, sources=[{"id": parts["source"].pk, "chain": chain}])
    response = editor_api.post(LIST, payload, format="json")
    assert response.status_code == 400
    assert message in str(response.json()["sources"])
    assert not Claim.objects.exists()
    assert not Attribution.objects.exists()


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"value": "lots"}, "value"),
        ({"qualifier": "roughly"}, "qualifier"),
        ({"statement": ""}, "statement"),
        ({"metric": "no-such-metric"}, "metric"),
        ({"tags": ["no-such-tag"]}, "tags"),
        ({"period_start": "2025-13-01"}, "period_start"),
    ],
)
def test_invalid_fields_are_400_naming_the_field(editor_api, parts, overrides, field):
    response = editor_api.post(LIST, claim_write_body(parts, **overrides), format="json")
    assert response.status_code == 400
    assert field in response.json()
    assert not Claim.objects.exists()


def test_unknown_speaker_or_source_in_the_chain(editor_api, parts):
    payload = claim_write_body(parts, sources=[{"id": 999999, "chain": [{"actor": "nobody"}]}])
    errors = editor_api.post(LIST, payload, format="json").json()["sources"]["0"]
    assert errors["id"] == ["Unknown source: 999999."]
    assert errors["chain"]["0"]["actor"] == ["Unknown speaker: “nobody”."]


def test_figure_the_database_refuses_writes_nothing(editor_api, parts):
    """A valid chain with an impossible figure: the claim_save transaction leaves no trace."""
    response = editor_api.post(LIST, claim_write_body(parts, qualifier="range"), format="json")
    assert response.status_code == 400
    assert "range needs value_max" in " ".join(response.json()["non_field_errors"])
    assert not Claim.objects.exists() and not Attribution.objects.exists()


def test_anonymous_origin_with_a_count(editor_api, parts):
    payload = claim_write_body(
        parts,
        sources=[
            {
                "id": parts["source"].pk,
                "chain": [
                    {"actor": "anon", "verb": "citing", "source_count": 6},
                ],
            }
        ],
    )
    body = editor_api.post(LIST, payload, format="json").json()
    assert body["sources"][0]["chain"][0]["speaker"] == "six anonymous sources"


def test_patch_changes_fields_and_keeps_the_chain(editor_api, parts):
    created = editor_api.post(LIST, claim_write_body(parts), format="json").json()
    response = editor_api.patch(created["api_url"], {"value": 4500}, format="json", HTTP_IF_MATCH='"1"')
    assert response.status_code == 200, response.content
    assert response.json()["figure"]["value"] == 4500
    assert response["ETag"] == '"2"'
    assert len(response.json()["sources"][0]["chain"]) == 2


def test_put_replaces_the_chain(editor_api, parts):
    created = editor_api.post(LIST, claim_write_body(parts), format="json").json()
    payload = claim_write_body(parts, sources=[{"id": parts["source"].pk, "chain": [{"actor": "nis"}]}])
    response = editor_api.put(created["api_url"], payload, format="json")
    assert response.status_code == 200
    assert [link["actor"]["slug"] for link in response.json()["sources"][0]["chain"]] == ["nis"]


def test_stale_if_match_is_412_and_changes_nothing(editor_api, parts):
    created = editor_api.post(LIST, claim_write_body(parts), format="json").json()
    editor_api.patch(created["api_url"], {"quote": "some 4,000 soldiers"}, format="json")  # now version 2
    response = editor_api.patch(created["api_url"], {"value": 1}, format="json", HTTP_IF_MATCH='"1"')
    assert response.status_code == 412
    assert Claim.objects.get().value == 4000


def test_if_match_star_and_lists(editor_api, parts):
    created = editor_api.post(LIST, claim_write_body(parts), format="json").json()
    assert editor_api.patch(created["api_url"], {"value": 2}, format="json", HTTP_IF_MATCH="*").status_code == 200
    listed = editor_api.patch(created["api_url"], {"value": 3}, format="json", HTTP_IF_MATCH='"9", "2"')
    assert listed.status_code == 200
    assert editor_api.patch(created["api_url"], {"value": 4}, format="json", HTTP_IF_MATCH='W/"3"').status_code == 412


def test_writes_need_permissions(api, token_client, django_user_model, parts):
    assert api.post(LIST, claim_write_body(parts), format="json").status_code == 401
    reader = token_client(django_user_model.objects.create_user("reader", password="pw-reader-123"))
    assert reader.post(LIST, claim_write_body(parts), format="json").status_code == 403
    assert not Claim.objects.exists()


def test_delete_is_not_offered(reviewer_api, make_claim):
    claim = make_claim(status="published")
    assert reviewer_api.delete(f"{LIST}{claim.pk}/").status_code == 405


# --- Workflow -----------------------------------------------------------------------------------


def test_editor_submits_but_cannot_publish(editor_api, make_claim):
    claim = make_claim(value=5, unit="drones")
    response = editor_api.post(f"{LIST}{claim.pk}/submit/")
    assert response.status_code == 200 and response.json()["status"] == "in_review"
    response = editor_api.post(f"{LIST}{claim.pk}/publish/")
    assert response.status_code == 403
    assert "permission to publish" in response.json()["detail"]
    claim.refresh_from_db()
    assert claim.status == "in_review"


def test_reviewer_publishes_and_retracts(reviewer_api, make_claim):
    claim = make_claim(value=5, unit="drones")
    assert reviewer_api.post(f"{LIST}{claim.pk}/publish/").json()["status"] == "published"
    assert (
        reviewer_api.post(f"{LIST}{claim.pk}/retract/", {"reason": "Misread."}, format="json").json()["status"]
        == "retracted"
    )


def test_step_that_does_not_apply_is_409(reviewer_api, make_claim):
    claim = make_claim(status="published")
    response = reviewer_api.post(f"{LIST}{claim.pk}/return-to-draft/")
    assert response.status_code == 409
    assert "is published; it cannot be" in response.json()["detail"]


def test_workflow_respects_if_match(reviewer_api, make_claim):
    claim = make_claim(value=5, unit="drones")
    stale = f'"{claim.version - 1}"'
    assert reviewer_api.post(f"{LIST}{claim.pk}/publish/", HTTP_IF_MATCH=stale).status_code == 412
    assert reviewer_api.post(f"{LIST}{claim.pk}/publish/", HTTP_IF_MATCH=f'"{claim.version}"').status_code == 200


def test_anonymous_cannot_take_workflow_steps(api, make_claim):
    claim = make_claim(status="published")
    assert api.post(f"{LIST}{claim.pk}/retract/").status_code == 401


# --- Atomic updates -----------------------------------------------------------------------------


def stored(claim_id):
    """The claim's fields an update could touch, its chain, tags and history, as stored."""
    claim = Claim.objects.get(pk=claim_id)
    return {
        "fields": (claim.statement, claim.value, claim.qualifier, claim.unit, claim.version),
        "chain": [
            (link.source_id, link.position, link.actor.slug, link.verb, link.role)
            for link in claim.attributions.order_by("position")
        ],
        "tags": sorted(claim.tags.values_list("slug", flat=True)),
        "history": (claim.history.count(), Attribution.history.filter(claim_id=claim_id).count()),
    }


@pytest.mark.parametrize("method", ["put", "patch"])
@pytest.mark.parametrize(
    "changes",
    [
        {"chain": [{"actor": "lawmakers", "role": "origin"}, {"actor": "nis", "role": "origin"}]},
        {"chain": [{"actor": "lawmakers"}, {"actor": "nobody"}]},
        {"chain": []},
        {"chain": [{"actor": "nis", "source_count": 3}]},
        # A valid chain with a figure the model refuses: claim_save fails after reading the chain.
        {"chain": [{"actor": "anon", "verb": "citing"}], "qualifier": "range"},
    ],
    ids=["two origins", "unknown speaker", "empty chain", "count on a named speaker", "invalid figure"],
)
def test_invalid_update_leaves_the_claim_and_its_chain_intact(editor_api, parts, method, changes):
    created = editor_api.post(LIST, claim_write_body(parts), format="json").json()
    before = stored(created["id"])
    changes = dict(changes)
    new_chain = changes.pop("chain")
    update = {
        "statement": "Changed",
        "value": 9999,
        **changes,
        "sources": [{"id": parts["source"].pk, "chain": new_chain}],
    }
    body = claim_write_body(parts, **update) if method == "put" else update
    response = getattr(editor_api, method)(created["api_url"], body, format="json", HTTP_IF_MATCH='"1"')
    assert response.status_code == 400, response.content
    assert stored(created["id"]) == before
    assert (
        editor_api.get(created["api_url"])
        .json()["sources"][0]["display"]
        .endswith("South Korean lawmakers ← National Intelligence Service")
    )


# --- History --------------------------------------------------------------------------------------


def test_patch_is_recorded_in_history_with_its_user(editor_api, editor, parts):
    created = editor_api.post(LIST, claim_write_body(parts), format="json").json()
    change = {"value": 4500, "sources": [{"id": parts["source"].pk, "chain": [{"actor": "nis", "verb": "said"}]}]}
    assert editor_api.patch(created["api_url"], change, format="json").status_code == 200
    latest = Claim.objects.get(pk=created["id"]).history.first()
    assert (latest.history_type, latest.value, latest.history_user) == ("~", 4500, editor)
    # The chain's change is recorded too: the removed relay and the rewritten origin, by the editor.
    chain_changes = Attribution.history.filter(claim_id=created["id"]).exclude(history_type="+")
    assert chain_changes.exists()
    assert {row.history_user for row in chain_changes} == {editor}


def test_workflow_step_is_recorded_in_history_with_its_user(reviewer_api, reviewer, make_claim):
    claim = make_claim(value=5, unit="drones")
    assert reviewer_api.post(f"{LIST}{claim.pk}/publish/").status_code == 200
    latest = claim.history.first()
    assert (latest.status, latest.history_user, latest.history_change_reason) == ("published", reviewer, "publish")


# --- Writes interleaved with other writes (deterministic; test_write_races.py races real requests) ---


@pytest.fixture
def meanwhile(monkeypatch):
    """``meanwhile(step)``: run ``step(claim)`` right after the view has read the claim it writes."""
    from claims.api.views import ClaimViewSet

    def install(step):
        read = ClaimViewSet.get_claim_for_write

        def read_then_step(view):
            claim = read(view)
            step(Claim.objects.get(pk=claim.pk))
            return claim

        monkeypatch.setattr(ClaimViewSet, "get_claim_for_write", read_then_step)

    return install


def test_a_patch_never_undoes_a_retraction_made_after_the_claim_was_read(
    editor_api, reviewer, parts, make_claim, meanwhile
):
    from claims.services import claim_transition

    claim = make_claim(value=5, unit="drones", status="published")
    meanwhile(lambda claim: claim_transition(claim=claim, action="retract", user=reviewer, reason="Misread."))
    body = {"statement": "Five drones, edited", "sources": [{"id": parts["source"].pk, "chain": [{"actor": "nis"}]}]}
    response = editor_api.patch(f"{LIST}{claim.pk}/", body, format="json")
    # The claim is public (retracted) by the time the edit is applied: it waits for a reviewer.
    assert response.status_code == 202
    assert response.json()["status"] == "retracted"
    assert response.json()["pending_revision"]["fields"]["statement"] == "Five drones, edited"
    stored = Claim.objects.get(pk=claim.pk)
    assert (stored.statement, stored.status) == (claim.statement, "retracted")


def test_a_publish_with_if_match_on_content_changed_after_the_check_is_412(reviewer_api, editor, make_claim, meanwhile):
    from claims.services import claim_save

    claim = make_claim(value=1, unit="drones", status="in_review")

    def editor_saves(claim):
        claim.value = 999999
        claim_save(claim=claim, user=editor)

    meanwhile(editor_saves)
    response = reviewer_api.post(f"{LIST}{claim.pk}/publish/", HTTP_IF_MATCH=f'"{claim.version}"')
    assert response.status_code == 412
    assert "nothing was published" in response.json()["detail"]
    assert Claim.objects.get(pk=claim.pk).status == "in_review"


def test_a_second_preferred_estimate_is_400_naming_the_current_one(editor_api, make_claim):
    from claims.models import Metric

    metric = Metric.objects.create(name="Drones shot down", slug="drones-shot-down")
    make_claim(value=5, unit="drones", statement="First estimate", metric=metric, rank="preferred")
    second = make_claim(value=6, unit="drones", statement="Second estimate", metric=metric)
    response = editor_api.patch(f"{LIST}{second.pk}/", {"rank": "preferred"}, format="json")
    assert response.status_code == 400
    assert "“First estimate”" in response.json()["rank"][0]
