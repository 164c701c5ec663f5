"""
Measuring exports: synthetic claims in bulk, and rows per second and peak memory per format.

Used by ``manage.py benchmark_exports`` and by the streaming tests. The claims are
written with ``bulk_create`` (no history, no validation beyond the database's own
constraints): they exist to be read, quickly, in the shapes real claims have — one or
two sources, relays and counted anonymous origins, ranges, approximations, figureless
statements, tags and published reviews.
"""

import gc
import time
import tracemalloc
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.db import transaction

from sources.models import Actor, ActorKind, Outlet, Source

from ...models import Attribution, Claim, ClaimStatus, Review, ReviewStatus, Tag
from .exporter import ClaimFileExporter

BENCHMARK_TAG = "benchmark"
QUALIFIERS = ["exact", "approx", "more_than", "range", "up_to", "magnitude", ""]


@transaction.atomic
def create_benchmark_claims(count, *, batch_size=5000):
    """Create ``count`` published claims with chains, tags and some reviews; return the tag they carry."""
    first = Outlet.objects.count()
    outlets = Outlet.objects.bulk_create(
        [Outlet(name=f"Benchmark outlet {first + n}", slug=f"benchmark-outlet-{first + n}") for n in range(20)]
    )
    sources = Source.objects.bulk_create(
        [
            Source(outlet=outlets[n % 20], title=f"Benchmark story {n}", published=date(2025, 1, 1) + timedelta(n))
            for n in range(200)
        ]
    )
    actors = Actor.objects.bulk_create(
        [
            Actor(
                name=f"Benchmark speaker {first}-{n}",
                slug=f"benchmark-speaker-{first}-{n}",
                kind=ActorKind.ANONYMOUS if n % 10 == 0 else ActorKind.PERSON,
            )
            for n in range(100)
        ]
    )
    tag, _ = Tag.objects.get_or_create(slug=BENCHMARK_TAG, defaults={"name": "Benchmark"})
    for start in range(0, count, batch_size):
        numbers = range(start, min(start + batch_size, count))
        claims = Claim.objects.bulk_create([_claim(n) for n in numbers], batch_size=1000)
        links = []
        for n, claim in zip(numbers, claims, strict=True):
            links += _links(n, claim, sources, actors)
        Attribution.objects.bulk_create(links, batch_size=1000)
        Claim.tags.through.objects.bulk_create(
            [Claim.tags.through(claim_id=claim.pk, tag_id=tag.pk) for claim in claims], batch_size=1000
        )
        Review.objects.bulk_create(
            [
                Review(
                    claim=claim,
                    rating="mostly_true",
                    rating_value=4,
                    status=ReviewStatus.PUBLISHED,
                    date_published=date(2025, 7, 1),
                    author_name="Benchmark desk",
                )
                for n, claim in zip(numbers, claims, strict=True)
                if n % 5 == 0
            ],
            batch_size=1000,
        )
    return tag


def _claim(n):
    qualifier = QUALIFIERS[n % len(QUALIFIERS)]
    figure = {}
    if qualifier:
        figure = {"value": Decimal(1000 + n % 9000), "qualifier": qualifier, "unit": "troops"}
        if qualifier == "range":
            figure["value_max"] = figure["value"] + 500
    return Claim(
        statement=f"Benchmark claim {n}: some {1000 + n % 9000:,} troops were sent."
        if qualifier
        else f"Benchmark claim {n}: a statement without a figure.",
        quote=f"some {1000 + n % 9000:,} troops" if qualifier else "",
        subject="troops sent",
        place="Kursk, Russia",
        period_start=date(2025, 1, 1),
        period_end=date(2025, 6, 30),
        status=ClaimStatus.PUBLISHED,
        verdict="mostly_true" if n % 5 == 0 else "",
        **figure,
    )


def _links(n, claim, sources, actors):
    source = sources[n % len(sources)]
    origin = actors[n % len(actors)]
    count = 6 if origin.kind == ActorKind.ANONYMOUS else None
    if n % 3 == 0:  # a relayed claim: "Outlet ← relay ← origin"
        relay = actors[(n + 1) % len(actors)]
        relay = relay if relay.kind != ActorKind.ANONYMOUS else actors[(n + 2) % len(actors)]
        return [
            Attribution(claim=claim, source=source, actor=relay, verb="reported", role="relay", position=1),
            Attribution(
                claim=claim, source=source, actor=origin, verb="citing", role="origin", position=2, source_count=count
            ),
        ]
    return [
        Attribution(
            claim=claim, source=source, actor=origin, verb="said", role="origin", position=1, source_count=count
        )
    ]


class _CountingSink:
    """A file that keeps nothing but the number of bytes written."""

    size = 0

    def write(self, block):
        self.size += len(block)


@dataclass
class ExportMeasurement:
    format: str
    rows: int
    seconds: float
    size: int
    cpu_seconds: float = 0.0  # this process's CPU time: what other work on a shared machine changes least

    @property
    def rows_per_second(self):
        return self.rows / self.seconds if self.seconds else 0.0

    @property
    def rows_per_cpu_second(self):
        return self.rows / self.cpu_seconds if self.cpu_seconds else 0.0


def measure_speed(queryset, fmt):
    """Export ``queryset`` to nowhere; how many rows, how long, how many bytes."""
    sink = _CountingSink()
    exporter = ClaimFileExporter(queryset, fmt)
    started, cpu_started = time.perf_counter(), time.process_time()
    rows = exporter.write_to(sink)
    return ExportMeasurement(
        fmt, rows, time.perf_counter() - started, sink.size, cpu_seconds=time.process_time() - cpu_started
    )


def measure_peak_memory(queryset, fmt):
    """Peak memory the Python heap grows by while exporting ``queryset`` (tracemalloc), in bytes."""
    gc.collect()
    tracemalloc.start()
    try:
        baseline = tracemalloc.get_traced_memory()[0]
        ClaimFileExporter(queryset, fmt).write_to(_CountingSink())
        return tracemalloc.get_traced_memory()[1] - baseline
    finally:
        tracemalloc.stop()
