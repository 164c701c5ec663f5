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

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name
