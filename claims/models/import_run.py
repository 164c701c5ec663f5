"""Import runs: who imported which file when, what it wrote and which records it skipped."""

from django.conf import settings
from django.db import models


class ImportKind(models.TextChoices):
    SHEET = "sheet", "Claim sheet"
    CLAIMREVIEW = "claimreview", "ClaimReview"


class ImportRun(models.Model):
    """One real (not dry) import of a file, as the desk and its admin list show it.

    Written once, at the end of the run, by ``claims.interchange.importing.runs.record_import_run``
    (called by the admin's import pages and the import commands), so an editor can see
    the next morning what came in and which records were left out, and why. A sheet
    import is all or nothing: when its rows have errors nothing is written and the
    errors are kept as its skipped records. ``skipped_records`` keeps the first
    ``MAX_KEPT_SKIPPED`` of them; ``skipped`` counts them all.
    """

    MAX_KEPT_SKIPPED = 200

    kind = models.CharField(max_length=12, choices=ImportKind.choices)
    file_name = models.CharField(max_length=255)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    created = models.PositiveIntegerField(default=0, help_text="Claims (sheet) or reviews (ClaimReview) created.")
    updated = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    skipped = models.PositiveIntegerField(default=0, help_text="Records left out (a sheet's rows with errors).")
    summary = models.CharField(max_length=500, blank=True)
    # [{"where": "row 4" / "item 2", "reason": "…"}, …], at most MAX_KEPT_SKIPPED.
    skipped_records = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "import run"

    def __str__(self):
        return f"{self.get_kind_display()} import of {self.file_name}"
