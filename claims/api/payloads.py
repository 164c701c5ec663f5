"""
Claims as the API returns them, built from raw rows in four queries.

This is the hot path of the API. A page is found with one query (ids and sort keys,
from the filtered queryset), its claims are read with a second (with their metric),
every link of their chains with a third (with source, outlet and speaker) and their
tags with a fourth, whatever the page size or chain length, and assembled into plain
dicts that orjson renders. The SQL comes from the ORM; rows are read with a plain
cursor and turned into JSON values by ``columns.RawColumns``, with no model instances
and no per-value converters; the SQL of the three by-id queries is compiled once per
page size. ``ClaimSerializer`` in ``serializers.py`` documents
the same shape for the OpenAPI schema; ``tests/claims/api/test_claims.py`` checks
that the two agree. On SQLite, payloads already built are reused until the database
changes (``payload_cache``), so a page read again costs the page query alone.
"""

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.urls import reverse

from factdb.api.pagination import sort_keys
from sources.models import ActorKind

from ..figures import json_number, number_in_words
from ..models import Attribution, Claim
from .columns import RawColumns, figure_display
from .payload_cache import ClaimPayloadCache

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
    "interval_low",
    "interval_high",
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

# The columns read for each link of a chain, in this order (chain order: by claim,
# source and position, as the attribution_claim_chain_idx index keeps them).
LINK_COLUMNS = (
    "claim_id",
    "source_id",
    "source__title",
    "source__url",
    "source__published",
    "source__published_precision",
    "source__outlet_id",
    "source__outlet__slug",
    "source__outlet__name",
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
ANONYMOUS = ActorKind.ANONYMOUS.value


def speaker_name(name, anonymous, source_count):
    """What a link reads as: "six anonymous sources" for counted anonymous sources."""
    if anonymous and source_count:
        return f"{number_in_words(source_count)} anonymous {'source' if source_count == 1 else 'sources'}"
    return name


def _published_order(source):
    # Sources of a claim, earliest published first; undated ones last.
    return (source["published"] is None, str(source["published"] or ""), source["id"])


class ApiLinks:
    """Absolute API URLs for records: ``prefix("claim")`` is ``http://host/api/v1/claims/``."""

    _paths = {}  # (basename, version) -> path; URLs do not change while the process runs

    def __init__(self, request):
        self.version = getattr(request, "version", None) or "v1"
        self.origin = request.build_absolute_uri("/")[:-1] if request is not None else ""
        self.scope = (self.origin, self.version)  # what the URLs in a payload depend on
        self._prefixes = {}

    def prefix(self, basename):
        prefix = self._prefixes.get(basename)
        if prefix is None:
            key = (basename, self.version)
            if key not in self._paths:
                self._paths[key] = reverse(f"api:{basename}-list", kwargs={"version": self.version})
            prefix = self._prefixes[basename] = f"{self.origin}{self._paths[key]}"
        return prefix


class PageQuery:
    """A query over a page of claim ids whose SQL is compiled once per page size.

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
            if list(params) != list(ids):  # pragma: no cover - a query with other parameters is not reused
                return sql, params
            self._sql[key] = sql
        return self._sql[key], ids


CLAIM_ROWS = PageQuery(
    lambda ids, columns: (
        Claim.objects.filter(pk__in=ids).order_by().values_list(*columns.select(CLAIM_COLUMNS, CLAIM_TEMPORAL))
    )
)
CHAIN_LINKS = PageQuery(
    lambda ids, columns: (
        Attribution.objects.filter(claim_id__in=ids)
        .order_by("claim_id", "source_id", "position")
        .values_list(*columns.select(LINK_COLUMNS, LINK_TEMPORAL))
    )
)
CLAIM_TAGS = PageQuery(
    lambda ids, columns: (
        Claim.tags.through.objects.filter(claim_id__in=ids)
        .order_by("tag__name")
        .values_list("claim_id", "tag_id", "tag__slug", "tag__name")
    )
)


class ClaimPayloads:
    """Build the payloads of claims: a page of a filtered queryset, or claims by id."""

    def __init__(self, request, using="default"):
        self.links = ApiLinks(request)
        self.connection = connections[using]
        self.columns = RawColumns.for_connection(self.connection)

    def page(self, claims, paginator, request):
        """The payloads of the page of ``claims`` the request asks for (see ``KeysetPagination``).

        The page is found first by id and sort keys only, which the databases answer from
        their indexes (the claims of an actor among a million: an index-only walk of the
        newest claims); then the page's claims are read whole, by id.
        """
        keys = list(dict.fromkeys(["id", *(key.name for key in sort_keys(claims))]))
        page_queryset = paginator.page_queryset(claims.values_list(*keys), request)
        try:
            sql, params = page_queryset.query.get_compiler(connection=self.connection).as_sql()
        except EmptyResultSet:  # a filter that can match nothing (``pk__in=[]``): no query to run
            paginator.page_rows([])
            return []
        rows = paginator.page_rows(
            self._execute(sql, params),
            lambda row: [row[keys.index(key.name)] for key in paginator.keys],
        )
        return self.for_ids([row[0] for row in rows])

    def for_ids(self, ids):
        """Payloads of the claims with these ids, in this order.

        On SQLite, payloads built since the database last changed are reused
        (``payload_cache``); they are shared, so copy one before changing it.
        """
        if not ids:
            return []
        cache = ClaimPayloadCache.for_connection(self.connection)
        if cache is None:
            return self.build_ids(ids)
        scope = self.links.scope
        payloads = cache.get_many(scope, ids)
        missing = [pk for pk in ids if pk not in payloads]
        if missing:
            built = self.build_ids(missing)
            cache.put_many(scope, built)
            payloads.update((payload["id"], payload) for payload in built)
        return [payloads[pk] for pk in ids if pk in payloads]

    def build_ids(self, ids):
        """Payloads of the claims with these ids, in this order, read from the database (three queries)."""
        claims = self._execute(*CLAIM_ROWS.sql(self.connection, self.columns, ids))
        links = self._execute(*CHAIN_LINKS.sql(self.connection, self.columns, ids))
        tags = self._execute(*CLAIM_TAGS.sql(self.connection, self.columns, ids))
        rows = {row[0]: row for row in claims}
        return self.build([rows[pk] for pk in ids if pk in rows], links, tags)

    def _execute(self, sql, params):
        with self.connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def build(self, rows, links, tags):
        """Payloads for rows of ``CLAIM_COLUMNS``, with their ``LINK_COLUMNS`` and tag rows."""
        sources = self._sources_by_claim(links)
        tags = self._tags_by_claim(tags)
        claim_prefix = self.links.prefix("claim")
        metric_prefix = self.links.prefix("metric")
        timestamp, uuid = self.columns.timestamp, self.columns.uuid
        payloads = []
        for (
            claim_id,
            uid,
            statement,
            quote,
            value,
            value_max,
            qualifier,
            unit,
            interval_low,
            interval_high,
            subject,
            place,
            period_start,
            period_end,
            status,
            retracted_at,
            retraction_reason,
            verdict,
            rank,
            metric_id,
            metric_slug,
            metric_name,
            created_at,
            updated_at,
            version,
        ) in rows:
            payloads.append(
                {
                    "id": claim_id,
                    "uid": uuid(uid),
                    "api_url": f"{claim_prefix}{claim_id}/",
                    "statement": statement,
                    "quote": quote,
                    "figure": None
                    if value is None
                    else {
                        "value": json_number(value),
                        "value_max": json_number(value_max),
                        "qualifier": qualifier,
                        "unit": unit,
                        "display": figure_display(value, value_max, qualifier, unit),
                        "interval_low": json_number(interval_low),
                        "interval_high": json_number(interval_high),
                    },
                    "subject": subject,
                    "place": place,
                    "period_start": period_start,
                    "period_end": period_end,
                    "status": status,
                    "retraction": None
                    if retracted_at is None
                    else {"retracted_at": timestamp(retracted_at), "reason": retraction_reason},
                    "verdict": verdict or None,
                    "rank": rank,
                    "tags": tags.get(claim_id, []),
                    "metric": None
                    if metric_id is None
                    else {
                        "id": metric_id,
                        "slug": metric_slug,
                        "name": metric_name,
                        "api_url": f"{metric_prefix}{metric_id}/",
                    },
                    "sources": sources.get(claim_id, []),
                    "created_at": timestamp(created_at),
                    "updated_at": timestamp(updated_at),
                    "version": version,
                }
            )
        return payloads

    def _sources_by_claim(self, rows):
        """Each claim's sources, earliest published first, each with its chain in position order."""
        source_prefix, outlet_prefix, actor_prefix = (
            self.links.prefix("source"),
            self.links.prefix("outlet"),
            self.links.prefix("actor"),
        )
        # A speaker or outlet named on many links of the page is built once.
        actors, outlets = {}, {}
        by_claim, source, source_key, last_name = {}, None, None, None
        for (
            claim_id,
            source_id,
            title,
            url,
            published,
            precision,
            outlet_id,
            outlet_slug,
            outlet_name,
            actor_id,
            actor_slug,
            actor_name,
            actor_kind,
            verb,
            role,
            position,
            source_count,
        ) in rows:
            if (claim_id, source_id) != source_key:
                outlet = outlets.get(outlet_id)
                if outlet is None:
                    outlet = outlets[outlet_id] = {
                        "id": outlet_id,
                        "slug": outlet_slug,
                        "name": outlet_name,
                        "api_url": f"{outlet_prefix}{outlet_id}/",
                    }
                source_key, last_name = (claim_id, source_id), outlet_name
                source = {
                    "id": source_id,
                    "api_url": f"{source_prefix}{source_id}/",
                    "title": title,
                    "url": url,
                    "published": published,
                    "published_precision": precision,
                    "outlet": outlet,
                    "chain": [],
                    "display": outlet_name,
                }
                claim_sources = by_claim.get(claim_id)
                if claim_sources is None:
                    by_claim[claim_id] = [source]
                else:
                    claim_sources.append(source)
            actor = actors.get(actor_id)
            if actor is None:
                actor = actors[actor_id] = {
                    "id": actor_id,
                    "slug": actor_slug,
                    "name": actor_name,
                    "api_url": f"{actor_prefix}{actor_id}/",
                }
            anonymous = actor_kind == ANONYMOUS
            name = speaker_name(actor_name, anonymous, source_count) if anonymous else actor_name
            source["chain"].append(
                {
                    "position": position,
                    "actor": actor,
                    "speaker": name,
                    "verb": verb,
                    "role": role,
                    "anonymous": anonymous,
                    "source_count": source_count,
                }
            )
            # Read as Chain.display() does: "The Hill ← NBC News ← six anonymous sources".
            if name != last_name:
                source["display"] = f"{source['display']} ← {name}"
                last_name = name
        for claim_sources in by_claim.values():
            if len(claim_sources) > 1:
                claim_sources.sort(key=_published_order)
        return by_claim

    def _tags_by_claim(self, rows):
        tag_prefix = self.links.prefix("tag")
        tags, by_claim = {}, {}
        for claim_id, tag_id, slug, name in rows:
            tag = tags.get(tag_id)
            if tag is None:
                tag = tags[tag_id] = {"id": tag_id, "slug": slug, "name": name, "api_url": f"{tag_prefix}{tag_id}/"}
            claim_tags = by_claim.get(claim_id)
            if claim_tags is None:
                by_claim[claim_id] = [tag]
            else:
                claim_tags.append(tag)
        return by_claim
