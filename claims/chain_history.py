"""
The history of a claim's attribution chain, as editors see and revert it in the admin.

django-simple-history records every link (``Attribution``) on its own, so a claim's
history page lists only the claim's fields. These functions read the links' records
for one claim: the changes in order (``chain_changes``), and the chain as it stood with
any version of the claim (``chain_of_version``), which reverting a claim to an old version restores
through ``claims.services.chain_replace`` like any other edit.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError

from sources.models import Actor, Source

from .chains import LinkData, chain_signature
from .models import Attribution

HistoricalAttribution = Attribution.history.model

CHANGE_WORDS = {"+": "added", "~": "changed", "-": "removed"}


@dataclass(frozen=True)
class ChainChange:
    """One recorded change to one link of a claim's chain."""

    when: object
    user: object
    change: str  # "added", "changed" or "removed"
    source_title: str
    position: int
    speaker: str
    verb: str
    role: str
    reason: str


def chain_changes(claim_id):
    """Every recorded change to the claim's links, newest first (one query)."""
    records = (
        HistoricalAttribution.objects.filter(claim_id=claim_id)
        .select_related("history_user", "source", "actor")
        .order_by("-history_date", "-history_id")
    )
    return [
        ChainChange(
            when=record.history_date,
            user=record.history_user,
            change=CHANGE_WORDS.get(record.history_type, record.history_type),
            source_title=record.source.title if record.source else f"source {record.source_id} (deleted)",
            position=record.position,
            speaker=record.actor.name if record.actor else f"speaker {record.actor_id} (deleted)",
            verb=record.get_verb_display(),
            role=record.get_role_display(),
            reason=record.history_change_reason or "",
        )
        for record in records
    ]


def chain_of_version(version):
    """The chain that went with a historical version of a claim (``claim.history`` record).

    Every writer saves the claim first and its chain right after (``claim_save``, the
    admin's ``save_related``), so a version's chain is the one standing just before
    the claim's next version, or today's for the latest.
    """
    following = (
        type(version)
        .objects.filter(id=version.id, history_date__gt=version.history_date)
        .order_by("history_date", "history_id")
        .values_list("history_date", flat=True)
        .first()
    )
    return chain_as_of(version.id, before=following)


def chain_as_of(claim_id, before=None):
    """The claim's chain just before ``before`` (now, if None), as ``LinkData`` ordered by source and position.

    Each link's last record before then says whether it existed. Raises
    ``ValidationError`` when a source or speaker it needs has since been deleted.
    """
    latest = {}
    records = HistoricalAttribution.objects.filter(claim_id=claim_id)
    if before is not None:
        records = records.filter(history_date__lt=before)
    records = records.order_by("history_date", "history_id")
    for record in records:
        latest[record.id] = record
    alive = [record for record in latest.values() if record.history_type != "-"]
    sources = Source.objects.in_bulk({record.source_id for record in alive})
    actors = Actor.objects.in_bulk({record.actor_id for record in alive})
    missing = [f"source {r.source_id}" for r in alive if r.source_id not in sources] + [
        f"speaker {r.actor_id}" for r in alive if r.actor_id not in actors
    ]
    if missing:
        raise ValidationError(f"The chain of that version named records deleted since: {', '.join(missing)}.")
    links = [
        LinkData(
            source=sources[record.source_id],
            actor=actors[record.actor_id],
            verb=record.verb,
            role=record.role,
            position=record.position,
            source_count=record.source_count,
        )
        for record in alive
    ]
    return sorted(links, key=lambda link: (link.source.pk, link.position))


def chain_differs(claim, links):
    """Whether ``links`` differ from the claim's stored chain."""
    return chain_signature(links) != chain_signature(claim.attributions.select_related("source", "actor"))


VERB_WORDS = dict(Attribution._meta.get_field("verb").flatchoices)
ROLE_WORDS = {value: str(label).lower() for value, label in Attribution._meta.get_field("role").flatchoices}


def describe_links(links):
    """ "The Hill: NBC News (reported, relay) ← six sources (according to, origin)", one line per source.

    Verbs and roles read as their labels ("according to"), not as stored ("according_to").
    """
    by_source = {}
    for link in links:
        by_source.setdefault(link.source, []).append(link)
    return [
        f"{source.title}: "
        + " ← ".join(
            f"{link.actor.name} ({VERB_WORDS.get(link.verb, link.verb)}, {ROLE_WORDS.get(link.role, link.role)})"
            for link in sorted(group, key=lambda link: link.position)
        )
        for source, group in by_source.items()
    ]
