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

from django.db.models import Exists, OuterRef

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
