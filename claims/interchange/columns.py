"""
The claim sheet's columns, and one claim as a row of them.

Every format (CSV, XLSX, JSON) writes the same columns in the same order, built here
from the claim records of ``records.iter_claim_records()`` (the claim, its chains as
``claims.chains.Chain``, its tags and latest published review). Values stay typed
(``Decimal``, ``date``, ``datetime``, ``str``, ``None``) until a writer turns them
into cells.

Cells are written for people: qualifier, status and verdict in words ("approximately",
"In review", "Mostly true", which the import reads back as well as the codes), the
interval's two ends as numbers computed exactly (``reading.exact_interval``), one line
per source in the read model's source order in every cell that holds several values
(origins, chains, titles, outlets …). The readable columns (figure, interval, origins,
chain, source titles …) are derived from the others; the import reads the columns
marked ``imported``. The last column, ``chain_data``, carries the attribution chains
with their outlets, sources and speakers as JSON for round trips: it comes after every
readable column (and is hidden in XLSX), out of a reader's way.
"""

from dataclasses import dataclass
from datetime import UTC

import orjson

from ..figures import Qualifier
from ..models import ClaimStatus, Rating

TEXT, NUMBER, DATE, DATETIME, INTEGER = "text", "number", "date", "datetime", "integer"
LIST_SEPARATOR = "\n"


@dataclass(frozen=True)
class Column:
    """One column of a claim sheet."""

    key: str  # JSON key, and what the importer reads
    label: str  # header in CSV and XLSX
    kind: str = TEXT
    width: int = 14  # XLSX width, in characters
    imported: bool = False  # read back by the sheet importer
    description: str = ""
    former_labels: tuple = ()  # headers of sheets exported before a rename, still read on import


def _choices(lead, choices, *, also="the import also reads"):
    """A column's description of its words, and of the codes an import reads too."""
    return f"{lead}{', '.join(choices.labels)} ({also} the codes: {', '.join(choices.values)})."


COLUMNS = (
    Column("id", "ID", INTEGER, 8, description="This database's row id; ignored on import (UID is the key)."),
    Column("uid", "UID", TEXT, 38, imported=True, description="The claim's stable id across databases."),
    Column("statement", "Statement", TEXT, 60, imported=True, description="The editor's one-line summary."),
    Column("quote", "Quote", TEXT, 30, imported=True, description="The figure phrase exactly as published."),
    Column("figure", "Figure", TEXT, 22, description="The figure as people read it (derived)."),
    Column("value", "Value", NUMBER, 14, imported=True, description="The figure's number; empty without a figure."),
    Column("value_max", "Value max", NUMBER, 14, imported=True, description="Upper end of a range."),
    Column(
        "qualifier",
        "Qualifier",
        TEXT,
        16,
        imported=True,
        description=_choices("How the figure was said: ", Qualifier),
    ),
    Column("unit", "Unit", TEXT, 14, imported=True, description="Unit or counted noun: troops, USD, percent."),
    Column(
        "interval_low",
        "Interval low",
        NUMBER,
        14,
        description="Lowest value the figure covers (about 12,000: 10,800); empty when it has no lower end (derived).",
    ),
    Column(
        "interval_high",
        "Interval high",
        NUMBER,
        14,
        description="Highest value it covers (about 12,000: 13,200); empty when it has no upper end (derived).",
    ),
    Column("subject", "Subject", TEXT, 40, imported=True, description="What is counted."),
    Column("place", "Place", TEXT, 20, imported=True, description="Where."),
    Column("period_start", "Period start", DATE, 12, imported=True, description="Start of the period it is about."),
    Column("period_end", "Period end", DATE, 12, imported=True, description="End of that period."),
    Column(
        "status",
        "Status",
        TEXT,
        11,
        imported=True,
        description=_choices("", ClaimStatus),
    ),
    Column(
        "retraction",
        "Retraction",
        TEXT,
        40,
        description="For a retracted claim: when (UTC) and why it was retracted.",
    ),
    Column(
        "verdict",
        "Verdict",
        TEXT,
        13,
        imported=True,
        description=_choices("Rating of the latest published review: ", Rating, also="or"),
    ),
    Column("review_date", "Review date", DATE, 12, imported=True, description="When that review was published."),
    Column("review_url", "Review URL", TEXT, 30, imported=True, description="Where that review is published."),
    Column(
        "origin",
        "Origin speakers",
        TEXT,
        30,
        description="Who first said it, in each source: the origin of each chain, one line per source (derived).",
        former_labels=("Origin speaker",),
    ),
    Column("chain", "Attribution chain", TEXT, 50, description="One chain per source, outlet first (derived)."),
    Column("source_titles", "Source titles", TEXT, 40, description="One line per source, in the chains' order."),
    Column("outlets", "Outlets", TEXT, 20, description="The outlet of each source."),
    Column("source_urls", "Source URLs", TEXT, 30, description="The address of each source."),
    Column("source_dates", "Source dates", TEXT, 14, description="Each source's date, at its precision."),
    Column("tags", "Tags", TEXT, 20, imported=True, description="One tag per line."),
    Column("metric", "Metric", TEXT, 30, imported=True, description="The metric the claim is a data point of."),
    Column("updated_at", "Last change (UTC)", DATETIME, 19, description="When the claim last changed."),
    Column(
        "chain_data",
        "Chain data",
        TEXT,
        20,
        imported=True,
        description="For round trips, not for reading: the chains with their outlets, sources and speakers "
        "as JSON, which the import reads back. Always the last column; hidden in XLSX.",
    ),
)

