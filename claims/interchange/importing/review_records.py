"""
One ClaimReview record reduced to what factdb keeps (`ReviewRecord`), read from the messy
JSON-LD that fact-checkers' pages publish: lists where one value is expected, objects
where text is, HTML entities and tags, control characters, relative or hostile URLs,
lone surrogates, organisations typed as people and people typed as organisations.

Reading never touches the database; `claimreview.ClaimReviewImporter` writes what is read.
A record that cannot be imported raises `RecordSkipped` with the reason an importer reports.
"""

import html
import re
import uuid
from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin, urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from sources.models import ActorKind
from sources.normalization import normalize_url

from .jsonld import types_of
from .ratings import rating_from_number, rating_from_words, whole_number

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


class RecordSkipped(Exception):
    """A record that cannot be imported; the message says why."""


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


def clip(text, length):
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
            raise RecordSkipped(f"its url “{clip(text, 60)}” is relative: give the page's address (base URL)")
        text = urljoin(base_url, text)
    elif "://" not in text:
        text = "https://" + text  # "aosfatos.org/noticias/…", as some pages publish it
    try:
        url = normalize_url(text)
        WEB_ADDRESS(url)
    except (ValueError, ValidationError):
        raise RecordSkipped(f"its url “{clip(text, 60)}” is not a web address (http or https)") from None
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
            shown = LONE_SURROGATE.sub("\N{REPLACEMENT CHARACTER}", clip(text, 40))
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
