"""The workflow: draft, review, publish, unpublish, retract; who may take each step, and assigning."""

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from ..last_editors import last_editor_ids
from ..models import Claim, ClaimStatus, WebhookEvent
from ..webhooks.events import claim_event
from .editing import ConcurrentEditError
from .history import set_history_user
from .reviews import VERDICT_REASON

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
    # A reviewer takes a published claim back to review (the public no longer sees it).
    "unpublish": ({ClaimStatus.PUBLISHED}, ClaimStatus.IN_REVIEW, "claims.publish_claim"),
}
# The steps subscribers are told of (submitting and returning a draft stay in the newsroom).
TRANSITION_EVENTS = {
    "publish": WebhookEvent.PUBLISHED,
    "retract": WebhookEvent.RETRACTED,
    "unpublish": WebhookEvent.UNPUBLISHED,
}
# Steps that must say why (the reason is kept in the claim's history).
REASON_REQUIRED = {"unpublish", "retract"}
# The history keeps "<step>: <reason>" in 100 characters.
MAX_REASON_LENGTH = 80
# A retraction's reason is shown to the public beside the retracted claim.
RETRACTION_REASON_MAX_LENGTH = 2000
# The history's reason for claim_assign ("assign: to alice", "assign: nobody").
ASSIGN_REASON = "assign"
# History rows that are not edits of what the claim says (for four-eyes publishing).
NOT_EDITS = [*(action.replace("_", " ") for action in TRANSITIONS), VERDICT_REASON, ASSIGN_REASON]


def four_eyes_blocked(claim_ids, user):
    """The ids among ``claim_ids`` that ``user`` may not publish: they edited them last.

    Only with ``FACTDB_FOUR_EYES_PUBLISHING`` on; system callers (``user`` None) are
    never blocked. One query whatever the number of claims.
    """
    if not settings.FACTDB_FOUR_EYES_PUBLISHING or user is None:
        return set()
    editors = last_editor_ids(claim_ids, not_edits=NOT_EDITS)
    return {pk for pk, editor in editors.items() if editor is not None and editor == user.pk}


MISSING_REASON = {"retract": "A retraction needs a reason: readers are told why the claim was retracted."}


def reason_limit(action):
    """How long ``action``'s reason may be: a retraction's is shown to the public beside the
    retracted claim (``RETRACTION_REASON_MAX_LENGTH``); other reasons stay in the history."""
    return RETRACTION_REASON_MAX_LENGTH if action == "retract" else MAX_REASON_LENGTH


def clean_reason(action, reason):
    """The reason for a step, stripped; ``ValidationError`` on ``reason`` when missing or too long."""
    reason = " ".join(str(reason or "").split())
    if action in REASON_REQUIRED and not reason:
        raise ValidationError(
            {"reason": MISSING_REASON.get(action, f"Say why you {action.replace('_', ' ')} this claim.")}
        )
    limit = reason_limit(action)
    if len(reason) > limit:
        raise ValidationError({"reason": f"Keep the reason to {limit} characters (it has {len(reason)})."})
    return reason


def check_transition(*, claim, action, user, has_attribution=None, last_edited_by_user=None):
    """Raise what ``claim_transition`` would for ``claim`` as it is now, writing nothing.

    ``has_attribution`` and ``last_edited_by_user`` are read from the database unless the
    caller knows them (``claims_create_many``, for claims not written yet).
    """
    try:
        allowed_from, target, permission = TRANSITIONS[action]
    except KeyError:
        raise ValidationError(f"Unknown workflow action “{action}”.") from None
    if user is not None and not user.has_perm(permission):
        raise PermissionDenied(f"You do not have permission to {action.replace('_', ' ')} claims.")
    if claim.status not in allowed_from:
        raise ValidationError(
            f"“{claim}” is {claim.get_status_display().lower()}; it cannot be {action.replace('_', ' ')}ed from there."
        )
    if has_attribution is None and target == ClaimStatus.PUBLISHED:
        has_attribution = claim.attributions.exists()
    if target == ClaimStatus.PUBLISHED and not has_attribution:
        raise ValidationError(f"“{claim}” has no attribution: say who said it before publishing.")
    if last_edited_by_user is None and target == ClaimStatus.PUBLISHED:
        last_edited_by_user = bool(four_eyes_blocked([claim.pk], user))
    if target == ClaimStatus.PUBLISHED and last_edited_by_user:
        raise ValidationError(
            f"“{claim}” was last edited by you. With four-eyes publishing, another reviewer publishes it."
        )
    return target


