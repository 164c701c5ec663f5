"""Admin for saved claim sheets: name a sheet, fill it from a filter or by picking claims, order it."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from ..models import ClaimSheet, ClaimSheetItem
from ..selectors import filtered_claims
from ..sheets.services import sheet_fill_from_query
from ..sheets.views import FILE_FORMATS


class ClaimSheetForm(forms.ModelForm):
    """The sheet form: its filter is checked with the API's filters, parameter by parameter."""

    fill_now = forms.BooleanField(
        required=False,
        label="Add the filter's claims when saving",
        help_text="Appends every claim the filter selects that is not on the sheet yet.",
    )

    class Meta:
        model = ClaimSheet
        fields = ["name", "slug", "description", "public", "query"]

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_query(self):
        query = self.cleaned_data["query"].strip().lstrip("?")
        try:
            filtered_claims(query, self.user)
        except ValidationError as error:
            raise ValidationError(
                [f"{name}: {message}" for name, messages in error.message_dict.items() for message in messages]
            ) from None
        return query


class ClaimSheetItemInline(admin.TabularInline):
    model = ClaimSheetItem
    fields = ["position", "claim", "figure", "status"]
    readonly_fields = ["figure", "status"]
    autocomplete_fields = ["claim"]
    ordering = ["position", "id"]
    extra = 1
    verbose_name = "claim"
    verbose_name_plural = "Claims, in the sheet's order (lowest position first)"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("claim")

    @admin.display(description="Figure")
    def figure(self, item):
        return item.claim.figure_display or "—" if item.claim_id else ""

    @admin.display(description="Status")
    def status(self, item):
        return item.claim.get_status_display() if item.claim_id else ""


@admin.action(description="Add the claims their filters select (new matches only)", permissions=["change"])
def refill_from_query(modeladmin, request, queryset):
    for sheet in queryset:
        if not sheet.query:
            modeladmin.message_user(request, f"“{sheet}” has no filter.", messages.WARNING)
            continue
        added = sheet_fill_from_query(sheet=sheet, user=request.user)
        modeladmin.message_user(request, f"“{sheet}”: {added} claims added.", messages.SUCCESS)


@admin.register(ClaimSheet)
class ClaimSheetAdmin(SimpleHistoryAdmin):
    form = ClaimSheetForm
    list_display = ["name", "public", "claim_count", "files", "created_by", "updated_at"]
    list_filter = ["public"]
    list_select_related = ["created_by"]
    search_fields = ["name", "slug", "description"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["files", "created_by", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "description", "public"]}),
        (
            "Fill from a filter",
            {
                "fields": ["query", "fill_now"],
                "description": "The claim filter, as in the API: <code>status=published&amp;tag=kursk</code>.",
            },
        ),
        ("Links and record", {"fields": ["files", ("created_by", "created_at", "updated_at")]}),
    ]
    inlines = [ClaimSheetItemInline]
    actions = [refill_from_query]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(item_total=Count("items"))

    def get_readonly_fields(self, request, obj=None):
        # Only reviewers decide what the public sees.
        readonly = list(super().get_readonly_fields(request, obj))
        if not request.user.has_perm("claims.publish_claimsheet"):
            readonly.append("public")
        return readonly

    def get_form(self, request, obj=None, **kwargs):
        form_class = super().get_form(request, obj, **kwargs)

        class FormWithUser(form_class):
            def __init__(self, *args, **inner_kwargs):
                super().__init__(*args, user=request.user, **inner_kwargs)

        return FormWithUser

    @admin.display(description="Claims", ordering="item_total")
    def claim_count(self, sheet):
        return sheet.item_total

    @admin.display(description="Page and files")
    def files(self, sheet):
        if not sheet.pk:
            return "—"
        page = format_html('<a href="{}">page</a>', sheet.get_absolute_url())
        links = format_html_join(" ", '<a href="{}">{}</a>', ((sheet.get_file_url(ext), ext) for ext in FILE_FORMATS))
        return format_html("{} · {}", page, links)

    def save_model(self, request, obj, form, change):
        if not change and obj.created_by_id is None:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if form.cleaned_data.get("fill_now") and form.instance.query:
            added = sheet_fill_from_query(sheet=form.instance, user=request.user)
            self.message_user(request, f"{added} claims added from the filter.", messages.SUCCESS)
