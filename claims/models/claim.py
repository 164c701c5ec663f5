"""The claim: one figure statement, as it was said, with its workflow state."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from simple_history.models import HistoricalRecords

from ..chains import group_chains
from ..figures import (
    SIGNED_UNITS,
    Qualifier,
    figure_interval,
    format_figure,
    interval_high_expression,
    interval_low_expression,
)
from ..querysets import ClaimQuerySet
from .checks import BatchedChecksMixin
from .review import Rating

FIGURE_DIGITS = {"max_digits": 24, "decimal_places": 4}


class ClaimStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    IN_REVIEW = "in_review", "In review"
    PUBLISHED = "published", "Published"
    RETRACTED = "retracted", "Retracted"


# What the public reads: published claims, and retracted ones marked as such with when and why.
PUBLIC_STATUSES = (ClaimStatus.PUBLISHED, ClaimStatus.RETRACTED)


class ClaimRank(models.TextChoices):
    """Like Wikidata's statement ranks: which estimate of a metric to prefer."""

    PREFERRED = "preferred", "Preferred"
    NORMAL = "normal", "Normal"
    DEPRECATED = "deprecated", "Deprecated"


class DeprecationReason(models.TextChoices):
    SUPERSEDED = "superseded", "Superseded by a later figure"
    RETRACTED = "retracted", "Retracted by its source"
    WRONG_SCOPE = "wrong_scope", "Different scope"
    ERROR = "error", "Known to be wrong"


class Provenance(models.TextChoices):
    MANUAL = "manual", "Entered by an editor"
    SUGGESTED = "suggested", "Suggested from a source's text"
    IMPORTED = "imported", "Imported"


