"""
Claims for a sheet: the read model's raw rows as light records instead of model instances.

A sheet of 100,000 claims has to stream at tens of thousands of rows a second in flat
memory. Model instances cost a few hundred microseconds a row (a related manager and
queryset per claim and per prefetch), so a sheet reads the same raw rows as the API
(``claims.reading.ClaimReader.stream``: the claims of the caller's queryset — already
limited to what the user may read, filtered and ordered — through one streaming
cursor, then per chunk their chains, tags and published reviews) and turns them into
these records, converting only what a sheet shows.

The records read exactly like the models because they borrow the models' own
properties (``figure_display``, ``speaker_display``, ``published_display``) and their
chains are ``claims.chains.Chain`` objects in the read model's order, so a sheet says
"The Hill ← NBC News ← six anonymous sources", and lists the sources, as the API and
the admin do. The interval is the read model's exact one.
"""

from datetime import UTC, date, datetime
from operator import itemgetter

from sources.models import Actor, Source

from ...chains import Chain
from ...models import Attribution, Rating, Review
from ...reading import REVIEW_COLUMNS, ClaimReader, figure_values


def _date(value):
    # SQLite's raw rows hold dates as ISO text; PostgreSQL's as dates.
    return date.fromisoformat(value) if isinstance(value, str) else value


def _moment(value):
    # SQLite's raw rows hold timestamps as UTC text; PostgreSQL's as aware datetimes.
    return datetime.fromisoformat(value).replace(tzinfo=UTC) if isinstance(value, str) else value


def _utc_second(value):
    """A timestamp as a sheet shows it: naive UTC, to the second (spreadsheets have no time zones)."""
    if value is None:
        return None
    if isinstance(value, str):  # SQLite's UTC text: "2025-07-01 10:00:00.5"
        return datetime.fromisoformat(value[:19])
    return value.astimezone(UTC).replace(tzinfo=None, microsecond=0)


class OutletRecord:
    __slots__ = ("slug", "name", "kind")

    def __init__(self, slug, name, kind):
        self.slug, self.name, self.kind = slug, name, kind


class SourceRecord:
    __slots__ = ("pk", "title", "url", "published", "published_precision", "language", "outlet")
    published_display = Source.published_display  # "July 2025", as the model reads it

    def __init__(self, pk, title, url, published, published_precision, language, outlet):
        self.pk, self.title, self.url, self.published = pk, title, url, published
        self.published_precision, self.language, self.outlet = published_precision, language, outlet


class ActorRecord:
    __slots__ = ("slug", "name", "kind")
    is_anonymous = Actor.is_anonymous

    def __init__(self, slug, name, kind):
        self.slug, self.name, self.kind = slug, name, kind


class LinkRecord:
    __slots__ = ("source_id", "source", "actor", "verb", "role", "position", "source_count")
    speaker_display = Attribution.speaker_display  # "six anonymous sources"

    def __init__(self, source, actor, verb, role, position, source_count):
        self.source_id, self.source, self.actor = source.pk, source, actor
        self.verb, self.role, self.position, self.source_count = verb, role, position, source_count


class PublishedReviewRecord:
    # The read model's review columns; the publisher's and the author's names under readable names.
    __slots__ = (*REVIEW_COLUMNS[:-2], "publisher_name", "author_person")
    rating_mapped = Review.rating_mapped

    def __init__(self, values):
        (
            self.claim_id,
            self.rating,
            self.rating_value,
            self.best_rating,
            self.worst_rating,
            self.alternate_name,
            self.explanation,
            self.author_name,
            self.url,
            self.language,
            date_published,
            date_modified,
            self.publisher_name,
            self.author_person,
        ) = values
        self.date_published, self.date_modified = _date(date_published), _date(date_modified)

    def get_rating_display(self):
        return Rating(self.rating).label if self.rating else ""


