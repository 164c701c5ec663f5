"""``manage.py load_seeds``: load the curated seed data (idempotent)."""

from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from claims.management.acting_user import acting_user
from claims.seeding import SeedError, load_seeds


class Command(BaseCommand):
    help = "Load the curated seed data from seeds/ (running it again changes nothing)."

    def add_arguments(self, parser):
        parser.add_argument("--path", default=str(Path(settings.BASE_DIR) / "seeds"), help="Seed directory.")
        parser.add_argument("--user", help="Load as this user (named in the history); default: the operator.")

    def handle(self, *args, path, user, **options):
        user = acting_user(user)
        try:
            report = load_seeds(path, user=user)
        except (SeedError, ValidationError) as error:
            raise CommandError(f"Seeds not loaded, nothing was written: {error}") from None
        for line in report.lines():
            self.stdout.write(line)
        self.stdout.write(self.style.SUCCESS(f"Seeds loaded from {path}: {report.changed()} records written."))
