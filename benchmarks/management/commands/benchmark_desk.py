"""
``manage.py benchmark_desk``: how long the admin's first page (the desk) takes on this database.

Inside a transaction it rolls back, makes a reviewer and gives them work — ``--assigned``
claims in review assigned to them, ``--drafts`` drafts they created, ``--suggested``
suggested drafts, ``--revisions`` pending revisions — then GETs ``/admin/`` once and ``--repeat``
times more with Django's test client logged in as them (the whole request: middleware,
session, the desk's queries, the template), and prints the first request's time, the
median and the slowest, and the same for the admin's plain model list (the index as it
was before the desk), measured in the same run.

Then, ``--repeat`` times, it edits a claim on a metric through ``claims.services.claim_save``
(its figure, one up and back) and GETs the desk right after: the first desk after a
change, which once had to ask every metric for a conflict again (docs/performance.md, "The
desk"). It prints the edit's time too, which now includes asking the claim's metric
whether it has a live conflict (``claims.metrics.live_conflicts``). Last, it makes that
metric's claims agree (one figure for all, with ``QuerySet.update()``), and times what a
write costs there: asking the metric whole, ``--repeat`` edits of a claim that keep it
without a conflict, one edit that makes a single conflict (between two claims alone in a
far-off period), ``--repeat`` edits of another claim while it stands, and the edit that
removes it (which asks the metric whole again). Nothing is kept. Build the database first with ``build_benchmark_db``.
"""

import statistics
import time
from datetime import date

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client

from claims.metrics.live_conflicts import refresh_live_conflicts
from claims.models import Claim, ClaimRevision, ClaimStatus, Provenance
from claims.roles import REVIEWERS
from claims.services import claim_save

USERNAME = "desk-benchmark-reviewer"


class Rollback(Exception):
    """Raised to leave the transaction with nothing written."""


