"""
Pending revisions: changes to a published claim wait for a reviewer before the public sees them.

The rule. A change to a claim whose status is public (published, or retracted, which
the public also reads) made by a user without ``claims.publish_claim`` does not touch
the claim: it becomes (or updates) the claim's single pending ``ClaimRevision``. A
reviewer's own edit applies at once, unless ``FACTDB_FOUR_EYES_PUBLISHING`` is on,
where every edit of a public claim waits and nobody publishes a revision they
proposed. Trusted callers (``user=None``: management commands) write directly. The
claim's ``rank`` and ``deprecation_reason`` are not reviewed: they rank a metric's
estimates, not what the claim says, and the metric page swaps them in one step.

Because the claim's row stays the published version, every public read (API payloads
and their cache, exports, sheets, metrics, ClaimReview) keeps showing it unchanged.

``claims.services.claim_save`` and ``chain_replace`` hand such changes here
(``revision_needed`` / ``revision_propose``), so the admin, the API, sheet imports and
Revert all get the same rule. A proposal is validated as a save would be (the claim's
constraints, ``validate_chain``), so a bad figure is refused at once. How a new change
combines with a pending revision: a claim loaded with ``claim_as_revised`` (the admin
form and the API show the revised claim) replaces the revision's fields with its own;
otherwise (an import, a revert) the new change is laid over the revision. A change that
leaves nothing different from the published claim withdraws the revision.

``revision_publish`` applies a revision through ``claim_save`` as the reviewer, and
refuses when what the revision changes has been changed on the claim since it was
proposed; ``revision_discard`` drops it with a reason.
"""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from sources.models import Actor, Source

from .chains import LinkData, validate_chain
from .models import Claim, ClaimRevision, ClaimStatus, RevisionStatus, Tag
from .services import CONTENT_FIELDS, ConcurrentEditError, claim_save, links_from_claim

# Statuses the public reads: changes to claims in them are reviewed.
REVIEWED_STATUSES = frozenset({ClaimStatus.PUBLISHED, ClaimStatus.RETRACTED})
# What a revision holds: what the claim says. (``rank``/``deprecation_reason`` apply at once.)
REVISED_FIELDS = CONTENT_FIELDS
DIRECT_FIELDS = ("rank", "deprecation_reason")
FIELD_LABELS = {"value_max": "upper value", "period_start": "period start", "period_end": "period end"}


def four_eyes():
    """Whether every edit of a public claim waits for a second person (setting, default off)."""
    return bool(getattr(settings, "FACTDB_FOUR_EYES_PUBLISHING", False))


def edits_need_review(user):
    """Whether ``user``'s edits of public claims become pending revisions (None: trusted caller, never)."""
    if user is None:
        return False
    return four_eyes() or not user.has_perm("claims.publish_claim")


def revision_needed(*, claim, user):
    """Whether saving ``claim`` as ``user`` goes to a pending revision rather than to the claim."""
    if claim.pk is None or getattr(claim, "_publishing_revision", False) or not edits_need_review(user):
        return False
    status = Claim.objects.filter(pk=claim.pk).values_list("status", flat=True).first()
    return status in REVIEWED_STATUSES


def pending_revision(claim):
    """The claim's pending revision, or None."""
    return ClaimRevision.objects.filter(claim_id=claim.pk, status=RevisionStatus.PENDING).first()


# --- Values as JSON and back ---------------------------------------------------------
def _field(name):
    return Claim._meta.get_field(name)


def _value(claim, name):
    return getattr(claim, _field(name).attname)


def _dump(name, value):
    if value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")  # "60000", not "60000.0000" or "6E+4"
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def load_value(name, value):
    field = _field(name)
    return value if field.is_relation else field.to_python(value)


def _dump_links(links):
    return [
        {
            "source": link.source.pk,
            "actor": link.actor.pk,
            "verb": link.verb,
            "role": link.role,
            "position": link.position,
            "source_count": link.source_count,
        }
        for link in links
    ]


