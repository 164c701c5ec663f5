"""``manage.py benchmark_import``: ms per row and rows per second of a sheet import.

Builds a sheet (our own CSV or XLSX export of synthetic claims, rolled back), then
imports it as a superuser twice: a dry run, and a real import that is rolled back. The
database is left as it was. ``--save-sheet`` writes the sheet to a file, so another
checkout can import the same file (``scripts/time_sheet_import.py``); ``--profile``
prints where the import's time goes (cProfile, cumulative).
"""

import cProfile
import io
import pstats

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import connection, transaction

from claims.interchange.importing.benchmark import Rollback, benchmark_sheet, measure_import


class Command(BaseCommand):
    help = "Measure a sheet import (dry run and import, rolled back): ms per row and rows per second."

    def add_arguments(self, parser):
        parser.add_argument("--rows", type=int, default=2000)
        parser.add_argument("--format", choices=["csv", "xlsx"], default="csv")
        parser.add_argument("--save-sheet", metavar="PATH", help="Also write the sheet to PATH.")
        parser.add_argument("--profile", action="store_true", help="Print the 25 costliest calls of each phase.")

    def handle(self, *args, rows, format, save_sheet, profile, **options):
        self.stdout.write(f"Building a {format} sheet of {rows:,} claims on {connection.vendor} …")
        data = benchmark_sheet(rows, format)
        if save_sheet:
            with open(save_sheet, "wb") as file:
                file.write(data)
        try:
            with transaction.atomic():
                user = get_user_model().objects.create_superuser("benchmark-import", "", None)
                self._measure(data, user, format, profile)
                raise Rollback
        except Rollback:
            pass

    def _measure(self, data, user, fmt, profile):
        self.stdout.write(f"{'phase':<10}{'rows':>7}{'seconds':>9}{'ms/row':>9}{'rows/s':>9}{'queries':>9}")
        for dry_run in (True, False):
            profiler = cProfile.Profile() if profile else None
            if profiler:
                profiler.enable()
            m = measure_import(data, user=user, dry_run=dry_run, filename=f"benchmark.{fmt}")
            if profiler:
                profiler.disable()
            self.stdout.write(
                f"{m.phase:<10}{m.rows:>7,}{m.seconds:>9.2f}{m.ms_per_row:>9.2f}{m.rows_per_second:>9,.0f}{m.queries:>9,}"
            )
            if profiler:
                out = io.StringIO()
                pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(25)
                self.stdout.write(out.getvalue())
