"""
Claim sheets and imports on the claims admin.

``ClaimInterchangeAdminMixin`` gives the claims list two actions — *Export selected
claims* (CSV, XLSX, JSON, ClaimReview) and *Add selected claims to a sheet* — and three
pages: *Import a sheet* (with a dry run), *Import ClaimReview*, and a source's claim
sheet, which the Source admin links to ("Export this source's claim sheet").
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from sources.models import Source

from ..interchange.exporting.exporter import ClaimFileExporter
from ..interchange.importing.claim_file import ClaimFileImporter
from ..interchange.importing.claimreview import ClaimReviewImporter
from ..interchange.importing.readers import ClaimFileFormatError, read_sheet
from ..interchange.importing.runs import record_import_run
from ..models import ClaimSheet, ImportKind
from ..selectors import filtered_claims
from ..sheets.services import sheet_add_claims, sheet_create
from ..sheets.views import FILE_FORMATS

FORMAT_CHOICES = [
    ("xlsx", "XLSX workbook (Excel, LibreOffice, Google Sheets)"),
    ("csv", "CSV (UTF-8)"),
    ("json", "JSON"),
    ("claimreview", "ClaimReview JSON-LD (published claims with a published review)"),
]
# Largest upload the import pages read (bytes).
MAX_UPLOAD = 50 * 1024 * 1024


class ExportFormatForm(forms.Form):
    format = forms.ChoiceField(choices=FORMAT_CHOICES, widget=forms.RadioSelect, initial="xlsx")


class AddToSheetForm(forms.Form):
    sheet = forms.ModelChoiceField(
        queryset=ClaimSheet.objects.order_by("name"), required=False, empty_label="— a new sheet —"
    )
    new_name = forms.CharField(
        max_length=200,
        required=False,
        label="New sheet's name",
        help_text="For example “NK troops in Kursk, July 2025”.",
    )

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("sheet") and not cleaned.get("new_name", "").strip():
            raise ValidationError("Choose a sheet, or name a new one.")
        return cleaned


class _UploadForm(forms.Form):
    dry_run = forms.BooleanField(
        required=False,
        initial=True,
        label="Dry run",
        help_text="Show what would be created or changed, row by row, and write nothing.",
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD:
            raise ValidationError(f"The file is larger than {MAX_UPLOAD // 1024 // 1024} MB.")
        return upload


class SheetImportForm(_UploadForm):
    file = forms.FileField(help_text="A claim sheet in the export's layout: .xlsx or .csv (UTF-8).")
    field_order = ["file", "dry_run"]


class ClaimReviewImportForm(_UploadForm):
    file = forms.FileField(
        help_text="ClaimReview JSON-LD (one object, a list or an @graph), a fact-check page saved as HTML, "
        "or a Google Fact Check Tools API response."
    )
    base_url = forms.URLField(
        required=False,
        label="Page address",
        help_text="Where the page was published, to resolve relative review addresses (“/fact-check/…”).",
    )
    field_order = ["file", "base_url", "dry_run"]


def _ask(modeladmin, request, queryset, action, title, form):
    """The action's own page (``admin/claims/claim/<action>.html``), posting the same selection back."""
    select_across = request.POST.get("select_across") == "1"
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": title,
        "opts": modeladmin.model._meta,
        "form": form,
        "action": action,
        "select_across": select_across,
        "selected_ids": [] if select_across else request.POST.getlist(helpers.ACTION_CHECKBOX_NAME),
        "count": queryset.count(),
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
    }
    return TemplateResponse(request, f"admin/claims/claim/{action}.html", context)


@admin.action(description="Export selected claims", permissions=["view"])
def export_selected(modeladmin, request, queryset):
    form = ExportFormatForm(request.POST if "format" in request.POST else None)
    if not form.is_valid():
        return _ask(modeladmin, request, queryset, "export_selected", "Export claims", form)
    selection = request.POST.getlist(helpers.ACTION_CHECKBOX_NAME)
    if request.POST.get("select_across") == "1":
        query = request.GET.urlencode() or "every claim in the admin list"
    else:
        query = "selected in the admin: id " + ",".join(selection)
    claims = queryset.visible_to(request.user)
    return ClaimFileExporter.for_request(claims, form.cleaned_data["format"], request, query=query).response()


