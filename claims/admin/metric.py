"""Admin for metrics (the timeline page), tags and relations.

The metric page shows, under its form, what factdb knows about the figure: the
chart, the timeline table with each claim's origin, chain and rank, conflicting
estimates side by side, and the origin summary. Editors rank claims there
(``claim_set_rank``) and attach suggested claims to the metric (``claim_save``).
"""

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from simple_history.admin import SimpleHistoryAdmin

from ..metrics.chart import render_chart
from ..metrics.timeline import metric_timeline
from ..models import Claim, ClaimRank, ClaimRelation, DeprecationReason, Metric, Tag
from ..services import claim_save, claim_set_rank
from .history_words import ReadableHistoryMixin

# The rank menu on each timeline row: "rank" or "deprecated:<reason>".
RANK_CHOICES = [
    (ClaimRank.PREFERRED.value, "Preferred estimate"),
    (ClaimRank.NORMAL.value, "Normal"),
    *(
        (f"{ClaimRank.DEPRECATED}:{reason.value}", f"Deprecated: {reason.label.lower()}")
        for reason in DeprecationReason
    ),
]


class LiveConflictListFilter(admin.SimpleListFilter):
    """Metrics with a live (unexplained, in play) conflict among their claims; the desk links here."""

    title = "conflict"
    parameter_name = "conflict"

    def lookups(self, request, model_admin):
        return [("live", "Has a live conflict"), ("none", "No live conflict")]

    def queryset(self, request, queryset):
        # The flag the writes keep (claims.metrics.live_conflicts): what the desk counts.
        if self.value() == "live":
            return queryset.filter(has_live_conflict=True)
        if self.value() == "none":
            return queryset.filter(has_live_conflict=False)
        return queryset


@admin.register(Metric)
class MetricAdmin(ReadableHistoryMixin, SimpleHistoryAdmin):
    list_display = ["name", "unit", "claim_count", "conflicting_count", "updated_at"]
    list_filter = [LiveConflictListFilter]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}
    # The claim counts group the rows, and Django drops Meta.ordering from grouped queries:
    # without this the claim form's metric picker pages in no stable order.
    ordering = ["name"]
    change_form_template = "admin/claims/metric/change_form.html"

    class Media:
        css = {"all": ["claims/metrics.css"]}

    def get_queryset(self, request):
        conflicting = (
            Claim.objects.conflicting()
            .filter(metric=OuterRef("pk"))
            .order_by()
            .values("metric")
            .annotate(total=Count("pk"))
            .values("total")
        )
        return (
            super()
            .get_queryset(request)
            .annotate(claim_total=Count("claims"), conflicting_total=Coalesce(Subquery(conflicting), 0))
        )

    @admin.display(description="Claims", ordering="claim_total")
    def claim_count(self, obj):
        return obj.claim_total

    @admin.display(description="Claims in a live conflict", ordering="conflicting_total")
    def conflicting_count(self, obj):
        return obj.conflicting_total

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("<path:object_id>/rank/", wrap(self.rank_view), name="claims_metric_rank"),
            path("<path:object_id>/attach/<int:claim_id>/", wrap(self.attach_view), name="claims_metric_attach"),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        metric = self.get_object(request, unquote(object_id))
        context = {}
        if metric is not None:
            timeline = metric_timeline(metric, Claim.objects.visible_to(request.user))
            chart = render_chart(
                timeline, claim_url=lambda claim: reverse("admin:claims_claim_change", args=[claim.pk])
            )
            context = {
                "timeline": timeline,
                "chart_svg": mark_safe(chart),  # built by TimelineChart, every text escaped
                "rank_choices": RANK_CHOICES,
                "can_rank": request.user.has_perm("claims.change_claim"),
                "can_explain": request.user.has_perm("claims.add_conflictexplanation"),
            }
        return super().change_view(request, object_id, form_url, {**context, **(extra_context or {})})

    def rank_view(self, request, object_id):
        """POST: set one claim's rank on this metric (making one preferred demotes the other)."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not request.user.has_perm("claims.change_claim"):
            raise PermissionDenied
        metric = get_object_or_404(Metric, pk=unquote(object_id))
        claim = get_object_or_404(Claim, pk=_integer(request.POST.get("claim")), metric=metric)
        rank, _, reason = request.POST.get("rank", "").partition(":")
        try:
            claim_set_rank(claim=claim, rank=rank, reason=reason, user=request.user)
        except ValidationError as error:
            self.message_user(request, f"“{claim}” was not ranked: {' '.join(error.messages)}", messages.ERROR)
        else:
            claim.refresh_from_db()
            self.message_user(
                request, f"“{claim}” is now {claim.get_rank_display().lower()} on {metric}.", messages.SUCCESS
            )
        return HttpResponseRedirect(reverse("admin:claims_metric_change", args=[metric.pk]) + "#timeline")

    def attach_view(self, request, object_id, claim_id):
        """Attach a (suggested) claim to this metric, after the editor confirms."""
        if not request.user.has_perm("claims.change_claim"):
            raise PermissionDenied
        metric = get_object_or_404(Metric, pk=unquote(object_id))
        claim = get_object_or_404(Claim.objects.visible_to(request.user).select_related("metric"), pk=claim_id)
        next_url = request.POST.get("next") or request.GET.get("next") or ""
        if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
            next_url = ""
        if request.method == "POST":
            previous = claim.metric
            claim.metric = metric
            try:
                claim_save(
                    claim=claim,
                    user=request.user,
                    expected_version=_integer(request.POST.get("version")) or claim.version,
                    change_reason="attached to a metric",
                )
            except ValidationError as error:
                self.message_user(request, " ".join(error.messages), messages.ERROR)
            else:
                moved = f" (it was on “{previous}”)" if previous and previous != metric else ""
                self.message_user(
                    request,
                    format_html("“{}” is now on the metric “{}”{}.", claim, metric, moved),
                    messages.SUCCESS,
                )
            return HttpResponseRedirect(next_url or reverse("admin:claims_metric_change", args=[metric.pk]))
        context = {
            **self.admin_site.each_context(request),
            "title": f"Attach a claim to “{metric}”",
            "opts": self.opts,
            "metric": metric,
            "claim": claim,
            "next": next_url,
        }
        return TemplateResponse(request, "admin/claims/metric/attach_confirmation.html", context)


def _integer(text):
    """``int(text)``, or 0 for anything that is not a number (a tampered form)."""
    try:
        return int(text)
    except (TypeError, ValueError):
        return 0


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(ClaimRelation)
class ClaimRelationAdmin(SimpleHistoryAdmin):
    list_display = ["from_claim", "kind", "to_claim", "note"]
    list_filter = ["kind"]
    list_select_related = ("from_claim", "to_claim")
    raw_id_fields = ["from_claim", "to_claim"]
    search_fields = ["from_claim__statement", "to_claim__statement", "note"]
