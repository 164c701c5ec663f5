"""
What each user may read: claims, and the records claims link to.

Anyone may read published claims and what they link to: their sources, the outlets
that published those sources, the speakers in their chains, their tags and metrics,
and their published reviews. Users who may view claims (staff, tokens with
``claims.view_claim``) read everything. The API's endpoints and the filters that
accept a slug or an id all use these querysets, so a record only a draft points at
is neither listed nor accepted as a filter value by an anonymous client: a draft
does not leak through a tag name, a speaker or a source.
"""

from django.db.models import Count, Exists, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce

from sources.models import Actor, Outlet, Source

from .models import Claim, Metric, Review, ReviewStatus, Tag
from .querysets import can_view_all_claims


def _linked_to_published_claims(queryset, claim_lookup):
    """Rows of ``queryset`` that at least one published claim reaches through ``claim_lookup``."""
    claims = Claim.objects.published().filter(**{claim_lookup: OuterRef("pk")})
    return queryset.filter(Exists(claims))


def visible_claims(user):
    return Claim.objects.visible_to(user)


def visible_sources(user):
    queryset = Source.objects.all()
    if can_view_all_claims(user):
        return queryset
    return _linked_to_published_claims(queryset, "attributions__source")


def visible_outlets(user):
    queryset = Outlet.objects.all()
    if can_view_all_claims(user):
        return queryset
    return _linked_to_published_claims(queryset, "attributions__source__outlet")


def visible_actors(user):
    queryset = Actor.objects.all()
    if can_view_all_claims(user):
        return queryset
    return _linked_to_published_claims(queryset, "attributions__actor")


def visible_tags(user):
    queryset = Tag.objects.all()
    if can_view_all_claims(user):
        return queryset
    return _linked_to_published_claims(queryset, "tags")


def visible_metrics(user):
    queryset = Metric.objects.all()
    if can_view_all_claims(user):
        return queryset
    return _linked_to_published_claims(queryset, "metric")


def visible_reviews(user):
    """Every review for users who may view claims; else published reviews of published claims."""
    queryset = Review.objects.all()
    if can_view_all_claims(user):
        return queryset
    return queryset.filter(status=ReviewStatus.PUBLISHED, claim__in=Claim.objects.published())


def visible_claim_count(user, claim_lookup):
    """An annotation: how many claims ``user`` may see reach the row through ``claim_lookup``.

    ``Source.objects.annotate(claim_count=visible_claim_count(user, "attributions__source"))``
    counts each source's claims, published ones only for anonymous clients.
    """
    counts = (
        Claim.objects.visible_to(user)
        .filter(**{claim_lookup: OuterRef("pk")})
        .order_by()
        .values(claim_lookup)
        .annotate(count=Count("pk", distinct=True))
        .values("count")
    )
    return Coalesce(Subquery(counts), Value(0))