@admin.action(description="Add selected claims to a sheet", permissions=["sheet"])
def add_to_sheet(modeladmin, request, queryset):
    form = AddToSheetForm(request.POST if "apply" in request.POST else None)
    if not form.is_valid():
        return _ask(modeladmin, request, queryset, "add_to_sheet", "Add claims to a sheet", form)
    sheet = form.cleaned_data["sheet"] or sheet_create(name=form.cleaned_data["new_name"].strip(), user=request.user)
    added = sheet_add_claims(sheet=sheet, claims=list(queryset.values_list("pk", flat=True)), user=request.user)
    link = reverse("admin:claims_claimsheet_change", args=[sheet.pk])
    modeladmin.message_user(
        request,
        format_html('{} claim{} added to <a href="{}">{}</a>.', added, "" if added == 1 else "s", link, sheet.name),
        messages.SUCCESS,
    )
    return None


class ClaimInterchangeAdminMixin:
    """Export, sheet and import pages for the claims admin (see the module docstring)."""

    def has_sheet_permission(self, request):
        return request.user.has_perms(["claims.add_claimsheet", "claims.add_claimsheetitem"])

    def has_import_permission(self, request):
        return request.user.has_perms(["claims.add_claim", "claims.change_claim"])

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("import-sheet/", wrap(self.import_sheet_view), name="claims_claim_import_sheet"),
            path("import-claimreview/", wrap(self.import_claimreview_view), name="claims_claim_import_claimreview"),
            path(
                "source-sheet/<int:source_id>.<str:extension>",
                wrap(self.source_sheet_view),
                name="claims_claim_source_sheet",
            ),
            *super().get_urls(),
        ]

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "can_import": self.has_import_permission(request)}
        return super().changelist_view(request, extra_context)

    def source_sheet_view(self, request, source_id, extension):
        """The claims of one source (as the user may read them), as a sheet file."""
        if not self.has_view_permission(request) or extension not in FILE_FORMATS:
            raise PermissionDenied
        source = get_object_or_404(Source.objects.select_related("outlet"), pk=source_id)
        query = f"source={source.pk}"
        claims = filtered_claims(query, request.user)
        title = f"{source.outlet.name} - {source.title}"
        exporter = ClaimFileExporter.for_request(claims, FILE_FORMATS[extension], request, title=title, query=query)
        return exporter.response()

    def import_sheet_view(self, request):
        if not self.has_import_permission(request):
            raise PermissionDenied
        form = SheetImportForm(request.POST or None, request.FILES or None)
        result = None
        if request.method == "POST" and form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                rows = read_sheet(upload, upload.name)
            except ClaimFileFormatError as error:
                form.add_error("file", str(error))
            else:
                importer = ClaimFileImporter(user=request.user, filename=upload.name)
                result = importer.run(rows, dry_run=form.cleaned_data["dry_run"])
                record_import_run(kind=ImportKind.SHEET, result=result, file_name=upload.name, user=request.user)
                if result.written:
                    self.message_user(request, result.summary(), messages.SUCCESS)
        return self._import_page(request, "admin/claims/claim/import_sheet.html", "Import a claim sheet", form, result)

    def import_claimreview_view(self, request):
        if not request.user.has_perms(["claims.add_claim", "claims.add_review", "claims.publish_review"]):
            raise PermissionDenied
        form = ClaimReviewImportForm(request.POST or None, request.FILES or None)
        result = None
        if request.method == "POST" and form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                text = upload.read().decode("utf-8-sig")
            except UnicodeDecodeError:
                form.add_error("file", "The file is not UTF-8 text.")
            else:
                importer = ClaimReviewImporter(
                    user=request.user, filename=upload.name, base_url=form.cleaned_data["base_url"]
                )
                result = importer.run(text, dry_run=form.cleaned_data["dry_run"])
                record_import_run(kind=ImportKind.CLAIMREVIEW, result=result, file_name=upload.name, user=request.user)
                if not result.dry_run and result.imported:
                    self.message_user(request, result.summary(), messages.SUCCESS)
        return self._import_page(
            request, "admin/claims/claim/import_claimreview.html", "Import ClaimReview", form, result
        )

    def _import_page(self, request, template, title, form, result):
        context = {
            **self.admin_site.each_context(request),
            "title": title,
            "opts": self.model._meta,
            "form": form,
            "result": result,
            "changelist_url": reverse("admin:claims_claim_changelist"),
        }
        return TemplateResponse(request, template, context)
