"""Tags: free labels editors put on claims ("kursk", "sanctions")."""

from django.db import models
from django.utils.text import slugify


class Tag(models.Model):
    """A label for grouping claims by story or topic."""

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:100]
        super().save(*args, **kwargs)