COLUMN_KEYS = tuple(column.key for column in COLUMNS)
COLUMNS_BY_KEY = {column.key: column for column in COLUMNS}


def column_for_header(header):
    """The column a header names, by label ("Value max"), former label or key ("value_max"); or None."""
    wanted = _header_key(header)
    for column in COLUMNS:
        if wanted in (column.key, _header_key(column.label), *map(_header_key, column.former_labels)):
            return column
    return None


def _header_key(text):
    return "_".join(str(text or "").strip().lower().replace("_", " ").split())


def retraction_text(claim):
    """ "Retracted 2026-12-06 14:05 UTC: the figure was the ministry's, not the agency's." """
    if claim.status != "retracted" or claim.retracted_at is None:
        return ""
    when = claim.retracted_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"Retracted {when}: {claim.retraction_reason}"


QUALIFIER_WORDS = dict(Qualifier.choices)
STATUS_WORDS = dict(ClaimStatus.choices)
VERDICT_WORDS = dict(Rating.choices)


def sheet_row(claim):
    """A ``records.ClaimRecord`` as a dict of column key → typed value."""
    return dict(zip(COLUMN_KEYS, sheet_values(claim), strict=True))


def sheet_values(claim):
    """A ``records.ClaimRecord`` as a list of typed values in ``COLUMNS`` order (what ``sheet_row`` keys)."""
    review = claim.review
    interval_low, interval_high = claim.interval
    status = claim.status
    lines, data = chain_columns(claim.chains)
    return [
        claim.pk,
        str(claim.uid),
        claim.statement,
        claim.quote,
        claim.figure_display,
        claim.value,
        claim.value_max,
        QUALIFIER_WORDS.get(claim.qualifier, claim.qualifier),
        claim.unit,
        interval_low,
        interval_high,
        claim.subject,
        claim.place,
        claim.period_start,
        claim.period_end,
        STATUS_WORDS.get(status, status),
        retraction_text(claim) if status == "retracted" else "",
        VERDICT_WORDS.get(claim.verdict, claim.verdict),
        review.date_published if review else None,
        review.url if review else "",
        *lines,
        LIST_SEPARATOR.join(claim.tags),
        claim.metric_name,
        claim.updated_at,  # naive UTC, to the second (``records.ClaimRecord``)
        data,
    ]


# The columns that hold one line per chain (source), side by side in ``COLUMNS`` from "Origin
# speakers" on (``CHAIN_COLUMNS``, the slice of a ``sheet_values`` list that holds them).
CHAIN_KEYS = ("origin", "chain", "source_titles", "outlets", "source_urls", "source_dates")
CHAIN_COLUMNS = slice(COLUMN_KEYS.index(CHAIN_KEYS[0]), COLUMN_KEYS.index(CHAIN_KEYS[0]) + len(CHAIN_KEYS))
NO_CHAIN_LINES = ("",) * len(CHAIN_KEYS)


def chain_columns(chains):
    """The one-line-per-source cells of a claim's chains (a tuple in ``CHAIN_KEYS`` order), and
    its ``chain_data`` JSON. A claim with one chain gets that chain's own cached cells, the
    same objects for every claim citing it (which ``csv.CsvWriter`` relies on to escape them once)."""
    if not chains:
        return NO_CHAIN_LINES, ""
    if len(chains) == 1:
        lines, _, data = chain_cells(chains[0])
        return lines, data
    cells = [chain_cells(chain) for chain in chains]
    lines = tuple(LIST_SEPARATOR.join(column) for column in zip(*(chain[0] for chain in cells), strict=True))
    return lines, f"[{','.join(chain[1] for chain in cells)}]"


def chain_cells(chain):
    """What one chain shows in a sheet's row, computed once per chain: a chain read in many claims
    (``records`` shares it) is formatted once. Its lines (``CHAIN_KEYS``), its JSON, and the
    ``chain_data`` of a claim with this one chain."""
    cells = getattr(chain, "sheet_cells", None)
    if cells is None:
        source = chain.source
        data = orjson.dumps(_chain_dict(chain)).decode()
        cells = chain.sheet_cells = (
            (
                chain.origin.speaker_display,
                chain.display(),
                source.title,
                source.outlet.name,
                source.url,
                source.published_display,
            ),
            data,
            f"[{data}]",
        )
    return cells


def _chain_dict(chain):
    source, outlet = chain.source, chain.source.outlet
    return {
        "outlet": {"slug": outlet.slug, "name": outlet.name, "kind": outlet.kind},
        "title": source.title,
        "url": source.url,
        "published": source.published.isoformat() if source.published else None,
        "precision": source.published_precision,
        "language": source.language,
        "links": [_link_dict(link) for link in chain.links],
    }


def _link_dict(link):
    actor = link.actor
    data = {"actor": {"slug": actor.slug, "name": actor.name, "kind": actor.kind}, "verb": link.verb, "role": link.role}
    if link.source_count:
        data["count"] = link.source_count
    return data
