"""Pending revisions: a change to a published claim, held until a reviewer publishes it."""

from django.conf import settings
from django.db import models
from django.db.models import Q


class RevisionStatus(models.TextChoices):
    PENDING = "pending", "Pending review"
    PUBLISHED = "published", "Published"
    DISCARDED = "discarded", "Discarded"


class ClaimRevision(models.Model):
    """An editor's change to a published claim, kept apart so the public keeps the reviewed version.

    The claim's own row stays the published version (every public read shows it
    unchanged); this row holds only what the change touches: ``fields`` (name →
    proposed value, as JSON), ``links`` (the whole proposed chain) and ``tags`` (the
    proposed tag ids), each with the published value it was based on (``base_*``), so
    the page shows published → proposed and publishing refuses a change whose base has
    since moved. ``links``/``tags`` are null when the change leaves them alone. A claim
    has at most one pending revision; see ``claims.revisions`` for the rules.
    """

    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="revisions")
    status = models.CharField(max_length=10, choices=RevisionStatus.choices, default=RevisionStatus.PENDING)
    fields = models.JSONField(default=dict, blank=True)
    base_fields = models.JSONField(default=dict, blank=True)
    links = models.JSONField(null=True, blank=True)
    base_links = models.JSONField(null=True, blank=True)
    tags = models.JSONField(null=True, blank=True)
    base_tags = models.JSONField(null=True, blank=True)
    base_version = models.PositiveIntegerField(help_text="The claim's version when the change was proposed.")

    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_reason = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["-updated_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["claim"], condition=Q(status="pending"), name="claimrevision_one_pending_per_claim"
            ),
            models.CheckConstraint(
                condition=Q(status__in=["pending", "published", "discarded"]), name="claimrevision_status_valid"
            ),
        ]

    def __str__(self):
        return f"Revision of “{self.claim}” ({self.get_status_display().lower()})"

    @property
    def is_pending(self):
        return self.status == RevisionStatus.PENDING
