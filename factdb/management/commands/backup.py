"""``manage.py backup FILE``: write the whole database to one portable file."""

from django.core.management.base import BaseCommand

from factdb.backup import write_backup


class Command(BaseCommand):
    help = "Write the whole database (claims, chains, reviews, history, users, groups, tokens) to FILE (.json.gz)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="Where to write the backup, e.g. factdb-2026-11-27.json.gz")

    def handle(self, *args, file, **options):
        counts = write_backup(file)
        self.stdout.write(
            self.style.SUCCESS(f"Backed up {sum(counts.values())} rows from {len(counts)} tables to {file}.")
        )