@transaction.atomic
def claim_transition(*, claim, action, user, reason="", expected_version=None):
    """Move ``claim`` through the workflow (submit, return_to_draft, publish, unpublish, retract).

    Raises ``PermissionDenied`` when ``user`` lacks the permission the step needs and
    ``ValidationError`` when the step does not apply to the claim's status, when a
    claim without attribution would be published, when four-eyes publishing forbids
    ``user`` to publish it, or when ``reason`` is missing (unpublish) or too long.
    ``reason`` is kept in the history ("unpublish: wrong unit"). ``user`` is None only
    for trusted system callers (management commands), which skip the permission check.
    ``expected_version`` is the version the user decided on (an API client's If-Match):
    compared under the row's lock, so a reviewer never publishes a figure saved after
    they read it (``ConcurrentEditError``, and nothing moves).
    """
    claim = Claim.objects.select_for_update().get(pk=claim.pk)
    if expected_version is not None and claim.version != expected_version:
        raise ConcurrentEditError(
            f"“{claim}” was changed by someone else after you read it (version {claim.version}, you read "
            f"{expected_version}): nothing was {action.replace('_', ' ')}ed. Read it again and decide on what it says now."
        )
    target = check_transition(claim=claim, action=action, user=user)
    reason = clean_reason(action, reason)  # after the permission: an editor is told no, not why
    claim.status = target
    if target == ClaimStatus.PUBLISHED:
        claim.published_at = timezone.now()
    # A retraction's time and reason stay on the claim while it is retracted (its history keeps them after).
    claim.retracted_at = timezone.now() if target == ClaimStatus.RETRACTED else None
    claim.retraction_reason = reason if target == ClaimStatus.RETRACTED else ""
    claim.version += 1
    set_history_user(claim, user)
    label = action.replace("_", " ")
    change_reason = f"{label}: {reason}" if reason else label
    # The history's reason holds 100 characters; a retraction's whole reason is on the claim.
    claim._change_reason = change_reason if len(change_reason) <= 100 else change_reason[:99] + "…"
    claim.save(update_fields=["status", "published_at", "retracted_at", "retraction_reason", "version", "updated_at"])
    claim.refresh_from_db()
    if action in TRANSITION_EVENTS:
        claim_event(TRANSITION_EVENTS[action], claim.pk)  # webhooks, after commit
    return claim


@transaction.atomic
def claim_assign(*, claim, assignee, user):
    """Assign ``claim`` to the reviewer ``assignee`` (None: to nobody); returns the claim.

    Only reviewers (``claims.roles.reviewers``) can be assigned: anyone else is a
    ``ValidationError`` on ``assignee``. Assigning needs ``claims.change_claim``. It
    changes who is asked to look, not what the claim says, so the version stays (nobody's
    open form goes stale), a pending revision is untouched, and the history row
    ("assign: to alice") does not make ``user`` its last editor for four-eyes publishing.
    """
    from ..roles import reviewers

    if user is not None and not user.has_perm("claims.change_claim"):
        raise PermissionDenied("You may not assign claims.")
    if assignee is not None and not reviewers().filter(pk=assignee.pk).exists():
        raise ValidationError({"assignee": f"{assignee} is not a reviewer: only reviewers can be assigned claims."})
    claim = Claim.objects.select_for_update().get(pk=claim.pk)
    if claim.assignee_id == (assignee.pk if assignee else None):
        return claim
    claim.assignee = assignee
    set_history_user(claim, user)
    claim._change_reason = f"{ASSIGN_REASON}: {'to ' + assignee.get_username() if assignee else 'nobody'}"[:100]
    claim.save(update_fields=["assignee"])
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
