"""ConflictExplanation: one explanation per pair, stored in id order, with history."""

import pytest
from django.core.exceptions import ValidationError

from claims.models import ConflictExplanation


def test_pair_is_stored_in_id_order(estimate):
    a, b = estimate(12000, "approx"), estimate(3000, "exact")
    explanation = ConflictExplanation(claim_a=b, claim_b=a, reason="later_revision", note="Revised in 2025.")
    explanation.full_clean()
    explanation.save()
    assert (explanation.claim_a, explanation.claim_b) == (a, b)
    assert explanation.history.count() == 1


def test_one_explanation_per_pair_whichever_way_round(estimate):
    a, b = estimate(12000, "approx"), estimate(3000, "exact")
    ConflictExplanation.objects.create(claim_a=a, claim_b=b, reason="other", note="x")
    second = ConflictExplanation(claim_a=b, claim_b=a, reason="other", note="y")
    with pytest.raises(ValidationError, match="already explained"):
        second.full_clean()


def test_a_claim_cannot_conflict_with_itself(estimate):
    a = estimate(12000, "approx")
    with pytest.raises(ValidationError, match="two different claims"):
        ConflictExplanation(claim_a=a, claim_b=a, reason="other", note="x").full_clean()
