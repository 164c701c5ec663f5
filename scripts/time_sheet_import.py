"""Time importing one claim sheet, dry run and real import (rolled back), in any checkout.

Runs against the checkout in the current directory, so the same sheet can be timed with
this code and with an older commit on the same machine in the same run::

    manage.py benchmark_import --rows 2000 --save-sheet /tmp/sheet.csv
    git worktree add /tmp/old 6e7d12f
    cd /tmp/old && DATABASE_URL=sqlite:////tmp/old.sqlite3 python /path/to/scripts/time_sheet_import.py /tmp/sheet.csv

It migrates the database it is given, imports as a superuser named ``benchmark`` and
uses only what every version of the importer has (``read_sheet``, ``ClaimFileImporter``).
Prints one line of JSON: rows, seconds, ms a row and this process's CPU ms a row, for the
dry run and the import.
"""

import json
import os
import sys
import time

sys.path.insert(0, os.getcwd())
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factdb.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402

from claims.interchange.importing.claim_file import ClaimFileImporter  # noqa: E402
from claims.interchange.importing.readers import read_sheet  # noqa: E402


class Rollback(Exception):
    pass


def timed(path, user, *, dry_run):
    started, cpu = time.perf_counter(), time.process_time()
    try:
        with transaction.atomic():
            with open(path, "rb") as file:
                rows = read_sheet(file, path)
            result = ClaimFileImporter(user=user, filename=path).run(rows, dry_run=dry_run)
            raise Rollback
    except Rollback:
        pass
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    if result.errors:
        raise SystemExit(f"The import failed: {result.errors[:3]}")
    return len(result.plans), seconds, cpu


def main(path):
    call_command("migrate", verbosity=0)
    user = get_user_model().objects.filter(username="benchmark").first()
    if user is None:
        user = get_user_model().objects.create_superuser("benchmark", "benchmark@example.org", "benchmark")
    report = {"database": connection.vendor}
    for phase, dry_run in (("dry_run", True), ("import", False)):
        rows, seconds, cpu = timed(path, user, dry_run=dry_run)
        report[phase] = {
            "rows": rows,
            "seconds": round(seconds, 3),
            "ms_per_row": round(1000 * seconds / rows, 2),
            "cpu_ms_per_row": round(1000 * cpu / rows, 2),  # this process only (not PostgreSQL's)
        }
    print(json.dumps(report))


if __name__ == "__main__":
    main(sys.argv[1])
