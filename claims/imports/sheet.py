"""
Importing a claim sheet (CSV or XLSX in the export's layout): all rows or none.

Each row is matched to a claim by its UID (a row without one creates a new claim) and
planned: *create*, *change* (which columns) or *unchanged*. Every row is applied inside
one transaction through ``claims.services`` (``claim_save``, ``claim_move_to``,
``review_save``), so history records the importing user like an edit. When any row
has an error, or for a dry run, the transaction is rolled back: nothing is written,
and each error names its row and column.

What an import reads and what it leaves alone:

* The columns marked ``imported`` in ``exports.columns``; derived columns (figure,
  origin, chain, source titles …) and ``id`` (this database's row number) are ignored.
* A column missing from the file leaves that field as it is.
* ``Chain data`` replaces the claim's chain; an empty cell leaves the chain alone.
* ``Verdict`` adds a published review when it differs from the claim's verdict (with
  ``Review date`` and ``Review URL``); an empty cell removes nothing.
* ``Status`` walks the claim through the workflow, with the importer's permissions.
"""

import uuid
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal

import orjson
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from sources.models import DatePrecision

from ..chains import LinkData, chain_signature
from ..exports.base import plain_decimal
from ..exports.columns import COLUMNS_BY_KEY
from ..figures import Qualifier
from ..models import Claim, ClaimStatus, Provenance, Rating, Review, ReviewStatus, Role, Verb
from ..services import claim_move_to, claim_save, links_from_claim, review_save
from . import values
from .references import ReferenceResolver
from .writes import REFUSED_BY_DATABASE, change_reason, refusal_reason

# Claim fields a sheet sets directly, with the parser of their cells.
FIELD_PARSERS = {
    "statement": values.text,
    "quote": values.text,
    "value": values.decimal,
    "value_max": values.decimal,
    "qualifier": lambda cell: values.choice(cell, Qualifier),
    "unit": values.text,
    "subject": values.text,
    "place": values.text,
    "period_start": values.day,
    "period_end": values.day,
}
OTHER_PARSERS = {
    "uid": values.uid,
    "status": lambda cell: values.choice(cell, ClaimStatus),
    "verdict": lambda cell: values.choice(cell, Rating),
    "review_date": values.day,
    "review_url": values.text,
    "tags": values.lines,
    "metric": values.text,
    "chain_data": values.text,
}

# When the database refuses a figure, the column to blame (constraint name → column key).
CONSTRAINT_COLUMNS = {
    "claim_figureless_has_no_figure_fields": "value",
    "claim_figure_has_qualifier": "qualifier",
    "claim_qualifier_valid": "qualifier",
    "claim_value_max_not_below_value": "value_max",
    "claim_range_has_value_max": "value_max",
    "claim_value_max_only_for_range": "value_max",
    "claim_count_not_negative": "value",
    "claim_period_ordered": "period_end",
    "claim_status_valid": "status",
}
MESSAGE_COLUMNS = {
    constraint.violation_error_message: CONSTRAINT_COLUMNS[constraint.name]
    for constraint in Claim._meta.constraints
    if constraint.name in CONSTRAINT_COLUMNS
}
# Review fields an error can name, as sheet columns.
REVIEW_COLUMNS = {"rating": "verdict", "date_published": "review_date", "url": "review_url"}

CREATE, CHANGE, UNCHANGED = "create", "change", "unchanged"


@dataclass
class RowError:
    """What is wrong with one cell (or a whole row, when ``column`` is empty)."""

    row: int
    column: str  # the column's label, as in the header
    message: str

    def __str__(self):
        if self.column:
            return f"Row {self.row}, column “{self.column}”: {self.message}"
        return f"Row {self.row}: {self.message}"


@dataclass
class RowPlan:
    """What importing one row does (or, in a dry run, would do)."""

    row: int
    uid: str
    statement: str
    action: str  # create, change or unchanged
    changes: list = field(default_factory=list)


@dataclass
class SheetImportResult:
    plans: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    ignored_headers: list = field(default_factory=list)
    dry_run: bool = False

    @property
    def written(self):
        return not self.dry_run and not self.errors

    @property
    def counts(self):
        return Counter(plan.action for plan in self.plans)

    def summary(self):
        counts = self.counts
        verb = "would be" if self.dry_run or self.errors else "were"
        text = f"{counts[CREATE]} claims {verb} created, {counts[CHANGE]} changed, {counts[UNCHANGED]} left unchanged."
        if self.errors:
            text = f"Nothing was imported: {len(self.errors)} errors. " + text
        elif self.dry_run:
            text = "Dry run, nothing was written. " + text
        return text


class RowInvalid(Exception):
    """Raised inside a row's savepoint to roll that row back; carries its errors."""

    def __init__(self, errors):
        super().__init__(errors)
        self.errors = errors


def _label(key):
    column = COLUMNS_BY_KEY.get(key)
    return column.label if column else ""


