"""
Who last edited each claim, read from its history (for four-eyes publishing).

A claim's history also records workflow steps and automatic updates (its verdict
following a published review); those are not edits of what the claim says, so the
last editor is the user of the latest history row that is not one of them.
"""

from django.db.models import OuterRef, Q, Subquery

from .models import Claim


def not_an_edit(labels):
    """Rows whose change reason is one of ``labels``, alone or followed by ": <why>"."""
    query = Q(pk__in=[])
    for label in labels:
        query |= Q(history_change_reason=label) | Q(history_change_reason__startswith=f"{label}: ")
    return query


def last_editor_ids(claim_ids, *, not_edits):
    """``{claim id: user id}`` of each claim's last editor (None for a system write), in one query."""
    history = Claim.history.model.objects.filter(id=OuterRef("pk")).exclude(not_an_edit(not_edits))
    latest = history.order_by("-history_date", "-history_id").values("history_user_id")[:1]
    rows = Claim.objects.filter(pk__in=claim_ids).annotate(last_editor=Subquery(latest))
    return dict(rows.values_list("pk", "last_editor"))
