"""
Many new claims written at once (the sheet import), with the checks and history rows the
one-by-one writes of ``claims.services`` leave.

``claims_create_many`` is the claims' write path for a batch: it runs what ``claim_save``,
``claim_move_to`` and ``review_save`` run (fields, constraints, chain, workflow steps and
permissions, review), refuses the whole batch naming each claim and stage, and only then
writes claims, chains, tags, reviews and their history in a few queries. Stored claims that
change still go through ``claims.services`` one by one (they may become pending revisions).
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from .chains import validate_chain
from .metrics.live_conflicts import refresh_live_conflicts
from .models import (
    Attribution,
    Claim,
    ClaimRank,
    ClaimStatus,
    Review,
    WebhookEvent,
)
from .services import (
    IMPORTED_RETRACTION_REASON,
    STATUS_PATHS,
    VERDICT_REASON,
    attribution_of,
    check_preferred_is_free,
    check_transition,
)
from .webhooks.events import claim_events


@dataclass
class NewClaim:
    """One claim for ``claims_create_many``: what ``claim_save``, ``claim_move_to`` and ``review_save`` would get."""

    claim: Claim
    links: list | None = None  # LinkData, as for claim_save
    tags: list | None = None
    status: str = ""  # where the workflow takes the claim once it exists (claim_move_to)
    review: Review | None = None  # a review of it (review_save); its claim is set when written


class NewClaimsInvalid(Exception):
    """What ``claims_create_many`` refused: ``errors`` maps an index to ``[(stage, error)]``.

    The stage says which write would have refused it: ``"claim"`` (claim_save),
    ``"status"`` (claim_move_to) or ``"review"`` (review_save).
    """

    def __init__(self, errors):
        super().__init__(errors)
        self.errors = errors


@transaction.atomic
def claims_create_many(*, new_claims, user=None, change_reason=""):
    """Create ``new_claims`` as ``claim_save``, ``claim_move_to`` and ``review_save`` would
    one by one (the same checks, the same rows and history), in a few queries for all.

    Every claim is checked first: its fields and constraints, its UID free, its chain;
    its status reached by the workflow's steps with ``user``'s permissions (publishing
    needs a chain; with four-eyes publishing, ``user`` created it and may not publish it);
    its review. Any refusal raises ``NewClaimsInvalid`` naming each claim and stage, and
    nothing is written. Each claim's history then holds what the one-by-one writes leave:
    its creation (with ``change_reason``), one row per workflow step (``publish``,
    ``retract: …``) and the verdict its review sets, all as ``user``, with its tags; each
    attribution and review has its creation row. Checking costs a query or two and
    writing about ten for a few thousand claims, where one by one cost about sixty a claim.
    """
    errors = _check_new_claims(new_claims, user)
    if errors:
        raise NewClaimsInvalid(errors)
    _write_new_claims(new_claims, user, change_reason)
    return [item.claim for item in new_claims]


def _check_new_claims(new_claims, user):
    uids = [item.claim.uid for item in new_claims]
    urls = list({item.review.url for item in new_claims if item.review is not None and item.review.url})
    taken, taken_urls = set(), set()
    for start in range(0, max(len(uids), len(urls)), 1000):  # within any database's parameter limit
        taken.update(Claim.objects.filter(uid__in=uids[start : start + 1000]).values_list("uid", flat=True))
        if urls[start : start + 1000]:
            taken_urls.update(Review.objects.filter(url__in=urls[start : start + 1000]).values_list("url", flat=True))
    creator_may_not_publish = settings.FACTDB_FOUR_EYES_PUBLISHING and user is not None
    errors = {}
    for index, item in enumerate(new_claims):
        checks = [
            ("claim", lambda item=item: _check_new_claim(item, taken)),
            ("status", lambda item=item: _workflow_steps(item, user, creator_may_not_publish)),
        ]
        if item.review is not None:
            checks.append(("review", lambda item=item: _check_new_review(item.review, taken_urls)))
        for stage, check in checks:
            try:
                check()
            except (ValidationError, PermissionDenied) as error:
                errors.setdefault(index, []).append((stage, error))
        taken.add(item.claim.uid)
        if item.review is not None and item.review.url:
            taken_urls.add(item.review.url)
    return errors


def _check_new_claim(item, taken_uids):
    """What ``claim_save`` checks of a new claim; the metric and creator are records the caller found."""
    claim = item.claim
    if claim.uid in taken_uids:
        raise ValidationError({"uid": claim.unique_error_message(Claim, ["uid"])})
    if claim.rank == ClaimRank.PREFERRED and claim.metric_id is not None:
        check_preferred_is_free(claim, becoming=True)
    errors = {}
    for check in (lambda: claim.clean_fields(exclude=["tags", "metric", "created_by"]), claim.clean):
        try:
            check()
        except ValidationError as error:
            errors = error.update_error_dict(errors)
    if not errors:
        try:
            claim.validate_constraints()  # in Python (models.checks): no query
        except ValidationError as error:
            errors = error.update_error_dict(errors)
    if errors:
        raise ValidationError(errors)
    if item.links is not None:
        validate_chain(item.links)


def _workflow_steps(item, user, creator_may_not_publish):
    """The steps ``claim_move_to`` would take, as ``[(action, target)]``; refusals as it would raise them."""
    claim = item.claim
    if not item.status or item.status == claim.status:
        return []
    path = STATUS_PATHS.get((claim.status, item.status))
    if path is None:
        raise ValidationError(
            f"“{claim}” cannot move from {claim.get_status_display().lower()} to {item.status.replace('_', ' ')}."
        )
    steps, status = [], claim.status
    try:
        for action in path:
            target = check_transition(
                claim=claim,
                action=action,
                user=user,
                has_attribution=bool(item.links),
                last_edited_by_user=creator_may_not_publish,
            )
            steps.append((action, target))
            claim.status = target
    finally:
        claim.status = status
    return steps


def _check_new_review(review, taken_urls):
    """What ``review_save`` checks of a new review of a new claim."""
    review.full_clean(exclude=["evidence", "claim", "reviewer"], validate_unique=False, validate_constraints=False)
    if review.url and review.url in taken_urls:
        raise ValidationError({"url": "A review with this URL already exists."})


def _write_new_claims(new_claims, user, change_reason):
    author = user if user is not None and getattr(user, "is_authenticated", False) else None
    now = timezone.now()
    tracked = [field.attname for field in Claim.history.model.tracked_fields]
    # Each claim as created, then the changes each workflow step and the verdict make.
    timelines = []
    for item in new_claims:
        claim = item.claim
        if claim.created_by_id is None and author is not None:
            claim.created_by = author
        claim.version = 1
        start = {name: getattr(claim, name) for name in tracked}
        steps = []
        for action, target in _workflow_steps(item, user, False):
            reason = IMPORTED_RETRACTION_REASON if action == "retract" else ""
            label = action.replace("_", " ")
            changes = {
                "status": target,
                "retracted_at": now if target == ClaimStatus.RETRACTED else None,
                "retraction_reason": reason,
            }
            if target == ClaimStatus.PUBLISHED:
                changes["published_at"] = now
            steps.append((f"{label}: {reason}" if reason else label, changes))
        review = item.review
        if review is not None:
            if review.is_published and not review.date_published:
                review.date_published = timezone.localdate()
            if review.is_published and review.rating != claim.verdict:
                steps.append((VERDICT_REASON, {"verdict": review.rating}))
        for _, changes in steps:
            for name, value in changes.items():
                setattr(claim, name, value)
        claim.version = 1 + len(steps)
        timelines.append((claim, start, steps))
    Claim.objects.bulk_create([item.claim for item in new_claims])
    # bulk_create sends no signals: the metrics' live-conflict flags are asked here.
    refresh_live_conflicts(claims=[item.claim for item in new_claims])

    through = Claim.tags.through
    tag_rows = [
        through(claim_id=item.claim.pk, tag_id=tag_id)
        for item in new_claims
        for tag_id in dict.fromkeys(tag.pk for tag in item.tags or ())
    ]
    through.objects.bulk_create(tag_rows)
    tags_of = {}
    for row in tag_rows:
        tags_of.setdefault(row.claim_id, []).append(row)

    history, tag_history = Claim.history.model, Claim.history.model.tags.model
    rows = []
    for claim, start, steps in timelines:
        state = start | {"id": claim.pk, "created_at": claim.created_at, "updated_at": claim.updated_at}
        kinds = [("+", change_reason or None, {})] + [("~", reason, changes) for reason, changes in steps]
        for tick, (kind, reason, changes) in enumerate(kinds):
            state = state | changes | {"version": start["version"] + tick}
            # A microsecond apart, so "latest" in the history is the last step as it is one by one.
            when = now + timedelta(microseconds=tick)
            rows.append(
                history(
                    history_date=when, history_user=author, history_change_reason=reason, history_type=kind, **state
                )
            )
    history.objects.bulk_create(rows)
    tag_history.objects.bulk_create(
        [
            tag_history(history_id=row.pk, id=tag.pk, claim_id=tag.claim_id, tag_id=tag.tag_id)
            for row in rows
            for tag in tags_of.get(row.id, ())
        ]
    )

    attributions = [attribution_of(item.claim, link) for item in new_claims for link in item.links or ()]
    Attribution.objects.bulk_create(attributions)
    Attribution.history.bulk_history_create(attributions, default_user=author, default_change_reason=None)

    reviews = [item.review for item in new_claims if item.review is not None]
    for item in new_claims:
        if item.review is not None:
            item.review.claim = item.claim
    Review.objects.bulk_create(reviews)
    Review.history.bulk_history_create(reviews, default_user=author, default_change_reason=None)
    # As claim_move_to would tell subscribers of each claim it publishes (webhooks, after commit).
    claim_events(
        WebhookEvent.PUBLISHED, [item.claim.pk for item in new_claims if item.claim.status == ClaimStatus.PUBLISHED]
    )
