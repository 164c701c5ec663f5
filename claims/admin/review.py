"""Admin for reviews: verdicts, written through ``review_save`` so the claim follows.

A new review is signed by whoever writes it: its form starts with the logged-in user as
reviewer (shown on the page before saving), and the rating value ClaimReview publishes
is filled from the verdict on saving (``review_save(own=True)``) rather than typed. A
review imported from another fact-checker (with an author name) keeps its own numbers.
"""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from ..models import Review
from ..services import refresh_verdict, review_save, signed_by_someone_else
from .history_words import ReadableHistoryMixin

REVIEW_FIELDS = [
    ("rating", "status", "date_published"),
    "alternate_name",
    "explanation",
    "evidence",
    ("url", "language"),
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
    """Ours, not imported: its rating value follows its rating."""
    return not review.author_name


def rating_value_display(review):
    if review is None or review.pk is None or review.rating_value is None:
        return "filled from the rating on saving" if is_own(review) else "—"
    return f"{review.rating_value} of {review.best_rating or 5}"


class ReviewFormMixin:
    """The parts of the review form the claim page's inline and the review page share."""

    @admin.display(description="Rating value (ClaimReview)")
    def rating_value_display(self, obj):
        return rating_value_display(obj)


@admin.register(Review)
class ReviewAdmin(ReviewFormMixin, ReadableHistoryMixin, SimpleHistoryAdmin):
    list_display = ["claim", "rating", "status", "date_published", "reviewer", "author_name"]
    list_filter = ["rating", "status", "language"]
    list_select_related = ("claim", "reviewer")
    search_fields = ["claim__statement", "explanation", "alternate_name", "author_name", "url"]
    autocomplete_fields = ["claim", "evidence"]
    readonly_fields = ["reviewer", "rating_value_display"]
    fields = ["claim", *REVIEW_FIELDS, "author_name"]
    date_hierarchy = "date_published"

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
