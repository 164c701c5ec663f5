"""
Claims as the API returns them, built from raw rows in four queries.

This is the hot path of the API. A page is found with one query (ids and sort keys,
from the filtered queryset); its claims, every link of their chains and their tags
are read by the read model (``claims.reading.ClaimReader``: three queries whatever the
page size or chain length, raw rows, sources in the one order every reader uses), and
shaped here into plain dicts that orjson renders, with no model instances and no
per-value converters. The figure's interval is computed exactly from the figure
(``reading.exact_interval``), never read from SQLite's floating-point generated
columns. ``ClaimSerializer`` in ``serializers.py`` documents
the same shape for the OpenAPI schema; ``tests/claims/api/test_claims.py`` checks
that the two agree. On SQLite, payloads already built are reused until the database
changes (``payload_cache``), so a page read again costs the page query alone.
"""

from django.core.exceptions import EmptyResultSet
from django.urls import reverse

from factdb.api.pagination import sort_keys

from ..figures import json_number
from ..reading import ANONYMOUS, ClaimReader, exact_interval, figure_display, speaker_name
from .payload_cache import ClaimPayloadCache


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


class ClaimPayloads:
    """Build the payloads of claims: a page of a filtered queryset, or claims by id."""

    def __init__(self, request, using="default"):
        self.links = ApiLinks(request)
        self.reader = ClaimReader(using)
        self.connection = self.reader.connection
        self.columns = self.reader.columns

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
        return self.build(self.reader.read(ids))

    def _execute(self, sql, params):
        with self.connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def build(self, rows):
        """Payloads for ``reading.ClaimRows``: claims of ``CLAIM_COLUMNS`` with their chains and tags."""
        sources = self._sources_by_claim(rows.chains)
        tags = self._tags_by_claim(rows.tags)
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
        ) in rows.claims:
            interval_low, interval_high = exact_interval(value, value_max, qualifier)
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

    def _sources_by_claim(self, chains):
        """Each claim's sources in the read model's order (``reading.chains_of``), each with its chain."""
        source_prefix, outlet_prefix, actor_prefix = (
            self.links.prefix("source"),
            self.links.prefix("outlet"),
            self.links.prefix("actor"),
        )
        # A speaker or outlet named on many links of the page is built once.
        actors, outlets = {}, {}
        by_claim = {}
        for claim_id, claim_chains in chains.items():
            claim_sources = by_claim[claim_id] = []
            for chain in claim_chains:
                (_, source_id, title, url, published, precision, _, outlet_id, outlet_slug, outlet_name) = chain[0][:10]
                outlet = outlets.get(outlet_id)
                if outlet is None:
                    outlet = outlets[outlet_id] = {
                        "id": outlet_id,
                        "slug": outlet_slug,
                        "name": outlet_name,
                        "api_url": f"{outlet_prefix}{outlet_id}/",
                    }
                links, display, last_name = [], outlet_name, outlet_name
                for row in chain:
                    actor_id, actor_slug, actor_name, actor_kind, verb, role, position, source_count = row[11:]
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
                    links.append(
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
                        display = f"{display} ← {name}"
                        last_name = name
                claim_sources.append(
                    {
                        "id": source_id,
                        "api_url": f"{source_prefix}{source_id}/",
                        "title": title,
                        "url": url,
                        "published": published,
                        "published_precision": precision,
                        "outlet": outlet,
                        "chain": links,
                        "display": display,
                    }
                )
        return by_claim

    def _tags_by_claim(self, tag_rows):
        tag_prefix = self.links.prefix("tag")
        tags, by_claim = {}, {}
        for claim_id, rows in tag_rows.items():
            claim_tags = by_claim[claim_id] = []
            for _, tag_id, slug, name in rows:
                tag = tags.get(tag_id)
                if tag is None:
                    tag = tags[tag_id] = {"id": tag_id, "slug": slug, "name": name, "api_url": f"{tag_prefix}{tag_id}/"}
                claim_tags.append(tag)
        return by_claim
