"""
Claims for a sheet, read chunk by chunk as light records instead of model instances.

A sheet of 100,000 claims has to stream at tens of thousands of rows a second in flat
memory. Model instances with ``for_api()``'s prefetches cost a few hundred
microseconds a row (a related manager and queryset per claim and per prefetch), so
an export reads ``values()`` rows instead: the claims of the caller's queryset (already
limited to what the user may read, filtered and ordered) through one streaming
cursor, and for each chunk of them three queries — every link of their chains with
source, outlet and speaker, their tags, their published reviews.

The records read exactly like the models because they borrow the models' own
properties (``figure_display``, ``interval``, ``speaker_display``,
``published_display``) and their chains are ``claims.chains.Chain`` objects, so a
sheet says "The Hill ← NBC News ← six anonymous sources" as the admin and API do.
"""

from itertools import batched

from django.db import connection
from django.db.models import BooleanField
from django.db.models.expressions import RawSQL

from sources.models import Actor, Source

from ..chains import group_chains
from ..models import Attribution, Claim, Rating, Review, ReviewStatus
from ..querysets import CHAIN_ORDERING

CLAIM_FIELDS = (
    "id",
    "uid",
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
    "status",
    "verdict",
    "updated_at",
    "retracted_at",
    "retraction_reason",
    "metric__name",
)
LINK_FIELDS = (
    "claim_id",
    "source_id",
    "source__title",
    "source__url",
    "source__published",
    "source__published_precision",
    "source__language",
    "source__outlet__slug",
    "source__outlet__name",
    "source__outlet__kind",
    "actor_id",
    "actor__slug",
    "actor__name",
    "actor__kind",
    "verb",
    "role",
    "position",
    "source_count",
)
REVIEW_FIELDS = (
    "claim_id",
    "rating",
    "rating_value",
    "best_rating",
    "worst_rating",
    "alternate_name",
    "explanation",
    "author_name",
    "url",
    "language",
    "date_published",
    "date_modified",
)
# Read beside REVIEW_FIELDS: the publisher's and the author's names.
REVIEW_NAMES = ("publisher__name", "author__name")


class SheetOutlet:
    __slots__ = ("slug", "name", "kind")

    def __init__(self, slug, name, kind):
        self.slug, self.name, self.kind = slug, name, kind


class SheetSource:
    __slots__ = ("pk", "title", "url", "published", "published_precision", "language", "outlet")
    published_display = Source.published_display  # "July 2025", as the model reads it

    def __init__(self, pk, title, url, published, published_precision, language, outlet):
        self.pk, self.title, self.url, self.published = pk, title, url, published
        self.published_precision, self.language, self.outlet = published_precision, language, outlet


class SheetActor:
    __slots__ = ("slug", "name", "kind")
    is_anonymous = Actor.is_anonymous

    def __init__(self, slug, name, kind):
        self.slug, self.name, self.kind = slug, name, kind


class SheetLink:
    __slots__ = ("source_id", "source", "actor", "verb", "role", "position", "source_count")
    speaker_display = Attribution.speaker_display  # "six anonymous sources"

    def __init__(self, source, actor, verb, role, position, source_count):
        self.source_id, self.source, self.actor = source.pk, source, actor
        self.verb, self.role, self.position, self.source_count = verb, role, position, source_count


class SheetReview:
    __slots__ = (*REVIEW_FIELDS, "publisher_name", "author_person")
    rating_mapped = Review.rating_mapped

    def __init__(self, *values):
        for name, value in zip(self.__slots__, values, strict=True):
            setattr(self, name, value)

    def get_rating_display(self):
        return Rating(self.rating).label if self.rating else ""