class Command(BaseCommand):
    help = "Time GET /admin/ (the desk) as a reviewer with work waiting; median of --repeat; writes nothing."

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=20, help="Requests to time (default 20).")
        parser.add_argument("--assigned", type=int, default=200, help="In-review claims assigned to the reviewer.")
        parser.add_argument("--drafts", type=int, default=200, help="Drafts the reviewer created.")
        parser.add_argument("--suggested", type=int, default=200, help="Drafts turned into suggested ones.")
        parser.add_argument("--revisions", type=int, default=50, help="Published claims given a pending revision.")

    def handle(self, *args, repeat, assigned, drafts, suggested, revisions, **options):
        if repeat < 1:
            raise CommandError("--repeat must be at least 1.")
        self.stdout.write(f"{Claim.objects.count():,} claims on {connection.vendor}")
        try:
            with transaction.atomic():
                user = self._reviewer_with_work(assigned, drafts, suggested, revisions)
                client = Client()
                client.force_login(user)
                self._time(client, "desk (GET /admin/)", repeat)
                template = admin.site.index_template
                admin.site.index_template = None  # Django's own index: the model list only
                try:
                    self._time(client, "plain model list (the index before the desk)", repeat)
                finally:
                    admin.site.index_template = template
                claim = self._time_after_edits(client, repeat)
                self._time_edits_without_conflict(claim, repeat)
                raise Rollback
        except Rollback:
            pass

    def _reviewer_with_work(self, assigned, drafts, suggested, revisions):
        user = get_user_model().objects.create_user(username=USERNAME, password=None, is_staff=True)
        user.groups.add(Group.objects.get(name=REVIEWERS))

        def some(status, count):
            return list(Claim.objects.filter(status=status).order_by("id").values_list("pk", flat=True)[:count])

        draft_ids = some(ClaimStatus.DRAFT, drafts + suggested)
        assigned = Claim.objects.filter(pk__in=some(ClaimStatus.IN_REVIEW, assigned)).update(assignee=user)
        drafts = Claim.objects.filter(pk__in=draft_ids[:drafts]).update(created_by=user)
        suggested = Claim.objects.filter(pk__in=draft_ids[drafts:]).update(provenance=Provenance.SUGGESTED)
        revisions = len(
            ClaimRevision.objects.bulk_create(
                ClaimRevision(claim_id=pk, fields={"quote": "benchmark"}, base_version=1, proposed_by=user)
                for pk in some(ClaimStatus.PUBLISHED, revisions)
            )
        )
        self.stdout.write(
            f"reviewer with {assigned} assigned claims, {drafts} drafts, {suggested} suggested drafts, "
            f"{revisions} pending revisions (rolled back at the end)"
        )
        return user

    def _time(self, client, label, repeat):
        started = time.perf_counter()
        response = client.get("/admin/")
        cold = (time.perf_counter() - started) * 1000
        if response.status_code != 200:
            raise CommandError(f"GET /admin/ answered {response.status_code}")
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            response = client.get("/admin/")
            times.append((time.perf_counter() - started) * 1000)
        self.stdout.write(
            f"{label}: first request {cold:.1f} ms, then median {statistics.median(times):.1f} ms, "
            f"slowest {max(times):.1f} ms over {repeat} requests"
        )

    def _time_after_edits(self, client, repeat):
        claim = (
            Claim.objects.filter(status=ClaimStatus.PUBLISHED, metric__isnull=False, value__isnull=False)
            .order_by("id")
            .first()
        )
        if claim is None:
            raise CommandError("No published claim on a metric to edit.")
        original = claim.value
        edits, desks = [], []
        for n in range(repeat):
            claim.value = original + (n % 2)  # up one, then back
            started = time.perf_counter()
            claim = claim_save(claim=claim, user=None, change_reason="benchmark (rolled back)")
            edits.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            response = client.get("/admin/")
            desks.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise CommandError(f"GET /admin/ answered {response.status_code}")
        self.stdout.write(
            f"desk right after a claim edit (claim {claim.pk}, metric {claim.metric_id}): median "
            f"{statistics.median(desks):.1f} ms, slowest {max(desks):.1f} ms over {repeat} edits; "
            f"the edit (claim_save) median {statistics.median(edits):.1f} ms, slowest {max(edits):.1f} ms"
        )
        return claim

    def _time_edits_without_conflict(self, claim, repeat):
        on_metric = Claim.objects.filter(metric_id=claim.metric_id)
        count = on_metric.update(value=1000, value_max=None, qualifier="exact")
        # Two claims alone in a far-off period: the conflict made below is between them only.
        far_off = date(1900, 1, 1)
        others = list(on_metric.exclude(pk=claim.pk).filter(period_start__isnull=False).order_by("-id")[:2])
        if len(others) < 2:
            self.stdout.write(f"metric {claim.metric_id} has too few claims to time edits without a conflict")
            return
        partner, bystander = others
        on_metric.filter(pk__in=[claim.pk, partner.pk]).update(period_start=far_off, period_end=far_off)
        started = time.perf_counter()
        refresh_live_conflicts(metrics=[claim.metric_id], full=True)
        whole = (time.perf_counter() - started) * 1000
        claim.refresh_from_db()
        if claim.metric.has_live_conflict:
            raise CommandError("The metric still has a live conflict after its claims were made to agree.")
        quiet = self._edits(bystander, repeat)
        timed = {}
        claim.value = 5000
        started = time.perf_counter()
        claim = claim_save(claim=claim, user=None)
        timed["making one conflict"] = (time.perf_counter() - started) * 1000
        elsewhere = self._edits(bystander, repeat)
        claim.value = 1000
        started = time.perf_counter()
        claim = claim_save(claim=claim, user=None)
        timed["removing it"] = (time.perf_counter() - started) * 1000
        self.stdout.write(
            f"metric {claim.metric_id} without a live conflict ({count:,} claims): asked whole in {whole:.0f} ms; "
            f"an edit median {statistics.median(quiet):.1f} ms, slowest {max(quiet):.1f} ms over {repeat}; "
            f"the edit making one conflict {timed['making one conflict']:.0f} ms; "
            f"then an edit of another claim median {statistics.median(elsewhere):.1f} ms, "
            f"slowest {max(elsewhere):.1f} ms; the edit removing it {timed['removing it']:.0f} ms"
        )

    def _edits(self, claim, repeat):
        """Times of ``repeat`` edits of ``claim``'s statement (a save that asks its metric)."""
        times = []
        for n in range(repeat):
            claim.statement = f"Benchmark edit {n} (rolled back)"
            started = time.perf_counter()
            claim = claim_save(claim=claim, user=None)
            times.append((time.perf_counter() - started) * 1000)
        return times
