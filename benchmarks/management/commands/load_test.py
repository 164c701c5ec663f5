"""
``manage.py load_test``: a bounded, mixed load on gunicorn over loopback, with errors counted.

Several clients at once — anonymous readers and editors with tokens — for
``--duration`` seconds (default two minutes) against gunicorn on the current database
(build it with ``build_benchmark_db``; PostgreSQL is what production runs). Each
client draws its next request from a mix:

* reads: claim lists with filters (unit, figure range, speaker, ordering, a followed
  ``next`` cursor), single claims, sources, speakers, metrics and a metric timeline;
* searches: ``q=`` with words the data holds;
* exports: a speaker's claims as CSV, streamed (speakers with at most
  ``EXPORT_MAX_CLAIMS`` published claims: a newsroom's claim sheet, not a dump of the
  database, which ``benchmark_exports`` measures);
* edits (editors only): read a claim with its ETag, change its place with
  ``If-Match``, then read it again. Edits go to a small pool of claims, so editors
  collide: the later write must get 412, never overwrite; and the read after a saved
  edit, whichever worker answers it, must show that edit or a later one (a stale
  read is a failure: on SQLite each worker keeps claim payloads until the database
  changes, ``claims.api.payload_cache``).

It prints, per kind of request, how many were made, how many failed, the median and
the 95th-percentile latency, then the totals. A failure is a 5xx, a connection error,
a timeout or any other answer the request should not get (a 412 on an edit is the
expected answer to a collision, counted apart). At the end every edited claim's
version is checked against the edits that succeeded on it: a lost update fails the
run. The command exits with an error when anything failed.

The editors' user (``loadtest-editor``, in Reviewers, so that its edits of published claims
apply at once instead of waiting as pending revisions) and its token are created in the
database if missing, and the edits change claims: run it on a benchmark database.
"""

import http.client
import random
import statistics
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit

import orjson
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.models import Count, Q
from rest_framework.authtoken.models import Token

from claims.models import Claim, ClaimStatus, Metric
from claims.roles import REVIEWERS
from sources.models import Actor

from ...cpu import CpuSteal
from ...gunicorn import GunicornServer

LOAD_USER = "loadtest-editor"
SEARCH_WORDS = ["kharkiv", "drones", "kyiv missiles", "troops", "refugees", "odesa", "sanctions", "kursk"]
UNITS = ["drones", "missiles", "troops", "soldiers", "civilians", "USD", "percent", "refugees"]
# Relative weights of each kind of request, for readers and for editors.
READER_MIX = {"list": 30, "filtered list": 20, "next page": 8, "claim": 15, "related": 10, "search": 12, "export": 5}
EDITOR_MIX = {**READER_MIX, "edit": 15}
EDIT_POOL_SIZE = 40
EXPORT_MAX_CLAIMS = 10_000


@dataclass
class Outcome:
    kind: str
    status: int
    seconds: float
    error: str = ""


