"""
Measuring sheet imports: our own export of synthetic claims, imported back, timed.

Used by ``manage.py benchmark_import``. The sheet is the CSV (or XLSX) export of
``count`` synthetic claims (``claims.interchange.exporting.benchmark``: one or two sources, relays,
counted anonymous origins, ranges, figureless statements, tags, published reviews),
made inside a transaction that is rolled back, so importing it creates every claim,
outlet, source and speaker again, as importing into another database does.
"""

import io
import time
from dataclasses import dataclass

from django.db import connection, transaction

from ...models import Claim
from ..exporting.benchmark import create_benchmark_claims
from ..exporting.exporter import ClaimFileExporter
from .claim_file import ClaimFileImporter
from .readers import read_sheet


class Rollback(Exception):
    """Raised to roll back what a benchmark wrote."""


def benchmark_sheet(count, fmt="csv"):
    """The bytes of a ``fmt`` export of ``count`` synthetic claims, which are rolled back."""
    try:
        with transaction.atomic():
            tag = create_benchmark_claims(count)
            claims = Claim.objects.filter(tags=tag).order_by("id")
            data = b"".join(ClaimFileExporter(claims, fmt).chunks())
            raise Rollback
    except Rollback:
        pass
    return data


class QueryCounter:
    """A database execute wrapper that counts the queries it sees."""

    count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


@dataclass
class ImportMeasurement:
    phase: str  # "dry run" or "import"
    rows: int
    seconds: float
    queries: int

    @property
    def ms_per_row(self):
        return 1000 * self.seconds / self.rows if self.rows else 0.0

    @property
    def rows_per_second(self):
        return self.rows / self.seconds if self.seconds else 0.0


def measure_import(data, *, user, dry_run, filename="benchmark.csv"):
    """Read and import ``data`` as ``user``; what it wrote is rolled back."""
    counter = QueryCounter()
    started = time.perf_counter()
    try:
        with transaction.atomic(), connection.execute_wrapper(counter):
            rows = read_sheet(io.BytesIO(data), filename)
            result = ClaimFileImporter(user=user, filename=filename).run(rows, dry_run=dry_run)
            raise Rollback
    except Rollback:
        pass
    seconds = time.perf_counter() - started
    if result.errors:
        raise ValueError(f"The benchmark sheet did not import: {'; '.join(map(str, result.errors[:3]))}")
    return ImportMeasurement("dry run" if dry_run else "import", len(result.plans), seconds, counter.count)