def load_links(data):
    """``LinkData`` for stored links, reading their sources and speakers in two queries."""
    sources = Source.objects.select_related("outlet").in_bulk({link["source"] for link in data})
    actors = Actor.objects.in_bulk({link["actor"] for link in data})
    missing = [link for link in data if link["source"] not in sources or link["actor"] not in actors]
    if missing:
        raise ValidationError("A source or speaker of the proposed chain has been deleted since; discard it.")
    return [
        LinkData(
            sources[link["source"]],
            actors[link["actor"]],
            link["verb"],
            link["role"],
            link["position"],
            link["source_count"],
        )
        for link in data
    ]


def _signature(data):
    return sorted(
        (link["source"], link["position"], link["actor"], link["verb"], link["role"], link["source_count"])
        for link in data
    )


def _tag_ids(claim):
    return sorted(claim.tags.values_list("pk", flat=True))


# --- Reading a revision -----------------------------------------------------------------
def claim_as_revised(claim, revision):
    """Lay ``revision``'s proposed fields over ``claim`` (an instance, not saved), for a form or API
    write that edits the revised claim: saving it replaces the revision's fields with its own."""
    if revision is None:
        return claim
    for name, value in revision.fields.items():
        setattr(claim, _field(name).attname, load_value(name, value))
    claim._applied_revision_id = revision.pk
    claim._pending_revision = revision
    return claim


def proposed_links(revision):
    """The revision's proposed chain as ``LinkData`` (None: it leaves the chain alone)."""
    return None if revision.links is None else load_links(revision.links)


def proposed_tags(revision):
    """The revision's proposed tags (None: it leaves them alone)."""
    return None if revision.tags is None else list(Tag.objects.filter(pk__in=revision.tags))


# --- Writing --------------------------------------------------------------------------
@transaction.atomic
def revision_propose(*, claim, user, links=None, tags=None, expected_version=None):
    """Record ``claim`` (edited, unsaved) with ``links``/``tags`` as the claim's pending revision.

    Returns the revision (pending, or discarded when the change withdrew it), or None when
    the save changes nothing a revision holds (only rank, or nothing): the caller then
    saves directly. Raises ``ValidationError`` for a claim or chain a save would refuse,
    ``ConcurrentEditError`` when ``expected_version`` is not the claim's version.
    """
    row = Claim.objects.select_for_update().get(pk=claim.pk)
    if expected_version is not None and row.version != expected_version:
        raise ConcurrentEditError(
            "This claim was changed by someone else after you opened it "
            f"(version {row.version}, you loaded {expected_version}). Reload it and apply your change again."
        )
    claim.full_clean(exclude=["tags"])
    if links is not None:
        validate_chain(links)
    pending = ClaimRevision.objects.select_for_update().filter(claim=row, status=RevisionStatus.PENDING).first()
    replaces = pending is not None and getattr(claim, "_applied_revision_id", None) == pending.pk

    edited = {
        name: _dump(name, _value(claim, name)) for name in REVISED_FIELDS if _value(claim, name) != _value(row, name)
    }
    published_chain = _dump_links(links_from_claim(row))
    published_tags = _tag_ids(row)
    new_links = None if links is None else _dump_links(links)
    new_tags = None if tags is None else sorted(tag.pk for tag in tags)
    changes_something = (
        bool(edited)
        or (new_links is not None and _signature(new_links) != _signature(published_chain))
        or (new_tags is not None and new_tags != published_tags)
    )
    if not replaces and not changes_something:
        return None  # nothing for review: rank only, or an unchanged save
    fields = dict(edited) if replaces or pending is None else {**pending.fields, **edited}
    fields = {name: value for name, value in fields.items() if load_value(name, value) != _value(row, name)}
    if new_links is None and pending is not None:
        new_links = pending.links
    if new_links is not None and _signature(new_links) == _signature(published_chain):
        new_links = None
    if new_tags is None and pending is not None:
        new_tags = pending.tags
    if new_tags is not None and sorted(new_tags) == published_tags:
        new_tags = None

    if not fields and new_links is None and new_tags is None:
        if pending is not None:  # the editor undid their change: nothing left to review
            _decide(pending, RevisionStatus.DISCARDED, user, "Withdrawn: the claim as edited equals the published one.")
        _apply_direct_fields(claim, row, user)
        return pending
    revision = pending or ClaimRevision(claim=row)
    revision.fields = fields
    revision.base_fields = {name: _dump(name, _value(row, name)) for name in fields}
    revision.links, revision.base_links = new_links, (published_chain if new_links is not None else None)
    revision.tags, revision.base_tags = new_tags, (published_tags if new_tags is not None else None)
    revision.base_version = row.version
    revision.proposed_by = user if getattr(user, "is_authenticated", False) else None
    revision.full_clean()
    revision.save()
    _apply_direct_fields(claim, row, user)
    return revision


