"""
A claim's public address: ``/claims/<id>/<slug>/``.

The id makes the address stable; the slug (from the statement) is there for people and
search engines, so a changed statement changes the slug and the old address redirects.
ClaimReview's ``url``, the admin's "View on site", the feed and oEmbed all use this.
"""

from django.urls import reverse
from django.utils.text import slugify

SLUG_LENGTH = 60


def claim_slug(statement):
    """The statement's first words as a slug: "north-korea-sent-about-12000-troops-to-russia"."""
    slug = slugify(statement)[:SLUG_LENGTH].rstrip("-")
    if len(slugify(statement)) > SLUG_LENGTH and "-" in slug:
        slug = slug.rsplit("-", 1)[0]  # whole words only
    return slug or "claim"


def claim_path(claim):
    """The claim page's path, for a model instance or any record with ``pk`` and ``statement``."""
    return reverse("claims:public-claim", kwargs={"pk": claim.pk, "slug": claim_slug(claim.statement)})


def claim_embed_path(claim):
    return reverse("claims:public-claim-embed", kwargs={"pk": claim.pk})
