"""
Importing ClaimReview records: the fact-checker's outlet, the fact-check as a source,
the claimant as the origin speaker, the claim and its published review.

Idempotent: a review is found again by its URL (unique), its claim through it (or by
the ``urn:uuid:`` identifier our own exports carry), the source by URL, the outlet by
name, the claimant by name or alias; importing the same review twice leaves one
review. Each record is imported whole or not at all (its own savepoint); a record that
cannot be imported is reported with the reason, and the others go on.

How messy feeds are read (`review_records.ReviewRecord`):

* no ``itemReviewed.author``: the claim is imported without a claimant (no chain);
* ``author`` as a list, a person or an organisation: the publisher is the
  ``publisher``, else an organisation among the authors, else the outlet whose home
  page is on the review's site, else the site's host name; people among the authors
  become the fact-check's byline, and the first of them the review's ``author`` (a
  person). An "Organization" author whose ``url`` is an author page
  (``…/authors/taryn-willows``) is a person, whatever its ``@type`` says;
* the rating: its words first, in many languages ("Falso", "Faux", "錯誤"); else its
  number on the publisher's own scale; a rating of -1 is "no number". Words we do not
  map ("Unsubstantiated", a sentence) are never a reason to skip: the review is
  imported *not mapped* (no rating on our scale, the publisher's words kept and shown,
  no verdict for the claim). Only a record with no rating at all is skipped;
* dates may be dates or date-times (``datePublished`` and ``dateModified`` are kept on
  the review); languages a code or a ``Language`` object;
* control characters (a NUL that PostgreSQL cannot store) are dropped from all text;
* a record holding a lone surrogate (``"\ud800"``, valid JSON but not Unicode text,
  which no database stores) is skipped, and so is one whose ``url`` is not an http(s)
  address (``javascript:…``, a bad port or host).

A record the database refuses (a review saved by another import at the same moment, a
value too long for its column) is rolled back to its savepoint and reported as skipped
with the database's reason; the records before and after it import as usual.

Imported claims are drafts (an editor checks them before publishing); the review is
published, as the fact-checker published it. Outlets, sources and speakers that exist
are used as they are: an import never edits them (``references``); what a re-import
changes is the claim it created and the review.
"""

import uuid
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import transaction

from sources.models import ActorKind, Outlet, OutletKind

from ...chains import LinkData, chain_signature
from ...models import Claim, Provenance, Review, ReviewStatus, Role, Verb
from ...services import claim_save, links_from_claim, review_save
from .jsonld import SkippedRecord, find_claim_reviews
from .references import ReferenceResolver
from .review_records import RecordSkipped, ReviewRecord, clip
from .writes import REFUSED_BY_DATABASE, change_reason, refusal_reason

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"
RATING_TEXT_LENGTH = Review._meta.get_field("alternate_name").max_length


@dataclass
class ImportedRecord:
    where: str
    url: str
    action: str  # created, updated or unchanged
    notes: list = field(default_factory=list)


@dataclass
class ClaimReviewImportResult:
    imported: list = field(default_factory=list)
    skipped: list = field(default_factory=list)
    dry_run: bool = False

    @property
    def counts(self):
        return Counter(record.action for record in self.imported)

    def summary(self):
        counts = self.counts
        text = (
            f"{counts[CREATED]} reviews created, {counts[UPDATED]} updated, {counts[UNCHANGED]} unchanged, "
            f"{len(self.skipped)} skipped."
        )
        return ("Dry run, nothing was written. " + text) if self.dry_run else text


def _validation_reason(error):
    """ "url: Enter a valid URL." from what a model's validation refused."""
    if hasattr(error, "error_dict"):
        return " ".join(
            f"{name}: {message}" if name != NON_FIELD_ERRORS else message
            for name, messages in error.message_dict.items()
            for message in messages
        )
    return " ".join(error.messages)


def _skip_reason(error):
    """Why a record was skipped: our own reason, what validation refused, or the database's."""
    if isinstance(error, ValidationError):
        return _validation_reason(error)
    if isinstance(error, REFUSED_BY_DATABASE):
        return refusal_reason(error)
    return str(error)


def _host(url):
    return (urlsplit(url).hostname or "").removeprefix("www.")


