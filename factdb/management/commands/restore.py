"""``manage.py restore FILE``: load a backup into a fresh, migrated database."""

from django.core.management.base import BaseCommand, CommandError

from factdb.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = "Restore a backup written by `manage.py backup` into an empty, migrated database (all or nothing)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="A backup file written by `manage.py backup`.")

    def handle(self, *args, file, **options):
        try:
            counts = restore_backup(file)
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            self.style.SUCCESS(f"Restored {sum(counts.values())} rows into {len(counts)} tables from {file}.")
        )
