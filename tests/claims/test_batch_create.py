"""``claims_create_many`` leaves what ``claim_save``, ``claim_move_to`` and ``review_save`` leave one by one."""

import uuid
from datetime import date
from decimal import Decimal as D

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from claims.batch_create import NewClaim, NewClaimsInvalid, claims_create_many
from claims.chains import LinkData
from claims.models import Claim, Review, ReviewStatus, Tag
from claims.services import claim_move_to, claim_save, review_save
from tests.factories import make_actor, make_source


def claim_and_parts(reviewer, statement):
    source, actor = make_source(), make_actor()
    claim = Claim(uid=uuid.uuid4(), statement=statement, value=D(12000), qualifier="approx", unit="troops")
    links = [LinkData(source, actor, "said", "origin", 1, None)]
    review = Review(
        rating="mostly_true", status=ReviewStatus.PUBLISHED, date_published=date(2025, 7, 1), reviewer=reviewer
    )
    return claim, links, review


def history_of(claim):
    return [
        (
            row.history_type,
            row.history_change_reason,
            row.history_user_id,
            row.status,
            row.verdict,
            row.version,
            sorted(tag.tag_id for tag in row.tags.all()),
        )
        for row in Claim.history.filter(id=claim.pk).order_by("history_date", "history_id")
    ]


@pytest.mark.parametrize("status", ["published", "retracted", "in_review"])
def test_many_at_once_leave_what_one_by_one_leaves(reviewer, status):
    tag = Tag.objects.create(name="Kursk", slug="kursk")
    one, links, review = claim_and_parts(reviewer, "One by one")
    one = claim_save(claim=one, user=reviewer, links=links, tags=[tag], change_reason="imported from kursk.csv")
    one = claim_move_to(claim=one, status=status, user=reviewer)
    review.claim = one
    review_save(review=review, user=reviewer)

    many, links, review = claim_and_parts(reviewer, "All at once")
    item = NewClaim(claim=many, links=links, tags=[tag], status=status, review=review)
    claims_create_many(new_claims=[item], user=reviewer, change_reason="imported from kursk.csv")

    one, many = Claim.objects.get(pk=one.pk), Claim.objects.get(pk=many.pk)
    fields = ["status", "verdict", "version", "retraction_reason", "created_by_id", "provenance"]
    assert [getattr(many, f) for f in fields] == [getattr(one, f) for f in fields]
    assert (many.published_at is None) == (one.published_at is None)
    # The tags the one-by-one history gains in a row of its own ride on the creation row here.
    assert [row[:6] for row in history_of(many)] == [
        row[:6] for row in history_of(one) if row[0] == "+" or row[1] != "imported from kursk.csv"
    ]
    assert history_of(many)[-1][6] == [tag.pk]
    assert many.attributions.get().history.get().history_user == reviewer
    assert Review.history.get(claim_id=many.pk).history_user == reviewer


def test_a_refused_claim_writes_nothing_and_names_its_stage(editor, reviewer):
    good, links, _ = claim_and_parts(reviewer, "Good")
    bad = Claim(statement="Bad", value=D(5), value_max=D(1), qualifier="range", unit="troops")
    unpublishable = Claim(statement="Published by an editor", value=D(5), qualifier="exact", unit="troops")
    items = [
        NewClaim(claim=good, links=links),
        NewClaim(claim=bad),
        NewClaim(claim=unpublishable, links=links, status="published"),
    ]
    with pytest.raises(NewClaimsInvalid) as refused:
        claims_create_many(new_claims=items, user=editor)
    errors = refused.value.errors
    assert sorted(errors) == [1, 2]
    [(stage, error)] = errors[1]
    assert stage == "claim" and isinstance(error, ValidationError)
    assert "value_max cannot be below value." in error.messages
    [(stage, error)] = errors[2]
    assert stage == "status" and isinstance(error, PermissionDenied)
    assert not Claim.objects.exists()


def test_with_four_eyes_publishing_the_creator_may_not_publish(reviewer, settings):
    settings.FACTDB_FOUR_EYES_PUBLISHING = True
    claim, links, _ = claim_and_parts(reviewer, "Created and published by one reviewer")
    with pytest.raises(NewClaimsInvalid) as refused:
        claims_create_many(new_claims=[NewClaim(claim=claim, links=links, status="published")], user=reviewer)
    [(stage, error)] = refused.value.errors[0]
    assert stage == "status" and "was last edited by you" in error.messages[0]
    # One by one, the same reviewer is refused the same way.
    one, links, _ = claim_and_parts(reviewer, "One by one")
    one = claim_save(claim=one, user=reviewer, links=links)
    with pytest.raises(ValidationError, match="was last edited by you"):
        claim_move_to(claim=one, status="published", user=reviewer)
