"""
The claim page, the claims index, the embeddable card and oEmbed.

Pages are server-rendered HTML that read without JavaScript. They show what the public
reads whoever is signed in (``reading.READER``), so each is cacheable: ``Cache-Control:
public`` and an ETag of the page (a conditional request gets 304). Only the embed may be
framed, by any site (``X-Frame-Options`` off and CSP ``frame-ancestors *`` on that route).
"""

import json
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.middleware.http import ConditionalGetMiddleware
from django.shortcuts import get_object_or_404, render
from django.urls import Resolver404, resolve, reverse
from django.utils.decorators import decorator_from_middleware, method_decorator
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.views import View
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.csp import csp_override

from ..filtersets import ORDERING_CHOICES, ClaimFilterSet
from ..models import Claim, Rating
from .addresses import claim_embed_path, claim_path, claim_slug
from .reading import PublicReader, claim_for_page, claim_review_of, figure_corrections, public_claims

PAGE_SIZE = 25
MAX_PAGE = 10_000
MAX_URL_LENGTH = 2000
EMBED_WIDTH, EMBED_HEIGHT = 480, 260
# The embed is the one page other sites may frame.
EMBED_CSP = {**settings.SECURE_CSP, "frame-ancestors": ["*"]}

cacheable = [cache_control(public=True, max_age=300), decorator_from_middleware(ConditionalGetMiddleware)]


def json_ld(data):
    """JSON for a ``<script type="application/ld+json">``: ``<``, ``>`` and ``&`` escaped so no text ends the script."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return mark_safe(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))  # noqa: S308


@method_decorator(cacheable, name="get")
class ClaimPageView(View):
    """``/claims/<id>/<slug>/``: the claim as the public reads it, with its ClaimReview JSON-LD."""

    def get(self, request, pk, slug=None):
        claim = claim_for_page(pk)
        if slug != claim_slug(claim.statement):
            return HttpResponseRedirect(claim_path(claim), status=301)
        return render(request, "claims/public/claim_detail.html", claim_page_context(request, claim))


def claim_page_context(request, claim):
    """What the claim page shows: the claim, its reviews, corrections, ClaimReview and addresses."""
    review = claim_review_of(claim, request.build_absolute_uri("/"))
    return {
        "claim": claim,
        "review": claim.published_reviews[0] if claim.published_reviews else None,
        "earlier_reviews": claim.published_reviews[1:],
        "corrections": figure_corrections(claim),
        "claim_review_json": json_ld({"@context": "https://schema.org", **review}) if review else "",
        "page_url": request.build_absolute_uri(claim_path(claim)),
        "oembed_url": request.build_absolute_uri(reverse("claims:public-oembed"))
        + "?url="
        + request.build_absolute_uri(claim_path(claim)),
    }


@method_decorator([never_cache, staff_member_required], name="get")
class ClaimPreviewView(View):
    """``/claims/<id>/preview/``: a claim the public cannot see yet, as its page will read once
    published, for the newsroom to check before a reviewer publishes it.

    Staff who may view every claim only (``Claim.objects.visible_to``: for anyone else a claim
    not yet public does not exist); never cached, never indexed. A public claim redirects to
    its page.
    """

    def get(self, request, pk):
        claim = get_object_or_404(Claim.objects.visible_to(request.user).for_sheet(), pk=pk)
        if claim.is_public:
            return HttpResponseRedirect(claim_path(claim))
        response = render(
            request, "claims/public/claim_detail.html", {**claim_page_context(request, claim), "preview": True}
        )
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response


@method_decorator([xframe_options_exempt, csp_override(EMBED_CSP), *cacheable], name="get")
class ClaimEmbedView(View):
    """``/claims/<id>/embed/``: a small card of the claim for other sites' iframes."""

    def get(self, request, pk):
        claim = claim_for_page(pk)
        context = {
            "claim": claim,
            "review": claim.published_reviews[0] if claim.published_reviews else None,
            "page_url": request.build_absolute_uri(claim_path(claim)),
        }
        return render(request, "claims/public/claim_embed.html", context)