class Claim(BatchedChecksMixin, models.Model):
    """One figure statement: the figure exactly as said, who said it, and our verdict.

    Most claims carry a figure; a claim imported from another fact-checker may be a
    plain statement, in which case the figure fields are empty together.
    """

    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    statement = models.CharField(max_length=500, help_text="The editor's one-line summary.")
    quote = models.CharField(max_length=500, blank=True, help_text="The figure phrase exactly as published.")

    value = models.DecimalField(null=True, blank=True, **FIGURE_DIGITS)
    value_max = models.DecimalField(null=True, blank=True, help_text="Upper end of a range.", **FIGURE_DIGITS)
    qualifier = models.CharField(max_length=16, choices=Qualifier.choices, blank=True)
    unit = models.CharField(
        max_length=64,
        blank=True,
        help_text="Normalised unit or counted noun: troops, drones, workers, USD, percent, sanctions per month.",
    )
    # Derived by the database from the figure, so range filters use an index.
    interval_low = models.GeneratedField(
        expression=interval_low_expression(),
        output_field=models.DecimalField(max_digits=30, decimal_places=6),
        db_persist=True,
    )
    interval_high = models.GeneratedField(
        expression=interval_high_expression(),
        output_field=models.DecimalField(max_digits=30, decimal_places=6),
        db_persist=True,
    )

    subject = models.CharField(max_length=300, blank=True, help_text="What is counted.")
    place = models.CharField(max_length=200, blank=True)
    period_start = models.DateField(null=True, blank=True, help_text="Start of the period the figure is about.")
    period_end = models.DateField(null=True, blank=True, help_text="End of that period (same day for 'as of').")

    # The date of the statement, for the claims list's date drill-down: the earliest published
    # date of the claim's sources, else the end (or start) of its period. Derived, never typed:
    # kept by claims.services.stated_on_refresh on every write of a claim, its chain or a source.
    stated_on = models.DateField(
        null=True,
        blank=True,
        editable=False,
        db_index=True,
        help_text="When it was said: its first source's published date, else its period.",
    )

    tags = models.ManyToManyField("claims.Tag", blank=True, related_name="claims")
    metric = models.ForeignKey("claims.Metric", null=True, blank=True, on_delete=models.PROTECT, related_name="claims")
    rank = models.CharField(max_length=12, choices=ClaimRank.choices, default=ClaimRank.NORMAL)
    deprecation_reason = models.CharField(max_length=16, choices=DeprecationReason.choices, blank=True)

    status = models.CharField(max_length=12, choices=ClaimStatus.choices, default=ClaimStatus.DRAFT)
    verdict = models.CharField(
        max_length=16, choices=Rating.choices, blank=True, help_text="Follows the latest published review."
    )
    published_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Set by the "retract" workflow step (claims.services.claim_transition), shown to the public.
    retracted_at = models.DateTimeField(null=True, blank=True, editable=False)
    retraction_reason = models.TextField(
        max_length=2000, blank=True, editable=False, help_text="Why the claim was retracted, as the public reads it."
    )

    provenance = models.CharField(max_length=12, choices=Provenance.choices, default=Provenance.MANUAL)
    extracted_sentence = models.TextField(blank=True, help_text="For suggested claims: the sentence it came from.")

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)
    # The reviewer asked to look at the claim (claims.services.claim_assign; the desk and the
    # claims list's "Assigned to" filter read it). Indexed below, only where it is set: few
    # claims are assigned, so "assigned to me" reads that small index whole.
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_claims",
        db_index=False,
        verbose_name="assigned to",
        help_text="The reviewer asked to review this claim. Only reviewers can be assigned.",
    )
    # Incremented on every write; guards against lost updates (If-Match, admin).
    version = models.PositiveIntegerField(default=1, editable=False)

    history = HistoricalRecords(excluded_fields=["interval_low", "interval_high", "stated_on"], m2m_fields=[tags])
    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at", "-id"]
        permissions = [
            ("publish_claim", "Can publish and retract claims"),
        ]
        indexes = [
            # A page of claims newest first, found from the index alone (ClaimPayloads.page);
            # filters such as ``actor`` walk it and stop after a page. The figure's interval
            # rides along, so ``value_min``/``value_max`` are checked in the index as well
            # instead of in each claim's row (at 100,000 claims on SQLite, a figure-range page
            # query took 0.12 ms instead of 0.31, and the whole page about 1 ms less).
            models.Index(
                fields=["status", "-updated_at", "-id", "interval_low", "interval_high", "value"],
                name="claim_page_figure_idx",
            ),
            # ``?unit=drones`` walks that unit's claims newest first instead of sorting them all;
            # with the status in it, the walk for the public needs no row of the table (which
            # also makes SQLite prefer it to the index above when it has no statistics).
            models.Index(fields=["unit", "-updated_at", "-id", "status"], name="claim_unit_updated_status_idx"),
            models.Index(fields=["interval_low"], name="claim_interval_low_idx"),
            models.Index(fields=["interval_high"], name="claim_interval_high_idx"),
            models.Index(fields=["period_start", "period_end"], name="claim_period_idx"),
            # The desk (claims.admin.desk) counts and lists from these partial indexes alone, so
            # its counts stay index-only at a million claims: assigned claims by status,
            # each user's drafts, and suggested drafts nobody has decided on yet.
            models.Index(
                fields=["status", "assignee"],
                condition=Q(assignee__isnull=False),
                name="claim_assigned_status_idx",
            ),
            models.Index(
                fields=["created_by", "-updated_at", "-id"],
                condition=Q(status="draft"),
                name="claim_draft_creator_idx",
            ),
            models.Index(
                fields=["-updated_at", "-id"],
                condition=Q(status="draft", provenance="suggested"),
                name="claim_suggested_draft_idx",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(value__isnull=False) | Q(value_max__isnull=True, qualifier="", unit=""),
                name="claim_figureless_has_no_figure_fields",
                violation_error_message="A claim without a value cannot have value_max, qualifier or unit.",
            ),
            models.CheckConstraint(
                condition=Q(value__isnull=True) | ~Q(qualifier=""),
                name="claim_figure_has_qualifier",
                violation_error_message="A figure needs a qualifier (exact, approximately, more than …).",
            ),
            models.CheckConstraint(
                condition=Q(qualifier__in=[""] + Qualifier.values),
                name="claim_qualifier_valid",
                violation_error_message="Unknown qualifier.",
            ),
            models.CheckConstraint(
                condition=Q(value_max__isnull=True) | Q(value_max__gte=models.F("value")),
                name="claim_value_max_not_below_value",
                violation_error_message="value_max cannot be below value.",
            ),
            models.CheckConstraint(
                condition=~Q(qualifier=Qualifier.RANGE) | Q(value_max__isnull=False),
                name="claim_range_has_value_max",
                violation_error_message="A range needs value_max (its upper end).",
            ),
            models.CheckConstraint(
                condition=Q(value_max__isnull=True) | Q(qualifier=Qualifier.RANGE),
                name="claim_value_max_only_for_range",
                violation_error_message="Only a range has value_max; use the qualifier 'range'.",
            ),
            models.CheckConstraint(
                condition=Q(value__isnull=True) | Q(value__gte=0) | Q(unit__in=sorted(SIGNED_UNITS)),
                name="claim_count_not_negative",
                violation_error_message="A count cannot be negative (only money, percent and temperatures can).",
            ),
            models.CheckConstraint(
                condition=Q(period_start__isnull=True)
                | Q(period_end__isnull=True)
                | Q(period_end__gte=models.F("period_start")),
                name="claim_period_ordered",
                violation_error_message="The period cannot end before it starts.",
            ),
            models.CheckConstraint(
                condition=Q(status__in=ClaimStatus.values),
                name="claim_status_valid",
                violation_error_message="Unknown status.",
            ),
            models.CheckConstraint(
                condition=~Q(rank=ClaimRank.DEPRECATED) | ~Q(deprecation_reason=""),
                name="claim_deprecated_has_reason",
                violation_error_message="A deprecated claim needs a reason.",
            ),
            # A metric has at most one preferred estimate (see claims.services.claim_set_rank).
            # Written as an expression, so REST framework does not make metric and rank required.
            models.UniqueConstraint(
                models.F("metric"),
                condition=Q(rank=ClaimRank.PREFERRED),
                name="claim_one_preferred_per_metric",
                violation_error_message="This metric already has a preferred estimate; set that claim to normal first.",
            ),
            models.CheckConstraint(
                condition=~Q(rank=ClaimRank.PREFERRED) | Q(metric__isnull=False),
                name="claim_preferred_has_metric",
                violation_error_message="Only a claim on a metric can be its preferred estimate.",
            ),
        ]

    def __str__(self):
        return self.statement

    def get_absolute_url(self):
        """The public page (the admin's "View on site"); it shows published and retracted claims only."""
        from ..public.addresses import claim_path

        return claim_path(self)

    @property
    def has_figure(self):
        return self.value is not None

    @property
    def figure_display(self):
        """The figure as people read it: "≈ 12,000 troops"."""
        return format_figure(self.value, self.value_max, self.qualifier, self.unit)

    @property
    def interval(self):
        """``(low, high)`` of the figure; see ``claims.figures``."""
        return figure_interval(self.value, self.value_max, self.qualifier)

    @property
    def period_display(self):
        start, end = self.period_start, self.period_end
        if not start and not end:
            return ""
        if start and end and start != end:
            return f"{start.isoformat()} – {end.isoformat()}"
        return (start or end).isoformat()

    @property
    def is_public(self):
        """Whether anyone may read the claim: published, or retracted (shown marked, with its reason)."""
        return self.status in PUBLIC_STATUSES

    @property
    def chains(self):
        """The attribution chain in each source (uses prefetched ``attributions``)."""
        return group_chains(self.attributions.all())

    @property
    def origin(self):
        """The origin link of the first source's chain, or None."""
        chains = self.chains
        return chains[0].origin if chains else None

    @property
    def sources(self):
        return [chain.source for chain in self.chains]
