"""The claims list and claim page: where fact-checkers spend their day."""

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef
from django.forms.models import BaseInlineFormSet
from simple_history.admin import SimpleHistoryAdmin

from sources.models import Outlet, Source

from ..models import Attribution, Claim, ClaimRelation, Review
from ..services import (
    chain_replace,
    claim_save,
    refresh_verdict,
    review_save,
    signed_by_someone_else,
    signed_review_message,
)
from . import actions, interchange
from .chain_inline import AttributionInline
from .forms import AttributionFormSet, ClaimAdminForm, refusal_of, refuse
from .history import ChainHistoryAdminMixin
from .panels import ClaimMetricPanelsMixin
from .revision import PendingRevisionAdminMixin, PendingRevisionListFilter
from .workflow import ClaimWorkflowAdminMixin


class OutletListFilter(admin.SimpleListFilter):
    """Claims published by an outlet (in any of their sources)."""

    title = "outlet"
    parameter_name = "outlet"

    def lookups(self, request, model_admin):
        return list(Outlet.objects.values_list("slug", "name"))

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        in_outlet = Attribution.objects.filter(claim=OuterRef("pk"), source__outlet__slug=self.value())
        return queryset.filter(Exists(in_outlet))


class ConflictingListFilter(admin.SimpleListFilter):
    """Claims in a live conflict on their metric (see ``claims.metrics.conflicts``)."""

    title = "conflict on its metric"
    parameter_name = "conflicting"

    def lookups(self, request, model_admin):
        return [("yes", "In a live conflict"), ("no", "Not in a live conflict")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.conflicting()
        if self.value() == "no":
            return queryset.not_conflicting()
        return queryset


class SourceListFilter(admin.SimpleListFilter):
    """Claims with a link in one source (``?source=<id>``), as "Suggest claims" links to."""

    title = "source"
    parameter_name = "source"

    def lookups(self, request, model_admin):
        # Only the chosen source is listed: the filter is reached from a source's page.
        source = Source.objects.filter(pk=self.value()).first() if str(self.value()).isdecimal() else None
        return [(str(source.pk), str(source))] if source else []

    def queryset(self, request, queryset):
        if not str(self.value() or "").isdecimal():
            return queryset
        in_source = Attribution.objects.filter(claim=OuterRef("pk"), source_id=self.value())
        return queryset.filter(Exists(in_source))


class SignedReviewFormSet(BaseInlineFormSet):
    """Reviews on the claim page: one signed and published by someone else cannot be changed or deleted."""

    user = None

    def clean(self):
        super().clean()
        for form in self.forms:
            deleting = self._should_delete_form(form)
            if form.instance.pk is None or not (form.has_changed() or deleting):
                continue
            signer = signed_by_someone_else(form.instance, self.user)
            if signer is None:
                continue
            if deleting:  # a form marked for deletion has its own errors ignored: refuse the whole set
                raise ValidationError(signed_review_message(signer))
            form.add_error(None, signed_review_message(signer))


class ReviewInline(admin.StackedInline):
    model = Review
    formset = SignedReviewFormSet
    fields = [
        ("rating", "status", "date_published"),
        "alternate_name",
        "explanation",
        "evidence",
        ("url", "language"),
        ("publisher", "author", "date_modified"),
        "reviewer",
    ]
    readonly_fields = ["reviewer"]
    autocomplete_fields = ["evidence", "publisher", "author"]
    extra = 0

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.user = request.user
        return formset


class ClaimRelationInline(admin.TabularInline):
    model = ClaimRelation
    fk_name = "from_claim"
    fields = ["kind", "to_claim", "note"]
    raw_id_fields = ["to_claim"]
    extra = 0
    verbose_name = "relation to another claim"
    verbose_name_plural = "Relations to other claims"


@admin.register(Claim)
class ClaimAdmin(
    ClaimWorkflowAdminMixin,
    PendingRevisionAdminMixin,
    ChainHistoryAdminMixin,
    ClaimMetricPanelsMixin,
    interchange.ClaimInterchangeAdminMixin,
    SimpleHistoryAdmin,
):
    form = ClaimAdminForm
    list_display = ["statement", "figure", "status", "verdict", "origin_speaker", "published_in", "updated_at"]
    list_display_links = ["statement"]
    list_filter = [
        "status",
        "verdict",
        "qualifier",
        "unit",
        "tags",
        "metric",
        ConflictingListFilter,
        OutletListFilter,
        "provenance",
        SourceListFilter,
        PendingRevisionListFilter,
    ]
    search_fields = [
        "statement",
        "quote",
        "subject",
        "attributions__actor__name",
        "attributions__actor__aliases",
    ]
    date_hierarchy = "created_at"
    autocomplete_fields = ["metric", "tags"]
    readonly_fields = ["status", "verdict", "figure", "interval_display", "provenance", "extracted_sentence", "version"]
    inlines = [AttributionInline, ReviewInline, ClaimRelationInline]
    actions = [
        actions.submit_for_review,
        actions.return_to_draft,
        actions.publish,
        actions.retract,
        interchange.export_selected,
        interchange.add_to_sheet,
    ]
    list_per_page = 50
    fieldsets = [
        (None, {"fields": ["statement", "quote", "loaded_version"]}),
        (
            "Figure",
            {
                "fields": [("qualifier", "value", "value_max", "unit"), ("figure", "interval_display")],
                "description": "Leave the value empty for a claim without a figure.",
            },
        ),
        ("What and when", {"fields": ["subject", "place", ("period_start", "period_end"), "metric", "tags"]}),
        ("Rank on its metric", {"fields": [("rank", "deprecation_reason")], "classes": ["collapse"]}),
        ("Conflicts, origins and suggested matches", {"fields": ClaimMetricPanelsMixin.metric_panel_fields}),
        ("Workflow", {"fields": [("status", "verdict"), ("provenance", "version"), "extracted_sentence"]}),
    ]

    def view_on_site(self, obj):
        """ "View on site" opens the public page, so only for a claim the public may read."""
        return obj.get_absolute_url() if obj.is_public else None

    def get_queryset(self, request):
        return super().get_queryset(request).for_admin_changelist()

    def has_publish_permission(self, request):
        return request.user.has_perm("claims.publish_claim")

    @admin.display(description="Figure", ordering="value")
    def figure(self, obj):
        return obj.figure_display or "—"

    @admin.display(description="Interval")
    def interval_display(self, obj):
        low, high = obj.interval
        if obj.value is None:
            return "—"
        return f"[{'−∞' if low is None else f'{low:,.2f}'}, {'∞' if high is None else f'{high:,.2f}'}]"

    @admin.display(description="Origin")
    def origin_speaker(self, obj):
        origin = obj.origin
        return origin.speaker_display if origin else "—"

    @admin.display(description="Published in")
    def published_in(self, obj):
        return ", ".join(sorted({source.outlet.name for source in obj.sources})) or "—"

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.refused = refusal_of(request)  # a class made for this request (modelform_factory)
        return form

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except ValidationError as error:
            # claim_save refused under the row's lock what the form's early checks let
            # through (someone saved in between, another claim became the preferred
            # estimate): the view's transaction rolled back, so nothing was written. The
            # same submission is shown again with the reason on the form.
            refuse(request, error)
            return super().changeform_view(request, object_id, form_url, extra_context)

    def save_model(self, request, obj, form, change):
        # claim_save writes the form's editable fields and nothing else: status, verdict and
        # publication stay as stored (a revert to an old version never republishes it).
        expected = form.cleaned_data.get("loaded_version") if change else None
        if not self.save_as_revision(request, obj, form, change, expected_version=expected):
            claim_save(claim=obj, user=request.user, expected_version=expected)

    def save_related(self, request, form, formsets, change):
        if getattr(request, "claim_revision_mode", False):  # see save_model
            return self.save_related_as_revision(request, form, formsets)
        form.save_m2m()
        chain_formset = next(fs for fs in formsets if isinstance(fs, AttributionFormSet))
        # The chain is written by the same validated service as in the API and importers;
        # the admin view wraps save_model and save_related in one transaction.
        chain_replace(claim=form.instance, links=chain_formset.link_data(), user=request.user)
        # The admin's change message reads these; the chain's own history has the detail.
        chain_formset.new_objects, chain_formset.changed_objects, chain_formset.deleted_objects = [], [], []
        for formset in formsets:
            if formset is not chain_formset:
                self.save_formset(request, form, formset, change)

    def save_formset(self, request, form, formset, change):
        if formset.model is not Review:
            return super().save_formset(request, form, formset, change)
        for review in formset.save(commit=False):
            if review.reviewer_id is None:
                review.reviewer = request.user
            review_save(review=review, user=request.user)
        for review in formset.deleted_objects:
            review.delete()
        formset.save_m2m()
        refresh_verdict(form.instance, user=request.user)
