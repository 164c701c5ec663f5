"""
A metric's timeline: every claim on it, in the order of the period it is about.

Each entry carries the figure as an interval (``claims.figures``), the period, the
origin speakers, relay chains, outlets, verdict and rank; the timeline adds the
conflicts between entries, the part-of sums, the metric's origin summary and which
entries are independently corroborated. The admin's metric page, the JSON endpoint,
the API and the chart all read this one structure.

A metric followed for years can gather thousands of claims, and the pairs compared for
conflicts grow with their square: such a timeline is the ``TIMELINE_LIMIT`` claims
with the latest periods (the preferred estimate, and a claim the caller asks for,
always among them). ``MetricTimeline.claim_count`` says how many there are in all.
"""

import datetime
from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import Q
from django.db.models.functions import Coalesce

from ..figures import format_interval
from ..models import Claim, ClaimRank, ConflictExplanation, RelationKind
from .conflicts import compare_estimates, is_in_play
from .origins import OriginSummary, claim_origins, claim_outlets, distinct_origins
from .parts import PartOfGraph, part_sums
from .periods import claim_period

# Editors may state agreement themselves with these relations.
AGREEMENT_RELATIONS = frozenset({RelationKind.CORROBORATES, RelationKind.DUPLICATES})

# Claims a timeline holds at most (see the module's docstring).
TIMELINE_LIMIT = 200


@dataclass(eq=False)
class TimelineEntry:
    """One claim on the timeline, with what the metric page shows about it."""

    claim: Claim
    origins: list
    outlets: list
    conflicts: list = field(default_factory=list)
    agreeing: list = field(default_factory=list)  # entries that agree with this one

    @property
    def pk(self):
        return self.claim.pk

    @property
    def interval(self):
        return self.claim.interval

    @property
    def interval_display(self):
        return format_interval(self.interval)

    @property
    def period(self):
        return claim_period(self.claim)

    @property
    def date(self):
        """Where the chart places the claim: the end of its period (the "as of" date),
        else its start, else the date its earliest source was published."""
        claim = self.claim
        if claim.period_end or claim.period_start:
            return claim.period_end or claim.period_start
        published = [chain.source.published for chain in claim.chains if chain.source.published]
        return min(published) if published else None

    @property
    def sort_key(self):
        claim = self.claim
        start = claim.period_start or claim.period_end
        return (start is None, start or self.date or datetime.date.max, claim.period_end or datetime.date.max, claim.pk)

    @property
    def is_preferred(self):
        return self.claim.rank == ClaimRank.PREFERRED

    @property
    def in_play(self):
        return is_in_play(self.claim)

    @property
    def chains(self):
        """ "The Hill ← NBC News ← six anonymous sources", one per source."""
        return [chain.display() for chain in self.claim.chains]

    @property
    def live_conflicts(self):
        return [conflict for conflict in self.conflicts if conflict.live]

    @cached_property  # read once the timeline is built
    def corroborating_origins(self):
        """Distinct origins of this claim and of every claim agreeing with it."""
        return distinct_origins([*self.origins, *(origin for entry in self.agreeing for origin in entry.origins)])

    @property
    def independently_corroborated(self):
        """Two or more distinct origins agree on this figure."""
        return self.in_play and len(self.corroborating_origins) >= 2


@dataclass(eq=False)
class MetricTimeline:
    metric: object
    entries: list
    conflicts: list
    part_sums: list
    summary: OriginSummary
    claim_count: int = None  # claims on the metric in all; more than the entries when the timeline is cut

    def __post_init__(self):
        if self.claim_count is None:
            self.claim_count = len(self.entries)

    @property
    def truncated(self):
        """Whether the timeline leaves out the claims with the earliest periods (``TIMELINE_LIMIT``)."""
        return self.claim_count > len(self.entries)

    @property
    def preferred(self):
        """The preferred current estimate, or None."""
        return next((entry for entry in self.entries if entry.is_preferred), None)

    @property
    def live_conflicts(self):
        return [conflict for conflict in self.conflicts if conflict.live]

    def entry(self, claim_id):
        return next((entry for entry in self.entries if entry.pk == claim_id), None)


def build_timeline(metric, claims, explanations=(), claim_count=None):
    """Build the timeline of ``metric`` from ``claims`` (a ``for_timeline()`` queryset);
    ``claim_count``: how many claims the metric has in all, if ``claims`` are not all of them."""
    claims = list(claims)
    parts = PartOfGraph.from_relations(relation for claim in claims for relation in claim.timeline_relations)
    entries = {
        claim.pk: TimelineEntry(claim=claim, origins=claim_origins(claim), outlets=claim_outlets(claim))
        for claim in claims
    }

    conflicts, agreements = compare_estimates(claims, parts, explanations)
    for conflict in conflicts:
        entries[conflict.a.pk].conflicts.append(conflict)
        entries[conflict.b.pk].conflicts.append(conflict)
    for a, b in agreements:
        _agree(entries[a.pk], entries[b.pk])
    for pair in _stated_agreements(claims):  # an editor's corroborates/duplicates relation, whatever the periods
        a, b = (entries.get(pk) for pk in sorted(pair))
        if a and b and a.in_play and b.in_play and b not in a.agreeing:
            _agree(a, b)

    sums = part_sums(claims, parts)
    for part_sum in sums:
        # A total that matches the sum of its parts is corroborated by the parts' origins.
        if part_sum.consistent and is_in_play(part_sum.whole):
            entries[part_sum.whole.pk].agreeing.extend(entries[part.pk] for part in part_sum.parts if is_in_play(part))

    return MetricTimeline(
        metric=metric,
        entries=sorted(entries.values(), key=lambda entry: entry.sort_key),
        conflicts=conflicts,
        part_sums=sums,
        summary=OriginSummary.of(claims),
        claim_count=claim_count,
    )


def _agree(a, b):
    a.agreeing.append(b)
    b.agreeing.append(a)


def _stated_agreements(claims):
    """Pairs an editor related as corroborating or duplicating each other."""
    return {
        frozenset((relation.from_claim_id, relation.to_claim_id))
        for claim in claims
        for relation in claim.timeline_relations
        if relation.kind in AGREEMENT_RELATIONS
    }


def metric_timeline(metric, claims=None, *, include=None, limit=None):
    """The timeline of ``metric`` over ``claims``: the claims the caller may show, e.g.
    ``Claim.objects.visible_to(user)`` (default: all claims).

    At most ``limit`` claims (default ``TIMELINE_LIMIT``), those with the latest periods,
    plus the preferred estimate and the claim ``include`` (a claim's own page compares it
    with its metric's timeline).
    """
    limit = TIMELINE_LIMIT if limit is None else limit
    among = claims  # relations to claims outside it (hidden from the reader) are ignored
    claims = (claims if claims is not None else Claim.objects.all()).filter(metric=metric)
    latest = Coalesce("period_end", "period_start").desc(nulls_last=True)
    window = list(claims.order_by(latest, "-pk").values_list("pk", flat=True)[: limit + 1])
    claim_count = None
    if len(window) > limit:
        claim_count = claims.count()
        keep = Q(pk__in=window[:limit]) | Q(rank=ClaimRank.PREFERRED)
        if include is not None:
            keep |= Q(pk=include.pk)
        claims = claims.filter(keep)
    explanations = ConflictExplanation.objects.filter(claim_a__metric=metric)
    return build_timeline(metric, claims.for_timeline(among), explanations, claim_count)
