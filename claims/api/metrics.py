"""
A metric's timeline and conflicts in the API: ``/api/v1/metrics/{id or slug}/timeline/``
and ``…/conflicts/``.

Both return what ``claims.metrics.serialization`` builds (the same data as
``/metrics/<slug>/timeline.json``) over the claims the requester may see.
"""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiResponse, extend_schema
from rest_framework.decorators import action
from rest_framework.response import Response

from ..metrics.serialization import (
    ClaimLinks,
    claim_as_dict,
    conflict_as_dict,
    metric_as_dict,
    timeline_as_dict,
    window_as_dict,
)
from ..metrics.timeline import TIMELINE_LIMIT, metric_timeline
from ..models import Claim
from ..visibility import conceal_timeline_outlets

TIMELINE_EXAMPLE = {
    "metric": {"id": 1, "slug": "north-korean-military-personnel-sent-to-russia", "name": "…", "unit": "troops"},
    "claim_count": 2,
    "truncated": False,
    "summary": {"outlets": ["Daily8"], "origins": [], "display": "1 outlet, 2 origins: …"},
    "preferred": 1,
    "claims": [
        {
            "id": 1,
            "figure": "≈ 12,000 troops",
            "interval": {"low": 10800, "high": 13200},
            "period": {"start": "2024-01-01", "end": "2024-12-31"},
            "rank": "preferred",
            "origins": [{"name": "US, Ukrainian and South Korean officials", "anonymous": False, "via": None}],
            "conflicts_with": [],
            "independently_corroborated": False,
        }
    ],
    "conflicts": [],
    "part_sums": [],
}


class MetricTimelineActionsMixin:
    """Adds ``timeline`` and ``conflicts`` to a viewset of metrics (``MetricViewSet``)."""

    def metric_timeline(self):
        timeline = metric_timeline(self.get_object(), Claim.objects.visible_to(self.request.user))
        return conceal_timeline_outlets(timeline, self.request.user)

    @extend_schema(
        summary="The metric's timeline",
        description=(
            "Every claim on the metric you may see, in the order of the period it is about: figure, interval "
            "(“about” is ±10 %; null is an open end), period, rank, origins, chains, outlets, the claims it "
            "conflicts with and whether two or more distinct origins agree with it. Also the metric's origin "
            "summary, its preferred estimate, its conflicts and the sums of parts of totals. A metric with more "
            f"than {TIMELINE_LIMIT} claims shows the {TIMELINE_LIMIT} with the latest periods and its preferred "
            "estimate (`truncated`; `claim_count` counts them all)."
        ),
        responses=OpenApiResponse(OpenApiTypes.OBJECT, examples=[OpenApiExample("Timeline", TIMELINE_EXAMPLE)]),
    )
    @action(detail=True, methods=["get"])
    def timeline(self, request, *args, **kwargs):
        return Response(timeline_as_dict(self.metric_timeline(), request))

    @extend_schema(
        summary="Conflicting estimates on the metric",
        description=(
            "Pairs of claims on the metric whose periods overlap and whose intervals do not. A conflict is "
            "`live` unless an editor explained it (`explanation`) or a claim is deprecated or retracted. "
            "Parts of a total (part_of relations) never conflict with it or with each other. Among the claims "
            "of the timeline (see `truncated`)."
        ),
        responses=OpenApiResponse(OpenApiTypes.OBJECT),
    )
    @action(detail=True, methods=["get"])
    def conflicts(self, request, *args, **kwargs):
        timeline, links = self.metric_timeline(), ClaimLinks(request)
        sides = {}  # each claim's dict, built once however many conflicts it is in

        def side(claim):
            if claim.pk not in sides:
                sides[claim.pk] = claim_as_dict(claim, links)
            return sides[claim.pk]

        return Response(
            {
                "metric": metric_as_dict(timeline.metric),
                **window_as_dict(timeline),
                "count": len(timeline.conflicts),
                "live_count": len(timeline.live_conflicts),
                "results": [conflict_as_dict(conflict, side) for conflict in timeline.conflicts],
            }
        )
