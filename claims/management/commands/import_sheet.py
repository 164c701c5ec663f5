"""``manage.py import_sheet``: import a claim sheet (CSV or XLSX); all rows or none."""

from django.core.exceptions import PermissionDenied
from django.core.management.base import BaseCommand, CommandError

from claims.interchange.importing.claim_file import ClaimFileImporter
from claims.interchange.importing.readers import ClaimFileFormatError, read_sheet
from claims.interchange.importing.runs import record_import_run
from claims.management.acting_user import acting_user
from claims.models import ImportKind


class Command(BaseCommand):
    help = "Import a claim sheet in the export's layout (.xlsx or .csv). --dry-run shows the plan, row by row."

    def add_arguments(self, parser):
        parser.add_argument("path", help="The .xlsx or .csv file.")
        parser.add_argument("--dry-run", action="store_true", help="Show what would change; write nothing.")
        parser.add_argument("--user", help="Import as this user (permissions and history); default: the operator.")

    def handle(self, *args, path, dry_run, user, **options):
        user = acting_user(user)
        importer = ClaimFileImporter(user=user, filename=path)
        try:
            with open(path, "rb") as file:
                rows = read_sheet(file, path)
            result = importer.run(rows, dry_run=dry_run)
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}.") from None
        except (ClaimFileFormatError, PermissionDenied) as error:
            raise CommandError(str(error)) from None
        record_import_run(kind=ImportKind.SHEET, result=result, file_name=path, user=user)
        if result.ignored_headers:
            self.stdout.write(f"Ignored columns: {', '.join(result.ignored_headers)}")
        for plan in result.plans:
            if plan.action == "unchanged" and not plan.notes and options["verbosity"] < 2:
                continue
            self.stdout.write(f"row {plan.row}: {plan.action} {plan.uid} {plan.statement[:70]}")
            for change in plan.changes:
                self.stdout.write(f"    {change}")
            for note in plan.notes:
                self.stdout.write(f"    note: {note}")
        if result.errors:
            raise CommandError("\n".join([result.summary(), *map(str, result.errors)]))
        self.stdout.write(self.style.SUCCESS(result.summary()))
