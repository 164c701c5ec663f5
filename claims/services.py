"""
Writes on claims: one function per action, each in one transaction.

The admin, the API, importers and the extractor all call these, so a claim and its
chain are validated the same way everywhere and history is written with the user.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from .chains import LinkData, validate_chain
from .models import Attribution, Claim, ClaimRank, ClaimStatus, Review, ReviewStatus


class ConcurrentEditError(ValidationError):
    """Someone else saved the claim after it was loaded: refuse to overwrite."""


# Workflow: which transitions exist and which permission each needs.
TRANSITIONS = {
    "submit": ({ClaimStatus.DRAFT}, ClaimStatus.IN_REVIEW, "claims.change_claim"),
    "return_to_draft": ({ClaimStatus.IN_REVIEW}, ClaimStatus.DRAFT, "claims.change_claim"),
    "publish": (
        {ClaimStatus.DRAFT, ClaimStatus.IN_REVIEW, ClaimStatus.RETRACTED},
        ClaimStatus.PUBLISHED,
        "claims.publish_claim",
    ),
    "retract": ({ClaimStatus.PUBLISHED}, ClaimStatus.RETRACTED, "claims.publish_claim"),
}


def _set_history_user(instance, user):
    # simple-history reads this attribute when it writes the historical row.
    if user is not None and getattr(user, "is_authenticated", False):
        instance._history_user = user


@transaction.atomic
def claim_save(*, claim, user=None, links=None, tags=None, expected_version=None, change_reason=None):
    """Validate and save ``claim`` with, optionally, its chain and tags.

    ``links`` is a list of ``LinkData`` that replaces the claim's whole chain; ``None``
    leaves the chain alone. ``expected_version`` is the version the editor loaded: when
    someone else has saved since, ``ConcurrentEditError`` is raised and nothing is written.
    """
    current = None
    if claim.pk:
        current = Claim.objects.select_for_update().filter(pk=claim.pk).values_list("version", flat=True).first()
        if current is not None and expected_version is not None and current != expected_version:
            raise ConcurrentEditError(
                "This claim was changed by someone else after you opened it "
                f"(version {current}, you loaded {expected_version}). Reload it and apply your change again."
            )
    claim.full_clean(exclude=["tags"])
    if links is not None:
        validate_chain(links)  # before anything is written
    if current is not None:
        claim.version = current + 1
    elif claim.created_by_id is None and user is not None and user.is_authenticated:
        claim.created_by = user
    _set_history_user(claim, user)
    if change_reason:
        claim._change_reason = change_reason
    claim.save()
    claim.refresh_from_db(fields=["version", "updated_at", "interval_low", "interval_high"])
    if links is not None:
        chain_replace(claim=claim, links=links, user=user)
    if tags is not None:
        claim.tags.set(tags)
    return claim


@transaction.atomic
def chain_replace(*, claim, links, user=None):
    """Validate ``links`` and make the claim's stored chain equal them.

    Links that did not change are kept (their history stays quiet); changed or
    removed ones are deleted and new ones created.
    """
    validate_chain(links)
    wanted = {(link.source.pk, link.position): link for link in links}
    for existing in list(claim.attributions.all()):
        link = wanted.get((existing.source_id, existing.position))
        unchanged = link is not None and (
            link.actor.pk == existing.actor_id
            and link.verb == existing.verb
            and link.role == existing.role
            and link.source_count == existing.source_count
        )
        if unchanged:
            wanted.pop((existing.source_id, existing.position))
        else:
            _set_history_user(existing, user)
            existing.delete()
    for link in wanted.values():
        attribution = Attribution(
            claim=claim,
            source=link.source,
            actor=link.actor,
            verb=link.verb,
            role=link.role,
            position=link.position,
            source_count=link.source_count,
        )
        _set_history_user(attribution, user)
        attribution.save()


def links_from_claim(claim):
    """The claim's stored chain as ``LinkData``, for callers that edit one link."""
    return [LinkData(a.source, a.actor, a.verb, a.role, a.position, a.source_count) for a in claim.attributions.all()]


# A retraction's reason is shown to the public beside the retracted claim.
RETRACTION_REASON_MAX_LENGTH = 2000


@transaction.atomic
def claim_transition(*, claim, action, user, reason=""):
    """Move ``claim`` through the workflow (submit, return_to_draft, publish, retract).

    Raises ``PermissionDenied`` when ``user`` lacks the permission the step needs and
    ``ValidationError`` when the step does not apply to the claim's status. ``user`` is
    None only for trusted system callers (management commands), which skip the check.
    ``reason`` is the history's change reason; retracting requires one, and it is kept
    on the claim with the time (``retraction_reason``, ``retracted_at``) for the public.
    """
    try:
        allowed_from, target, permission = TRANSITIONS[action]
    except KeyError:
        raise ValidationError(f"Unknown workflow action “{action}”.") from None
    if user is not None and not user.has_perm(permission):
        raise PermissionDenied(f"You do not have permission to {action.replace('_', ' ')} claims.")
    reason = str(reason or "").strip()
    if target == ClaimStatus.RETRACTED and not reason:
        raise ValidationError({"reason": "A retraction needs a reason: readers are told why the claim was retracted."})
    if len(reason) > RETRACTION_REASON_MAX_LENGTH:
        raise ValidationError({"reason": f"At most {RETRACTION_REASON_MAX_LENGTH} characters."})
    claim = Claim.objects.select_for_update().get(pk=claim.pk)
    if claim.status not in allowed_from:
        raise ValidationError(
            f"“{claim}” is {claim.get_status_display().lower()}; it cannot be {action.replace('_', ' ')}ed from there."
        )
    if target == ClaimStatus.PUBLISHED and not claim.attributions.exists():
        raise ValidationError(f"“{claim}” has no attribution: say who said it before publishing.")
    claim.status = target
    if target == ClaimStatus.PUBLISHED:
        claim.published_at = timezone.now()
    # A retraction's time and reason stay on the claim while it is retracted (its history keeps them after).
    claim.retracted_at = timezone.now() if target == ClaimStatus.RETRACTED else None
    claim.retraction_reason = reason if target == ClaimStatus.RETRACTED else ""
    claim.version += 1
    _set_history_user(claim, user)
    claim._change_reason = f"{action.replace('_', ' ')}: {reason}" if reason else action.replace("_", " ")
    claim.save(update_fields=["status", "published_at", "retracted_at", "retraction_reason", "version", "updated_at"])
    claim.refresh_from_db()
    return claim


