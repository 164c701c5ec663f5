"""Reviews, and the verdict the latest published one gives its claim."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from ..models import PUBLIC_STATUSES, Claim, Review, ReviewStatus, WebhookEvent
from ..models.review import BEST_RATING, RATING_VALUES, WORST_RATING
from ..webhooks.events import claim_event
from .history import set_history_user

VERDICT_REASON = "verdict follows latest published review"


def signed_by_someone_else(review, user):
    """The reviewer who signed ``review``, when it is stored published and ``user`` is not them; else None.

    A published review goes out under its reviewer's name: another reviewer may not rewrite
    or delete it (they add a review of their own, which then sets the verdict).
    """
    if review.pk is None or user is None:
        return None
    stored = Review.objects.filter(pk=review.pk).select_related("reviewer").first()
    if stored is None or stored.status != ReviewStatus.PUBLISHED or stored.reviewer_id in (None, user.pk):
        return None
    return stored.reviewer


def signed_review_message(reviewer):
    return (
        f"This review is published under {reviewer.get_username()}'s name: only they may change or delete it. "
        "Add a review of your own instead (the latest published review sets the verdict)."
    )


@transaction.atomic
def review_save(*, review, user=None, evidence=None, change_reason=None, own=False):
    """Save a review and bring its claim's verdict up to date.

    ``own`` marks a review of ours (written in the admin, not imported): its schema.org
    ``rating_value``, ``best_rating`` and ``worst_rating`` then follow its rating on our
    1-5 scale (``RATING_VALUES``), so they never disagree with the verdict.

    The claim's row is locked first, as every claim write does, so a review saved while
    an editor saves the claim (whose form may hold the same review) waits its turn
    instead of deadlocking. Raises ``PermissionDenied`` when ``user`` is not the reviewer
    who signed the published review. ``change_reason`` goes into the review's history.
    """
    signer = signed_by_someone_else(review, user)
    if signer is not None:
        raise PermissionDenied(signed_review_message(signer))
    list(Claim.objects.select_for_update().filter(pk=review.claim_id).values_list("pk", flat=True))
    if own:
        review.rating_value = RATING_VALUES.get(review.rating)
        review.best_rating, review.worst_rating = BEST_RATING, WORST_RATING
    review.full_clean(exclude=["evidence"])
    if review.is_published and not review.date_published:
        review.date_published = timezone.localdate()
    set_history_user(review, user)
    if change_reason:
        review._change_reason = change_reason
    review.save()
    if evidence is not None:
        review.evidence.set(evidence)
    refresh_verdict(review.claim, user=user)
    return review


@transaction.atomic
def refresh_verdict(claim, *, user=None):
    """Set ``claim.verdict`` to the rating of its latest published review; returns the claim as stored.

    The claim is locked before the reviews are read, so two review saves (or a review
    and a claim edit) cannot leave the verdict of the one that lost.
    """
    claim = Claim.objects.select_for_update().get(pk=claim.pk)
    latest = (
        Review.objects.filter(claim=claim, status=ReviewStatus.PUBLISHED)
        .order_by("-date_published", "-id")
        .values_list("rating", flat=True)
        .first()
    )
    verdict = latest or ""
    if claim.verdict != verdict:
        claim.verdict = verdict
        claim.version += 1
        set_history_user(claim, user)
        claim._change_reason = VERDICT_REASON
        claim.save(update_fields=["verdict", "version", "updated_at"])
        claim.refresh_from_db(fields=["verdict", "version", "updated_at"])
        if claim.status in PUBLIC_STATUSES:
            claim_event(WebhookEvent.VERDICT, claim.pk)  # webhooks, after commit
    return claim
