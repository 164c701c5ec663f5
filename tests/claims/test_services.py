from decimal import Decimal as D

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from claims.chains import LinkData
from claims.models import Attribution, Claim, Review
from claims.services import ConcurrentEditError, claim_save, claim_transition, review_save
from tests.factories import make_actor, make_source


def test_claim_save_writes_claim_chain_and_history(db, editor):
    source, relay, origin = make_source(), make_actor("Lawmakers", kind="group"), make_actor("NIS", kind="agency")
    claim = Claim(statement="About 4,000 more soldiers", value=D(4000), qualifier="approx", unit="soldiers")
    claim_save(
        claim=claim,
        user=editor,
        links=[
            LinkData(source, relay, "said", "relay", 1),
            LinkData(source, origin, "briefed", "origin", 2),
        ],
    )
    assert [a.actor.name for a in claim.attributions.order_by("position")] == ["Lawmakers", "NIS"]
    assert claim.created_by == editor
    assert claim.history.first().history_user == editor
    assert claim.version == 1


def test_invalid_chain_writes_nothing(db, editor):
    source, actor = make_source(), make_actor()
    claim = Claim(statement="x", value=D(1), qualifier="exact", unit="drones")
    with pytest.raises(ValidationError):
        claim_save(claim=claim, user=editor, links=[LinkData(source, actor, "said", "relay", 1)])
    assert not Claim.objects.exists()
    assert not Attribution.objects.exists()


def test_editing_the_chain_keeps_unchanged_links(make_claim):
    claim = make_claim(value=5, unit="drones")
    link = claim.attributions.get()
    new_relay = make_actor("Relay")
    claim_save(
        claim=claim,
        links=[
            LinkData(link.source, new_relay, "reported", "relay", 1),
            LinkData(link.source, link.actor, "said", "origin", 2),
        ],
    )
    assert [a.role for a in claim.attributions.order_by("position")] == ["relay", "origin"]
    assert claim.version == 2


def test_stale_version_is_refused(make_claim):
    claim = make_claim(value=5, unit="drones")
    other = Claim.objects.get(pk=claim.pk)
    other.statement = "first editor"
    claim_save(claim=other, expected_version=1)
    claim.statement = "second editor"
    with pytest.raises(ConcurrentEditError):
        claim_save(claim=claim, expected_version=1)
    assert Claim.objects.get(pk=claim.pk).statement == "first editor"


def test_editor_can_submit_but_not_publish(make_claim, editor, reviewer):
    claim = make_claim(value=5, unit="drones")
    claim = claim_transition(claim=claim, action="submit", user=editor)
    assert claim.status == "in_review"
    with pytest.raises(PermissionDenied):
        claim_transition(claim=claim, action="publish", user=editor)
    claim = claim_transition(claim=claim, action="publish", user=reviewer)
    assert claim.status == "published" and claim.published_at
    claim = claim_transition(claim=claim, action="retract", user=reviewer, reason="The figure was misread.")
    assert claim.status == "retracted"


def test_a_retraction_needs_a_reason_and_keeps_it_with_its_time(make_claim, reviewer):
    claim = make_claim(value=5, unit="drones", status="published")
    for missing in ("", "   "):
        with pytest.raises(ValidationError, match="needs a reason"):
            claim_transition(claim=claim, action="retract", user=reviewer, reason=missing)
    with pytest.raises(ValidationError, match="Keep the reason to 2000 characters"):
        claim_transition(claim=claim, action="retract", user=reviewer, reason="x" * 2001)
    assert Claim.objects.get(pk=claim.pk).status == "published"
    claim = claim_transition(claim=claim, action="retract", user=reviewer, reason=" The agency withdrew it. ")
    assert (claim.status, claim.retraction_reason) == ("retracted", "The agency withdrew it.")
    assert claim.retracted_at is not None
    assert claim.history.first().history_change_reason == "retract: The agency withdrew it."
    claim = claim_transition(claim=claim, action="publish", user=reviewer)
    assert (claim.retraction_reason, claim.retracted_at) == ("", None)


def test_transition_from_wrong_status_is_refused(make_claim, reviewer):
    claim = make_claim(value=5, unit="drones")
    with pytest.raises(ValidationError, match="cannot be retract"):
        claim_transition(claim=claim, action="retract", user=reviewer, reason="Wrong figure.")


def test_claim_without_attribution_cannot_be_published(db, reviewer):
    claim = claim_save(claim=Claim(statement="unattributed"))
    with pytest.raises(ValidationError, match="no attribution"):
        claim_transition(claim=claim, action="publish", user=reviewer)