@dataclass
class EditLedger:
    """Which edits succeeded on which claim, to prove none was lost."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    succeeded: Counter = field(default_factory=Counter)

    def record(self, claim_id):
        with self.lock:
            self.succeeded[claim_id] += 1


class LoadClient(threading.Thread):
    """One client: draws requests from its mix until the deadline, recording each outcome."""

    def __init__(self, *, number, server, token, mix, deadline, targets, ledger, seed):
        super().__init__(name=f"client-{number}", daemon=True)
        self.server, self.token, self.deadline = server, token, deadline
        self.targets, self.ledger = targets, ledger
        self.random = random.Random(seed)
        self.kinds, self.weights = list(mix), list(mix.values())
        self.outcomes = []
        self.next_link = None

    # --- HTTP ---------------------------------------------------------------------------
    def request(self, method, path, body=None, headers=None):
        """Status, headers and body; gunicorn's sync workers close each connection, so does this."""
        parsed = urlsplit(self.server.url(path))
        conn = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=30)
        all_headers = {"Accept": "application/json", **(headers or {})}
        if self.token:
            all_headers["Authorization"] = f"Token {self.token}"
        if body is not None:
            all_headers["Content-Type"] = "application/json"
        try:
            conn.request(
                method, f"{parsed.path}?{parsed.query}" if parsed.query else parsed.path, body=body, headers=all_headers
            )
            response = conn.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        finally:
            conn.close()

    def timed(self, kind, method, path, expect=(200,), **kwargs):
        started = time.perf_counter()
        try:
            status, headers, body = self.request(method, path, **kwargs)
        except (OSError, http.client.HTTPException) as error:
            self.outcomes.append(Outcome(kind, 0, time.perf_counter() - started, f"{type(error).__name__}: {error}"))
            return None
        outcome = Outcome(kind, status, time.perf_counter() - started)
        if status not in expect:
            outcome.error = f"{method} {path} answered {status}: {body[:200]!r}"
        self.outcomes.append(outcome)
        return status, headers, body

    # --- The mix ------------------------------------------------------------------------
    def run(self):
        while time.monotonic() < self.deadline:
            kind = self.random.choices(self.kinds, self.weights)[0]
            getattr(self, "do_" + kind.replace(" ", "_"))(kind)

    def do_list(self, kind):
        answer = self.timed(kind, "GET", f"/api/v1/claims/?page_size={self.random.choice([20, 50, 100])}")
        self.remember_next(answer)

    def do_filtered_list(self, kind):
        choice = self.random.randrange(4)
        if choice == 0:
            query = f"unit={self.random.choice(UNITS)}"
        elif choice == 1:
            low = self.random.choice([1, 10, 50, 100, 1000])
            query = f"value_min={low}&value_max={low * self.random.choice([2, 10, 100])}"
        elif choice == 2:
            query = f"actor={self.random.choice(self.targets['actors'])}&ordering=-value"
        else:
            query = f"unit={self.random.choice(UNITS)}&ordering=-published&facet=origin"
        self.remember_next(self.timed(kind, "GET", f"/api/v1/claims/?page_size=50&{query}"))

    def do_next_page(self, kind):
        if self.next_link is None:
            return self.do_list("list")
        self.remember_next(self.timed(kind, "GET", self.next_link))

    def remember_next(self, answer):
        if answer and answer[0] == 200:
            link = orjson.loads(answer[2]).get("next")
            self.next_link = urlsplit(link)._replace(scheme="", netloc="").geturl() if link else None

    def do_claim(self, kind):
        self.timed(kind, "GET", f"/api/v1/claims/{self.random.choice(self.targets['claims'])}/")

    def do_related(self, kind):
        path = self.random.choice(
            [
                "/api/v1/sources/?page_size=50",
                "/api/v1/actors/?page_size=50&kind=agency",
                f"/api/v1/actors/{self.random.choice(self.targets['actors'])}/",
                "/api/v1/metrics/",
                f"/api/v1/metrics/{self.random.choice(self.targets['metrics'])}/timeline/",
            ]
        )
        self.timed(kind, "GET", path)

    def do_search(self, kind):
        self.timed(kind, "GET", f"/api/v1/claims/?page_size=50&q={quote(self.random.choice(SEARCH_WORDS))}")

    def do_export(self, kind):
        actor = self.random.choice(self.targets["export_actors"])
        self.timed(kind, "GET", f"/api/v1/claims/?format=csv&actor={actor}", headers={"Accept": "text/csv"})

    def do_edit(self, kind):
        claim_id = self.random.choice(self.targets["edit_pool"])
        answer = self.timed("edit: read", "GET", f"/api/v1/claims/{claim_id}/")
        if not answer or answer[0] != 200:
            return
        etag = answer[1].get("ETag")
        body = orjson.dumps({"place": f"Load test {self.name} {self.random.randrange(10**6)}"})
        # 412: another editor changed the claim since it was read; their edit stands.
        written = self.timed(
            kind, "PATCH", f"/api/v1/claims/{claim_id}/", expect=(200, 412), body=body, headers={"If-Match": etag}
        )
        if written and written[0] == 200:
            self.ledger.record(claim_id)
            self.read_back(claim_id, orjson.loads(written[2])["version"])

    def read_back(self, claim_id, version):
        """Read the claim again (any worker may answer): it must show this edit or a later one."""
        answer = self.timed("edit: read back", "GET", f"/api/v1/claims/{claim_id}/")
        if answer and answer[0] == 200:
            shown = orjson.loads(answer[2])["version"]
            if shown < version:
                self.outcomes[-1].error = f"claim {claim_id}: version {shown} read after version {version} was saved"


