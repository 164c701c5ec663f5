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

from django.db.models import Count, Exists, OuterRef

from sources.models import Actor, Outlet, Source

from .models import Claim, ClaimSheet, Metric, Review, ReviewStatus, Tag
from .querysets import can_view_all_claims

# How a claim reaches each kind of record it links to.
CLAIM_LOOKUPS = {
    Source: "attributions__source",
    Outlet: "attributions__source__outlet",
    Actor: "attributions__actor",
    Tag: "tags",
    Metric: "metric",
    ClaimSheet: "sheet_items__sheet",
}


def visible_records(model, user):
    """All rows of ``model`` (a source, outlet, speaker, tag or metric) for users who may
    view claims; for anyone else, those at least one public claim (published, or retracted
    and shown as such) links to."""
    queryset = model.objects.all()
    if can_view_all_claims(user):
        return queryset
    public = Claim.objects.public().filter(**{CLAIM_LOOKUPS[model]: OuterRef("pk")})
    return queryset.filter(Exists(public))


def visible_sources(user):
    return visible_records(Source, user)


def visible_outlets(user):
    return visible_records(Outlet, user)


def visible_actors(user):
    return visible_records(Actor, user)


def visible_tags(user):
    return visible_records(Tag, user)


def visible_metrics(user):
    return visible_records(Metric, user)


def visible_sheets(user):
    """Every saved sheet for the newsroom (users who may view sheets); public ones for anyone else.

    A sheet's name, description, filter and maker are the newsroom's working notes until a
    reviewer makes the sheet public (``ClaimSheet.public``); what claims it shows is then
    still narrowed to what the reader may see.
    """
    queryset = ClaimSheet.objects.all()
    if user is not None and user.is_authenticated and user.is_active and user.has_perm("claims.view_claimsheet"):
        return queryset
    return queryset.filter(public=True)


def shown_outlet_ids(outlet_ids, user):
    """Those of ``outlet_ids`` that ``user`` may see, in one query (none for the newsroom)."""
    outlet_ids = set(outlet_ids)
    if can_view_all_claims(user) or not outlet_ids:
        return outlet_ids
    return set(visible_outlets(user).filter(pk__in=outlet_ids).values_list("pk", flat=True))


def conceal_actor_outlets(actors, user):
    """Unset the outlet of each of ``actors`` that ``user`` may not see, in memory (never saved).

    A speaker's own outlet (``Actor.outlet``) may be one only drafts cite: the public reads
    the speaker without it, as ``/api/v1/outlets/<slug>/`` answers 404 for it. Returns ``actors``.
    """
    actors = list(actors)
    shown = shown_outlet_ids((actor.outlet_id for actor in actors if actor.outlet_id), user)
    for actor in actors:
        if actor.outlet_id is not None and actor.outlet_id not in shown:
            actor.outlet = None
    return actors


def conceal_origins(origins, user, shown=None):
    """``origins`` as ``user`` may read them: an anonymous origin relayed by an outlet the user
    may not see is "… cited by an unnamed outlet" (it still counts as the origin it is)."""
    if shown is None:
        shown = shown_outlet_ids((origin.via.pk for origin in origins if origin.via is not None), user)
    return [origin if origin.via is None or origin.via.pk in shown else origin.without_via_name() for origin in origins]


def conceal_timeline_outlets(timeline, user):
    """``conceal_origins`` on a metric timeline's entries and summary, with one query. Returns ``timeline``."""
    every = [*timeline.summary.origins, *(origin for entry in timeline.entries for origin in entry.origins)]
    shown = shown_outlet_ids((origin.via.pk for origin in every if origin.via is not None), user)
    timeline.summary.origins = conceal_origins(timeline.summary.origins, user, shown)
    for entry in timeline.entries:
        entry.origins = conceal_origins(entry.origins, user, shown)
    return timeline


def visible_reviews(user):
    """Every review for users who may view claims; else published reviews of public claims."""
    queryset = Review.objects.all()
    if can_view_all_claims(user):
        return queryset
    return queryset.filter(status=ReviewStatus.PUBLISHED, claim__in=Claim.objects.public())


def count_visible_claims(records, user):
    """Set ``claim_count`` on each of ``records`` (sources, outlets, speakers, tags, metrics
    or sheets, all of one model): how many claims ``user`` may see link to it (published
    ones only, for anonymous clients). Returns ``records``.

    One grouped query for the whole page, by the page's ids. A correlated subquery per
    row (an annotation on the list's query) let PostgreSQL hash every published claim
    once per row: a page of 100 tags took 31 s at a million claims, this takes about 1 s.
    """
    records = list(records)
    if not records:
        return records
    model = type(records[0])._meta.concrete_model
    lookup = CLAIM_LOOKUPS[model]
    # A sheet holds its retracted claims (marked); elsewhere the count matches the claims list.
    claims = Claim.objects.visible_to(user) if model is ClaimSheet else Claim.objects.listed_to(user)
    counts = dict(
        claims.filter(**{f"{lookup}__in": [record.pk for record in records]})
        .order_by()
        .values(lookup)
        # A claim meets a source, outlet or speaker once per chain link; a tag, metric or sheet once.
        .annotate(count=Count("pk", distinct=lookup.startswith("attributions")))
        .values_list(lookup, "count")
    )
    for record in records:
        record.claim_count = counts.get(record.pk, 0)
    return records
