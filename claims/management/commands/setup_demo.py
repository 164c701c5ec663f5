"""``manage.py setup_demo``: a ready-to-use local database with seeds and a demo login."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand

from claims.roles import EDITORS, REVIEWERS

DEMO_USERNAME = "editor"
DEMO_PASSWORD = "factdb-demo"  # noqa: S105  (local demo only; printed on purpose)


class Command(BaseCommand):
    help = "Migrate, load the seeds and create the demo editor login (for local use)."

    def handle(self, *args, **options):
        call_command("migrate", interactive=False, verbosity=0)
        call_command("load_seeds", stdout=self.stdout)
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=DEMO_USERNAME, defaults={"is_staff": True, "email": "editor@example.org"}
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        user.groups.add(*Group.objects.filter(name__in=[EDITORS, REVIEWERS]))
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS("factdb is ready."))
        self.stdout.write(
            f"  Demo login (Editors + Reviewers): {DEMO_USERNAME} / {DEMO_PASSWORD}"
            + ("" if created else "  (existing user; password unchanged)")
        )
        self.stdout.write(
            "  Admin: http://127.0.0.1:8000/admin/   API: http://127.0.0.1:8000/api/v1/   "
            "Docs: http://127.0.0.1:8000/api/docs/"
        )
