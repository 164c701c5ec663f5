"""
``/claims/feed.atom``: published, corrected and retracted claims, newest change first.

Django's syndication framework writes the Atom. The feed takes the claims index's (the
API's) parameters, so a reader can follow ``?metric=…`` or ``?verdict=false``. Without a
``status`` it holds published and retracted claims. An entry's id is the claim's (a
``urn:uuid``) and its ``updated`` the claim's last change, so a correction, a retraction or
a new verdict updates the entry a reader already has rather than adding a second one.
"""

from django.contrib.syndication.views import Feed
from django.http import HttpResponseBadRequest
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from ..filtersets import ClaimFilterSet
from ..models import ClaimStatus
from .addresses import claim_path
from .reading import PublicReader, public_claims

FEED_ENTRIES = 50


def feed_filterset(request):
    """The index's FilterSet on the request's parameters; without ``status``, published and retracted claims."""
    data = request.GET.copy()
    if not data.get("status"):
        data.setlist("status", [ClaimStatus.PUBLISHED, ClaimStatus.RETRACTED])
    return ClaimFilterSet(data, queryset=public_claims(), request=PublicReader(request))


class ClaimFeed(Feed):
    feed_type = Atom1Feed
    title = "factdb: published claims"
    subtitle = "Claims with their figure, chain of sources and verdict; corrections and retractions update the entry."

    def __call__(self, request, *args, **kwargs):
        filterset = feed_filterset(request)
        if not filterset.is_valid():
            errors = "; ".join(f"{name}: {' '.join(messages)}" for name, messages in filterset.errors.items())
            return HttpResponseBadRequest(f"Bad parameter. {errors}\n", content_type="text/plain; charset=utf-8")
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        # The feed instance serves every request: per-request state travels as the "object".
        return feed_filterset(request)

    def link(self, filterset):
        query = filterset.request.GET.urlencode()
        return reverse("claims:public-claims") + (f"?{query}" if query else "")

    def items(self, filterset):
        return list(filterset.qs.for_sheet()[:FEED_ENTRIES])

    def item_title(self, claim):
        prefix = "Retracted: " if claim.status == ClaimStatus.RETRACTED else ""
        figure = f" ({claim.figure_display})" if claim.figure_display else ""
        return f"{prefix}{claim.statement}{figure}"

    def item_description(self, claim):
        lines = [f"Verdict: {claim.get_verdict_display() or 'not reviewed'}."]
        lines += [f"{chain.display()}: {chain.source.title}" for chain in claim.chains]
        if claim.status == ClaimStatus.RETRACTED:
            lines.append(f"Retracted {claim.retracted_at:%Y-%m-%d}: {claim.retraction_reason}")
        return "\n".join(lines)

    def item_link(self, claim):
        return claim_path(claim)

    def item_guid(self, claim):
        return f"urn:uuid:{claim.uid}"

    item_guid_is_permalink = False

    def item_updateddate(self, claim):
        return claim.updated_at

    def item_pubdate(self, claim):
        return claim.created_at

    def item_categories(self, claim):
        return [claim.get_status_display(), *([claim.get_verdict_display()] if claim.verdict else [])]
