"""``manage.py benchmark_exports``: rows per second and peak memory of each export format.

Creates synthetic claims inside a transaction that is rolled back at the end (the
database is left as it was), then exports them to nowhere: once for speed, then with
tracemalloc for the peak memory of the first tenth and of all the rows. Flat memory
means the two peaks are about the same. Besides rows per second of wall time it prints
the export's CPU time, which other work on a shared machine disturbs far less.
"""

import resource
import sys

from django.core.management.base import BaseCommand
from django.db import connection, transaction

from claims.interchange.exporting.benchmark import (
    create_benchmark_claims,
    measure_peak_memory,
    measure_speed,
)
from claims.interchange.exporting.exporter import EXPORT_FORMATS
from claims.models import Claim

MB = 1024 * 1024


class Rollback(Exception):
    """Raised to roll the benchmark's claims back."""


class Command(BaseCommand):
    help = "Measure export speed (rows/s) and peak memory for CSV, XLSX, JSON and ClaimReview at 100,000 claims."

    def add_arguments(self, parser):
        parser.add_argument("--rows", type=int, default=100_000)
        parser.add_argument("--formats", default=",".join(EXPORT_FORMATS), help="Comma-separated formats.")
        parser.add_argument("--no-memory", action="store_true", help="Skip the (slower) tracemalloc runs.")

    def handle(self, *args, rows, formats, no_memory, **options):
        formats = [name.strip() for name in formats.split(",") if name.strip()]
        self.stdout.write(f"Creating {rows:,} claims on {connection.vendor} (rolled back afterwards) …")
        try:
            with transaction.atomic():
                tag = create_benchmark_claims(rows)
                if connection.vendor == "postgresql":
                    with connection.cursor() as cursor:  # plan with real statistics, as a live database would
                        cursor.execute("ANALYZE")
                claims = Claim.objects.filter(tags=tag).order_by("id")
                for fmt in formats:  # warm up: first queries, imports, caches
                    measure_speed(claims.filter(pk__in=claims.values("pk")[:1000]), fmt)
                self._measure(claims, rows, formats, not no_memory)
                raise Rollback
        except Rollback:
            pass
        # ru_maxrss is in kilobytes on Linux and bytes on macOS.
        maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (MB if sys.platform == "darwin" else 1024)
        self.stdout.write(f"Process peak resident memory (includes creating the claims): {maxrss:,.0f} MB")

    def _measure(self, claims, rows, formats, with_memory):
        header = f"{'format':<12}{'rows':>9}{'seconds':>9}{'rows/s':>10}{'CPU s':>8}{'rows/CPU s':>12}{'MB out':>8}"
        if with_memory:
            tenth = max(rows // 10, 1)
            header += f"{f'peak MB at {tenth:,}':>20}{f'peak MB at {rows:,}':>20}"
        self.stdout.write(header)
        for fmt in formats:
            speed = measure_speed(claims, fmt)
            line = (
                f"{fmt:<12}{speed.rows:>9,}{speed.seconds:>9.1f}{speed.rows_per_second:>10,.0f}"
                f"{speed.cpu_seconds:>8.1f}{speed.rows_per_cpu_second:>12,.0f}{speed.size / MB:>8.1f}"
            )
            if with_memory:
                small = measure_peak_memory(claims.filter(pk__in=claims.values("pk")[:tenth]), fmt)
                full = measure_peak_memory(claims, fmt)
                line += f"{small / MB:>20.1f}{full / MB:>20.1f}"
            self.stdout.write(line)
