"""
Claims as schema.org ClaimReview JSON-LD, the format fact-checkers publish and Google reads.

Only published and retracted claims with a published review produce a ClaimReview (their
latest published review); a retracted claim's carries the retraction as a schema.org
``correction`` (a ``CorrectionComment`` with its date and reason), so a reader of the
feed learns of it rather than seeing the review vanish. The claim's figure is attached to the reviewed ``Claim`` as a
``QuantitativeValue`` under ``about``: ``value`` for what was said, ``minValue`` /
``maxValue`` from its interval (an open end is left out), ``unitText`` for the unit.
"""

from decimal import Decimal

from django.conf import settings

from sources.models import ActorKind

from ...figures import Qualifier
from ...models import RATING_VALUES, ClaimStatus
from ...models.review import BEST_RATING, WORST_RATING
from ...public.addresses import claim_path
from .json import json_bytes
from .writer import ROWS_PER_BLOCK, ClaimFileWriter

SCHEMA_CONTEXT = "https://schema.org"
PERSON_KINDS = frozenset({ActorKind.PERSON, ActorKind.ANONYMOUS})


def schema_number(value):
    """A Decimal as a JSON-LD number: 12000, not 12000.0 nor "12000.0000"."""
    value = Decimal(value)
    return int(value) if value == value.to_integral_value() else float(value)


def quantitative_value(claim):
    """The claim's figure as a ``QuantitativeValue``, or None for a claim without one."""
    if claim.value is None:
        return None
    data = {"@type": "QuantitativeValue", "name": claim.figure_display}
    if claim.qualifier in (Qualifier.EXACT, Qualifier.APPROX):
        data["value"] = schema_number(claim.value)
    if claim.qualifier != Qualifier.EXACT:
        low, high = claim.interval
        if low is not None:
            data["minValue"] = schema_number(low)
        if high is not None:
            data["maxValue"] = schema_number(high)
    if claim.unit:
        data["unitText"] = claim.unit
    return data


def _appearance(source):
    work = {"@type": "CreativeWork", "headline": source.title}
    if source.url:
        work["url"] = source.url
    if source.published:
        work["datePublished"] = source.published.isoformat()
    work["publisher"] = {"@type": "Organization", "name": source.outlet.name}
    return work


def _speaker(attribution):
    kind = "Person" if attribution.actor.kind in PERSON_KINDS else "Organization"
    return {"@type": kind, "name": attribution.speaker_display}


def item_reviewed(claim):
    """The reviewed ``Claim``: who said it, where it appeared first and since, and its figure."""
    chains = claim.chains
    item = {"@type": "Claim", "identifier": f"urn:uuid:{claim.uid}"}
    if chains:
        item["author"] = _speaker(chains[0].origin)
    sources = [chain.source for chain in chains]
    dated = sorted((s for s in sources if s.published), key=lambda s: s.published)
    first = dated[0] if dated else (sources[0] if sources else None)
    if first is not None:
        if first.published:
            item["datePublished"] = first.published.isoformat()
        item["firstAppearance"] = _appearance(first)
        item["appearance"] = [_appearance(source) for source in sources]
    figure = quantitative_value(claim)
    if figure:
        item["about"] = figure
    return item


def review_rating(review):
    """``reviewRating``: the reviewer's own words and numbers when imported, else our 1–5 scale.

    A rating we do not map keeps the publisher's words as ``alternateName``, and its number
    only if the publisher gave one."""
    rating = {"@type": "Rating", "alternateName": review.alternate_name or review.get_rating_display()}
    if review.rating_value is not None:
        value, best, worst = review.rating_value, review.best_rating, review.worst_rating
    else:
        value, best, worst = RATING_VALUES.get(review.rating), BEST_RATING, WORST_RATING
    if value is not None:
        rating["ratingValue"] = value
        if best is not None:
            rating["bestRating"] = best
        if worst is not None:
            rating["worstRating"] = worst
    return rating


def claim_url(claim, base_url=""):
    """The claim's public page: where it can be read when its review has no address of its own."""
    return f"{base_url.rstrip('/')}{claim_path(claim)}"


def claim_review(claim, *, base_url=""):
    """The ClaimReview of a ``records.ClaimRecord`` as a dict, or None unless it is reviewed and published."""
    review = claim.review
    if review is None or claim.status not in (ClaimStatus.PUBLISHED, ClaimStatus.RETRACTED):
        return None
    publisher_name = review.publisher_name or review.author_name
    organisation = {"@type": "Organization", "name": publisher_name or settings.FACTDB_PUBLISHER_NAME}
    if not publisher_name and settings.FACTDB_PUBLISHER_URL:
        organisation["url"] = settings.FACTDB_PUBLISHER_URL
    data = {
        "@type": "ClaimReview",
        "url": review.url or claim_url(claim, base_url),
        "claimReviewed": claim.statement,
        "datePublished": review.date_published.isoformat() if review.date_published else None,
        "author": organisation,
        "reviewRating": review_rating(review),
        "itemReviewed": item_reviewed(claim),
    }
    if review.author_person:  # an imported review's writer: the organisation publishes it
        data["author"] = {"@type": "Person", "name": review.author_person}
        data["publisher"] = organisation
    if review.date_modified:
        data["dateModified"] = review.date_modified.isoformat()
    if review.explanation:
        data["reviewBody"] = review.explanation
    if review.language:
        data["inLanguage"] = review.language
    if claim.status == ClaimStatus.RETRACTED:
        data["correction"] = retraction_comment(claim)
    return data


def retraction_comment(claim):
    """The retraction as a ``CorrectionComment``: "Retracted: <reason>", dated."""
    comment = {"@type": "CorrectionComment", "text": f"Retracted: {claim.retraction_reason}"}
    if claim.retracted_at is not None:
        comment["datePublished"] = claim.retracted_at.isoformat()
    return comment


class ClaimReviewWriter(ClaimFileWriter):
    """Writes one JSON-LD document: ``{"@context": "https://schema.org", "@graph": [...]}``.

    Claims without a published review are left out; ``about.row_count`` counts the
    ClaimReviews written.
    """

    format = "claimreview"
    extension = "jsonld"
    content_type = "application/ld+json"

    def chunks(self, claims, about):
        parts = [b'{"@context":"' + SCHEMA_CONTEXT.encode() + b'","@graph":[']
        for claim in claims:
            review = claim_review(claim, base_url=self.base_url)
            if review is None:
                continue
            if about.row_count:
                parts.append(b",\n")
            parts.append(json_bytes(review))
            about.row_count += 1
            if about.row_count % ROWS_PER_BLOCK == 0:
                yield b"".join(parts)
                parts = []
        parts.append(b"]}\n")
        yield b"".join(parts)
