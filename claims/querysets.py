"""
How claims are read: one place builds every queryset the admin, API and exports use.

Each method returns a queryset with exactly the joins and prefetches its caller
needs, so a list costs a fixed number of queries whatever the page size.
"""

from django.db import models
from django.db.models import BooleanField, Case, Exists, ExpressionWrapper, F, OuterRef, Prefetch, Q, Value, When
from django.db.models.functions import Coalesce

# How a claim's chain links are read: by their source's date (undated last), then title,
# then position. The order readers show is ``chains.source_order`` (applied in Python by
# ``group_chains`` and ``reading.chains_of``, so no database collation decides it); this
# keeps each source's links in position order and mostly sorted already.
CHAIN_ORDERING = (F("source__published").asc(nulls_last=True), "source__title", "source_id", "position")


def can_view_all_claims(user):
    """True for users who may read claims in every status (drafts, in review, retracted)."""
    return bool(user is not None and user.is_authenticated and user.is_active and user.has_perm("claims.view_claim"))


class ClaimQuerySet(models.QuerySet):
    def published(self):
        """Published claims: what the public's lists show unless asked for retracted ones."""
        return self.filter(status="published")

    def public(self):
        """Claims the public may read: published ones, and retracted ones (marked, with when and why)."""
        from .models import PUBLIC_STATUSES

        return self.filter(status__in=PUBLIC_STATUSES)

    def visible_to(self, user):
        """Public claims (published or retracted) for everyone; every status for users who may view claims."""
        if can_view_all_claims(user):
            return self
        return self.public()

    def listed_to(self, user):
        """What a list shows ``user`` by default: for the public, published claims only (retracted
        ones are read one by one, on the sheets that hold them, or with ``status=retracted``)."""
        if can_view_all_claims(user):
            return self
        return self.published()

    def in_source(self, source):
        """Claims with a link in `source`'s chain (each claim once)."""
        return self.filter(attributions__source=source).distinct()

    def with_chain(self):
        """Prefetch the attribution chain (sources, outlets, actors) in ``CHAIN_ORDERING``."""
        return self.prefetch_related(Prefetch("attributions", queryset=_chain_links()))

    def for_admin_changelist(self):
        """What the admin's claims list shows: figure, chain, metric."""
        return self.select_related("metric").with_chain()

    def for_api(self):
        """What a claim in the API and in a claim sheet carries."""
        return self.select_related("metric").prefetch_related("tags").with_chain()

    # --- Metrics: timelines, conflicts, preferred estimates, matches (claims.metrics) ---

    def for_timeline(self, among=None):
        """What a metric's timeline needs, in the order of the period each claim is about.

        The chain comes with each speaker's outlet (anonymous origins are counted per
        relaying outlet) and ``timeline_relations`` holds the claim's outgoing
        ``part_of``, ``corroborates`` and ``duplicates`` relations to claims of ``among``
        (default: all claims), so a whole the reader may not see makes no two parts allies.
        """
        from .models import ClaimRelation, RelationKind

        relations = ClaimRelation.objects.filter(
            kind__in=[RelationKind.PART_OF, RelationKind.CORROBORATES, RelationKind.DUPLICATES]
        )
        if among is not None:
            relations = relations.filter(to_claim__in=among.values("pk"))
        return (
            self.select_related("metric")
            .for_origins()
            .prefetch_related(Prefetch("relations_from", queryset=relations, to_attr="timeline_relations"))
            .order_by(
                Coalesce("period_start", "period_end").asc(nulls_last=True),
                F("period_end").asc(nulls_last=True),
                "pk",
            )
        )

    def for_origins(self):
        """What counting a claim's independent origins needs: each link's speaker with its outlet."""
        return self.prefetch_related(Prefetch("attributions", queryset=_chain_links().select_related("actor__outlet")))

    def with_rank_order(self):
        """Annotate ``rank_order``: 0 for the preferred estimate, 1 normal, 2 deprecated."""
        from .models import ClaimRank

        rank_order = Case(
            When(rank=ClaimRank.PREFERRED, then=Value(0)),
            When(rank=ClaimRank.DEPRECATED, then=Value(2)),
            default=Value(1),
        )
        return self.annotate(rank_order=rank_order)

    def preferred_first(self):
        """The preferred estimate first and deprecated ones last, keeping the order within each."""
        ordering = self.query.order_by or self.model._meta.ordering
        return self.with_rank_order().order_by("rank_order", *ordering)

    def in_play(self):
        """Claims that count on their metric: neither deprecated nor retracted."""
        return self.filter(_in_play_q())

    def overlapping_period(self, start, end, *, include_undated=False):
        """Claims whose period overlaps ``[start, end]`` (see ``claims.metrics.periods``)."""
        from .metrics.periods import overlapping_period_q

        condition = overlapping_period_q(start, end)
        if include_undated:
            condition |= Q(period_start__isnull=True, period_end__isnull=True)
        return self.filter(condition)

    def overlapping_figure(self, low, high):
        """Claims whose interval overlaps ``[low, high]`` (None: open); the database twin of
        ``claims.figures.intervals_overlap``, on the generated interval columns."""
        condition = Q(value__isnull=False)
        if low is not None:
            condition &= Q(interval_high__isnull=True) | Q(interval_high__gte=low)
        if high is not None:
            condition &= Q(interval_low__isnull=True) | Q(interval_low__lte=high)
        return self.filter(condition)

    def with_conflicting(self, among=None):
        """Annotate ``is_conflicting``: the claim is in a live conflict with one of ``among``.

        ``among`` defaults to every claim; pass ``visible_to(user)`` so that claims a
        user may not read do not make others conflicting.
        """
        return self.annotate(is_conflicting=ExpressionWrapper(_conflicting_q(among), output_field=BooleanField()))

    def conflicting(self, among=None):
        """Claims in a live conflict with one of ``among`` (see ``with_conflicting``)."""
        return self.filter(_conflicting_q(among))

    def not_conflicting(self, among=None):
        """Claims in no live conflict with any of ``among``."""
        return self.exclude(_conflicting_q(among))

    def with_published_reviews(self):
        """Prefetch published reviews, latest first, as ``claim.published_reviews``."""
        from .models import Review, ReviewStatus

        return self.prefetch_related(
            Prefetch(
                "reviews",
                queryset=Review.objects.filter(status=ReviewStatus.PUBLISHED).order_by("-date_published", "-id"),
                to_attr="published_reviews",
            )
        )

    def for_sheet(self):
        """What a saved sheet's web page shows: the API's claim plus its latest published review."""
        return self.for_api().with_published_reviews()

    def in_sheet(self, sheet):
        """The claims of a saved sheet, in the sheet's order."""
        return self.filter(sheet_items__sheet=sheet).order_by("sheet_items__position", "sheet_items__id")


