"""``manage.py benchmark_public``: time the public pages on the current database.

Each page is requested in process through Django's whole stack (middleware, view,
template; the test client, no network), ``--warmup`` times and then ``--repeat`` times,
and the median and slowest time are printed in milliseconds. Build the database with
``build_benchmark_db`` first (the goal: the index under 100 ms at 100,000 claims on SQLite).
Reads only.
"""

import statistics
import time
from urllib.parse import quote_plus

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.test import Client

from benchmarks.synthetic import BENCHMARK_ACTOR, BENCHMARK_WORD
from claims.models import Claim
from claims.public.addresses import claim_path


def pages():
    """(name, path) of each page timed; the claim pages are of the newest published claim."""
    claim = Claim.objects.published().order_by("-updated_at", "-id").only("pk", "statement").first()
    if claim is None:
        raise CommandError("No published claim: build the database with build_benchmark_db first.")
    return [
        ("index", "/claims/"),
        ("index, figure range", "/claims/?value_min=50&value_max=500"),
        ("index, unit", "/claims/?unit=drones"),
        ("index, speaker", f"/claims/?actor={BENCHMARK_ACTOR}"),
        ("index, search", f"/claims/?q={quote_plus(BENCHMARK_WORD)}"),
        ("index, page 200", "/claims/?page=200"),
        ("claim page", claim_path(claim)),
        ("embed", f"/claims/{claim.pk}/embed/"),
        ("feed", "/claims/feed.atom"),
    ]


class Command(BaseCommand):
    help = "Time the public claim pages, index and feed in process; prints median and slowest (ms)."

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=30, help="Timed requests per page (default 30).")
        parser.add_argument("--warmup", type=int, default=3, help="Untimed requests first (default 3).")

    def handle(self, *args, repeat, warmup, **options):
        host = next((h for h in settings.ALLOWED_HOSTS if h and h != "*" and not h.startswith(".")), "localhost")
        client = Client(HTTP_HOST=host)
        self.stdout.write(f"{Claim.objects.count():,} claims, {Claim.objects.published().count():,} published")
        for name, path in pages():
            for _ in range(warmup):
                self.fetch(client, path)
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                self.fetch(client, path)
                times.append((time.perf_counter() - start) * 1000)
            self.stdout.write(f"{name:<22} median {statistics.median(times):7.1f} ms   slowest {max(times):7.1f} ms")

    def fetch(self, client, path):
        response = client.get(path)
        if response.status_code != 200:
            raise CommandError(f"{path} answered {response.status_code}")
