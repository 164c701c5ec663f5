"""Edits of what a claim says: its content, chain and tags under a lock, and its rank on its metric."""

from django.core.exceptions import ValidationError
from django.db import transaction

from ..chains import validate_chain
from ..models import Claim, ClaimRank, ClaimStatus, Metric, WebhookEvent
from ..webhooks.events import claim_event
from .chain import chain_replace, stated_on_refresh
from .history import set_history_user


class ConcurrentEditError(ValidationError):
    """Someone else saved the claim after it was loaded: refuse to overwrite."""


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
    from ..revisions import revision_needed, revision_propose  # that module builds on this one

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
        check_preferred_is_free(claim, becoming=stored is None or stored.rank != ClaimRank.PREFERRED)
    claim.full_clean(exclude=["tags"])
    if links is not None:
        validate_chain(links)  # before anything is written
    if stored is not None:
        claim.version = stored.version + 1
    elif claim.created_by_id is None and user is not None and user.is_authenticated:
        claim.created_by = user
    set_history_user(claim, user)
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


def check_preferred_is_free(claim, *, becoming):
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