def _conflicting_q(among):
    """The database twin of ``claims.metrics.conflicts.compare_estimates`` (same rules, tested
    against it): in play, dated, with a rival on its metric whose interval misses its own."""
    from .metrics.periods import overlapping_period_q
    from .models import Claim, ClaimRelation, ConflictExplanation, RelationKind

    outer, inner = OuterRef("pk"), OuterRef(OuterRef("pk"))
    part_of = ClaimRelation.objects.filter(kind=RelationKind.PART_OF)
    one_part_of_other = part_of.filter(Q(from_claim=outer, to_claim=inner) | Q(from_claim=inner, to_claim=outer))
    parts_of_one_whole = part_of.filter(
        from_claim=outer, to_claim__relations_to__kind=RelationKind.PART_OF, to_claim__relations_to__from_claim=inner
    )
    if among is not None:
        # Two parts of a whole the reader may not see are rivals to that reader, as the
        # timeline (for_timeline) counts them: hidden drafts change no public count.
        parts_of_one_whole = parts_of_one_whole.filter(to_claim__in=among.values("pk"))
    explained = ConflictExplanation.objects.filter(Q(claim_a=outer, claim_b=inner) | Q(claim_a=inner, claim_b=outer))
    rivals = (
        (among if among is not None else Claim.objects.all())
        .in_play()
        .filter(metric=OuterRef("metric"), value__isnull=False)
        .exclude(pk=OuterRef("pk"))
        .filter(overlapping_period_q(OuterRef("period_start"), OuterRef("period_end")))
        .filter(Q(interval_low__gt=OuterRef("interval_high")) | Q(interval_high__lt=OuterRef("interval_low")))
        .filter(~Exists(one_part_of_other), ~Exists(parts_of_one_whole), ~Exists(explained))
    )
    return (
        Q(metric__isnull=False, value__isnull=False)
        & (Q(period_start__isnull=False) | Q(period_end__isnull=False))
        & _in_play_q()
        & Q(Exists(rivals))
    )


def _in_play_q():
    from .models import ClaimRank, ClaimStatus

    return ~Q(rank=ClaimRank.DEPRECATED) & ~Q(status=ClaimStatus.RETRACTED)


def _chain_links():
    """Attribution rows of chains, in order, with their source, outlet and speaker."""
    from .models import Attribution

    return Attribution.objects.select_related("source__outlet", "actor").order_by(*CHAIN_ORDERING)
