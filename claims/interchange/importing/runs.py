"""
Keeping a record of each import run, for the desk's "Recent imports".

``record_import_run`` is called once, after an importer has finished, by whoever ran
it (the admin's import pages, ``import_sheet``, ``import_claimreview``); the importers
themselves know nothing of it. Dry runs are not recorded: nothing came in.
"""

from ...models import ImportKind, ImportRun

# Longest reason and place kept per skipped record (a database error can be long).
REASON_LENGTH = 500
WHERE_LENGTH = 100


def _clip(text, length):
    text = str(text)
    return text if len(text) <= length else text[: length - 1] + "…"


def _sheet_counts(result):
    """A sheet import writes all rows or none: when it has errors, nothing was created or changed."""
    counts = result.counts
    written = not result.errors
    skipped = [
        {"where": f"row {error.row}" + (f", {error.column}" if error.column else ""), "reason": error.message}
        for error in result.errors
    ]
    return {
        "created": counts["create"] if written else 0,
        "updated": counts["change"] if written else 0,
        "unchanged": counts["unchanged"] if written else 0,
    }, skipped


def _claimreview_counts(result):
    counts = result.counts
    skipped = [{"where": record.where, "reason": record.reason} for record in result.skipped]
    return {"created": counts["created"], "updated": counts["updated"], "unchanged": counts["unchanged"]}, skipped


READERS = {ImportKind.SHEET: _sheet_counts, ImportKind.CLAIMREVIEW: _claimreview_counts}


def record_import_run(*, kind, result, file_name, user=None):
    """Record one finished import (a ``ClaimFileImportResult`` or ``ClaimReviewImportResult``).

    Returns the ``ImportRun``, or None for a dry run. The skipped records are kept up to
    ``ImportRun.MAX_KEPT_SKIPPED``, each reason clipped; ``skipped`` counts them all.
    """
    if result.dry_run:
        return None
    counts, skipped = READERS[kind](result)
    kept = [
        {"where": _clip(record["where"], WHERE_LENGTH), "reason": _clip(record["reason"], REASON_LENGTH)}
        for record in skipped[: ImportRun.MAX_KEPT_SKIPPED]
    ]
    return ImportRun.objects.create(
        kind=kind,
        file_name=_clip(file_name, ImportRun._meta.get_field("file_name").max_length),
        user=user if user is not None and user.is_authenticated else None,
        skipped=len(skipped),
        summary=_clip(result.summary(), ImportRun._meta.get_field("summary").max_length),
        skipped_records=kept,
        **counts,
    )
