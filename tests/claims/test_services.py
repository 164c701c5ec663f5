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
    with pytest.raises(ValidationError, match="At most 2000"):
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
