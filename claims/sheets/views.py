"""Saved sheets on the site: a page that prints cleanly, and the sheet's files."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views import View
from django.views.generic import DetailView, ListView

from ..interchange.exporting.exporter import ClaimFileExporter
from ..models import Claim
from ..visibility import visible_sheets

# URL extension → export format.
FILE_FORMATS = {"csv": "csv", "xlsx": "xlsx", "json": "json", "jsonld": "claimreview"}
FILE_LABELS = [("XLSX", "xlsx"), ("CSV", "csv"), ("JSON", "json"), ("ClaimReview JSON-LD", "jsonld")]
# The page lists at most this many claims; the files hold them all.
PAGE_ROWS = 1000


def sheet_claims(sheet, user):
    """The sheet's claims that ``user`` may read, in the sheet's order."""
    return Claim.objects.visible_to(user).in_sheet(sheet)


class ClaimSheetListView(ListView):
    """Every sheet the visitor may see (public ones, for the public), newest change first."""

    template_name = "claims/sheets/sheet_list.html"
    context_object_name = "sheets"
    paginate_by = 100

    def get_queryset(self):
        return visible_sheets(self.request.user).select_related("created_by")


class ClaimSheetDetailView(DetailView):
    """One sheet as a page: its claims with figure, verdict, chain and sources."""

    template_name = "claims/sheets/sheet_detail.html"
    context_object_name = "sheet"

    def get_queryset(self):
        return visible_sheets(self.request.user).select_related("created_by")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        claims = sheet_claims(self.object, self.request.user)
        context["claims"] = list(claims.for_sheet()[:PAGE_ROWS])
        context["claim_count"] = claims.count()
        context["page_rows"] = PAGE_ROWS
        context["file_formats"] = FILE_LABELS
        return context


class ClaimSheetFileView(View):
    """``/sheets/<slug>.<extension>``: the sheet's current claims as a file, streamed."""

    def get(self, request, slug, extension):
        if extension not in FILE_FORMATS:
            raise Http404(f"No such sheet format: .{extension}")
        sheet = get_object_or_404(visible_sheets(request.user), slug=slug)
        claims = sheet_claims(sheet, request.user)
        exporter = ClaimFileExporter.for_request(
            claims, FILE_FORMATS[extension], request, title=sheet.name, query=sheet.query
        )
        return exporter.response()
