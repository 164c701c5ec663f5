"""
Claims as the API returns them, built from ``values()`` rows in three queries.

This is the hot path of the API: a page of 100 claims with their chains is read with
one query for the claims (with their metric), one for every link of their chains
(with source, outlet and speaker) and one for their tags, whatever the page size or
chain length, and assembled into plain dicts that orjson renders. No model instances
are created. ``ClaimSerializer`` in ``serializers.py`` documents the same shape for
the OpenAPI schema; ``tests/claims/api/test_claims.py`` checks the two agree.
"""

from django.db.models import F
from django.urls import reverse

from sources.models import ActorKind

from ..figures import format_figure, number_in_words
from ..models import Attribution, Claim

# The claim columns a payload needs; the paginator adds its sort keys to them.
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
    "verdict",
    "rank",
    "metric_id",
    "metric__slug",
    "metric__name",
    "created_at",
    "updated_at",
    "version",
)

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

_INT64 = 2**63


def number(value):
    """A Decimal as a JSON number: an integer when whole ("12000.0000" → 12000), else a float."""
    if value is None:
        return None
    if value == value.to_integral_value() and abs(value) < _INT64:
        return int(value)
    return float(value)


def speaker_name(name, kind, source_count):
    """What a link reads as: "six anonymous sources" for counted anonymous sources."""
    if kind == ActorKind.ANONYMOUS and source_count:
        return f"{number_in_words(source_count)} anonymous {'source' if source_count == 1 else 'sources'}"
    return name


class ApiLinks:
    """Absolute API URLs for records, built from one reversed prefix per endpoint."""

    def __init__(self, request):
        self.request = request
        self._prefixes = {}

    def prefix(self, basename):
        if basename not in self._prefixes:
            version = getattr(self.request, "version", None) or "v1"
            path = reverse(f"api:{basename}-list", kwargs={"version": version})
            self._prefixes[basename] = self.request.build_absolute_uri(path) if self.request else path
        return self._prefixes[basename]

    def detail(self, basename, key):
        return f"{self.prefix(basename)}{key}/"


class ClaimPayloads:
    """Build claim payloads for a page of ``CLAIM_COLUMNS`` rows (dicts from ``values()``)."""

    def __init__(self, request):
        self.links = ApiLinks(request)

    @staticmethod
    def rows(queryset, extra=()):
        """The claims of ``queryset`` as ``values()`` rows, without the prefetches of ``for_api()``."""
        columns = CLAIM_COLUMNS + tuple(name for name in extra if name not in CLAIM_COLUMNS)
        return queryset.select_related(None).prefetch_related(None).values(*columns)

    def for_claims(self, queryset):
        """Payloads for every claim of ``queryset`` (used for single claims)."""
        return self.build(list(self.rows(queryset)))

    def build(self, rows):
        ids = [row["id"] for row in rows]
        sources = self._sources_by_claim(ids)
        tags = self._tags_by_claim(ids)
        claim_prefix = self.links.prefix("claim")
        metric_prefix = self.links.prefix("metric")
        payloads = []
        for row in rows:
            claim_id = row["id"]
            value = row["value"]
            payloads.append(
                {
                    "id": claim_id,
                    "uid": row["uid"],
                    "api_url": f"{claim_prefix}{claim_id}/",
                    "statement": row["statement"],
                    "quote": row["quote"],
                    "figure": None
                    if value is None
                    else {
                        "value": number(value),
                        "value_max": number(row["value_max"]),
                        "qualifier": row["qualifier"],
                        "unit": row["unit"],
                        "display": format_figure(value, row["value_max"], row["qualifier"], row["unit"]),
                        "interval_low": number(row["interval_low"]),
                        "interval_high": number(row["interval_high"]),
                    },
                    "subject": row["subject"],
                    "place": row["place"],
                    "period_start": row["period_start"],
                    "period_end": row["period_end"],
                    "status": row["status"],
                    "verdict": row["verdict"] or None,
                    "rank": row["rank"],
                    "tags": tags.get(claim_id, []),
                    "metric": None
                    if row["metric_id"] is None
                    else {
                        "id": row["metric_id"],
                        "slug": row["metric__slug"],
                        "name": row["metric__name"],
                        "api_url": f"{metric_prefix}{row['metric_id']}/",
                    },
                    "sources": sources.get(claim_id, []),
                    "created_at": row["created_at"],
                    "updated_at": row["updated_at"],
                    "version": row["version"],
                }
            )
        return payloads

    def _sources_by_claim(self, ids):
        """Each claim's sources in published order, each with its chain in position order."""
        if not ids:
            return {}
        links = (
            Attribution.objects.filter(claim_id__in=ids)
            .order_by("claim_id", F("source__published").asc(nulls_last=True), "source_id", "position")
            .values_list(*LINK_COLUMNS)
        )
        source_prefix = self.links.prefix("source")
        outlet_prefix = self.links.prefix("outlet")
        actor_prefix = self.links.prefix("actor")
        by_claim, current = {}, None
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
        ) in links:
            if current is None or current["_key"] != (claim_id, source_id):
                current = {
                    "_key": (claim_id, source_id),
                    "id": source_id,
                    "api_url": f"{source_prefix}{source_id}/",
                    "title": title,
                    "url": url,
                    "published": published,
                    "published_precision": precision,
                    "outlet": {
                        "id": outlet_id,
                        "slug": outlet_slug,
                        "name": outlet_name,
                        "api_url": f"{outlet_prefix}{outlet_id}/",
                    },
                    "chain": [],
                    "display": outlet_name,
                    "_last_name": outlet_name,
                }
                by_claim.setdefault(claim_id, []).append(current)
            name = speaker_name(actor_name, actor_kind, source_count)
            current["chain"].append(
                {
                    "position": position,
                    "actor": {
                        "id": actor_id,
                        "slug": actor_slug,
                        "name": actor_name,
                        "api_url": f"{actor_prefix}{actor_id}/",
                    },
                    "speaker": name,
                    "verb": verb,
                    "role": role,
                    "anonymous": actor_kind == ActorKind.ANONYMOUS,
                    "source_count": source_count,
                }
            )
            # Same reading as Chain.display(): "The Hill ← NBC News ← six anonymous sources".
            if name != current["_last_name"]:
                current["display"] = f"{current['display']} ← {name}"
                current["_last_name"] = name
        for sources in by_claim.values():
            for source in sources:
                del source["_key"], source["_last_name"]
        return by_claim

    def _tags_by_claim(self, ids):
        if not ids:
            return {}
        rows = (
            Claim.tags.through.objects.filter(claim_id__in=ids)
            .order_by("tag__name")
            .values_list("claim_id", "tag_id", "tag__slug", "tag__name")
        )
        tag_prefix = self.links.prefix("tag")
        by_claim = {}
        for claim_id, tag_id, slug, name in rows:
            by_claim.setdefault(claim_id, []).append(
                {"id": tag_id, "slug": slug, "name": name, "api_url": f"{tag_prefix}{tag_id}/"}
            )
        return by_claim
