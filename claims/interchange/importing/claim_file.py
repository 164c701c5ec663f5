"""
Importing a claim file (CSV or XLSX in the export's layout; a "sheet" to users): all rows or none.

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
from contextlib import contextmanager
from decimal import Decimal

from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from ...batch_create import NewClaim, NewClaimsInvalid, claims_create_many
from ...chains import chain_signature
from ...figures import Qualifier
from ...models import Claim, ClaimStatus, Provenance, Rating, Review, ReviewStatus
from ...services import claim_move_to, claim_save, links_from_claim, review_save
from ..columns import COLUMNS_BY_KEY
from ..exporting.writer import plain_decimal
from . import values
from .claim_file_chains import (
    OTHER_READABLE_KEYS,
    READABLE_KEYS,
    chains_in,
    links_from_chains,
    readable_chains,
    readable_of_claim,
    readable_of_row,
    references_named,
)
from .claim_file_matching import FIGURE_KEYS, SameClaims, claims_by_uid, source_keys_of_chains
from .claim_file_results import CHANGE, CREATE, UNCHANGED, ClaimFileImportResult, RowError, RowInvalid, RowPlan
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

# Why a new claim has no chain, by where its row's chain would come from.
NO_CHAIN = {
    "none": "No source or attribution chain: the row has no Chain data and names no source.",
    "unreadable": "No source or attribution chain: the row has no Chain data, and its readable columns "
    "do not give an outlet and a source title for every source.",
    "data": "No source or attribution chain.",
}

# The column to blame for what each stage of ``claims_create_many`` refuses.
STAGE_COLUMNS = {"claim": "chain_data", "status": "status", "review": "verdict"}


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


class ClaimFileImporter:
    """Plans and applies a claim sheet as ``user`` (None: a trusted command-line run)."""

    def __init__(self, *, user=None, filename="sheet"):
        self.user = user
        self.filename = filename
        self.references = ReferenceResolver(user, change_reason("imported from", filename))

    def check_permissions(self):
        if self.user is not None and not self.user.has_perms(["claims.add_claim", "claims.change_claim"]):
            raise PermissionDenied("Importing a sheet needs permission to add and change claims.")

    def run(self, sheet_rows, *, dry_run=False):
        """Import ``sheet_rows`` (from ``readers.read_sheet``); returns a ``ClaimFileImportResult``.

        A sheet costs a bounded number of queries whatever its length, for rows that create
        claims and rows that change nothing: the rows are read first, the claims and the
        outlets, sources, speakers, metrics and tags they name are found a query per kind,
        and the new claims are written together (``batch_create.claims_create_many``). A row
        that changes an existing claim is written on its own, through ``claim_save``, in a
        savepoint, as an edit is.
        """
        self.check_permissions()
        result = ClaimFileImportResult(ignored_headers=sheet_rows.ignored_headers, dry_run=dry_run)
        present = sheet_rows.keys
        with transaction.atomic():
            parsed_rows = self._parse_rows(sheet_rows.rows, present, result.errors)
            existing = claims_by_uid(parsed["uid"] for _, parsed in parsed_rows if parsed.get("uid"))
            same_claims = SameClaims(parsed.get("statement") for _, parsed in parsed_rows if not parsed.get("uid"))
            self._prefetch_references(parsed_rows)
            new = []  # (row number, NewClaim)
            without_uid = {}  # what a row without a UID says → its row number
            for number, parsed in parsed_rows:
                try:
                    claim, notes = self._stored_claim(number, parsed, existing, same_claims, without_uid)
                    if claim is None:
                        item, plan = self._plan_new(number, parsed)
                        new.append((number, item))
                    else:
                        plan = self._import_existing(number, parsed, claim)
                    plan.notes[:0] = notes
                    result.plans.append(plan)
                except RowInvalid as invalid:
                    result.errors.extend(invalid.errors)
                    # Records the row created stay (nothing is imported anyway); the next
                    # row must not report them as its own.
                    self.references.take_created()
                except REFUSED_BY_DATABASE as error:
                    # Refused by the database itself (a claim saved by someone else meanwhile):
                    # an error of the row like any other, so nothing is imported, and no 500.
                    result.errors.append(self._refused(number, error))
                    self.references.take_created()
            if new:
                result.errors += self._create(new)
            result.plans.sort(key=lambda plan: plan.row)
            result.errors.sort(key=lambda error: error.row)
            if dry_run or result.errors:
                transaction.set_rollback(True)
        return result

    def _parse_rows(self, rows, present, errors):
        """Each row's cells parsed, as ``[(number, {key: value})]``; bad cells go to ``errors``."""
        parsed_rows, seen_uids = [], {}
        parsers = [(key, parser) for key, parser in (FIELD_PARSERS | OTHER_PARSERS).items() if key in present]
        for number, row in rows:
            parsed, row_errors = {}, []
            for key, parser in parsers:
                try:
                    parsed[key] = parser(row.get(key))
                except ValueError as error:
                    row_errors.append(RowError(number, _label(key), str(error)))
            uid = parsed.get("uid")
            if uid is not None:
                if uid in seen_uids:
                    row_errors.append(
                        RowError(number, _label("uid"), f"The same claim is already on row {seen_uids[uid]}.")
                    )
                seen_uids[uid] = number
            parsed["readable"] = {key: row.get(key) for key in (*READABLE_KEYS, *OTHER_READABLE_KEYS) if key in present}
            if row_errors:
                errors.extend(row_errors)
            else:
                parsed_rows.append((number, parsed))
        return parsed_rows

    def _chains(self, number, parsed):
        """The row's chains (Chain-data-like dicts) and where from: ``"data"``, ``"readable"``,
        ``"unreadable"`` (readable columns that cannot be rebuilt) or ``"none"``; kept on the row."""
        if "chains" not in parsed:
            chain_text = parsed.get("chain_data", "")
            if chain_text.strip():
                with self._errors_of_row(number, "chain_data"):
                    parsed["chains"] = (chains_in(chain_text), "data")
            else:
                with self._errors_of_row(number, "source_dates"):
                    chains = readable_chains(parsed["readable"])
                how = "unreadable" if chains is None else "readable" if chains else "none"
                parsed["chains"] = (chains or [], how)
        return parsed["chains"]

    def _stored_claim(self, number, parsed, existing, same_claims, without_uid):
        """The stored claim the row is (None: a new one), and notes on how it was found."""
        if parsed.get("uid"):
            return existing.get(parsed["uid"]), []
        chains, _ = self._chains(number, parsed)
        sources = source_keys_of_chains(chains)
        said = (parsed.get("statement"), *(parsed.get(key) for key in FIGURE_KEYS), sources)
        if said in without_uid:
            raise RowInvalid(
                [
                    RowError(
                        number,
                        _label("statement"),
                        f"The same claim (statement, figure and source) is already on row {without_uid[said]}.",
                    )
                ]
            )
        without_uid[said] = number
        claim = same_claims.find(parsed, sources)
        if claim is None:
            return None, []
        return claim, [
            f"No UID: this is the stored claim {claim.uid}, which has the same statement, figure and source."
        ]

    def _prefetch_references(self, parsed_rows):
        rows_chains = []
        for number, parsed in parsed_rows:
            try:
                rows_chains.append(self._chains(number, parsed)[0])
            except RowInvalid:
                continue  # reported when the row is imported
        named = references_named(rows_chains)
        self.references.prefetch(
            **named,
            metrics=[parsed["metric"] for _, parsed in parsed_rows if parsed.get("metric")],
            tags=[name for _, parsed in parsed_rows for name in parsed.get("tags", ())],
        )

    # --- One row ---------------------------------------------------------------------
    def _references(self, number, parsed, claim, is_new, changes, notes):
        """The row's chain, tags and metric (None: leave as they are); what differs goes to ``changes``."""
        chains, how = self._chains(number, parsed)
        links = None
        if how == "readable" and not is_new and readable_of_row(parsed["readable"]) == readable_of_claim(claim):
            chains = None  # reads as stored: the stored chain stays, with the verbs the columns do not show
        if chains:
            with self._errors_of_row(number, "chain_data" if how == "data" else "chain"):
                links = links_from_chains(chains, self.references)
        if links is not None and not is_new and chain_signature(links) == chain_signature(links_from_claim(claim)):
            links = None
        if links is not None and how == "readable":
            notes.append("Attribution chain rebuilt from the readable columns (the sheet has no Chain data for it).")
        if links is not None and not is_new:
            changes.append("Attribution chain replaced")
        if is_new and links is None:
            notes.append(NO_CHAIN[how])
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
        return links, tags

    def _plan_new(self, number, parsed):
        """A row creating a claim: what ``claims_create_many`` writes, and the row's plan."""
        claim = Claim(uid=parsed.get("uid") or uuid.uuid4(), provenance=Provenance.IMPORTED)
        for key in FIELD_PARSERS:
            if key in parsed:
                setattr(claim, key, parsed[key])
        notes = []
        links, tags = self._references(number, parsed, claim, True, [], notes)
        review = None
        if parsed.get("verdict"):
            with self._errors_of_row(number, "verdict"):
                review = self._new_review(claim, parsed)
        item = NewClaim(claim=claim, links=links, tags=tags, status=parsed.get("status") or "", review=review)
        plan = RowPlan(number, str(claim.uid), claim.statement, CREATE, self.references.take_created(), notes)
        return item, plan

    def _create(self, new):
        """Write the new claims together; their refusals as errors of their rows."""
        try:
            with transaction.atomic():
                claims_create_many(
                    new_claims=[item for _, item in new],
                    user=self.user,
                    change_reason=change_reason("imported from", self.filename),
                )
        except NewClaimsInvalid as invalid:
            errors = []
            for index, refusals in invalid.errors.items():
                number = new[index][0]
                for stage, error in refusals:
                    column = STAGE_COLUMNS[stage]
                    if isinstance(error, PermissionDenied):
                        errors.append(RowError(number, _label(column), str(error)))
                    else:
                        errors += self._row_errors(number, error, column)
            return errors
        except REFUSED_BY_DATABASE as error:
            # Most likely a claim saved meanwhile with a row's UID: name those rows.
            uids = [item.claim.uid for _, item in new]
            taken = set(Claim.objects.filter(uid__in=uids).values_list("uid", flat=True))
            numbers = [number for number, item in new if item.claim.uid in taken]
            if not numbers:  # which row is not known: the first new one stands for them all
                return [self._refused(new[0][0], error, "the new claims")]
            return [self._refused(number, error) for number in numbers]
        return []

    @staticmethod
    def _refused(number, error, what="the row"):
        reason = refusal_reason(error, what)
        return RowError(number, "", f"{reason[:1].upper()}{reason[1:]}.")

    def _import_existing(self, number, parsed, claim):
        """A row matching a stored claim: its changes written through ``claim_save``, in a savepoint."""
        changes = []
        for key in FIELD_PARSERS:
            if key in parsed and getattr(claim, key) != parsed[key]:
                changes.append(f"{_label(key)}: {_show(getattr(claim, key))} → {_show(parsed[key])}")
                setattr(claim, key, parsed[key])
        notes = []
        links, tags = self._references(number, parsed, claim, False, changes, notes)
        moves = bool(parsed.get("status")) and parsed["status"] != claim.status
        rates = bool(parsed.get("verdict")) and parsed["verdict"] != claim.verdict
        if changes or moves or rates:
            with transaction.atomic():
                if changes:
                    with self._errors_of_row(number, "chain_data"):
                        reason = change_reason("imported from", self.filename)
                        claim = claim_save(claim=claim, user=self.user, links=links, tags=tags, change_reason=reason)
                        if getattr(claim, "pending_revision", None) is not None and claim.pending_revision.is_pending:
                            changes.append(PENDING_REVIEW)
                with self._errors_of_row(number, "status"):
                    changes += self._apply_status(claim, parsed.get("status"), False)
                with self._errors_of_row(number, "verdict"):
                    changes += self._apply_verdict(claim, parsed)
        changes = self.references.take_created() + changes
        return RowPlan(number, str(claim.uid), claim.statement, CHANGE if changes else UNCHANGED, changes, notes)

    def _new_review(self, claim, parsed):
        """The published review a verdict adds (``review_save`` checks it when written)."""
        if self.user is not None and not self.user.has_perms(["claims.add_review", "claims.publish_review"]):
            raise PermissionDenied("A verdict adds a published review, which needs permission to publish reviews.")
        return Review(
            rating=parsed["verdict"],
            status=ReviewStatus.PUBLISHED,
            date_published=parsed.get("review_date") or timezone.localdate(),
            url=parsed.get("review_url", ""),
            reviewer=self.user if self.user is not None and self.user.is_authenticated else None,
        )

    @contextmanager
    def _errors_of_row(self, number, column):
        """Turn what the services refuse into errors naming this row (and ``column`` by default)."""
        try:
            yield
        except PermissionDenied as error:
            raise RowInvalid([RowError(number, _label(column), str(error))]) from None
        except ValidationError as error:
            raise RowInvalid(self._row_errors(number, error, column)) from None

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
        review = self._new_review(claim, parsed)
        review.claim = claim
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
