"""Saved claim sheets: a named, ordered selection of claims with a stable link."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords


class ClaimSheetManager(models.Manager):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class ClaimSheet(models.Model):
    """The claims behind a story or topic ("NK troops in Kursk, July 2025").

    A sheet holds references to claims, not copies: its files always show the claims'
    current state. ``query`` keeps the filter it was filled from, so it can be refilled
    or reproduced.
    """

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True, help_text="The sheet's link: /sheets/<slug>.xlsx")
    description = models.TextField(blank=True)
    query = models.CharField(
        max_length=2000,
        blank=True,
        help_text="The claim filter it was filled from, as in the API: status=published&tag=kursk",
    )
    public = models.BooleanField(
        default=False,
        help_text="Anyone may read the sheet (its page, files and API entry). Set by a reviewer; "
        "a sheet is otherwise seen only by the newsroom.",
    )
    claims = models.ManyToManyField("claims.Claim", through="claims.ClaimSheetItem", related_name="sheets")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()
    objects = ClaimSheetManager()

    class Meta:
        ordering = ["-updated_at", "-id"]
        permissions = [("publish_claimsheet", "Can make claim sheets public")]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.slug,)

    def get_absolute_url(self):
        return reverse("sheets:detail", args=[self.slug])

    def get_file_url(self, extension):
        """``/sheets/<slug>.<extension>`` (csv, xlsx, json, jsonld)."""
        return reverse("sheets:file", args=[self.slug, extension])


class ClaimSheetItem(models.Model):
    """One claim's place in a sheet."""

    sheet = models.ForeignKey(ClaimSheet, on_delete=models.CASCADE, related_name="items")
    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="sheet_items")
    position = models.PositiveIntegerField(default=0, help_text="Rows are listed by position, lowest first.")

    history = HistoricalRecords()

    class Meta:
        ordering = ["sheet_id", "position", "id"]
        constraints = [models.UniqueConstraint(fields=["sheet", "claim"], name="sheet_item_claim_unique")]
        indexes = [models.Index(fields=["sheet", "position"], name="sheet_item_position_idx")]

    def __str__(self):
        return f"{self.sheet}: #{self.position} {self.claim}"
