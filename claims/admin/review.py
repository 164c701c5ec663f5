"""Admin for reviews: verdicts, written through ``review_save`` so the claim follows."""

from django.contrib import admin
from django.utils.text import Truncator
from simple_history.admin import SimpleHistoryAdmin

from ..models import Rating, Review
from ..services import refresh_verdict, review_save, signed_by_someone_else

NOT_MAPPED = "not_mapped"


class RatingListFilter(admin.SimpleListFilter):
    """Our ratings, and "Not mapped" for imported ratings whose words we do not map."""

    title = "rating"
    parameter_name = "rating"

    def lookups(self, request, model_admin):
        return [*Rating.choices, (NOT_MAPPED, "Not mapped")]

    def queryset(self, request, queryset):
        value = self.value()
        if value == NOT_MAPPED:
            return queryset.filter(rating="")
        return queryset.filter(rating=value) if value in Rating.values else queryset


@admin.register(Review)
class ReviewAdmin(SimpleHistoryAdmin):
    list_display = [
        "claim_shown",
        "rating_shown",
        "status",
        "date_published",
        "reviewer",
        "publisher_shown",
        "language",
    ]
    list_filter = [RatingListFilter, "status", "language", "publisher"]
    list_select_related = ("claim", "reviewer", "publisher", "author")
    search_fields = ["claim__statement", "explanation", "alternate_name", "author_name", "publisher__name", "url"]
    autocomplete_fields = ["claim", "evidence", "publisher", "author"]
    readonly_fields = ["reviewer"]
    date_hierarchy = "date_published"
    fieldsets = [
        (None, {"fields": ["claim", ("rating", "status"), "alternate_name", "explanation", "evidence", "reviewer"]}),
        (
            "Published by",
            {
                "fields": [
                    ("publisher", "author"),
                    "author_name",
                    "url",
                    "language",
                    ("date_published", "date_modified"),
                ],
                "description": "For a review imported from another fact-checker: the organisation, the person who "
                "wrote it, and its dates. A rating we do not map is left empty; the publisher's words are kept.",
            },
        ),
        ("Rating on the publisher's scale", {"fields": [("rating_value", "best_rating", "worst_rating")]}),
    ]

    @admin.display(description="Claim", ordering="claim__statement")
    def claim_shown(self, obj):
        return Truncator(str(obj.claim)).chars(90)

    @admin.display(description="Rating", ordering="rating")
    def rating_shown(self, obj):
        """Our rating with the publisher's words when they differ; "Not mapped: “…”" when we have none."""
        if obj.rating and obj.alternate_name and obj.alternate_name != obj.get_rating_display():
            return f"{obj.get_rating_display()} (“{obj.alternate_name}”)"
        return obj.rating_display

    @admin.display(description="Publisher", ordering="publisher__name")
    def publisher_shown(self, obj):
        shown = obj.publisher.name if obj.publisher_id else obj.author_name
        return f"{shown} — {obj.author.name}" if obj.author_id else shown

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
