"""
The read model of claims: which columns are read, how, in which order, and what they mean.

Every reader of claims in bulk — the API's payloads (``api.payloads``), the sheet
exports (``exports.records``) — reads them here, and the admin and the sheet pages
order their chains with the same ``chains.source_order``; each then shapes the same
rows its own way. So a claim lists the same sources, in the same order, with the
same chains and the same interval, whichever way it is read.

* **Columns**: ``CLAIM_COLUMNS``, ``LINK_COLUMNS``, ``TAG_COLUMNS`` and
  ``REVIEW_COLUMNS`` are read for each claim, each link of its chains, each tag and
  each published review, in this order.
* **Reading by id**: ``ClaimReader.read(ids)`` reads claims in a fixed number of
  queries whatever their number (claims, links, tags and optionally reviews); the
  SQL of each is compiled once per number of ids (``PageQuery``). ``stream(queryset)``
  walks a whole selection in chunks through one streaming cursor, for sheets.
* **Raw rows**: rows come from a plain cursor with no per-value converters
  (``RawColumns``): on SQLite timestamps and dates are text, figures ints or floats;
  on PostgreSQL psycopg's own types. Shapers convert only what they show.
* **Order**: a claim's sources come in ``chains.source_order`` (published date,
  undated last, then title, then id), each chain in position order (``chains_of``).
* **Exact intervals**: ``exact_interval()`` computes a figure's interval in Decimal
  from the figure as stored (``figures.figure_interval``). The database's generated
  ``interval_low``/``interval_high`` columns exist for filters and indexes; SQLite
  computes them in floating point ("about 12,000" gives 13200.000000000002), so they
  are never shown.
"""

from decimal import Decimal
from functools import lru_cache

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import F, TextField
from django.db.models.functions import Cast

from sources.models import ActorKind

from .chains import source_order
from .figures import figure_interval, format_figure, number_in_words

# The columns read for each claim, in this order.
CLAIM_COLUMNS = (
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
    "retracted_at",
    "retraction_reason",
    "verdict",
    "rank",
    "metric_id",
    "metric__slug",
    "metric__name",
    "created_at",
    "updated_at",
    "version",
)
CLAIM_TEMPORAL = frozenset({"period_start", "period_end", "retracted_at", "created_at", "updated_at"})

