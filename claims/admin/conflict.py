"""Admin for conflict explanations: an editor's note on why two estimates differ."""

from django.contrib import admin
from django.http import HttpResponseRedirect
from django.urls import reverse
from simple_history.admin import SimpleHistoryAdmin

from ..models import ConflictExplanation


@admin.register(ConflictExplanation)
class ConflictExplanationAdmin(SimpleHistoryAdmin):
    """Opened from a conflict on the metric or claim page, with both claims filled in."""

    list_display = ["__str__", "claim_a", "claim_b", "reason", "explained_by", "updated_at"]
    list_filter = ["reason"]
    list_select_related = ("claim_a", "claim_b", "explained_by")
    search_fields = ["note", "claim_a__statement", "claim_b__statement"]
    autocomplete_fields = ["claim_a", "claim_b"]
    fields = ["claim_a", "claim_b", "reason", "note", "explained_by"]
    readonly_fields = ["explained_by"]

    def save_model(self, request, obj, form, change):
        obj.explained_by = request.user
        super().save_model(request, obj, form, change)

    def response_add(self, request, obj, post_url_continue=None):
        return self._back_to_metric(request, obj) or super().response_add(request, obj, post_url_continue)

    def response_change(self, request, obj):
        return self._back_to_metric(request, obj) or super().response_change(request, obj)

    def _back_to_metric(self, request, obj):
        """After a plain "Save", return to the metric page the conflict is shown on."""
        if "_continue" in request.POST or "_addanother" in request.POST or obj.claim_a.metric_id is None:
            return None
        self.message_user(request, f"The conflict between #{obj.claim_a_id} and #{obj.claim_b_id} is explained.")
        return HttpResponseRedirect(reverse("admin:claims_metric_change", args=[obj.claim_a.metric_id]) + "#conflicts")
