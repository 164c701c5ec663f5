"""
Claim sheets on the API: ``/api/v1/claims/?format=csv`` (or ``xlsx``, ``claimreview``,
``sheet-json``), ``/api/v1/claims.csv``, or an ``Accept`` header (``text/csv``, the XLSX
type, ``application/ld+json``).

These renderers set ``renders_queryset``: ``ClaimViewSet.list`` then hands them every
claim the request selects — visible to the user, filtered by ``ClaimFilterSet``,
ordered, not paged — and they answer with a ``StreamingHttpResponse`` instead of
rendering a page in memory. ``?format=json`` stays the API's own paged JSON.

Anything else DRF asks them to render goes through ``render()``: a claim the API
returns (``/claims/5/?format=csv``) becomes a one-row sheet, and an error (a bad filter
value: 400 naming the parameter) is written as JSON with a JSON content type.
"""

from rest_framework.renderers import BaseRenderer

from factdb.api.renderers import ORJSONRenderer

from ..interchange.exporting.exporter import WRITERS, ClaimFileExporter
from ..models import Claim
from ..selectors import NON_FILTER_PARAMETERS


class ClaimSheetRenderer(BaseRenderer):
    """Base for the claim sheet renderers; ``export_format`` names the sheet format."""

    renders_queryset = True
    export_format = ""
    charset = None

    def exporter(self, claims, request, title="Claims"):
        params = request.query_params.copy()
        for name in NON_FILTER_PARAMETERS & set(params):
            del params[name]
        query = params.urlencode()
        return ClaimFileExporter.for_request(claims, self.export_format, request, title=title, query=query)

    def streaming_response(self, claims, request):
        """Every claim of ``claims`` as a sheet, streamed as it is written."""
        return self.exporter(claims, request).response()

    def render(self, data, accepted_media_type=None, renderer_context=None):
        context = renderer_context or {}
        response, request = context.get("response"), context.get("request")
        if (response is not None and response.status_code >= 400) or request is None or not _is_claim(data):
            if response is not None:
                response["Content-Type"] = "application/json"
            # As the API writes JSON (errors of nested fields have numeric keys: {"sources": {0: …}}).
            return ORJSONRenderer().render(data)
        claim = Claim.objects.visible_to(request.user).filter(pk=data["id"])
        exporter = self.exporter(claim, request, title=f"Claim {data['id']}")
        response["Content-Disposition"] = f'attachment; filename="{exporter.filename}"'
        return b"".join(exporter.chunks())


def _is_claim(data):
    return isinstance(data, dict) and isinstance(data.get("id"), int) and "statement" in data


class ClaimSheetCsvRenderer(ClaimSheetRenderer):
    media_type = "text/csv"
    format = "csv"
    export_format = "csv"
    charset = "utf-8"


class ClaimSheetXlsxRenderer(ClaimSheetRenderer):
    media_type = WRITERS["xlsx"].content_type
    format = "xlsx"
    export_format = "xlsx"


class ClaimSheetJsonRenderer(ClaimSheetRenderer):
    media_type = "application/vnd.factdb.claim-sheet+json"
    format = "sheet-json"
    export_format = "json"


class ClaimReviewRenderer(ClaimSheetRenderer):
    media_type = "application/ld+json"
    format = "claimreview"
    export_format = "claimreview"


CLAIM_SHEET_RENDERERS = [ClaimSheetCsvRenderer, ClaimSheetXlsxRenderer, ClaimSheetJsonRenderer, ClaimReviewRenderer]
