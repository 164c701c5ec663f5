"""
Panels on the claim page about the claim's metric: its conflicts, its origins and
the claims that may be about the same quantity (suggested matches).

``ClaimMetricPanelsMixin`` gives ``ClaimAdmin`` three read-only fields that render
these panels. The claim page is open only to users who may view every claim, so the
panels read all claims.
"""

from django.contrib import admin, messages
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import format_html

from ..metrics.matching import suggest_matches
from ..metrics.origins import OriginSummary
from ..metrics.timeline import metric_timeline
from ..models import Claim


class ClaimMetricPanelsMixin:
    """Read-only panels for ``ClaimAdmin``: conflicts, origin summary, suggested matches."""

    metric_panel_fields = ["metric_conflicts", "origin_summary", "suggested_matches"]

    class Media:
        css = {"all": ["claims/metrics.css"]}

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), *self.metric_panel_fields]

    @admin.display(description="Conflicts on its metric")
    def metric_conflicts(self, obj):
        return self._render_panel("conflicts", obj)

    @admin.display(description="Origins")
    def origin_summary(self, obj):
        return self._render_panel("origins", obj)

    @admin.display(description="Suggested matches")
    def suggested_matches(self, obj):
        return self._render_panel("matches", obj)

    def _render_panel(self, name, obj):
        if obj is None or obj.pk is None:
            return "Shown once the claim is saved."
        return render_to_string(f"admin/claims/claim/{name}_panel.html", self._panel_context(obj))

    def _panel_context(self, obj):
        """Everything the three panels show, computed once per page."""
        if getattr(obj, "_panel_context", None) is None:
            timeline = metric_timeline(obj.metric, include=obj) if obj.metric_id else None
            entry = timeline.entry(obj.pk) if timeline else None
            claim = entry.claim if entry else Claim.objects.for_timeline().get(pk=obj.pk)
            obj._panel_context = {
                "claim": claim,
                "timeline": timeline,
                "entry": entry,
                "summary": OriginSummary.of([claim]),
                "matches": [_match_links(obj, match) for match in suggest_matches(obj)],
                "change_url": reverse("admin:claims_claim_change", args=[obj.pk]),
            }
        return obj._panel_context

    def response_add(self, request, obj, post_url_continue=None):
        self._announce_matches(request, obj)
        return super().response_add(request, obj, post_url_continue)

    def response_change(self, request, obj):
        self._announce_matches(request, obj)
        return super().response_change(request, obj)

    def _announce_matches(self, request, obj):
        """After a save, point the editor at claims that may be about the same quantity."""
        count = len(self._panel_context(obj)["matches"])
        if count:
            url = reverse("admin:claims_claim_change", args=[obj.pk]) + "#matches"
            noun = "claim may be" if count == 1 else "claims may be"
            message = format_html(
                '{} existing {} about the same quantity: <a href="{}">see the suggestions</a>.', count, noun, url
            )
            self.message_user(request, message, messages.INFO)


def _match_links(claim, match):
    """The ways an editor can act on one suggestion, as (label, URL) pairs."""
    other = match.claim
    here = reverse("admin:claims_claim_change", args=[claim.pk])
    links = []
    if other.metric_id and claim.metric_id is None:
        url = reverse("admin:claims_metric_attach", args=[other.metric_id, claim.pk])
        links.append((f"Attach this claim to “{other.metric}”", f"{url}?next={here}"))
    if claim.metric_id and other.metric_id is None:
        url = reverse("admin:claims_metric_attach", args=[claim.metric_id, other.pk])
        links.append((f"Attach it to “{claim.metric}”", f"{url}?next={here}"))
    relate = reverse("admin:claims_claimrelation_add")
    links.append(("Relate the two claims", f"{relate}?from_claim={claim.pk}&to_claim={other.pk}"))
    return {"match": match, "links": links}
