"""Admin for reviews: verdicts, written through ``review_save`` so the claim follows."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from ..models import Review
from ..services import refresh_verdict, review_save, signed_by_someone_else


@admin.register(Review)
class ReviewAdmin(SimpleHistoryAdmin):
    list_display = ["claim", "rating", "status", "date_published", "reviewer", "author_name"]
    list_filter = ["rating", "status", "language"]
    list_select_related = ("claim", "reviewer")
    search_fields = ["claim__statement", "explanation", "alternate_name", "author_name", "url"]
    autocomplete_fields = ["claim", "evidence"]
    readonly_fields = ["reviewer"]
    date_hierarchy = "date_published"

    # A published review signed by another reviewer is read-only (claims.services.review_save).
    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not (obj and signed_by_someone_else(obj, request.user))

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not (obj and signed_by_someone_else(obj, request.user))

    def save_model(self, request, obj, form, change):
        if obj.reviewer_id is None and not obj.author_name:
            obj.reviewer = request.user
        review_save(review=obj, user=request.user)

    def delete_model(self, request, obj):
        claim = obj.claim
        super().delete_model(request, obj)
        refresh_verdict(claim, user=request.user)
