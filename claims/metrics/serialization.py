"""
A metric's timeline and conflicts as JSON-ready data.

The JSON endpoint (``/metrics/<slug>/timeline.json``) and the API's timeline action
return exactly ``timeline_as_dict``, so a reporter's script reads the same fields
wherever it fetches them; the API's conflicts action lists ``conflict_as_dict`` with
both claims in full. Figures and interval ends are JSON numbers as in the rest of
the API (an integer when whole: 12000, else a decimal: 1.5); an open interval end is
``null``. Each claim carries ``api_url``, its page in the API.
"""

from django.urls import reverse

from ..figures import json_number


def _date(value):
    return value.isoformat() if value else None


def origin_as_dict(origin):
    return {
        "name": origin.name,
        "actor": origin.actor.slug,
        "anonymous": origin.is_anonymous,
        "via": origin.via.name if origin.via is not None else None,
    }


class ClaimLinks:
    """API URLs of claims, absolute when built with a request (the route is reversed once)."""

    def __init__(self, request=None):
        path = reverse("api:claim-list", kwargs={"version": "v1"})
        self.prefix = request.build_absolute_uri(path) if request is not None else path

    def __call__(self, claim):
        return f"{self.prefix}{claim.pk}/"


def claim_as_dict(claim, links):
    """The claim's figure, period and ranking, as every timeline row and conflict side shows it."""
    low, high = claim.interval
    return {
        "id": claim.pk,
        "api_url": links(claim),
        "uid": str(claim.uid),
        "statement": claim.statement,
        "figure": claim.figure_display,
        "value": json_number(claim.value),
        "value_max": json_number(claim.value_max),
        "qualifier": claim.qualifier,
        "unit": claim.unit,
        "interval": {"low": json_number(low), "high": json_number(high)},
        "period": {"start": _date(claim.period_start), "end": _date(claim.period_end)},
        "rank": claim.rank,
        "deprecation_reason": claim.deprecation_reason,
        "status": claim.status,
        "verdict": claim.verdict,
    }


def entry_as_dict(entry, links):
    return {
        **claim_as_dict(entry.claim, links),
        "date": _date(entry.date),
        "origins": [origin_as_dict(origin) for origin in entry.origins],
        "chains": entry.chains,
        "outlets": [outlet.name for outlet in entry.outlets],
        "in_play": entry.in_play,
        "conflicts_with": sorted(conflict.other(entry.pk).pk for conflict in entry.conflicts),
        "independently_corroborated": entry.independently_corroborated,
        "corroborating_origins": [origin.name for origin in entry.corroborating_origins],
    }


def conflict_as_dict(conflict, side):
    """A conflict; ``side(claim)`` gives each of its two claims (an id, or the claim's dict)."""
    explanation = conflict.explanation
    return {
        "claims": [side(conflict.a), side(conflict.b)],
        "live": conflict.live,
        "explanation": None
        if explanation is None
        else {
            "reason": explanation.reason,
            "reason_display": explanation.get_reason_display(),
            "note": explanation.note,
            "updated_at": explanation.updated_at.isoformat(),
        },
    }


def summary_as_dict(summary):
    return {
        "outlets": [outlet.name for outlet in summary.outlets],
        "origins": [origin_as_dict(origin) for origin in summary.origins],
        "display": summary.display(),
    }


def window_as_dict(timeline):
    """How many claims the metric has, and whether the timeline shows only the latest of them."""
    return {"claim_count": timeline.claim_count, "truncated": timeline.truncated}


def metric_as_dict(metric):
    return {"id": metric.pk, "slug": metric.slug, "name": metric.name, "unit": metric.unit}


def timeline_as_dict(timeline, request=None):
    """The whole timeline: metric, summary, preferred estimate, entries, conflicts, part sums."""
    preferred, links = timeline.preferred, ClaimLinks(request)
    return {
        "metric": metric_as_dict(timeline.metric),
        **window_as_dict(timeline),
        "summary": summary_as_dict(timeline.summary),
        "preferred": preferred.pk if preferred else None,
        "claims": [entry_as_dict(entry, links) for entry in timeline.entries],
        # Both sides of a conflict are in "claims" already: name them by id.
        "conflicts": [conflict_as_dict(conflict, lambda claim: claim.pk) for conflict in timeline.conflicts],
        "part_sums": [
            {
                "whole": part_sum.whole.pk,
                "parts": [part.pk for part in part_sum.parts],
                "interval": {"low": json_number(part_sum.interval[0]), "high": json_number(part_sum.interval[1])},
                "consistent": part_sum.consistent,
            }
            for part_sum in timeline.part_sums
        ],
    }