def test_verdict_follows_latest_published_review(make_claim, reviewer):
    claim = make_claim(value=5, unit="drones")
    review_save(
        review=Review(claim=claim, rating="false", status="published", date_published="2025-07-01"), user=reviewer
    )
    claim.refresh_from_db()
    assert claim.verdict == "false"
    review_save(review=Review(claim=claim, rating="true", status="draft", date_published="2025-07-05"), user=reviewer)
    claim.refresh_from_db()
    assert claim.verdict == "false", "a draft review does not change the verdict"
    later = review_save(
        review=Review(claim=claim, rating="mostly_true", status="published", date_published="2025-07-03"), user=reviewer
    )
    claim.refresh_from_db()
    assert claim.verdict == "mostly_true"
    later.status = "draft"
    review_save(review=later, user=reviewer)
    claim.refresh_from_db()
    assert claim.verdict == "false"


# --- Stale copies: an edit never writes workflow fields or the verdict ---------------------------
# Each test loads a copy of the claim, lets something else be saved, then saves the copy:
# the interleaving of a race, made deterministic (tests/claims/api/test_write_races.py
# races real requests on PostgreSQL).


def test_saving_a_copy_loaded_before_a_retraction_keeps_it_retracted(make_claim, editor, reviewer):
    claim = make_claim(value=5, unit="drones", status="published")
    copy = Claim.objects.get(pk=claim.pk)
    claim_transition(claim=claim, action="retract", user=reviewer, reason="Misread.")
    copy.statement = "Five drones, edited"
    claim_save(claim=copy, user=editor)
    stored = Claim.objects.get(pk=claim.pk)
    assert (stored.statement, stored.status, stored.published_at) == (claim.statement, "retracted", claim.published_at)
    assert copy.status == "retracted", "the caller's copy reads back what is stored"
    assert stored.history.latest().status == "retracted", "the editor's save does not publish it"
    # A retracted claim is public: the editor's change waits for a reviewer (claims.revisions).
    assert copy.pending_revision.fields["statement"] == "Five drones, edited"


def test_saving_a_copy_loaded_before_a_publish_keeps_it_published(make_claim, editor, reviewer):
    claim = make_claim(value=5, unit="drones", status="in_review")
    copy = Claim.objects.get(pk=claim.pk)
    claim_transition(claim=claim, action="publish", user=reviewer)
    copy.value = D(6)
    claim_save(claim=copy, user=editor)
    stored = Claim.objects.get(pk=claim.pk)
    assert (stored.value, stored.status) == (5, "published"), "the editor's save neither unpublishes nor goes live"
    assert stored.published_at is not None
    assert D(copy.pending_revision.fields["value"]) == 6, "it waits as the claim's pending revision"


def test_saving_a_copy_loaded_before_a_verdict_keeps_the_verdict(make_claim, editor, reviewer):
    claim = make_claim(value=5, unit="drones", status="published")
    copy = Claim.objects.get(pk=claim.pk)
    review_save(review=Review(claim=claim, rating="false", status="published"), user=reviewer)
    copy.place = "Kharkiv"
    claim_save(claim=copy, user=editor)
    assert Claim.objects.get(pk=claim.pk).verdict == "false"


def test_saving_named_fields_keeps_the_others_as_stored(make_claim, editor, reviewer):
    claim = make_claim(value=5, unit="drones")
    copy = Claim.objects.get(pk=claim.pk)
    claim.place = "Kharkiv"
    claim_save(claim=claim, user=reviewer)
    copy.statement = "Five drones, edited"
    claim_save(claim=copy, user=editor, fields=["statement"])
    stored = Claim.objects.get(pk=claim.pk)
    assert (stored.statement, stored.place, stored.version) == ("Five drones, edited", "Kharkiv", 3)


def test_claim_save_refuses_to_write_workflow_fields(make_claim):
    claim = make_claim(value=5, unit="drones")
    with pytest.raises(ValueError, match="status"):
        claim_save(claim=claim, fields=["statement", "status"])


def test_a_workflow_step_on_a_version_changed_since_is_refused(make_claim, editor, reviewer):
    claim = make_claim(value=5, unit="drones", status="in_review")
    read = claim.version
    claim.value = D(999999)
    claim_save(claim=claim, user=editor)
    with pytest.raises(ConcurrentEditError, match="nothing was published"):
        claim_transition(claim=claim, action="publish", user=reviewer, expected_version=read)
    assert Claim.objects.get(pk=claim.pk).status == "in_review"
    assert (
        claim_transition(claim=claim, action="publish", user=reviewer, expected_version=read + 1).status == "published"
    )


def test_a_second_preferred_estimate_is_refused_naming_the_first(make_claim, editor):
    from claims.models import Metric

    metric = Metric.objects.create(name="Drones shot down", slug="drones-shot-down")
    first = make_claim(value=5, unit="drones", statement="First estimate", metric=metric, rank="preferred")
    second = make_claim(value=6, unit="drones", statement="Second estimate", metric=metric)
    second.rank = "preferred"
    with pytest.raises(ValidationError) as refused:
        claim_save(claim=second, user=editor)
    assert (
        f"“First estimate” (claim {first.pk}) is already the preferred estimate"
        in refused.value.message_dict["rank"][0]
    )
    assert Claim.objects.get(pk=second.pk).rank == "normal"
