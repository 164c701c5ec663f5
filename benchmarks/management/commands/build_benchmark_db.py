"""
``manage.py build_benchmark_db --claims 100000``: fill an empty database with synthetic claims.

Loads outlets, speakers, sources, tags, metrics, claims with two- and three-link
chains, tags and reviews (see ``benchmarks/synthetic.py``) with COPY on PostgreSQL and
executemany on SQLite, then refreshes the planner's statistics. On PostgreSQL the
search vectors are computed once at the end (the per-row triggers are off during
the load, which needs a superuser role, as the local ``postgres`` user is).
"""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from claims.metrics.live_conflicts import recompute_all
from claims.models import Claim
from sources.models import Actor, Outlet, Source

from ...bulk_load import BulkLoader
from ...synthetic import COLUMNS, SyntheticDatabase

LOADED_MODELS = [
    "sources.Outlet",
    "sources.Actor",
    "sources.Source",
    "claims.Tag",
    "claims.Metric",
    "claims.Claim",
    "claims.Attribution",
    "claims.Review",
]


class Command(BaseCommand):
    help = "Fill an empty, migrated database with synthetic claims, chains and sources for the API benchmark."

    def add_arguments(self, parser):
        parser.add_argument("--claims", type=int, default=100_000, help="How many claims (default 100,000).")
        parser.add_argument("--seed", type=int, default=1, help="Random seed: same seed, same rows.")

    def handle(self, *args, claims, seed, **options):
        if claims < 1:
            raise CommandError("--claims must be at least 1.")
        if any(model.objects.exists() for model in (Claim, Source, Actor, Outlet)):
            raise CommandError(
                "The database already holds claims, sources, speakers or outlets. Build the benchmark "
                "database into an empty one (a new SQLite file or PostgreSQL database, then migrate)."
            )
        started = time.perf_counter()
        database = SyntheticDatabase(claims=claims, seed=seed)
        loader = BulkLoader()
        with loader.session():
            for label, rows in (
                ("sources.Outlet", database.outlet_rows()),
                ("sources.Actor", database.actor_rows()),
                ("sources.Source", database.source_rows()),
                ("claims.Tag", database.tag_rows()),
                ("claims.Metric", database.metric_rows()),
            ):
                loader.load(label, COLUMNS[label], rows)
            loaded = 0
            for claim_rows, link_rows, tag_rows, review_rows in database.claim_batches():
                loader.load("claims.Claim", COLUMNS["claims.Claim"], claim_rows)
                loader.load("claims.Attribution", COLUMNS["claims.Attribution"], link_rows)
                loader.load("claims.Claim_tags", COLUMNS["claims.Claim_tags"], tag_rows)
                loader.load("claims.Review", COLUMNS["claims.Review"], review_rows)
                loaded += len(claim_rows)
                self.stdout.write(f"\r{loaded:,} claims loaded", ending="")
                self.stdout.flush()
        self.stdout.write("")
        loader.reset_sequences(LOADED_MODELS)
        if connection.vendor == "postgresql":
            self.stdout.write("Computing search vectors …")
            with connection.cursor() as cursor:
                cursor.execute(
                    "UPDATE claims_claim "
                    "SET search_vector = claims_claim_search_document(id, statement, quote, subject)"
                )
        self.stdout.write("Refreshing planner statistics …")
        loader.analyze()
        # COPY sends no signals: each metric's live-conflict flag is asked once, now that the
        # planner knows the tables (claims.metrics.live_conflicts).
        self.stdout.write("Asking each metric for a live conflict …")
        recompute_all()
        elapsed = time.perf_counter() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"Built {claims:,} claims, {database.sources:,} sources, {database.actors:,} speakers, "
                f"{database.outlets:,} outlets in {elapsed:.0f} s."
            )
        )
