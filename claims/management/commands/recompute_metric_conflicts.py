"""``manage.py recompute_metric_conflicts``: ask every metric again whether it has a live conflict.

Each write keeps its metrics' ``has_live_conflict`` flag (``claims.metrics.live_conflicts``);
raw SQL, a restored dump or a ``QuerySet.update()`` that forgot to refresh does not. This
repairs the flags (``--check``: only reports, and exits non-zero when one is wrong, for
cron or CI). About 2 s at a million claims (docs/performance.md).
"""

from django.core.management.base import BaseCommand, CommandError

from claims.metrics.live_conflicts import recompute_all
from claims.models import Metric


class Command(BaseCommand):
    help = "Recompute each metric's live-conflict flag (what the desk and the metric list's filter read)."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="Report wrong flags without writing; exit 1 if any.")

    def handle(self, *args, check, **options):
        wrong = recompute_all(write=not check)
        names = dict(Metric.objects.filter(pk__in=wrong).values_list("pk", "name"))
        for pk in wrong:
            self.stdout.write(f"{'wrong' if check else 'fixed'}: metric {pk} “{names.get(pk, '?')}”")
        total = Metric.objects.count()
        if check and wrong:
            raise CommandError(f"{len(wrong)} of {total} metrics have a wrong live-conflict flag.")
        verb = "were wrong" if check else "fixed"
        self.stdout.write(self.style.SUCCESS(f"{total} metrics asked; {len(wrong)} flags {verb}."))