# The columns read for each link of a chain, in this order (by claim, source and
# position, as the attribution_claim_chain_idx index keeps them).
LINK_COLUMNS = (
    "claim_id",
    "source_id",
    "source__title",
    "source__url",
    "source__published",
    "source__published_precision",
    "source__language",
    "source__outlet_id",
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
LINK_TEMPORAL = frozenset({"source__published"})
# Where the source's fields sit in a link row (for ordering sources).
_SOURCE_ID, _TITLE, _PUBLISHED = 1, 2, 4

TAG_COLUMNS = ("claim_id", "tag_id", "tag__slug", "tag__name")

# The columns of a claim's published reviews, latest first.
REVIEW_COLUMNS = (
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
    # Last, in this order (exports.records.PublishedReviewRecord names them): who published the review, and its writer.
    "publisher__name",
    "author__name",
)
REVIEW_TEMPORAL = frozenset({"date_published", "date_modified"})

ANONYMOUS = ActorKind.ANONYMOUS.value


def speaker_name(name, anonymous, source_count):
    """What a link reads as: "six anonymous sources" for counted anonymous sources."""
    if anonymous and source_count:
        return f"{number_in_words(source_count)} anonymous {'source' if source_count == 1 else 'sources'}"
    return name


def to_decimal(value):
    """A figure read raw as a Decimal: SQLite hands back ints and floats, PostgreSQL Decimals.

    ``str()`` first gives a float's shortest form ("1.37"), which is the number that was
    stored (figures have at most four decimals), not its binary expansion.
    """
    return None if value is None else value if isinstance(value, Decimal) else Decimal(str(value))


@lru_cache(maxsize=4096)
def exact_interval(value, value_max, qualifier):
    """The figure's ``(low, high)`` in Decimal, from raw values; figures repeat, so it is cached."""
    if value is None:
        return None, None
    return figure_interval(to_decimal(value), to_decimal(value_max), qualifier)


@lru_cache(maxsize=4096)
def figure_display(value, value_max, qualifier, unit):
    """``format_figure()`` for raw values ("≈ 12,000 troops"); cached like ``exact_interval``."""
    return format_figure(to_decimal(value), to_decimal(value_max), qualifier, unit)


@lru_cache(maxsize=4096, typed=True)  # typed: 1 and 1.0 stay apart, so each keeps its own Decimal
def figure_values(value, value_max, qualifier, unit):
    """A figure read raw, as a sheet shows it: ``(value, value_max, (low, high), display)``, the
    numbers as Decimals — ``to_decimal``, ``exact_interval`` and ``figure_display`` in one cached
    call, each raw number converted once (an export reads a figure a row)."""
    if value is None:
        return None, to_decimal(value_max), (None, None), ""
    number, top = to_decimal(value), to_decimal(value_max)
    return number, top, figure_interval(number, top, qualifier), format_figure(number, top, qualifier, unit)


def chains_of(link_rows):
    """Link rows (``LINK_COLUMNS``, by claim, source and position) grouped as
    ``{claim_id: [[link row, …] per source, …]}``, each claim's sources in ``source_order``."""
    by_claim, claim_id, source_id, chain, claim_chains = {}, None, None, None, None
    for row in link_rows:
        if row[1] == source_id and row[0] == claim_id:
            chain.append(row)
            continue
        source_id, chain = row[1], [row]
        if row[0] != claim_id:
            claim_id = row[0]
            claim_chains = by_claim[claim_id] = [chain]
        else:
            claim_chains.append(chain)
    for claim_chains in by_claim.values():
        if len(claim_chains) > 1:
            claim_chains.sort(key=_chain_rows_order)
    return by_claim


def _chain_rows_order(chain):
    first = chain[0]
    return source_order(first[_PUBLISHED], first[_TITLE], first[_SOURCE_ID])


# --- How raw values are selected and read on each database --------------------------------


def _sqlite_timestamp(text):
    return None if text is None else f"{text.replace(' ', 'T')}Z"


def _sqlite_uuid(text):
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def _unchanged(value):
    return value


class RawColumns:
    """How one database backend's columns are selected and read.

    SQLite stores timestamps as UTC text ("2025-07-01 10:00:00.5") and dates as ISO
    text; they are selected as text (``CAST … AS text``), which spares sqlite3's
    per-value date parsing, and ``timestamp`` rewrites them to RFC 3339 ("…T…Z").
    UUIDs come as 32 hex digits, figures as ints or floats. PostgreSQL (psycopg)
    returns aware ``datetime``s, ``date``s, ``UUID``s and ``Decimal``s.
    """

    def __init__(self, *, temporal_as_text, timestamp, uuid):
        self.temporal_as_text, self.timestamp, self.uuid = temporal_as_text, timestamp, uuid

    @classmethod
    def for_connection(cls, connection):
        if connection.vendor == "sqlite":
            return cls(temporal_as_text=True, timestamp=_sqlite_timestamp, uuid=_sqlite_uuid)
        return cls(temporal_as_text=False, timestamp=_unchanged, uuid=_unchanged)

    def select(self, columns, temporal):
        """``values_list()`` arguments for ``columns``; the ``temporal`` ones as text where stored so."""
        if not self.temporal_as_text:
            return list(columns)
        return [Cast(F(name), TextField()) if name in temporal else name for name in columns]


class PageQuery:
    """A query over claim ids whose SQL is compiled once per number of ids.

    Only the ids vary between pages, so the ORM's SQL for ``n`` ids is kept and reused
    with the next page's ids, sparing every request building and compiling it again.
    """

    def __init__(self, build):
        self.build = build  # build(ids, raw_columns) -> a values_list queryset
        self._sql = {}

    def sql(self, connection, columns, ids):
        key = (connection.alias, len(ids))
        if key not in self._sql:
            sql, params = self.build(ids, columns).query.get_compiler(connection=connection).as_sql()
            if list(params[: len(ids)]) != list(ids):  # pragma: no cover - ids not first: not reused
                return sql, params
            self._sql[key] = sql, tuple(params[len(ids) :])  # the constant parameters after the ids
        sql, constants = self._sql[key]
        return sql, [*ids, *constants] if constants else ids


def _models():
    from .models import Attribution, Claim, Review, ReviewStatus

    return Attribution, Claim, Review, ReviewStatus


CLAIM_ROWS = PageQuery(
    lambda ids, columns: (
        _models()[1].objects.filter(pk__in=ids).order_by().values_list(*columns.select(CLAIM_COLUMNS, CLAIM_TEMPORAL))
    )
)
LINK_ROWS = PageQuery(
    lambda ids, columns: (
        _models()[0]
        .objects.filter(claim_id__in=ids)
        .order_by("claim_id", "source_id", "position")
        .values_list(*columns.select(LINK_COLUMNS, LINK_TEMPORAL))
    )
)
TAG_ROWS = PageQuery(
    lambda ids, columns: (
        _models()[1].tags.through.objects.filter(claim_id__in=ids).order_by("tag__name").values_list(*TAG_COLUMNS)
    )
)
REVIEW_ROWS = PageQuery(
    lambda ids, columns: (
        _models()[2]
        .objects.filter(claim_id__in=ids, status=_models()[3].PUBLISHED)
        .order_by("claim_id", "-date_published", "-id")
        .values_list(*columns.select(REVIEW_COLUMNS, REVIEW_TEMPORAL))
    )
)


class ClaimRows:
    """What ``ClaimReader.read()`` returns: raw rows of claims (in the order asked) and of
    their chains (grouped and ordered, by claim id), tags and published reviews."""

    __slots__ = ("claims", "chains", "tags", "reviews")

    def __init__(self, claims, chains, tags, reviews):
        self.claims, self.chains, self.tags, self.reviews = claims, chains, tags, reviews


class ClaimReader:
    """Reads claims as raw rows of the read model's columns, by id, in a fixed number of queries."""

    def __init__(self, using="default", *, reviews=False):
        self.connection = connections[using]
        self.columns = RawColumns.for_connection(self.connection)
        self.with_reviews = reviews

    def read(self, ids, claim_rows=None):
        """The claims with these ids, in this order: three queries (four with reviews).

        ``claim_rows`` are the claims' rows when the caller already has them (``stream``).
        """
        if claim_rows is None:
            by_id = {row[0]: row for row in self._execute(*CLAIM_ROWS.sql(self.connection, self.columns, ids))}
            claim_rows = [by_id[pk] for pk in ids if pk in by_id]
        chains = chains_of(self._execute(*LINK_ROWS.sql(self.connection, self.columns, ids)))
        tags = {}
        for row in self._execute(*TAG_ROWS.sql(self.connection, self.columns, ids)):
            tags.setdefault(row[0], []).append(row)
        reviews = {}
        if self.with_reviews:
            for row in self._execute(*REVIEW_ROWS.sql(self.connection, self.columns, ids)):
                reviews.setdefault(row[0], row)  # latest first: the first one per claim wins
        return ClaimRows(claim_rows, chains, tags, reviews)

    def stream(self, queryset, chunk_size=2000):
        """``ClaimRows`` for every claim of ``queryset``, in its order, a chunk at a time.

        The claims' own rows come through one streaming cursor (a server-side cursor on
        PostgreSQL); each chunk then costs three queries (four with reviews), whatever
        the number of claims or links, and only one chunk is held at a time.
        """
        rows = queryset.select_related(None).values_list(*self.columns.select(CLAIM_COLUMNS, CLAIM_TEMPORAL))
        try:
            sql, params = rows.query.get_compiler(connection=self.connection).as_sql()
        except EmptyResultSet:  # a filter that can match nothing (``pk__in=[]``): no query to run
            return
        with self.connection.chunked_cursor() as cursor:
            cursor.execute(sql, params)
            while claims := cursor.fetchmany(chunk_size):
                yield self.read([row[0] for row in claims], claims)

    def _execute(self, sql, params):
        with self.connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()
