"""Reviews: a fact-checker's verdict on a claim, mapped onto schema.org ClaimReview."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from simple_history.models import HistoricalRecords

from sources.models import Actor, Outlet, Source


class Rating(models.TextChoices):
    """The verdict scale. ``SCHEMA`` maps each onto ClaimReview's 1–5 ``ratingValue``."""

    TRUE = "true", "True"
    MOSTLY_TRUE = "mostly_true", "Mostly true"
    MIXED = "mixed", "Half true"
    MOSTLY_FALSE = "mostly_false", "Mostly false"
    FALSE = "false", "False"
    MISLEADING = "misleading", "Misleading"
    UNPROVEN = "unproven", "Unproven"


# ratingValue on a 1 (worst) to 5 (best) scale; None where a number would mislead.
RATING_VALUES = {
    Rating.TRUE: 5,
    Rating.MOSTLY_TRUE: 4,
    Rating.MIXED: 3,
    Rating.MOSTLY_FALSE: 2,
    Rating.MISLEADING: 2,
    Rating.FALSE: 1,
    Rating.UNPROVEN: None,
}
BEST_RATING, WORST_RATING = 5, 1


class ReviewStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"


class Review(models.Model):
    """A verdict on a claim: rating, explanation, evidence, reviewer and date.

    ``rating_value``/``best_rating``/``worst_rating`` and ``alternate_name`` are
    schema.org's ClaimReview fields; for our own reviews they follow ``rating``, for
    imported ones they keep what the publishing fact-checker wrote.

    A review imported from another publisher keeps that publisher (``publisher``, and
    ``author_name`` as the feed names it), the person who wrote it (``author``), its
    language and dates. When the publisher's rating is words we do not map onto our scale
    ("Unsubstantiated", a sentence), ``rating`` is empty (*not mapped*) and
    ``alternate_name`` holds the publisher's words: the review is kept and shown, and
    gives its claim no verdict.
    """

    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="reviews")
    rating = models.CharField(
        max_length=16,
        choices=Rating.choices,
        blank=True,
        help_text="Our verdict scale. Empty only for an imported review whose rating words we do not map.",
    )
    rating_value = models.SmallIntegerField(null=True, blank=True)
    best_rating = models.SmallIntegerField(null=True, blank=True, default=BEST_RATING)
    worst_rating = models.SmallIntegerField(null=True, blank=True, default=WORST_RATING)
    alternate_name = models.CharField(
        max_length=1000,
        blank=True,
        verbose_name="rating as worded",
        help_text="The rating as the reviewer words it; for an imported review, the publisher's own words.",
    )
    explanation = models.TextField(blank=True)
    evidence = models.ManyToManyField(Source, blank=True, related_name="evidence_for_reviews")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="reviews"
    )
    author_name = models.CharField(
        max_length=300, blank=True, help_text="Publishing fact-checker, for reviews imported from elsewhere."
    )
    publisher = models.ForeignKey(
        Outlet,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="published_reviews",
        help_text="The fact-checking organisation that published an imported review.",
    )
    author = models.ForeignKey(
        Actor,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="authored_reviews",
        help_text="The person who wrote an imported review (the publisher is the organisation).",
    )
    url = models.URLField(max_length=1000, blank=True, help_text="Where the review is published.")
    language = models.CharField(max_length=16, blank=True)
    status = models.CharField(max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.DRAFT)
    date_published = models.DateField(null=True, blank=True)
    date_modified = models.DateField(null=True, blank=True, help_text="When the publisher last changed the review.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(m2m_fields=[evidence])

    class Meta:
        ordering = ["-date_published", "-id"]
        permissions = [("publish_review", "Can publish reviews")]
        constraints = [
            models.UniqueConstraint(fields=["url"], condition=~Q(url=""), name="review_url_unique_when_set"),
            models.CheckConstraint(
                condition=Q(rating__in=Rating.values) | (Q(rating="") & ~Q(alternate_name="")),
                name="review_rating_valid",
            ),
        ]

    def __str__(self):
        return f"{self.rating_display}: {self.claim}"

    def clean(self):
        if not self.rating and not (self.alternate_name.strip() and (self.publisher_id or self.author_name)):
            raise ValidationError(
                {"rating": "Choose a rating. Only a review imported from another publisher, with its rating words, "
                 "may be left not mapped."}
            )  # fmt: skip

    @property
    def rating_mapped(self):
        """False for an imported review whose rating words we do not map onto our scale."""
        return bool(self.rating)

    @property
    def rating_display(self):
        """ "False", or for a rating we do not map: "Not mapped: “Unsubstantiated”"."""
        if self.rating:
            return self.get_rating_display()
        return f"Not mapped: “{self.alternate_name}”"

    @property
    def is_published(self):
        return self.status == ReviewStatus.PUBLISHED