# --- Importing ------------------------------------------------------------------------
class ClaimReviewImporter:
    """Imports ClaimReview records as ``user`` (None: a trusted command-line run)."""

    def __init__(self, *, user=None, filename="ClaimReview", base_url=""):
        self.user = user
        self.filename = filename
        self.base_url = base_url
        self.change_reason = change_reason("imported from", filename)
        self.references = ReferenceResolver(user, self.change_reason)

    def check_permissions(self):
        needed = ["claims.add_claim", "claims.change_claim", "claims.add_review", "claims.publish_review"]
        if self.user is not None and not self.user.has_perms(needed):
            raise PermissionDenied("Importing ClaimReview needs permission to add claims and publish reviews.")

    def run(self, text, *, dry_run=False):
        """Import every ClaimReview in ``text`` (JSON-LD, an HTML page, a Fact Check Tools response)."""
        self.check_permissions()
        found, skipped = find_claim_reviews(text)
        result = ClaimReviewImportResult(skipped=list(skipped), dry_run=dry_run)
        with transaction.atomic():
            for record in found:
                try:
                    with transaction.atomic():
                        result.imported.append(self._import(record))
                except (RecordSkipped, ValidationError, *REFUSED_BY_DATABASE) as error:
                    # The savepoint has undone every row of this record, including the
                    # outlet, source or speaker it created: look those up afresh.
                    result.skipped.append(SkippedRecord(record.where, _skip_reason(error)))
                    self.references.forget()
            if dry_run:
                transaction.set_rollback(True)
        return result

    def _import(self, found):
        record = ReviewRecord.from_jsonld(found.data, self.base_url)
        outlet = (self._outlet_on_site(record.url) if record.publisher_is_host else None) or self.references.outlet(
            name=record.publisher, kind=OutletKind.FACT_CHECKER, homepage=record.publisher_url
        )
        source = self._source(record, outlet)
        author = self.references.actor(name=clip(record.author, 300), kind=ActorKind.PERSON) if record.author else None
        review = Review.objects.select_related("claim").filter(url=record.url).first()
        claim = review.claim if review else self._claim_by_uid(record.claim_uid)
        claim, claim_changed = self._claim(record, claim, source)
        review, review_changed = self._review(record, claim, review, outlet, author)
        notes = self.references.take_created()
        if not record.claimant:
            notes.append("no claimant given (itemReviewed.author): the claim has no attribution")
        if not record.rating:
            notes.append(f"rating “{clip(record.rating_text, 60)}” is not mapped onto our scale: kept as worded")
        action = (
            CREATED
            if review_changed == CREATED
            else (UPDATED if UPDATED in (review_changed, claim_changed) else UNCHANGED)
        )
        return ImportedRecord(found.where, record.url, action, notes)

    def _outlet_on_site(self, url):
        """The outlet whose home page is on the review's site, for a record naming no organisation."""
        host = _host(url)
        candidates = Outlet.objects.filter(homepage__icontains=host).order_by("pk")
        return next((outlet for outlet in candidates if _host(outlet.homepage) == host), None)

    def _claim_by_uid(self, claim_uid):
        return Claim.objects.filter(uid=claim_uid).first() if claim_uid else None

    def _source(self, record, outlet):
        """The fact-check itself, as a source published by the fact-checker; one that
        exists is used as it is (an editor may have corrected it)."""
        return self.references.source(
            outlet=outlet,
            title=clip(record.headline or record.claim_reviewed, 500),
            url=record.url,
            published=record.date_published,
            language=record.language,
            byline=clip(record.byline, 300),
        )

    def _claim(self, record, claim, source):
        links = []
        if record.claimant:
            actor = self.references.actor(name=clip(record.claimant, 300), kind=record.claimant_kind)
            links = [LinkData(source, actor, Verb.SAID, Role.ORIGIN, 1)]
        statement = clip(record.claim_reviewed, 500)
        if claim is None:
            claim = Claim(uid=record.claim_uid or uuid.uuid4(), statement=statement, provenance=Provenance.IMPORTED)
            reason = change_reason("imported from", self.filename)
            claim_save(claim=claim, user=self.user, links=links, change_reason=reason)
            return claim, CREATED
        if claim.provenance != Provenance.IMPORTED:
            return claim, UNCHANGED  # our own claim, reviewed elsewhere: only the review is added
        chain_changed = bool(links) and chain_signature(links) != chain_signature(
            [link for link in links_from_claim(claim) if link.source.pk == source.pk]
        )
        if claim.statement == statement and not chain_changed:
            return claim, UNCHANGED
        claim.statement = statement
        # Replace the link in this fact-check's source only; chains in other sources stay.
        other_links = [link for link in links_from_claim(claim) if link.source.pk != source.pk]
        claim_save(
            claim=claim,
            user=self.user,
            links=other_links + links if chain_changed else None,
            change_reason=change_reason("updated from", self.filename),
        )
        return claim, UPDATED

    def _review(self, record, claim, review, publisher, author):
        wanted = {
            "claim": claim,
            "rating": record.rating,
            "alternate_name": clip(record.rating_text, RATING_TEXT_LENGTH),
            "rating_value": record.rating_value,
            "best_rating": record.best_rating,
            "worst_rating": record.worst_rating,
            "explanation": record.explanation,
            "author_name": clip(record.publisher, 300),
            "language": record.language,
            "publisher": publisher,
            "author": author,
            "date_modified": record.date_modified,
            "status": ReviewStatus.PUBLISHED,
        }
        if record.date_published:  # else review_save dates it today, and a re-import keeps that
            wanted["date_published"] = record.date_published
        if review is None:
            review = Review(url=record.url, **wanted)
            review_save(review=review, user=self.user, change_reason=self.change_reason)
            return review, CREATED
        changed = [name for name, value in wanted.items() if getattr(review, name) != value]
        if not changed:
            return review, UNCHANGED
        for name in changed:
            setattr(review, name, wanted[name])
        review_save(review=review, user=self.user, change_reason=change_reason("updated from", self.filename))
        return review, UPDATED
