"""
Importing ClaimReview records: the fact-checker's outlet, the fact-check as a source,
the claimant as the origin speaker, the claim and its published review.

Idempotent: a review is found again by its URL (unique), its claim through it (or by
the ``urn:uuid:`` identifier our own exports carry), the source by URL, the outlet by
name, the claimant by name or alias; importing the same review twice leaves one
review. Each record is imported whole or not at all (its own savepoint); a record that
cannot be imported is reported with the reason, and the others go on.

How messy feeds are read:

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

import html
import re
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urljoin, urlsplit

from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.core.validators import URLValidator
from django.db import transaction

from sources.models import ActorKind, Outlet, OutletKind
from sources.normalization import normalize_url

from ...chains import LinkData, chain_signature
from ...models import Claim, Provenance, Review, ReviewStatus, Role, Verb
from ...services import claim_save, links_from_claim, review_save
from .jsonld import SkippedRecord, find_claim_reviews, types_of
from .ratings import rating_from_number, rating_from_words, whole_number
from .references import ReferenceResolver
from .writes import REFUSED_BY_DATABASE, change_reason, refusal_reason

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"
ORGANISATION_TYPES = frozenset(
    {
        "Organization",
        "NewsMediaOrganization",
        "GovernmentOrganization",
        "Corporation",
        "NGO",
        "EducationalOrganization",
        "PoliticalParty",
        "WebSite",
    }
)
URN_UUID = "urn:uuid:"
HTML_TAG = re.compile(r"<[^>]{1,200}>")
# C0 controls and DEL that str.split() does not treat as whitespace; PostgreSQL refuses NUL.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0e-\x1b\x7f]")
LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
WEB_ADDRESS = URLValidator(schemes=["http", "https"])
# An author's ``url`` on such a page names a person, even when typed "Organization".
AUTHOR_PAGE = re.compile(r"/(?:authors?|autor(?:es|a)?|auteurs?|people|staff|writers?|profile)/", re.IGNORECASE)
RATING_TEXT_LENGTH = Review._meta.get_field("alternate_name").max_length


class RecordSkipped(Exception):
    """A record that cannot be imported; the message says why."""


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


# --- Reading one record ---------------------------------------------------------------
def _text(value):
    """Plain text from a JSON-LD value: lists give their first item, objects their name;
    HTML entities and tags that pages leave in ("&#039;", "<br />") are undone, and
    control characters dropped."""
    if isinstance(value, list):
        value = next((item for item in value if item), "")
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or ""
    text = HTML_TAG.sub(" ", html.unescape(str(value or "")))
    return " ".join(CONTROL_CHARACTERS.sub("", text).split())


def _clip(text, length):
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def _day(value):
    """A date from "2022-05-11", "2019-06-20T12:12:40Z" or a ``Date`` object; None if unreadable."""
    text = _text(value)[:10]
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _url(value, base_url=""):
    """An http(s) address; ``RecordSkipped`` for a relative one without ``base_url`` or for
    anything that is no web address (``javascript:alert(1)``, a port past 65535)."""
    text = _text(value)
    if not text:
        return ""
    if text.startswith("/"):
        if not base_url:
            raise RecordSkipped(f"its url “{_clip(text, 60)}” is relative: give the page's address (base URL)")
        text = urljoin(base_url, text)
    elif "://" not in text:
        text = "https://" + text  # "aosfatos.org/noticias/…", as some pages publish it
    try:
        url = normalize_url(text)
        WEB_ADDRESS(url)
    except (ValueError, ValidationError):
        raise RecordSkipped(f"its url “{_clip(text, 60)}” is not a web address (http or https)") from None
    return url


def _lone_surrogate(data):
    """The first text (key or value) in ``data`` holding a lone surrogate, or None; read
    without recursion, as a record may nest as deep as the JSON parser allows."""
    pending = [data]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            if LONE_SURROGATE.search(item):
                return item
        elif isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return None


def _language(value):
    if isinstance(value, dict):
        value = value.get("alternateName") or value.get("name")
    return _text(value)[:16]


def _is_organisation(item):
    """An organisation by its ``@type``, unless its ``url`` is an author's page (a person)."""
    if not types_of(item) & ORGANISATION_TYPES:
        return False
    url = item.get("url")
    return not (isinstance(url, str) and AUTHOR_PAGE.search(urlsplit(url.strip()).path or ""))


def _parties(value):
    """``author``/``publisher`` as a list of ``(name, is_organisation)``."""
    items = value if isinstance(value, list) else [value]
    parties = []
    for item in items:
        if isinstance(item, dict):
            name = _text(item.get("name"))
            if name:
                parties.append((name, _is_organisation(item)))
        elif isinstance(item, str) and item.strip():
            parties.append((_text(item), True))
    return parties


