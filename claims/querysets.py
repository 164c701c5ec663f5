"""
How claims are read: one place builds every queryset the admin, API and exports use.

Each method returns a queryset with exactly the joins and prefetches its caller
needs, so a list costs a fixed number of queries whatever the page size.
"""

from django.db import models
from django.db.models import F, Prefetch


# How a claim's chains are ordered: by their source's date (undated last), then title,
# so the order is the same on every database and after a sheet is imported elsewhere.
CHAIN_ORDERING = (F("source__published").asc(nulls_last=True), "source__title", "source_id", "position")


def can_view_all_claims(user):
    """True for users who may read claims in every status (drafts, in review, retracted)."""
    return bool(
        user is not None and user.is_authenticated and user.is_active and user.has_perm("claims.view_claim")
    )


class ClaimQuerySet(models.QuerySet):
    def published(self):
        """Claims the public may read."""
        return self.filter(status="published")

    def visible_to(self, user):
        """Published claims for everyone; every status for users who may view claims."""
        if can_view_all_claims(user):
            return self
        return self.published()

    def in_source(self, source):
        """Claims with a link in `source`'s chain (each claim once)."""
        return self.filter(attributions__source=source).distinct()

    def with_chain(self):
        """Prefetch the attribution chain (sources, outlets, actors) in ``CHAIN_ORDERING``."""
        from .models import Attribution

        return self.prefetch_related(
            Prefetch(
                "attributions",
                queryset=Attribution.objects.select_related("source__outlet", "actor").order_by(*CHAIN_ORDERING),
            )
        )

    def for_admin_changelist(self):
        """What the admin's claims list shows: figure, chain, metric."""
        return self.select_related("metric").with_chain()

    def for_api(self):
        """What a claim in the API and in a claim sheet carries."""
        return self.select_related("metric").prefetch_related("tags").with_chain()

    def with_published_reviews(self):
        """Prefetch published reviews, latest first, as ``claim.published_reviews``."""
        from .models import Review, ReviewStatus

        return self.prefetch_related(
            Prefetch(
                "reviews",
                queryset=Review.objects.filter(status=ReviewStatus.PUBLISHED).order_by("-date_published", "-id"),
                to_attr="published_reviews",
            )
        )

    def for_sheet(self):
        """What a saved sheet's web page shows: the API's claim plus its latest published review."""
        return self.for_api().with_published_reviews()

    def in_sheet(self, sheet):
        """The claims of a saved sheet, in the sheet's order."""
        return self.filter(sheet_items__sheet=sheet).order_by("sheet_items__position", "sheet_items__id")