class SheetClaim:
    """One claim as a sheet needs it: its fields, chains, tag names and latest published review."""

    __slots__ = (*CLAIM_FIELDS[:-1], "pk", "metric_name", "chains", "tags", "review")
    figure_display = Claim.figure_display
    interval = Claim.interval

    def __init__(self, values):
        (
            self.id,
            self.uid,
            self.statement,
            self.quote,
            self.value,
            self.value_max,
            self.qualifier,
            self.unit,
            self.subject,
            self.place,
            self.period_start,
            self.period_end,
            self.status,
            self.verdict,
            self.updated_at,
            self.retracted_at,
            self.retraction_reason,
            metric_name,
        ) = values
        self.pk, self.metric_name = self.id, metric_name or ""
        self.chains, self.tags, self.review = [], [], None


def iter_sheet_claims(queryset, chunk_size=2000):
    """``SheetClaim`` records for every claim of ``queryset``, in its order, chunk by chunk.

    One streaming query for the claims plus three per chunk, whatever the number of
    claims or links; only one chunk is held in memory at a time.
    """
    rows = queryset.select_related(None).prefetch_related(None).values_list(*CLAIM_FIELDS)
    for chunk in batched(rows.iterator(chunk_size=chunk_size), chunk_size):
        claims = [SheetClaim(values) for values in chunk]
        by_id = {claim.pk: claim for claim in claims}
        _attach_chains(by_id)
        _attach_tags(by_id)
        _attach_reviews(by_id)
        yield from claims


def _of_claims(model, ids):
    """``<table>.claim_id IN (…)``, with the ids handed to the database as they are.

    ``filter(claim_id__in=ids)`` prepares every id through the field, which for a
    chunk of 2,000 claims and three queries costs more than reading their rows; on
    PostgreSQL the ids go as one array (``= ANY(%s)``), so the driver need not parse
    thousands of placeholders. The ids are integers the database just returned.
    """
    quote = connection.ops.quote_name
    column = f"{quote(model._meta.db_table)}.{quote('claim_id')}"
    if connection.vendor == "postgresql":
        return RawSQL(f"{column} = ANY(%s)", [list(ids)], output_field=BooleanField())
    return RawSQL(f"{column} IN ({', '.join(['%s'] * len(ids))})", list(ids), output_field=BooleanField())


def _attach_chains(by_id):
    links = (
        Attribution.objects.filter(_of_claims(Attribution, by_id))
        .order_by("claim_id", *CHAIN_ORDERING)
        .values_list(*LINK_FIELDS)
    )
    sources, actors, by_claim = {}, {}, {}
    for (
        claim_id,
        source_id,
        title,
        url,
        published,
        precision,
        language,
        outlet_slug,
        outlet_name,
        outlet_kind,
        actor_id,
        actor_slug,
        actor_name,
        actor_kind,
        verb,
        role,
        position,
        source_count,
    ) in links:
        source = sources.get(source_id)
        if source is None:
            outlet = SheetOutlet(outlet_slug, outlet_name, outlet_kind)
            source = sources[source_id] = SheetSource(source_id, title, url, published, precision, language, outlet)
        actor = actors.get(actor_id)
        if actor is None:
            actor = actors[actor_id] = SheetActor(actor_slug, actor_name, actor_kind)
        by_claim.setdefault(claim_id, []).append(SheetLink(source, actor, verb, role, position, source_count))
    for claim_id, claim_links in by_claim.items():
        by_id[claim_id].chains = group_chains(claim_links)


def _attach_tags(by_id):
    tags = (
        Claim.tags.through.objects.filter(_of_claims(Claim.tags.through, by_id))
        .order_by("tag__name")
        .values_list("claim_id", "tag__name")
    )
    for claim_id, name in tags:
        by_id[claim_id].tags.append(name)


def _attach_reviews(by_id):
    # Latest first, as refresh_verdict() picks the verdict: the first one per claim wins.
    reviews = (
        Review.objects.filter(_of_claims(Review, by_id), status=ReviewStatus.PUBLISHED)
        .order_by("claim_id", "-date_published", "-id")
        .values_list(*REVIEW_FIELDS, *REVIEW_NAMES)
    )
    for values in reviews:
        claim = by_id[values[0]]
        if claim.review is None:
            claim.review = SheetReview(*values)