class Command(BaseCommand):
    help = "Mixed load (reads, searches, exports, edits) from several clients against gunicorn; counts errors."

    def add_arguments(self, parser):
        parser.add_argument("--duration", type=int, default=120, help="Seconds of load (default 120).")
        parser.add_argument("--readers", type=int, default=4, help="Anonymous reading clients (default 4).")
        parser.add_argument("--editors", type=int, default=2, help="Clients editing with a token (default 2).")
        parser.add_argument("--workers", type=int, default=3, help="gunicorn sync workers (default 3).")
        parser.add_argument("--seed", type=int, default=1, help="Random seed of the clients' choices.")

    def handle(self, *args, duration, readers, editors, workers, seed, **options):
        if duration < 1 or readers < 0 or editors < 0 or readers + editors < 1 or workers < 1:
            raise CommandError("--duration and --workers must be at least 1, and there must be a client.")
        targets = self.targets()
        token = self.editor_token() if editors else None
        versions_before = dict(Claim.objects.filter(pk__in=targets["edit_pool"]).values_list("pk", "version"))
        ledger = EditLedger()
        self.stdout.write(
            f"{connection.vendor}, {Claim.objects.count():,} claims; gunicorn {workers} sync workers; "
            f"{readers} readers and {editors} editors for {duration} s over loopback"
        )
        with GunicornServer(workers=workers) as server, CpuSteal() as steal:
            started = time.monotonic()
            deadline = started + duration
            clients = [
                LoadClient(
                    number=n,
                    server=server,
                    token=None if n < readers else token,
                    mix=READER_MIX if n < readers else EDITOR_MIX,
                    deadline=deadline,
                    targets=targets,
                    ledger=ledger,
                    seed=seed * 1000 + n,
                )
                for n in range(readers + editors)
            ]
            for client in clients:
                client.start()
            for client in clients:
                client.join()
            elapsed = time.monotonic() - started
        outcomes = [outcome for client in clients for outcome in client.outcomes]
        lost = self.lost_updates(versions_before, ledger)
        self.report(outcomes, elapsed, ledger, lost, steal)
        errors = [outcome.error for outcome in outcomes if outcome.error]
        if errors or lost:
            for error in errors[:10]:
                self.stderr.write(error)
            raise CommandError(f"{len(errors)} failed requests, {len(lost)} claims with lost updates.")

    def targets(self):
        """What clients ask for: published claims, speakers, metrics; a small pool of claims to edit."""
        published = Claim.objects.filter(status=ClaimStatus.PUBLISHED)
        claims = list(published.order_by("?").values_list("pk", flat=True)[:2000])
        if len(claims) < EDIT_POOL_SIZE:
            raise CommandError(
                f"The database holds {len(claims)} published claims; the load test needs at least "
                f"{EDIT_POOL_SIZE}. Build one with build_benchmark_db (see docs/performance.md)."
            )
        actors = list(
            Actor.objects.filter(attributions__claim__status=ClaimStatus.PUBLISHED)
            .order_by("?")
            .values_list("slug", flat=True)
            .distinct()[:300]
        )
        export_actors = list(
            Actor.objects.filter(slug__in=actors)
            .annotate(claim_count=Count("attributions__claim", filter=Q(attributions__claim__status="published")))
            .filter(claim_count__lte=EXPORT_MAX_CLAIMS)
            .values_list("slug", flat=True)
        )
        metrics = list(
            Metric.objects.filter(claims__status=ClaimStatus.PUBLISHED)
            .order_by("?")
            .values_list("slug", flat=True)
            .distinct()[:50]
        )
        return {
            "claims": claims,
            "actors": actors,
            "export_actors": export_actors or actors,
            "metrics": metrics or ["none"],
            "edit_pool": claims[:EDIT_POOL_SIZE],
        }

    def editor_token(self):
        user, _ = get_user_model().objects.get_or_create(username=LOAD_USER, defaults={"is_staff": True})
        # A reviewer: an editor's change to a published claim waits as a pending revision
        # (claims.revisions), which would not move the claim's version the ledger counts.
        user.groups.add(Group.objects.get(name=REVIEWERS))
        return Token.objects.get_or_create(user=user)[0].key

    def lost_updates(self, versions_before, ledger):
        """Claims whose version did not move by exactly the number of edits that succeeded on them."""
        after = dict(Claim.objects.filter(pk__in=versions_before).values_list("pk", "version"))
        return {
            pk: (versions_before[pk], ledger.succeeded[pk], after[pk])
            for pk in versions_before
            if after[pk] != versions_before[pk] + ledger.succeeded[pk]
        }

    def report(self, outcomes, elapsed, ledger, lost, steal):
        by_kind = defaultdict(list)
        for outcome in outcomes:
            by_kind[outcome.kind].append(outcome)
        self.stdout.write(f"\n{'request':<14} {'requests':>9} {'errors':>7} {'median ms':>10} {'p95 ms':>8}")
        for kind in [*EDITOR_MIX, "edit: read", "edit: read back"]:
            if kind in by_kind:
                self.stdout.write(self.row(kind, by_kind[kind]))
        self.stdout.write(self.row("all", outcomes))
        stale = sum(1 for outcome in outcomes if outcome.kind == "edit" and outcome.status == 412)
        self.stdout.write(
            f"\n{len(outcomes):,} requests in {elapsed:.0f} s: {len(outcomes) / elapsed:.0f} per second; "
            f"{sum(1 for outcome in outcomes if outcome.error)} errors; "
            f"{sum(ledger.succeeded.values())} edits saved, {stale} refused as stale (412); "
            f"{len(lost)} lost updates; CPU steal {steal.display()}."
        )

    @staticmethod
    def row(kind, outcomes):
        latencies = sorted(outcome.seconds * 1000 for outcome in outcomes)
        p95 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.95))]
        errors = sum(1 for outcome in outcomes if outcome.error)
        return f"{kind:<14} {len(outcomes):>9,} {errors:>7} {statistics.median(latencies):>10.1f} {p95:>8.1f}"
