"""
Facets: how many claims of the whole filtered set fall under each value of a field.

``?facet=unit&facet=origin`` adds, beside the page, the 20 most frequent values of
each facet with their claim counts, computed over every claim the filters select (not
only the page), so a reporter sees the shape of the data before paging through it —
as Datasette does. One ``GROUP BY`` query per facet asked for.
"""

from dataclasses import dataclass

from django.db.models import Count
from rest_framework.exceptions import ValidationError

from ..figures import Qualifier
from ..models import Attribution, Claim, ClaimStatus, Rating, Role

FACET_SIZE = 20


@dataclass(frozen=True)
class Facet:
    """A facet over claim values (``column``) or over related records (``record``)."""

    name: str
    description: str
    column: str = ""
    labels: dict | None = None

    def counts(self, claims):
        rows = (
            Claim.objects.filter(pk__in=claims.values("pk"))
            .order_by()
            .values(self.column)
            .annotate(count=Count("pk"))
            .order_by("-count", self.column)[:FACET_SIZE]
        )
        labels = self.labels or {}
        return [
            {"value": row[self.column], "label": labels.get(row[self.column], row[self.column]), "count": row["count"]}
            for row in rows
        ]


@dataclass(frozen=True)
class RecordFacet(Facet):
    """Counts claims per related record (speaker, outlet, tag, metric), with slug and name."""

    through: type = None
    claim_field: str = "claim_id"
    record_path: str = ""
    filters: tuple = ()

    def counts(self, claims):
        pk, slug, name = (f"{self.record_path}_id", f"{self.record_path}__slug", f"{self.record_path}__name")
        rows = (
            self.through.objects.filter(**{f"{self.claim_field}__in": claims.values("pk")}, **dict(self.filters))
            .order_by()
            .values(pk, slug, name)
            .annotate(count=Count(self.claim_field, distinct=True))
            .order_by("-count", name)[:FACET_SIZE]
        )
        return [{"value": row[slug], "id": row[pk], "label": row[name], "count": row["count"]} for row in rows]


FACETS = {
    facet.name: facet
    for facet in (
        Facet("unit", "Unit or counted noun.", column="unit"),
        Facet("qualifier", "How figures were qualified.", column="qualifier", labels=dict(Qualifier.choices)),
        Facet("status", "Workflow status.", column="status", labels=dict(ClaimStatus.choices)),
        Facet(
            "verdict",
            "Verdict of the latest published review (empty: none).",
            column="verdict",
            labels={"": "No verdict", **dict(Rating.choices)},
        ),
        Facet("place", "Place.", column="place"),
        RecordFacet(
            "origin",
            "Speaker at the origin of the chain.",
            through=Attribution,
            record_path="actor",
            filters=(("role", Role.ORIGIN),),
        ),
        RecordFacet("actor", "Speaker anywhere in the chain.", through=Attribution, record_path="actor"),
        RecordFacet("outlet", "Outlet that published a source.", through=Attribution, record_path="source__outlet"),
        RecordFacet("tag", "Tag.", through=Claim.tags.through, record_path="tag"),
        RecordFacet(
            "metric",
            "Metric.",
            through=Claim,
            claim_field="pk",
            record_path="metric",
            filters=(("metric__isnull", False),),
        ),
    )
}

FACET_PARAMETER = "facet"


def requested_facets(request):
    """The facets named in ``?facet=…`` (repeated or comma-separated); 400 for unknown names."""
    names = [
        part.strip()
        for value in request.query_params.getlist(FACET_PARAMETER)
        for part in value.split(",")
        if part.strip()
    ]
    unknown = [name for name in names if name not in FACETS]
    if unknown:
        raise ValidationError(
            {FACET_PARAMETER: [f"Unknown facet: {', '.join(unknown)}. Choose from {', '.join(FACETS)}."]}
        )
    return [FACETS[name] for name in dict.fromkeys(names)]


def facet_counts(claims, facets):
    """``{facet name: [{value, label, count} …]}`` over the claims of ``claims``."""
    return {facet.name: facet.counts(claims) for facet in facets}