@dataclass
class ReviewRecord:
    """A ClaimReview reduced to what factdb keeps."""

    url: str
    claim_reviewed: str
    date_published: date | None
    date_modified: date | None
    publisher: str
    publisher_url: str
    publisher_is_host: bool  # no organisation named: ``publisher`` is the site's host name
    byline: str
    author: str
    headline: str
    language: str
    rating: str
    rating_text: str
    rating_value: int | None
    best_rating: int | None
    worst_rating: int | None
    explanation: str
    claimant: str
    claimant_kind: str
    claim_uid: uuid.UUID | None

    @classmethod
    def from_jsonld(cls, data, base_url=""):
        """Read a ClaimReview dict; raises ``RecordSkipped`` when it cannot be imported.

        ``base_url`` (the page's address) resolves a relative ``url``.
        """
        if (text := _lone_surrogate(data)) is not None:
            shown = LONE_SURROGATE.sub("\N{REPLACEMENT CHARACTER}", _clip(text, 40))
            raise RecordSkipped(f"its text “{shown}” holds a lone surrogate, which is not Unicode text")
        url = _url(data.get("url") or data.get("mainEntityOfPage"), base_url)
        if not url:
            raise RecordSkipped("it has no url: a review needs its address to be imported once")
        claim_reviewed = _text(data.get("claimReviewed"))
        item = data.get("itemReviewed") if isinstance(data.get("itemReviewed"), dict) else {}
        if not claim_reviewed:
            claim_reviewed = _text(item.get("text") or item.get("name"))
        if not claim_reviewed:
            raise RecordSkipped("it has no claimReviewed: there is no claim to import")

        authors, publishers = _parties(data.get("author")), _parties(data.get("publisher"))
        organisations = [name for name, is_organisation in publishers + authors if is_organisation]
        host = urlsplit(url).hostname or ""
        publisher = organisations[0] if organisations else host.removeprefix("www.")
        publisher_url = ""
        if organisations:  # the home page of the organisation named, not an author's page
            named = [p for p in _dicts(data.get("publisher")) + _dicts(data.get("author")) if _is_organisation(p)]
            try:
                publisher_url = _url(named[0].get("url")) if named else ""
            except RecordSkipped:
                publisher_url = ""  # the publisher's home page is only a detail: its host's is used
        publisher_url = publisher_url or f"https://{host}/"
        people = [name for name, is_organisation in authors if not is_organisation]

        rating_data = data.get("reviewRating") if isinstance(data.get("reviewRating"), dict) else {}
        rating_text = _text(rating_data.get("alternateName") or rating_data.get("name"))
        value = whole_number(rating_data.get("ratingValue"))
        best, worst = whole_number(rating_data.get("bestRating")), whole_number(rating_data.get("worstRating"))
        rating = rating_from_words(rating_text) or rating_from_number(value, best, worst)
        if rating is None and not rating_text:
            number = "it has no number" if value is None else f"its number {value} is not on a scale"
            raise RecordSkipped(f"it has no rating: no words, and {number}")

        claimant_parties = _parties(item.get("author"))
        claimant, claimant_is_organisation = claimant_parties[0] if claimant_parties else ("", False)
        identifier = _text(item.get("identifier"))
        claim_uid = None
        if identifier.startswith(URN_UUID):
            try:
                claim_uid = uuid.UUID(identifier.removeprefix(URN_UUID))
            except ValueError:
                claim_uid = None
        return cls(
            url=url,
            claim_reviewed=claim_reviewed,
            date_published=_day(data.get("datePublished")),
            date_modified=_day(data.get("dateModified")),
            publisher=publisher,
            publisher_url=publisher_url,
            publisher_is_host=not organisations,
            byline=", ".join(people),
            author=people[0] if people else "",
            headline=_text(data.get("headline") or data.get("name")),
            language=_language(data.get("inLanguage")),
            rating=rating or "",  # "": words we do not map, kept in rating_text
            rating_text=rating_text,
            rating_value=value,
            best_rating=best,
            worst_rating=worst,
            explanation=_text(data.get("reviewBody") or data.get("description")),
            claimant=claimant,
            claimant_kind=ActorKind.ORGANISATION if claimant_is_organisation else ActorKind.PERSON,
            claim_uid=claim_uid,
        )


def _dicts(value):
    return [item for item in (value if isinstance(value, list) else [value]) if isinstance(item, dict)]


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
        author = self.references.actor(name=_clip(record.author, 300), kind=ActorKind.PERSON) if record.author else None
        review = Review.objects.select_related("claim").filter(url=record.url).first()
        claim = review.claim if review else self._claim_by_uid(record.claim_uid)
        claim, claim_changed = self._claim(record, claim, source)
        review, review_changed = self._review(record, claim, review, outlet, author)
        notes = self.references.take_created()
        if not record.claimant:
            notes.append("no claimant given (itemReviewed.author): the claim has no attribution")
        if not record.rating:
            notes.append(f"rating “{_clip(record.rating_text, 60)}” is not mapped onto our scale: kept as worded")
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
            title=_clip(record.headline or record.claim_reviewed, 500),
            url=record.url,
            published=record.date_published,
            language=record.language,
            byline=_clip(record.byline, 300),
        )

    def _claim(self, record, claim, source):
        links = []
        if record.claimant:
            actor = self.references.actor(name=_clip(record.claimant, 300), kind=record.claimant_kind)
            links = [LinkData(source, actor, Verb.SAID, Role.ORIGIN, 1)]
        statement = _clip(record.claim_reviewed, 500)
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
            "alternate_name": _clip(record.rating_text, RATING_TEXT_LENGTH),
            "rating_value": record.rating_value,
            "best_rating": record.best_rating,
            "worst_rating": record.worst_rating,
            "explanation": record.explanation,
            "author_name": _clip(record.publisher, 300),
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
