"""The claims list and claim page: where fact-checkers spend their day."""

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.utils.dateformat import format as date_format
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.timezone import localtime
from simple_history.admin import SimpleHistoryAdmin

from ..models import Claim, ClaimRelation, Review
from ..selectors import filter_claims_by
from ..services import (
    chain_replace,
    claim_save,
    refresh_verdict,
    review_save,
    signed_by_someone_else,
    signed_review_message,
)
from . import actions, figure_form, interchange, list_filters
from .assignment import AssigneeListFilter, ClaimAssignmentAdminMixin, CreatorListFilter, assign_to_reviewer
from .chain_inline import AttributionInline
from .forms import AttributionFormSet, ClaimAdminForm, refusal_of, refuse
from .history import ChainHistoryAdminMixin
from .history_words import ReadableHistoryMixin
from .list_filters import ConflictingListFilter, OutletListFilter, SourceListFilter
from .panels import ClaimMetricPanelsMixin
from .review import REVIEW_FIELDS, ReviewFormMixin, is_own, signed_review_form
from .revision import PendingRevisionAdminMixin, PendingRevisionListFilter
from .workflow import ClaimWorkflowAdminMixin


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


class ReviewInline(ReviewFormMixin, admin.StackedInline):
    model = Review
    formset = SignedReviewFormSet
    fields = REVIEW_FIELDS
    readonly_fields = ["reviewer", "rating_value_display"]
    autocomplete_fields = ["evidence", "publisher", "author"]
    extra = 0

    def get_formset(self, request, obj=None, **kwargs):
        kwargs["form"] = signed_review_form(kwargs.get("form", self.form), request.user)
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
    ClaimAssignmentAdminMixin,
    ClaimWorkflowAdminMixin,
    PendingRevisionAdminMixin,
    ChainHistoryAdminMixin,
    ReadableHistoryMixin,
    ClaimMetricPanelsMixin,
    interchange.ClaimInterchangeAdminMixin,
    SimpleHistoryAdmin,
):
    form = ClaimAdminForm
    list_display = ["statement", "figure", "status", "verdict", "origin_speaker", "published_in", "last_change"]
    list_display_links = ["statement"]
    list_filter = [
        "status",
        AssigneeListFilter,
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
        CreatorListFilter,
    ]
    search_fields = [
        "statement",
        "quote",
        "subject",
        "attributions__actor__name",
        "attributions__actor__aliases",
    ]  # shown as the box's hint; the search itself is the API's q (get_search_results)
    search_help_text = (
        "Statement, quote, subject and speakers' names and aliases, as the API's q: words, \"a phrase\", or, -word."
    )
    date_hierarchy = "stated_on"  # the date of the statement (claims.services.stated_on_refresh)
    autocomplete_fields = ["metric", "tags"]
    readonly_fields = ["status", "verdict", "figure", "interval_display", "provenance", "extracted_sentence", "version"]
    inlines = [AttributionInline, ReviewInline, ClaimRelationInline]
    actions = [
        actions.submit_for_review,
        actions.return_to_draft,
        actions.publish,
        actions.retract,
        assign_to_reviewer,
        interchange.export_selected,
        interchange.add_to_sheet,
    ]
    list_per_page = 50

    class Media:
        # Named here, so the metric panels' style (ClaimMetricPanelsMixin.Media) is listed too.
        css = {"all": ["claims/metrics.css", "claims/claim_admin.css"]}

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
        (
            "Workflow",
            {"fields": [("status", "verdict"), "assignee", ("provenance", "version"), "extracted_sentence"]},
        ),
    ]

    def view_on_site(self, obj):
        """ "View on site" opens the public page, so only for a claim the public may read."""
        return obj.get_absolute_url() if obj.is_public else None

    def get_queryset(self, request):
        return super().get_queryset(request).for_admin_changelist()

    def get_search_results(self, request, queryset, search_term):
        """The search box is the API's ``q``: the same syntax, limits and matching
        (stemmed on PostgreSQL: "troop" finds "troops"), through ``ClaimFilterSet``."""
        if not search_term.strip():
            return queryset, False
        try:
            return filter_claims_by(queryset, "q", search_term, request=request), False
        except ValidationError as error:
            raise list_filters.refuse(request, error) from error

    def has_publish_permission(self, request):
        return request.user.has_perm("claims.publish_claim")

    @admin.display(description="Figure", ordering="value")
    def figure(self, obj):
        return obj.figure_display or "—"

    @admin.display(description="Interval")
    def interval_display(self, obj):
        return figure_form.interval_display(obj.value, obj.value_max, obj.qualifier)

    @admin.display(description="Changed", ordering="updated_at")
    def last_change(self, obj):
        # The day is what people scan for; the time is in the claim's history.
        return date_format(localtime(obj.updated_at), "j M Y")

    @admin.display(description="Origins")
    def origin_speaker(self, obj):
        """Every source's origin, in the read model's source order (``chains.source_order``), as the sheets list them."""
        return (
            format_html_join(mark_safe("<br>"), "{}", ((chain.origin.speaker_display,) for chain in obj.chains)) or "—"
        )

    @admin.display(description="Outlets")
    def published_in(self, obj):
        """The outlets, in the read model's source order, each once."""
        return ", ".join(dict.fromkeys(source.outlet.name for source in obj.sources)) or "—"

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
        self.save_assignee(request, obj, form)  # not content: applies at once, never a revision

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
            if review.reviewer_id is None and is_own(review):
                review.reviewer = request.user
            review_save(review=review, user=request.user, own=is_own(review))
        for review in formset.deleted_objects:
            review.delete()
        formset.save_m2m()
        refresh_verdict(form.instance, user=request.user)
