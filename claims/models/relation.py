"""Relations between claims: corroborates, contradicts, supersedes, duplicates, part of."""

from django.db import models
from django.db.models import F, Q
from simple_history.models import HistoricalRecords


class RelationKind(models.TextChoices):
    CORROBORATES = "corroborates", "corroborates"
    CONTRADICTS = "contradicts", "contradicts"
    SUPERSEDES = "supersedes", "supersedes"
    DUPLICATES = "duplicates", "duplicates"
    PART_OF = "part_of", "is part of"


class ClaimRelation(models.Model):
    """``from_claim`` *kind* ``to_claim``: "5,000 workers" is part of "6,000 workers"."""

    from_claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="relations_from")
    to_claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="relations_to")
    kind = models.CharField(max_length=16, choices=RelationKind.choices)
    note = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["from_claim_id", "kind", "to_claim_id"]
        constraints = [
            models.UniqueConstraint(fields=["from_claim", "to_claim", "kind"], name="relation_unique"),
            models.CheckConstraint(condition=~Q(from_claim=F("to_claim")), name="relation_not_to_itself"),
        ]

    def __str__(self):
        return f"#{self.from_claim_id} {self.get_kind_display()} #{self.to_claim_id}"
