"""Admin for reviews: verdicts, written through ``review_save`` so the claim follows.

A new review is signed by whoever writes it: its form starts with the logged-in user as
reviewer (shown on the page before saving), and the rating value ClaimReview publishes
is filled from the verdict on saving (``review_save(own=True)``) rather than typed. A
review imported from another fact-checker (with an author name) keeps its own numbers.
"""

from django.contrib import admin
from django.utils.text import Truncator
from simple_history.admin import SimpleHistoryAdmin

from ..models import Rating, Review
from ..services import refresh_verdict, review_save, signed_by_someone_else
from .history_words import ReadableHistoryMixin

REVIEW_FIELDS = [
    ("rating", "status", "date_published"),
    "alternate_name",
    "explanation",
    "evidence",
    ("url", "language"),
    ("publisher", "author", "date_modified"),
    ("reviewer", "rating_value_display"),
]


def signed_review_form(form_class, user):
    """``form_class`` whose new reviews start signed by ``user`` (made per request)."""

    class SignedReviewForm(form_class):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            if self.instance.pk is None and self.instance.reviewer_id is None:
                self.instance.reviewer = user

    return SignedReviewForm


def is_own(review):
    """Ours, not imported (no other publisher, no author's name): its rating value follows its rating."""
    return not (review.author_name or review.publisher_id)


def rating_value_display(review):
    if review is None or review.pk is None or review.rating_value is None:
        return "filled from the rating on saving" if is_own(review) else "—"
    return f"{review.rating_value} of {review.best_rating or 5}"


class ReviewFormMixin:
    """The parts of the review form the claim page's inline and the review page share."""

    @admin.display(description="Rating value (ClaimReview)")
    def rating_value_display(self, obj):
        return rating_value_display(obj)


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
class ReviewAdmin(ReviewFormMixin, ReadableHistoryMixin, SimpleHistoryAdmin):
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
    readonly_fields = ["reviewer", "rating_value_display"]
    date_hierarchy = "date_published"
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "claim",
                    ("rating", "status"),
                    "alternate_name",
                    "explanation",
                    "evidence",
                    ("reviewer", "rating_value_display"),
                ]
            },
        ),
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

    class Media:
        css = {"all": ["claims/review_admin.css"]}

    def get_form(self, request, obj=None, change=False, **kwargs):
        return signed_review_form(super().get_form(request, obj, change=change, **kwargs), request.user)

    # A published review signed by another reviewer is read-only (claims.services.review_save).
    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not (obj and signed_by_someone_else(obj, request.user))

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not (obj and signed_by_someone_else(obj, request.user))

    def save_model(self, request, obj, form, change):
        if not change and obj.author_name:
            obj.reviewer = None  # entered for another fact-checker: theirs, not signed by us
        elif obj.reviewer_id is None and not obj.author_name:
            obj.reviewer = request.user
        review_save(review=obj, user=request.user, own=is_own(obj))

    def delete_model(self, request, obj):
        claim = obj.claim
        super().delete_model(request, obj)
        refresh_verdict(claim, user=request.user)
