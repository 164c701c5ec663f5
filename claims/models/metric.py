"""Metrics: one quantity tracked across many claims over time."""

from django.db import models
from simple_history.models import HistoricalRecords


class Metric(models.Model):
    """A quantity tracked across claims ("North Korean troops sent to Russia").

    Its claims, ordered by the period they are about, are the figure's history: who
    said what, when, and how far apart the estimates are.
    """

    name = models.CharField(max_length=300, unique=True)
    slug = models.SlugField(max_length=200, unique=True)
    description = models.TextField(blank=True)
    unit = models.CharField(max_length=64, blank=True, help_text="The unit its claims are usually given in.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Derived: whether ``Claim.objects.filter(metric=self).conflicting()`` finds anything,
    # kept by every write of its claims, explanations and relations
    # (``claims.metrics.live_conflicts``) so the desk need not ask every metric.
    has_live_conflict = models.BooleanField(default=False, db_default=False, editable=False)
    # One claim of it in a live conflict when there is one: where the next write looks first
    # (a hint, asked again before it is trusted; a plain id, so deleting the claim touches
    # no metric row).
    live_conflict_claim = models.BigIntegerField(null=True, blank=True, editable=False)

    history = HistoricalRecords(excluded_fields=["has_live_conflict", "live_conflict_claim"])

    class Meta:
        ordering = ["name"]
        indexes = [
            # The desk counts and lists the metrics in conflict, newest change first, from this alone.
            models.Index(
                fields=["-updated_at", "-id"],
                name="metric_live_conflict_idx",
                condition=models.Q(has_live_conflict=True),
            ),
        ]

    def __str__(self):
        return self.name
