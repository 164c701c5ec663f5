"""Preferred and deprecated ranks: one preferred estimate per metric, written by claim_set_rank."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from claims.models import Claim
from claims.services import claim_set_rank


def test_making_a_claim_preferred_demotes_the_previous_one(estimate, editor):
    old = estimate(12000, "approx", rank="preferred")
    new = estimate(11000, "exact")
    claim_set_rank(claim=new, rank="preferred", user=editor)
    assert dict(Claim.objects.values_list("pk", "rank")) == {old.pk: "normal", new.pk: "preferred"}
    assert new.history.first().history_user == editor
    assert old.history.first().history_change_reason == "another estimate was preferred"


def test_deprecating_needs_a_reason_and_normal_clears_it(estimate):
    claim = estimate(12000, "approx")
    with pytest.raises(ValidationError, match="A deprecated claim needs a reason"):
        claim_set_rank(claim=claim, rank="deprecated")
    claim_set_rank(claim=claim, rank="deprecated", reason="wrong_scope")
    claim.refresh_from_db()
    assert (claim.rank, claim.deprecation_reason) == ("deprecated", "wrong_scope")
    claim_set_rank(claim=claim, rank="normal")
    claim.refresh_from_db()
    assert (claim.rank, claim.deprecation_reason) == ("normal", "")


@pytest.mark.parametrize(
    "rank, reason, message",
    [("favourite", "", "rank"), ("deprecated", "whim", "deprecation_reason")],
)
def test_bad_ranks_are_refused_naming_the_field(estimate, rank, reason, message):
    claim = estimate(12000, "approx")
    with pytest.raises(ValidationError) as error:
        claim_set_rank(claim=claim, rank=rank, reason=reason)
    assert message in error.value.message_dict
    claim.refresh_from_db()
    assert claim.rank == "normal"


def test_a_claim_without_metric_cannot_be_preferred(make_claim):
    claim = make_claim(value=5, unit="drones")
    with pytest.raises(ValidationError, match="Only a claim on a metric can be its preferred estimate"):
        claim_set_rank(claim=claim, rank="preferred")


def test_the_database_refuses_two_preferred_claims_on_one_metric(estimate):
    estimate(12000, "approx", rank="preferred")
    other = estimate(11000, "exact")
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=other.pk).update(rank="preferred")


def test_preferred_first_keeps_the_order_within_ranks(estimate, metric):
    deprecated = estimate(1, "exact", rank="deprecated", deprecation_reason="error")
    normal_a = estimate(2, "exact")
    preferred = estimate(3, "exact", rank="preferred")
    normal_b = estimate(4, "exact")
    ordered = Claim.objects.filter(metric=metric).order_by("pk").preferred_first()
    assert list(ordered) == [preferred, normal_a, normal_b, deprecated]
