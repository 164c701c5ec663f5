"""``manage.py benchmark_timeline``: time a metric's timeline, chart, JSON and conflict filter.

Builds a throwaway metric with ``--claims`` estimates from a dozen origins inside a
transaction that is rolled back, so the database is left as it was, and prints the
best of ``--repeat`` runs for each step.
"""

import json
import random
import time
from datetime import date, timedelta
from decimal import Decimal

from django.core.management.base import BaseCommand
from django.db import transaction

from claims.metrics.chart import render_chart
from claims.metrics.serialization import timeline_as_dict
from claims.metrics.timeline import metric_timeline
from claims.models import Attribution, Claim, Metric
from sources.models import Actor, Outlet, Source

QUALIFIERS = ("exact", "approx", "approx", "more_than", "up_to", "magnitude")


class Rollback(Exception):
    """Raised to undo the benchmark's data."""


class Command(BaseCommand):
    help = "Time a metric timeline of N claims (build, SVG chart, JSON, conflicting filter); writes nothing."

    def add_arguments(self, parser):
        parser.add_argument("--claims", type=int, default=200, help="Claims on the metric (default 200).")
        parser.add_argument("--repeat", type=int, default=5, help="Runs per step; the best is shown (default 5).")

    def handle(self, *args, claims, repeat, **options):
        try:
            with transaction.atomic():
                metric = self.build_metric(claims)
                self.report(metric, claims, repeat)
                raise Rollback
        except Rollback:
            pass

    def build_metric(self, count):
        rng = random.Random(6)
        metric = Metric.objects.create(name="Benchmark metric (rolled back)", slug="benchmark-metric-rolled-back")
        outlet = Outlet.objects.create(name="Benchmark outlet (rolled back)", slug="benchmark-outlet-rolled-back")
        source = Source.objects.create(outlet=outlet, title="Benchmark story")
        actors = [Actor.objects.create(name=f"Benchmark speaker {i}", slug=f"benchmark-speaker-{i}") for i in range(12)]
        claims = []
        for i in range(count):
            qualifier = rng.choice(QUALIFIERS)
            start = date(2022, 1, 1) + timedelta(days=rng.randint(0, 1200))
            value = Decimal(1000 if qualifier == "magnitude" else rng.randint(2000, 20000))
            claims.append(
                Claim(
                    statement=f"Benchmark claim {i}",
                    value=value,
                    qualifier=qualifier,
                    unit="troops",
                    metric=metric,
                    period_start=start,
                    period_end=start + timedelta(days=rng.choice((0, 30, 180))),
                    status="published",
                )
            )
        claims = Claim.objects.bulk_create(claims)
        Attribution.objects.bulk_create(
            Attribution(claim=claim, source=source, actor=actors[i % len(actors)], role="origin", position=1)
            for i, claim in enumerate(claims)
        )
        return metric

    def report(self, metric, count, repeat):
        timeline = metric_timeline(metric)
        steps = {
            "timeline (queries + conflicts + origins)": lambda: metric_timeline(metric),
            "SVG chart": lambda: render_chart(timeline),
            "JSON": lambda: json.dumps(timeline_as_dict(timeline)),
            "conflicting filter (count)": lambda: Claim.objects.filter(metric=metric).conflicting().count(),
        }
        self.stdout.write(f"{count} claims, {len(timeline.conflicts)} conflicting pairs:")
        for name, step in steps.items():
            best = min(_seconds(step) for _ in range(repeat))
            self.stdout.write(f"  {name:<42} {best * 1000:8.1f} ms")


def _seconds(step):
    start = time.perf_counter()
    step()
    return time.perf_counter() - start
