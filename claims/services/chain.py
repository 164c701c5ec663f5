"""Writes on a claim's attribution chain, and the date of the statement the chain gives it."""

from django.db import transaction
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce

from ..chains import LinkData, validate_chain
from ..models import Attribution, Claim, ClaimStatus, WebhookEvent
from ..webhooks.events import claim_event
from .history import set_history_user


@transaction.atomic
def chain_replace(*, claim, links, user=None, change_reason=None):
    """Validate ``links`` and make the claim's stored chain equal them.

    Links that did not change are kept (their history stays quiet); changed or
    removed ones are deleted and new ones created. On a public claim edited by a user whose
    edits are reviewed, the chain goes to the claim's pending revision (``claims.revisions``).
    ``change_reason`` goes into the history of the links written.
    """
    from ..revisions import revision_needed, revision_propose  # that module builds on this one

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
            set_history_user(existing, user)
            if change_reason:
                existing._change_reason = change_reason
            existing.delete()
    for link in wanted.values():
        attribution = attribution_of(claim, link)
        set_history_user(attribution, user)
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