def _apply_direct_fields(claim, row, user):
    """Save the unreviewed fields (rank) a proposal carried, as an ordinary save."""
    changed = {name: getattr(claim, name) for name in DIRECT_FIELDS if getattr(claim, name) != getattr(row, name)}
    if not changed:
        return
    fresh = Claim.objects.get(pk=row.pk)
    for name, value in changed.items():
        setattr(fresh, name, value)
    claim_save(claim=fresh, user=user, change_reason=f"ranked {fresh.rank}")


def _decide(revision, status, user, reason=""):
    revision.status = status
    revision.decided_by = user if getattr(user, "is_authenticated", False) else None
    revision.decided_at = timezone.now()
    revision.decision_reason = reason[:500]
    revision.save(update_fields=["status", "decided_by", "decided_at", "decision_reason", "updated_at"])


def conflicts(revision, claim):
    """What the revision changes that has changed on ``claim`` since it was proposed (labels)."""
    moved = [
        FIELD_LABELS.get(name, name)
        for name, base in revision.base_fields.items()
        if load_value(name, base) != _value(claim, name)
    ]
    if revision.links is not None and _signature(revision.base_links) != _signature(
        _dump_links(links_from_claim(claim))
    ):
        moved.append("attribution chain")
    if revision.tags is not None and sorted(revision.base_tags) != _tag_ids(claim):
        moved.append("tags")
    return moved


def _check_reviewer(revision, user):
    if user is not None and not user.has_perm("claims.publish_claim"):
        raise PermissionDenied("Only reviewers (permission to publish claims) may publish or discard a revision.")


@transaction.atomic
def revision_publish(*, revision, user):
    """Apply a pending ``revision`` to its claim as ``user`` (a reviewer); returns the claim.

    Refuses (``ValidationError``) when the revision is no longer pending or when what
    it changes was changed on the claim after it was proposed; with four-eyes
    publishing, nobody publishes a revision they proposed (``PermissionDenied``).
    """
    _check_reviewer(revision, user)
    claim = Claim.objects.select_for_update().get(pk=revision.claim_id)
    revision = ClaimRevision.objects.select_for_update().get(pk=revision.pk)
    if not revision.is_pending:
        raise ValidationError(f"This revision was already {revision.get_status_display().lower()}.")
    if four_eyes() and user is not None and revision.proposed_by_id == user.pk:
        raise PermissionDenied("Four-eyes publishing is on: someone other than its author must publish this revision.")
    moved = conflicts(revision, claim)
    if moved:
        raise ValidationError(
            f"The claim's {', '.join(moved)} changed after this revision was proposed (version "
            f"{revision.base_version}, now {claim.version}). Discard it and edit the claim again."
        )
    claim_as_revised(claim, revision)
    claim._publishing_revision = True
    author = revision.proposed_by.get_username() if revision.proposed_by else "an unknown editor"
    claim_save(
        claim=claim,
        user=user,
        links=proposed_links(revision),
        tags=proposed_tags(revision),
        change_reason=f"published revision by {author}",
    )
    _decide(revision, RevisionStatus.PUBLISHED, user)
    return claim


@transaction.atomic
def revision_discard(*, revision, user, reason):
    """Drop a pending ``revision`` (a reviewer's decision, with a reason); the claim is unchanged."""
    _check_reviewer(revision, user)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("Say why the revision is discarded.")
    if len(reason) > 500:
        raise ValidationError("The reason is at most 500 characters.")
    revision = ClaimRevision.objects.select_for_update().get(pk=revision.pk)
    if not revision.is_pending:
        raise ValidationError(f"This revision was already {revision.get_status_display().lower()}.")
    _decide(revision, RevisionStatus.DISCARDED, user, reason)
    return revision
