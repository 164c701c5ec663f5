"""``manage.py backup FILE``: write the whole database to one portable file."""

from django.core.management.base import BaseCommand, CommandError

from factdb.backup import BackupError, write_backup


class Command(BaseCommand):
    help = (
        "Write the whole database (claims, chains, reviews, sheets, history, users, groups, tokens) to FILE "
        "(.json.gz). The file is read back before success is reported."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Where to write the backup, e.g. factdb-2026-11-27.json.gz")

    def handle(self, *args, file, **options):
        try:
            counts = write_backup(file)
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            self.style.SUCCESS(f"Backed up {sum(counts.values())} rows from {len(counts)} tables to {file}.")
        )
