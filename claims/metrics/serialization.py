"""
A metric's timeline and conflicts as JSON-ready data.

The JSON endpoint (``/metrics/<slug>/timeline.json``) and the API's timeline and
conflicts actions return exactly this, so a reporter's script reads the same fields
wherever it fetches them. Figures and interval ends are decimal strings ("10800"),
never floats; an open interval end is ``null``.
"""


def decimal_text(value):
    """ "12000" for Decimal("12000.0000"); None stays None."""
    if value is None:
        return None
    text = format(value.normalize(), "f")
    return "0" if text == "-0" else text


def _date(value):
    return value.isoformat() if value else None


def origin_as_dict(origin):
    return {
        "name": origin.name,
        "actor": origin.actor.slug,
        "anonymous": origin.is_anonymous,
        "via": origin.via.name if origin.via is not None else None,
    }


def claim_as_dict(claim):
    """The claim's figure, period and ranking, as every timeline row and conflict side shows it."""
    low, high = claim.interval
    return {
        "id": claim.pk,
        "uid": str(claim.uid),
        "statement": claim.statement,
        "figure": claim.figure_display,
        "value": decimal_text(claim.value),
        "value_max": decimal_text(claim.value_max),
        "qualifier": claim.qualifier,
        "unit": claim.unit,
        "interval": {"low": decimal_text(low), "high": decimal_text(high)},
        "period": {"start": _date(claim.period_start), "end": _date(claim.period_end)},
        "rank": claim.rank,
        "deprecation_reason": claim.deprecation_reason,
        "status": claim.status,
        "verdict": claim.verdict,
    }


def entry_as_dict(entry):
    return {
        **claim_as_dict(entry.claim),
        "date": _date(entry.date),
        "origins": [origin_as_dict(origin) for origin in entry.origins],
        "chains": entry.chains,
        "outlets": [outlet.name for outlet in entry.outlets],
        "in_play": entry.in_play,
        "conflicts_with": sorted(conflict.other(entry.pk).pk for conflict in entry.conflicts),
        "independently_corroborated": entry.independently_corroborated,
        "corroborating_origins": [origin.name for origin in entry.corroborating_origins],
    }


def conflict_as_dict(conflict):
    explanation = conflict.explanation
    return {
        "claims": [claim_as_dict(conflict.a), claim_as_dict(conflict.b)],
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


def timeline_as_dict(timeline):
    """The whole timeline: metric, summary, preferred estimate, entries, conflicts, part sums."""
    metric = timeline.metric
    preferred = timeline.preferred
    return {
        "metric": {"id": metric.pk, "slug": metric.slug, "name": metric.name, "unit": metric.unit},
        "summary": summary_as_dict(timeline.summary),
        "preferred": preferred.pk if preferred else None,
        "claims": [entry_as_dict(entry) for entry in timeline.entries],
        "conflicts": [conflict_as_dict(conflict) for conflict in timeline.conflicts],
        "part_sums": [
            {
                "whole": part_sum.whole.pk,
                "parts": [part.pk for part in part_sum.parts],
                "interval": {"low": decimal_text(part_sum.interval[0]), "high": decimal_text(part_sum.interval[1])},
                "consistent": part_sum.consistent,
            }
            for part_sum in timeline.part_sums
        ],
    }
