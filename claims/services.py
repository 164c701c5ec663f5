"""
Writes on claims: one function per action, each in one transaction.

The admin, the API, importers and the extractor all call these, so a claim and its
chain are validated the same way everywhere and history is written with the user.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from .chains import LinkData, validate_chain
from .last_editors import last_editor_ids
from .models import (
    PUBLIC_STATUSES,
    Attribution,
    Claim,
    ClaimRank,
    ClaimStatus,
    Metric,
    Review,
    ReviewStatus,
    WebhookEvent,
)
from .models.review import BEST_RATING, RATING_VALUES, WORST_RATING
from .webhooks.events import claim_event


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
VERDICT_REASON = "verdict follows latest published review"
# The history's reason for claim_assign ("assign: to alice", "assign: nobody").
ASSIGN_REASON = "assign"
# History rows that are not edits of what the claim says (for four-eyes publishing).
NOT_EDITS = [*(action.replace("_", " ") for action in TRANSITIONS), VERDICT_REASON, ASSIGN_REASON]


def _set_history_user(instance, user):
    # simple-history reads this attribute when it writes the historical row.
    if user is not None and getattr(user, "is_authenticated", False):
        instance._history_user = user


# What an edit writes. Everything else on a claim is written only where it belongs: the
# workflow fields by ``claim_transition``, the verdict by ``refresh_verdict`` (through
# ``review_save``), provenance, the extracted sentence and the creator when the claim is
# created. An edit is made on a copy loaded before the lock (an API request, an admin
# form, an old version being reverted); writing that copy's status or verdict would
# silently undo a retraction, a publish or a verdict saved in between.
# What the claim says (a pending revision holds these, claims.revisions), then its rank on
# its metric.
CONTENT_FIELDS = (
    "statement",
    "quote",
    "value",
    "value_max",
    "qualifier",
    "unit",
    "subject",
    "place",
    "period_start",
    "period_end",
    "metric",
)
EDITABLE_FIELDS = (*CONTENT_FIELDS, "rank", "deprecation_reason")


@transaction.atomic
def claim_save(
    *, claim, user=None, links=None, tags=None, expected_version=None, change_reason=None, fields=EDITABLE_FIELDS
):
    """Validate and save ``claim`` with, optionally, its chain and tags.

    A new claim is written whole. For an existing one the stored row is locked and only
    the editable ``fields`` (all of ``EDITABLE_FIELDS`` by default; a partial update names
    the ones it sets) are taken from ``claim``; every other field, status and verdict
    included, is read back from the locked row onto ``claim``, so an edited copy never
    writes them. ``expected_version`` is the version the editor loaded: when someone else
    has saved since, ``ConcurrentEditError`` is raised and nothing is written.

    ``links`` is a list of ``LinkData`` that replaces the claim's whole chain; ``None``
    leaves the chain alone.

    A change to a public claim by a user whose edits are reviewed is not written here: it
    becomes the claim's pending revision (``claims.revisions``), ``claim`` is reloaded as
    stored and ``claim.pending_revision`` is set to the revision.
    """
    # --- Pending revisions (claims.revisions): the published row stays as it is. ---
    from .revisions import revision_needed, revision_propose  # that module builds on this one

    if revision_needed(claim=claim, user=user):
        revision = revision_propose(claim=claim, user=user, links=links, tags=tags, expected_version=expected_version)
        if revision is not None:
            claim.refresh_from_db()
            claim.pending_revision = revision
            return claim
    # --- end of pending revisions ---
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"claim_save writes only editable fields, not {sorted(unknown)}")
    stored = Claim.objects.select_for_update().filter(pk=claim.pk).first() if claim.pk else None
    if stored is not None:
        if expected_version is not None and stored.version != expected_version:
            raise ConcurrentEditError(
                "This claim was changed by someone else after you opened it "
                f"(version {stored.version}, you loaded {expected_version}). Reload it and apply your change again."
            )
        _keep_stored_values(claim, stored, fields)
        # The metric it leaves, if it moves, also has its live-conflict flag asked again
        # (claims.metrics.live_conflicts): read here from the locked row, not from ``claim``.
        claim._stored_metric_id = stored.metric_id
    if claim.rank == ClaimRank.PREFERRED and claim.metric_id is not None:
        _check_preferred_is_free(claim, becoming=stored is None or stored.rank != ClaimRank.PREFERRED)
    claim.full_clean(exclude=["tags"])
    if links is not None:
        validate_chain(links)  # before anything is written
    if stored is not None:
        claim.version = stored.version + 1
    elif claim.created_by_id is None and user is not None and user.is_authenticated:
        claim.created_by = user
    _set_history_user(claim, user)
    if change_reason:
        claim._change_reason = change_reason
    if stored is not None:
        claim.save(update_fields=[*fields, "version", "updated_at"])
    else:
        claim.save()
    claim.refresh_from_db(fields=["version", "updated_at", "interval_low", "interval_high"])
    if links is not None:
        chain_replace(claim=claim, links=links, user=user, change_reason=change_reason)  # refreshes stated_on
    else:
        stated_on_refresh(claims=[claim])
    if tags is not None:
        claim.tags.set(tags)
    if stored is not None and stored.status == ClaimStatus.PUBLISHED:
        claim_event(WebhookEvent.CHANGED, claim.pk)  # webhooks, after commit
    return claim


def _keep_stored_values(claim, stored, fields):
    """Copy every field but the edited ``fields`` from the locked row onto ``claim``."""
    for field in Claim._meta.concrete_fields:
        if field.name not in fields and not field.generated:
            setattr(claim, field.attname, getattr(stored, field.attname))


def _check_preferred_is_free(claim, *, becoming):
    """Refuse a second preferred estimate on the claim's metric, naming the current one.

    A claim becoming preferred first locks its metric's row, so two editors making two
    claims of one metric preferred at once are taken in turn: the second sees the
    first's claim here (a 400 naming it) instead of failing on the unique constraint.
    A claim that is already the preferred one holds its place and takes no lock.
    """
    if becoming:
        list(Metric.objects.select_for_update().filter(pk=claim.metric_id).values_list("pk", flat=True))
    current = (
        Claim.objects.filter(metric_id=claim.metric_id, rank=ClaimRank.PREFERRED)
        .exclude(pk=claim.pk)
        .select_related("metric")
        .first()
    )
    if current is not None:
        raise ValidationError(
            {
                "rank": f"“{current}” (claim {current.pk}) is already the preferred estimate of “{current.metric}”. "
                "Set it to normal first, or use “Set rank” on the metric's page, which swaps the two."
            }
        )


@transaction.atomic
def chain_replace(*, claim, links, user=None, change_reason=None):
    """Validate ``links`` and make the claim's stored chain equal them.

    Links that did not change are kept (their history stays quiet); changed or
    removed ones are deleted and new ones created. On a public claim edited by a user whose
    edits are reviewed, the chain goes to the claim's pending revision (``claims.revisions``).
    ``change_reason`` goes into the history of the links written.
    """
    from .revisions import revision_needed, revision_propose  # that module builds on this one

    if revision_needed(claim=claim, user=user):
        fresh = Claim.objects.get(pk=claim.pk)
        if revision_propose(claim=fresh, user=user, links=links) is not None:
            return
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
            if change_reason:
                existing._change_reason = change_reason
            existing.delete()
    for link in wanted.values():
        attribution = attribution_of(claim, link)
        _set_history_user(attribution, user)
        if change_reason:
            attribution._change_reason = change_reason
        attribution.save()
    stated_on_refresh(claims=[claim])
    if claim.status == ClaimStatus.PUBLISHED:
        claim_event(WebhookEvent.CHANGED, claim.pk)  # webhooks, after commit


def attribution_of(claim, link):
    """The chain link ``link`` (a ``LinkData``) of ``claim``, as a model instance not yet saved."""
    return Attribution(
        claim=claim,
        source=link.source,
        actor=link.actor,
        verb=link.verb,
        role=link.role,
        position=link.position,
        source_count=link.source_count,
    )


def stated_on_refresh(*, claims=None, source=None):
    """Set ``stated_on``, the date of the statement, on ``claims`` or on every claim in ``source``.

    The date of a statement is the earliest published date of the claim's sources (when
    it was first said in print); a claim whose sources have no date takes the end of its
    period, else its start ("as of" a date). The claims list drills down by it. It is
    derived data, written with one UPDATE and no history row, by every write that can
    change it: ``claim_save``, ``chain_replace``, and a source's save (``claims.apps``).
    """
    stated = Claim.objects.all()
    if claims is not None:
        stated = stated.filter(pk__in=[claim.pk for claim in claims])
    if source is not None:
        stated = stated.filter(pk__in=Attribution.objects.filter(source=source).values("claim_id"))
    first_published = (
        Attribution.objects.filter(claim=OuterRef("pk"), source__published__isnull=False)
        .order_by("source__published")
        .values("source__published")[:1]
    )
    stated.update(stated_on=Coalesce(Subquery(first_published), "period_end", "period_start"))


def links_from_claim(claim):
    """The claim's stored chain as ``LinkData``, for callers that edit one link."""
    return [LinkData(a.source, a.actor, a.verb, a.role, a.position, a.source_count) for a in claim.attributions.all()]


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
    _set_history_user(claim, user)
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
    from .roles import reviewers

    if user is not None and not user.has_perm("claims.change_claim"):
        raise PermissionDenied("You may not assign claims.")
    if assignee is not None and not reviewers().filter(pk=assignee.pk).exists():
        raise ValidationError({"assignee": f"{assignee} is not a reviewer: only reviewers can be assigned claims."})
    claim = Claim.objects.select_for_update().get(pk=claim.pk)
    if claim.assignee_id == (assignee.pk if assignee else None):
        return claim
    claim.assignee = assignee
    _set_history_user(claim, user)
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
    _set_history_user(review, user)
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
        _set_history_user(claim, user)
        claim._change_reason = VERDICT_REASON
        claim.save(update_fields=["verdict", "version", "updated_at"])
        claim.refresh_from_db(fields=["verdict", "version", "updated_at"])
        if claim.status in PUBLIC_STATUSES:
            claim_event(WebhookEvent.VERDICT, claim.pk)  # webhooks, after commit
    return claim