# The shortest workflow path from one status to another, as transition names.
STATUS_PATHS = {
    (ClaimStatus.DRAFT, ClaimStatus.IN_REVIEW): ["submit"],
    (ClaimStatus.DRAFT, ClaimStatus.PUBLISHED): ["publish"],
    (ClaimStatus.DRAFT, ClaimStatus.RETRACTED): ["publish", "retract"],
    (ClaimStatus.IN_REVIEW, ClaimStatus.DRAFT): ["return_to_draft"],
    (ClaimStatus.IN_REVIEW, ClaimStatus.PUBLISHED): ["publish"],
    (ClaimStatus.IN_REVIEW, ClaimStatus.RETRACTED): ["publish", "retract"],
    (ClaimStatus.PUBLISHED, ClaimStatus.RETRACTED): ["retract"],
    (ClaimStatus.RETRACTED, ClaimStatus.PUBLISHED): ["publish"],
}


# The reason recorded when a loader or importer moves a claim to retracted without one.
IMPORTED_RETRACTION_REASON = "Recorded as retracted when imported."


@transaction.atomic
def claim_move_to(*, claim, status, user, reason=""):
    """Walk ``claim`` through the workflow to ``status`` (for loaders and importers).

    Each step is a ``claim_transition``, so permissions and checks are the same as
    for an editor clicking through; a status the workflow cannot reach from the
    current one is a ``ValidationError``. A retraction takes ``reason`` (or says it
    was imported).
    """
    if claim.status == status:
        return claim
    path = STATUS_PATHS.get((claim.status, status))
    if path is None:
        raise ValidationError(
            f"“{claim}” cannot move from {claim.get_status_display().lower()} to {status.replace('_', ' ')}."
        )
    for action in path:
        step_reason = (reason or IMPORTED_RETRACTION_REASON) if action == "retract" else ""
        claim = claim_transition(claim=claim, action=action, user=user, reason=step_reason)
    return claim


@transaction.atomic
def claim_set_rank(*, claim, rank, reason="", user=None):
    """Rank ``claim`` on its metric: preferred, normal, or deprecated with a ``reason``.

    Making a claim preferred demotes the metric's current preferred claim to normal in
    the same transaction, so a metric never has two. Bad input (an unknown rank, a
    deprecation without reason, a preferred claim without metric) raises the model's
    ``ValidationError`` and writes nothing.
    """
    claim = Claim.objects.select_for_update().get(pk=claim.pk)
    if rank == ClaimRank.PREFERRED and claim.metric_id is not None:
        previous = Claim.objects.select_for_update().filter(metric_id=claim.metric_id, rank=ClaimRank.PREFERRED)
        for other in previous.exclude(pk=claim.pk):
            other.rank = ClaimRank.NORMAL
            claim_save(claim=other, user=user, change_reason="another estimate was preferred")
    claim.rank = rank
    claim.deprecation_reason = reason if rank == ClaimRank.DEPRECATED else ""
    return claim_save(claim=claim, user=user, change_reason=f"ranked {rank}")


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
def review_save(*, review, user=None, evidence=None):
    """Save a review and bring its claim's verdict up to date.

    Raises ``PermissionDenied`` when ``user`` is not the reviewer who signed the published review.
    """
    signer = signed_by_someone_else(review, user)
    if signer is not None:
        raise PermissionDenied(signed_review_message(signer))
    review.full_clean(exclude=["evidence"])
    if review.is_published and not review.date_published:
        review.date_published = timezone.localdate()
    _set_history_user(review, user)
    review.save()
    if evidence is not None:
        review.evidence.set(evidence)
    refresh_verdict(review.claim, user=user)
    return review


def refresh_verdict(claim, *, user=None):
    """Set ``claim.verdict`` to the rating of its latest published review."""
    latest = (
        Review.objects.filter(claim=claim, status=ReviewStatus.PUBLISHED)
        .order_by("-date_published", "-id")
        .values_list("rating", flat=True)
        .first()
    )
    verdict = latest or ""
    if claim.verdict != verdict:
        claim = Claim.objects.select_for_update().get(pk=claim.pk)
        claim.verdict = verdict
        claim.version += 1
        _set_history_user(claim, user)
        claim._change_reason = "verdict follows latest published review"
        claim.save(update_fields=["verdict", "version", "updated_at"])
        claim.refresh_from_db(fields=["verdict", "version", "updated_at"])
    return claim
