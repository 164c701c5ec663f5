"""Conflict explanations: an editor's note that two disagreeing estimates are understood."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from simple_history.models import HistoricalRecords


class ConflictReason(models.TextChoices):
    DIFFERENT_SCOPE = "different_scope", "Different scope (they count different things)"
    LATER_REVISION = "later_revision", "A later revision of the same estimate"
    DIFFERENT_METHOD = "different_method", "Different method or definition"
    OTHER = "other", "Other (see the note)"


class ConflictExplanation(models.Model):
    """Two claims on one metric disagree, and an editor has written down why.

    An explained conflict is still shown side by side, but no longer counts as a live
    conflict. The pair is stored in id order (``claim_a`` has the lower id), so one
    pair has one explanation whichever way round it was entered.
    """

    claim_a = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="+")
    claim_b = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(max_length=20, choices=ConflictReason.choices)
    note = models.TextField(help_text="Why the two figures differ, for the next editor and for readers.")
    explained_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["claim_a_id", "claim_b_id"]
        constraints = [
            models.UniqueConstraint(
                fields=["claim_a", "claim_b"],
                name="conflict_explanation_pair_unique",
                violation_error_message="This conflict is already explained; edit that explanation instead.",
            ),
            models.CheckConstraint(
                condition=Q(claim_a__lt=F("claim_b")),
                name="conflict_explanation_pair_ordered",
                violation_error_message="A conflict is between two different claims.",
            ),
        ]

    def __str__(self):
        return f"#{self.claim_a_id} vs #{self.claim_b_id}: {self.get_reason_display()}"

    def clean(self):
        if not (self.claim_a_id and self.claim_b_id):
            return
        if self.claim_a_id == self.claim_b_id:
            raise ValidationError({"claim_b": "A conflict is between two different claims."})
        if self.claim_a.metric_id is None or self.claim_a.metric_id != self.claim_b.metric_id:
            raise ValidationError({"claim_b": "Only two claims on the same metric can conflict."})
        self.order_pair()

    def order_pair(self):
        """Store the pair with the lower id first."""
        if self.claim_a_id and self.claim_b_id and self.claim_a_id > self.claim_b_id:
            self.claim_a, self.claim_b = self.claim_b, self.claim_a

    def save(self, *args, **kwargs):
        self.order_pair()
        super().save(*args, **kwargs)