@method_decorator(cacheable, name="get")
class ClaimIndexView(View):
    """``/claims/``: public claims filtered by the API's own parameters (``ClaimFilterSet``), paged."""

    def get(self, request):
        filterset = ClaimFilterSet(request.GET, queryset=public_claims(), request=PublicReader(request))
        context = {"params": request.GET, "verdicts": Rating.choices, "orderings": ORDERING_CHOICES}
        if not filterset.is_valid():
            context["errors"] = {name: [str(error) for error in errors] for name, errors in filterset.errors.items()}
            return render(request, "claims/public/claim_list.html", context, status=400)
        number = page_number(request.GET.get("page"))
        if number is None:
            context["errors"] = {"page": [f"Enter a whole number from 1 to {MAX_PAGE:,}."]}
            return render(request, "claims/public/claim_list.html", context, status=400)
        start = (number - 1) * PAGE_SIZE
        # One row more than a page tells whether there is a next one, without counting every match.
        rows = list(filterset.qs.for_sheet()[start : start + PAGE_SIZE + 1])
        query = request.GET.copy()
        query.pop("page", None)
        context.update(
            claims=rows[:PAGE_SIZE],
            page=Page(number, start + 1, start + len(rows[:PAGE_SIZE]), has_next=len(rows) > PAGE_SIZE),
            query=query.urlencode(),
        )
        return render(request, "claims/public/claim_list.html", context)


@dataclass
class Page:
    """Where a page of the index is: its number, the first and last row shown, whether more follow."""

    number: int
    first: int
    last: int
    has_next: bool

    @property
    def has_previous(self):
        return self.number > 1


def page_number(value):
    """``?page=``: 1 when absent, None when not a whole number from 1 to ``MAX_PAGE``."""
    if not value:
        return 1
    if value.isascii() and value.isdigit() and 1 <= int(value) <= MAX_PAGE:
        return int(value)
    return None


class OEmbedView(View):
    """``/oembed?url=<claim page>``: the embed card as an oEmbed "rich" response (JSON only)."""

    def get(self, request):
        url = request.GET.get("url", "")
        if not url or len(url) > MAX_URL_LENGTH:
            return JsonResponse({"url": ["Give the address of a claim page (at most 2000 characters)."]}, status=400)
        if request.GET.get("format", "json") != "json":
            return JsonResponse({"format": ["Only json is served."]}, status=501)
        address = urlsplit(url)
        try:
            match = resolve(address.path) if _is_ours(request, address) else None
        except Resolver404:
            match = None
        if match is None or match.view_name not in ("claims:public-claim", "claims:public-claim-embed"):
            raise Http404("Not the address of a claim page on this site.")
        claim = get_object_or_404(public_claims(), pk=match.kwargs["pk"])
        width = _bounded(request.GET.get("maxwidth"), EMBED_WIDTH)
        height = _bounded(request.GET.get("maxheight"), EMBED_HEIGHT)
        src = request.build_absolute_uri(claim_embed_path(claim))
        data = {
            "version": "1.0",
            "type": "rich",
            "provider_name": settings.FACTDB_PUBLISHER_NAME,
            "provider_url": request.build_absolute_uri("/"),
            "title": claim.statement,
            "width": width,
            "height": height,
            "html": f'<iframe src="{src}" width="{width}" height="{height}" title="{escape(claim.statement)}" '
            'style="border:1px solid #ccc" loading="lazy"></iframe>',
        }
        response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
        response["Access-Control-Allow-Origin"] = "*"
        return response


def _is_ours(request, address):
    """Whether a URL names this site: another site's ``/claims/1/x/`` is not our claim (oEmbed spec: 404)."""
    if address.scheme not in ("http", "https") or not address.netloc:
        return False
    ours = {request.get_host().lower(), urlsplit(settings.FACTDB_PUBLISHER_URL).netloc.lower()}
    return address.netloc.lower() in ours


def _bounded(value, default):
    """``maxwidth``/``maxheight``: the consumer's limit when it is a smaller positive whole number."""
    if value and value.isascii() and value.isdigit() and 0 < int(value) < default:
        return int(value)
    return default
