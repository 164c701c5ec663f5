"""``manage.py import_claimreview``: import fact-checks from ClaimReview JSON-LD, pages or Fact Check Tools."""

from pathlib import Path

from django.core.exceptions import PermissionDenied
from django.core.management.base import BaseCommand, CommandError

from claims.interchange.importing.claimreview import ClaimReviewImporter
from claims.interchange.importing.runs import record_import_run
from claims.management.acting_user import acting_user
from claims.models import ImportKind


class Command(BaseCommand):
    help = (
        "Import ClaimReview records from files: JSON-LD (object, list, @graph), HTML pages with ld+json blocks, "
        "or Google Fact Check Tools API responses. Importing the same review again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="Files to read.")
        parser.add_argument("--dry-run", action="store_true", help="Show what would happen; write nothing.")
        parser.add_argument("--base-url", default="", help="The page's address, for relative review URLs.")
        parser.add_argument("--user", help="Import as this user (permissions and history); default: the operator.")

    def handle(self, *args, paths, dry_run, base_url, user, **options):
        user = acting_user(user)
        totals = {"imported": 0, "skipped": 0}
        for path in paths:
            try:
                text = Path(path).read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError) as error:
                raise CommandError(f"Cannot read {path}: {error}") from None
            importer = ClaimReviewImporter(user=user, filename=path, base_url=base_url)
            try:
                result = importer.run(text, dry_run=dry_run)
            except PermissionDenied as error:
                raise CommandError(str(error)) from None
            record_import_run(kind=ImportKind.CLAIMREVIEW, result=result, file_name=path, user=user)
            for record in result.imported:
                self.stdout.write(f"{path} ({record.where}): {record.action} {record.url}")
                for note in record.notes:
                    self.stdout.write(f"    {note}")
            for skipped in result.skipped:
                self.stdout.write(self.style.WARNING(f"{path} ({skipped.where}): skipped, {skipped.reason}"))
            self.stdout.write(f"{path}: {result.summary()}")
            totals["imported"] += len(result.imported)
            totals["skipped"] += len(result.skipped)
        self.stdout.write(self.style.SUCCESS(f"{totals['imported']} reviews read, {totals['skipped']} skipped."))