class ClaimRecord:
    """One claim as a sheet needs it: its fields, chains, tag names and latest published review."""

    __slots__ = (
        "pk",
        "uid",
        "statement",
        "quote",
        "value",
        "value_max",
        "qualifier",
        "unit",
        "interval",
        "figure_display",
        "subject",
        "place",
        "period_start",
        "period_end",
        "status",
        "retracted_at",
        "retraction_reason",
        "verdict",
        "metric_name",
        "updated_at",
        "chains",
        "tags",
        "review",
    )

    def __init__(self, row, chains, tags, review):
        (
            self.pk,
            uid,
            self.statement,
            self.quote,
            value,
            value_max,
            self.qualifier,
            self.unit,
            self.subject,
            self.place,
            period_start,
            period_end,
            self.status,
            retracted_at,
            self.retraction_reason,
            self.verdict,
            _rank,
            _metric_id,
            _metric_slug,
            metric_name,
            _created_at,
            updated_at,
            _version,
        ) = row
        self.uid = uid
        self.value, self.value_max, self.interval, self.figure_display = figure_values(
            value, value_max, self.qualifier, self.unit
        )
        self.period_start, self.period_end = _date(period_start), _date(period_end)
        # ``updated_at`` is naive UTC to the second, as the sheet shows it.
        self.retracted_at, self.updated_at = _moment(retracted_at), _utc_second(updated_at)
        self.metric_name = metric_name or ""
        self.chains, self.tags, self.review = chains, tags, review

    @property
    def id(self):
        return self.pk


# What tells one chain link from another: its source, speaker, verb, role, position and count
# (the other columns follow from the source and the speaker).
_LINK_KEY = itemgetter(1, 11, 15, 16, 17, 18)
# How many distinct chains an export keeps formatted (``columns.chain_cells``) for claims to come.
CHAIN_CACHE_SIZE = 20_000


def iter_claim_records(queryset, chunk_size=2000):
    """``ClaimRecord`` records for every claim of ``queryset``, in its order, chunk by chunk.

    One streaming query for the claims plus three per chunk (chains, tags, reviews),
    whatever the number of claims or links; only one chunk is held in memory at a time
    (and at most ``CHAIN_CACHE_SIZE`` chains, so a chain cited by many claims is built
    and formatted once).
    """
    reader = ClaimReader(queryset.db, reviews=True)
    uuid = reader.columns.uuid
    known = {}
    for rows in reader.stream(queryset, chunk_size):
        if len(known) > CHAIN_CACHE_SIZE:
            known.clear()
        chains = _sheet_chains(rows.chains, known)
        for row in rows.claims:
            claim_id = row[0]
            tags = [tag[3] for tag in rows.tags.get(claim_id, ())]
            review = rows.reviews.get(claim_id)
            claim = ClaimRecord(row, chains.get(claim_id, []), tags, PublishedReviewRecord(review) if review else None)
            claim.uid = uuid(claim.uid)
            yield claim


def _sheet_chains(chains_by_claim, known):
    """``reading.chains_of`` rows as ``Chain`` objects; a chain (and a source or speaker) read
    before is the same object, found in ``known``."""
    by_claim = {}
    for claim_id, claim_chains in chains_by_claim.items():
        built = by_claim[claim_id] = []
        for rows in claim_chains:
            key = tuple(map(_LINK_KEY, rows))  # the chain's links, whichever claim cites it
            chain = known.get(key)
            if chain is None:
                chain = known[key] = _chain(rows, known)
            built.append(chain)
    return by_claim


def _chain(rows, known):
    (_, source_id, title, url, published, precision, language, _, outlet_slug, outlet_name, outlet_kind) = rows[0][:11]
    source = known.get(("source", source_id))
    if source is None:
        outlet = OutletRecord(outlet_slug, outlet_name, outlet_kind)
        source = known[("source", source_id)] = SourceRecord(
            source_id, title, url, _date(published), precision, language, outlet
        )
    chain = Chain(source=source)
    for row in rows:
        actor_id, actor_slug, actor_name, actor_kind, verb, role, position, source_count = row[11:]
        actor = known.get(("actor", actor_id))
        if actor is None:
            actor = known[("actor", actor_id)] = ActorRecord(actor_slug, actor_name, actor_kind)
        chain.links.append(LinkRecord(source, actor, verb, role, position, source_count))
    return chain
