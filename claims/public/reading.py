"""
What the public pages read: the published claims, through the same reads as the API and the
claim files (``for_sheet()``, the exports' one ClaimReview builder).

Every function reads as an anonymous API client does (``Claim.objects.visible_to(None)``):
published claims, and retracted ones shown as such. A pending revision lives beside the
claim (``claims.revisions``), so the claim's row is always the published version.
"""

from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.models import AnonymousUser
from django.shortcuts import get_object_or_404

from ..figures import format_figure
from ..interchange.exporting.claimreview import claim_review
from ..interchange.exporting.records import iter_claim_records
from ..models import Claim, ClaimStatus

READER = AnonymousUser()


class PublicReader:
    """Stands in for the request where a FilterSet asks for its user: the public reads every page."""

    user = READER

    def __init__(self, request):
        self.GET = request.GET


def public_claims():
    """Published and retracted claims: what any public page may show."""
    return Claim.objects.visible_to(READER)


def claim_for_page(pk):
    """The claim with its chains, tags, metric and published reviews (latest first), or 404."""
    return get_object_or_404(public_claims().for_sheet(), pk=pk)


def claim_review_of(claim, base_url):
    """The claim's ClaimReview as the exports write it (one builder), or None without a published review."""
    record = next(iter_claim_records(Claim.objects.filter(pk=claim.pk)), None)
    return claim_review(record, base_url=base_url) if record is not None else None


@dataclass
class Correction:
    """A published claim's figure changed: when, from what, to what, and the reason given."""

    when: datetime
    before: str
    after: str
    reason: str


def figure_corrections(claim):
    """Each change of the figure after the claim was first published, oldest first (one query)."""
    corrections, published, previous = [], False, None
    for row in claim.history.order_by("history_date", "history_id").only(
        "history_date", "history_change_reason", "status", "value", "value_max", "qualifier", "unit"
    ):
        figure = format_figure(row.value, row.value_max, row.qualifier, row.unit)
        if published and previous is not None and figure != previous:
            corrections.append(Correction(row.history_date, previous, figure, row.history_change_reason or ""))
        published = published or row.status == ClaimStatus.PUBLISHED
        previous = figure
    return corrections
