"""
Finding ClaimReview records in what fact-checkers publish.

Accepted: a JSON-LD document (one object, a list, an ``@graph``, a ``DataFeed``), an
HTML page with ``<script type="application/ld+json">`` blocks, and the Google Fact
Check Tools API response (``claims[].claimReview[]``, or one such claim), which is
turned into schema.org layout. Other objects on a page (``WebPage``, ``Organization``,
breadcrumbs) are passed over; a block that is not valid JSON (or nested too deeply for
the parser) is reported, not fatal, and so is a record nested more than
``MAX_NESTING`` containers deep. A file is a page when it starts with ``<`` (or is not
JSON and names ``<html`` or ``<script``): JSON that quotes "<script" is still JSON.
"""

import html
import json
from dataclasses import dataclass
from html.parser import HTMLParser

# How deep in a document's lists and containers (``@graph``, ``dataFeedElement`` …) a
# ClaimReview is looked for: feeds nest three or four levels.
MAX_NESTING = 20


@dataclass
class FoundRecord:
    """One ClaimReview object in schema.org layout, and where it was found ("block 2, item 1")."""

    data: dict
    where: str


@dataclass
class SkippedRecord:
    """Something that could not be imported, and why."""

    where: str
    reason: str


class _LdJsonBlocks(HTMLParser):
    """Collects the text of every ``<script type="application/ld+json">`` element."""

    def __init__(self):
        super().__init__()
        self.blocks, self._current = [], None

    def handle_starttag(self, tag, attrs):
        kind = (dict(attrs).get("type") or "").split(";")[0].strip().lower()
        if tag == "script" and kind == "application/ld+json":
            self._current = []

    def handle_data(self, data):
        if self._current is not None:
            self._current.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._current is not None:
            self.blocks.append("".join(self._current))
            self._current = None


def _is_html(text):
    head = text[:2000].lstrip().lower()
    if head.startswith(("{", "[")):
        return False  # JSON, whatever its strings quote
    return head.startswith("<") or "<script" in head or "<html" in head


def parse_json_leniently(text):
    """Parse JSON as pages publish it: control characters inside strings, HTML comments
    or CDATA around the block, HTML entities in place of quotes. Raises ``ValueError``."""
    cleaned = text.strip()
    for wrapper in ("<!--", "-->", "//<![CDATA[", "//]]>", "<![CDATA[", "]]>"):
        cleaned = cleaned.replace(wrapper, "")
    try:
        return json.loads(cleaned, strict=False)
    except json.JSONDecodeError as error:
        first_error = error
    except RecursionError:
        raise ValueError("not valid JSON (nested too deeply)") from None
    try:
        return json.loads(html.unescape(cleaned), strict=False)
    except RecursionError:
        raise ValueError("not valid JSON (nested too deeply)") from None
    except json.JSONDecodeError:
        raise ValueError(
            f"not valid JSON ({first_error.msg} at line {first_error.lineno}, column {first_error.colno})"
        ) from None


def types_of(obj):
    kind = obj.get("@type", "")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).rsplit("/", 1)[-1] for k in kinds}


def find_claim_reviews(text):
    """All ClaimReview records in ``text``; returns ``(found, skipped)`` lists."""
    text = text.lstrip("\ufeff")
    found, skipped = [], []
    if _is_html(text):
        parser = _LdJsonBlocks()
        parser.feed(text)
        documents = [(f"block {n}", block) for n, block in enumerate(parser.blocks, start=1)]
        if not documents:
            skipped.append(SkippedRecord("page", 'no <script type="application/ld+json"> block on the page'))
    else:
        documents = [("document", text)]
    for where, document in documents:
        try:
            data = parse_json_leniently(document)
        except ValueError as error:
            skipped.append(SkippedRecord(where, str(error)))
            continue
        for record in _walk(data, where):
            (found if isinstance(record, FoundRecord) else skipped).append(record)
    if not found and not skipped:
        skipped.append(SkippedRecord("document", "no ClaimReview found in it"))
    return found, skipped


def _walk(data, where, depth=0):
    """The ClaimReview records in ``data`` (``FoundRecord``), and ``SkippedRecord`` for a
    container nested past ``MAX_NESTING``, which is not read."""
    if isinstance(data, (list, dict)) and depth > MAX_NESTING:
        yield SkippedRecord(where, f"nested deeper than {MAX_NESTING} levels: not read")
        return
    if isinstance(data, list):
        for n, item in enumerate(data, start=1):
            yield from _walk(item, f"{where}, item {n}", depth + 1)
        return
    if not isinstance(data, dict):
        return
    if "ClaimReview" in types_of(data):
        yield FoundRecord(data, where)
        return
    if isinstance(data.get("claimReview"), list):  # one Fact Check Tools claim
        for n, review in enumerate(data["claimReview"], start=1):
            if isinstance(review, dict):
                yield FoundRecord(from_fact_check_tools(data, review), f"{where}, claimReview {n}")
        return
    if isinstance(data.get("claims"), list):  # a Fact Check Tools response
        for n, claim in enumerate(data["claims"], start=1):
            yield from _walk(claim, f"{where}, claim {n}", depth + 1)
        return
    for key in ("@graph", "dataFeedElement", "data", "item", "mainEntity", "review", "itemListElement", "hasPart"):
        if key in data:
            yield from _walk(data[key], where, depth + 1)


def from_fact_check_tools(claim, review):
    """A Fact Check Tools ``claim`` + one of its ``claimReview`` entries, as schema.org ClaimReview."""
    publisher = review.get("publisher") or {}
    site = publisher.get("site") or ""
    author = {"@type": "Organization", "name": publisher.get("name") or site}
    if site:
        author["url"] = site if "://" in site else f"https://{site}"
    item = {"@type": "Claim", "datePublished": claim.get("claimDate")}
    if claim.get("claimant"):
        item["author"] = {"name": claim["claimant"]}
    return {
        "@type": "ClaimReview",
        "url": review.get("url"),
        "headline": review.get("title"),
        "claimReviewed": claim.get("text"),
        "datePublished": review.get("reviewDate"),
        "inLanguage": review.get("languageCode"),
        "author": author,
        "reviewRating": {"@type": "Rating", "alternateName": review.get("textualRating")},
        "itemReviewed": item,
    }