def _show(value):
    if value in (None, ""):
        return "(empty)"
    if isinstance(value, Decimal):
        return plain_decimal(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


# A published claim changed by an editor keeps its published version (claims.revisions).
PENDING_REVIEW = "Pending review: the published claim is unchanged until a reviewer publishes the change"


class ClaimSheetImporter:
    """Plans and applies a claim sheet as ``user`` (None: a trusted command-line run)."""

    def __init__(self, *, user=None, filename="sheet"):
        self.user = user
        self.filename = filename
        self.references = ReferenceResolver(user, change_reason("imported from", filename))

    def check_permissions(self):
        if self.user is not None and not self.user.has_perms(["claims.add_claim", "claims.change_claim"]):
            raise PermissionDenied("Importing a sheet needs permission to add and change claims.")

    def run(self, sheet_rows, *, dry_run=False):
        """Import ``sheet_rows`` (from ``readers.read_sheet``); returns a ``SheetImportResult``."""
        self.check_permissions()
        result = SheetImportResult(ignored_headers=sheet_rows.ignored_headers, dry_run=dry_run)
        present = sheet_rows.keys
        seen_uids = {}
        with transaction.atomic():
            for number, row in sheet_rows.rows:
                try:
                    with transaction.atomic():
                        result.plans.append(self._import_row(number, row, present, seen_uids))
                except RowInvalid as invalid:
                    result.errors.extend(invalid.errors)
                    self.references.forget()
                except REFUSED_BY_DATABASE as error:
                    # Refused by the database itself (a claim saved by someone else meanwhile):
                    # an error of the row like any other, so nothing is imported, and no 500.
                    reason = refusal_reason(error, "the row")
                    result.errors.append(RowError(number, "", f"{reason[:1].upper()}{reason[1:]}."))
                    self.references.forget()
            if dry_run or result.errors:
                transaction.set_rollback(True)
        return result

    # --- One row ---------------------------------------------------------------------
    def _import_row(self, number, row, present, seen_uids):
        errors = []

        def fail(key, message):
            errors.append(RowError(number, _label(key), message))

        parsed = {}
        for key, parser in (FIELD_PARSERS | OTHER_PARSERS).items():
            if key in present:
                try:
                    parsed[key] = parser(row.get(key))
                except ValueError as error:
                    fail(key, str(error))
        uid = parsed.get("uid")
        if uid is not None:
            if uid in seen_uids:
                fail("uid", f"The same claim is already on row {seen_uids[uid]}.")
            seen_uids[uid] = number
        if errors:
            raise RowInvalid(errors)

        claim = Claim.objects.filter(uid=uid).first() if uid else None
        is_new = claim is None
        if is_new:
            claim = Claim(uid=uid or uuid.uuid4(), provenance=Provenance.IMPORTED)
        changes = []

        fields = {key: parsed[key] for key in FIELD_PARSERS if key in parsed}
        for key, value in fields.items():
            if is_new or getattr(claim, key) != value:
                if not is_new:
                    changes.append(f"{_label(key)}: {_show(getattr(claim, key))} → {_show(value)}")
                setattr(claim, key, value)

        with self._errors_of_row(number, "chain_data"):
            links = self._links(parsed.get("chain_data", ""))
        if links is not None and not is_new and chain_signature(links) == chain_signature(links_from_claim(claim)):
            links = None
        if links is not None and not is_new:
            changes.append("Attribution chain replaced")

        tags = None
        if "tags" in parsed:
            with self._errors_of_row(number, "tags"):
                tags = self.references.tags(parsed["tags"])
            if not is_new and {tag.pk for tag in tags} == {tag.pk for tag in claim.tags.all()}:
                tags = None
            elif not is_new:
                changes.append(f"Tags: {', '.join(tag.name for tag in tags) or '(none)'}")
        if "metric" in parsed:
            with self._errors_of_row(number, "metric"):
                metric = self.references.metric(parsed["metric"]) if parsed["metric"] else None
            if not is_new and claim.metric_id != (metric.pk if metric else None):
                changes.append(f"Metric: {claim.metric or '(none)'} → {metric or '(none)'}")
            claim.metric = metric

        with self._errors_of_row(number, "chain_data"):
            if is_new or changes:
                reason = change_reason("imported from", self.filename)
                claim = claim_save(claim=claim, user=self.user, links=links, tags=tags, change_reason=reason)
                if getattr(claim, "pending_revision", None) is not None and claim.pending_revision.is_pending:
                    changes.append(PENDING_REVIEW)
        with self._errors_of_row(number, "status"):
            changes += self._apply_status(claim, parsed.get("status"), is_new)
        with self._errors_of_row(number, "verdict"):
            changes += self._apply_verdict(claim, parsed)

        changes = self.references.take_created() + changes
        action = CREATE if is_new else CHANGE if changes else UNCHANGED
        return RowPlan(number, str(claim.uid), claim.statement, action, changes)

    @contextmanager
    def _errors_of_row(self, number, column):
        """Turn what the services refuse into errors naming this row (and ``column`` by default)."""
        try:
            yield
        except PermissionDenied as error:
            raise RowInvalid([RowError(number, _label(column), str(error))]) from None
        except ValidationError as error:
            raise RowInvalid(self._row_errors(number, error, column)) from None

    def _links(self, chain_text):
        """The chain in a ``Chain data`` cell as ``LinkData``; None when the cell is empty."""
        if not chain_text.strip():
            return None
        try:
            chains = orjson.loads(chain_text)
        except orjson.JSONDecodeError as error:
            raise ValidationError(f"Not valid JSON ({error}).") from None
        if not isinstance(chains, list):
            raise ValidationError("Expected a list of chains, one per source.")
        links = []
        for number, chain in enumerate(chains, start=1):
            links += self._chain_links(number, chain)
        return links

    def _chain_links(self, number, chain):
        where = f"Chain {number}"
        if not isinstance(chain, dict) or not isinstance(chain.get("outlet"), dict) or not chain.get("title"):
            raise ValidationError(f"{where} needs an outlet and a source title.")
        if not isinstance(chain.get("links"), list) or not chain["links"]:
            raise ValidationError(f"{where} has no links.")
        outlet_data = chain["outlet"]
        try:
            published = values.day(chain.get("published"))
        except ValueError as error:
            raise ValidationError(f"{where}: {error}") from None
        outlet = self.references.outlet(
            name=str(outlet_data.get("name") or ""),
            slug=str(outlet_data.get("slug") or ""),
            kind=str(outlet_data.get("kind") or ""),
        )
        source = self.references.source(
            outlet=outlet,
            title=str(chain["title"]),
            url=str(chain.get("url") or ""),
            published=published,
            precision=str(chain.get("precision") or DatePrecision.DAY),
            language=str(chain.get("language") or ""),
        )
        links = []
        for position, link in enumerate(chain["links"], start=1):
            actor_data = link.get("actor") if isinstance(link, dict) else None
            if not isinstance(actor_data, dict) or not actor_data.get("name"):
                raise ValidationError(f"{where}, link {position}: the speaker needs a name.")
            verb, role = link.get("verb", Verb.SAID), link.get("role", Role.ORIGIN)
            if verb not in Verb.values:
                allowed = ", ".join(Verb.values)
                raise ValidationError(f"{where}, link {position}: unknown verb “{verb}” (use {allowed}).")
            if role not in Role.values:
                raise ValidationError(f"{where}, link {position}: unknown role “{role}” (use origin or relay).")
            count = link.get("count")
            if count is not None and (not isinstance(count, int) or count < 1):
                raise ValidationError(f"{where}, link {position}: the count of sources must be a whole number above 0.")
            actor = self.references.actor(
                name=str(actor_data["name"]),
                slug=str(actor_data.get("slug") or ""),
                kind=str(actor_data.get("kind") or ""),
            )
            links.append(LinkData(source, actor, verb, role, position, count))
        return links

    def _apply_status(self, claim, status, is_new):
        if not status or status == claim.status:
            return []
        before = claim.get_status_display().lower()
        claim_move_to(claim=claim, status=status, user=self.user)
        claim.refresh_from_db()
        return [] if is_new else [f"Status: {before} → {claim.get_status_display().lower()}"]

    def _apply_verdict(self, claim, parsed):
        """Add a published review when the sheet's verdict differs from the claim's."""
        rating = parsed.get("verdict")
        claim.refresh_from_db(fields=["verdict"])
        if not rating or rating == claim.verdict:
            return []
        if self.user is not None and not self.user.has_perms(["claims.add_review", "claims.publish_review"]):
            raise PermissionDenied("A verdict adds a published review, which needs permission to publish reviews.")
        review = Review(
            claim=claim,
            rating=rating,
            status=ReviewStatus.PUBLISHED,
            date_published=parsed.get("review_date") or timezone.localdate(),
            url=parsed.get("review_url", ""),
            reviewer=self.user if self.user is not None and self.user.is_authenticated else None,
        )
        before = claim.verdict
        review_save(review=review, user=self.user, change_reason=change_reason("imported from", self.filename))
        return [f"Verdict: {_show(before)} → {rating} (new published review)"]

    def _row_errors(self, number, error, column):
        """A ``ValidationError`` as errors naming this row's columns (``column`` when it names no field)."""
        if not hasattr(error, "error_dict"):
            return [RowError(number, _label(column), message) for message in error.messages]
        errors = []
        for name, messages in error.message_dict.items():
            for message in messages:
                if name == NON_FIELD_ERRORS:
                    key = MESSAGE_COLUMNS.get(message, column)
                else:
                    key = REVIEW_COLUMNS.get(name, name)
                errors.append(RowError(number, _label(key), message))
        return errors
