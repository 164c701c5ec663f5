"""
``manage.py benchmark_api``: serve the API with gunicorn and load it with wrk over loopback.

Starts gunicorn with one synchronous worker on the current database (``DATABASE_URL``,
built with ``build_benchmark_db``), with throttling off (it measures the application,
not the rate limiter) and, on PostgreSQL, parallel query off for the worker's sessions
(``PGOPTIONS``, as the README recommends for API workers), then drives each
benchmark request with wrk for ``--duration`` seconds after a warm-up, and prints,
per request, the median and 95th-percentile latency and the requests per second. Any
non-2xx answer fails the run. wrk must be installed (``apt-get install -y wrk``).
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote_plus

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from ...synthetic import BENCHMARK_ACTOR, BENCHMARK_WORD

REQUESTS = [
    ("list", "/api/v1/claims/?page_size=100"),
    ("figure range", "/api/v1/claims/?page_size=100&value_min=50&value_max=500"),
    ("unit", "/api/v1/claims/?page_size=100&unit=drones"),
    ("actor", f"/api/v1/claims/?page_size=100&actor={BENCHMARK_ACTOR}"),
    ("full-text search", f"/api/v1/claims/?page_size=100&q={quote_plus(BENCHMARK_WORD)}"),
]

# wrk reports its own summary; this prints one parseable line with what we need.
WRK_REPORT = """
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
                 + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT %d %d %d %d %d\\n", summary.requests, summary.duration, errors,
                         latency:percentile(50), latency:percentile(95)))
end
"""


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Command(BaseCommand):
    help = "Benchmark the claims API (gunicorn, 1 sync worker) with wrk over loopback; prints median, p95, req/s."

    def add_arguments(self, parser):
        parser.add_argument("--duration", type=int, default=20, help="Seconds of load per request (default 20).")
        parser.add_argument("--warmup", type=int, default=3, help="Seconds of warm-up per request (default 3).")
        parser.add_argument("--connections", type=int, default=1, help="wrk connections (default 1).")
        parser.add_argument("--only", action="append", help="Run only these requests (list, unit …).")

    def handle(self, *args, duration, warmup, connections, only, **options):
        if not shutil.which("wrk"):
            raise CommandError("wrk is not installed: apt-get install -y wrk")
        requests = [(name, path) for name, path in REQUESTS if not only or name in only]
        port = free_port()
        server = self.start_gunicorn(port)
        try:
            self.wait_until_up(port, server)
            with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
                script.write(WRK_REPORT)
            claim_count = self.claim_count()
            self.stdout.write(
                f"{connection.vendor}, {claim_count:,} claims; gunicorn 1 sync worker; "
                f"wrk -t1 -c{connections} -d{duration}s over loopback\n"
            )
            self.stdout.write(f"{'request':<18} {'median ms':>10} {'p95 ms':>8} {'req/s':>8}  path")
            for name, path in requests:
                url = f"http://127.0.0.1:{port}{path}"
                self.check_answer(url)
                self.run_wrk(url, warmup, connections, script.name)
                requests_done, micros, errors, p50, p95 = self.run_wrk(url, duration, connections, script.name)
                if errors:
                    raise CommandError(f"{name}: {errors} failed requests (non-2xx, timeouts or socket errors).")
                rate = requests_done / (micros / 1e6)
                self.stdout.write(f"{name:<18} {p50 / 1000:>10.1f} {p95 / 1000:>8.1f} {rate:>8.0f}  {path}")
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=30)
            if "script" in locals():
                Path(script.name).unlink(missing_ok=True)

    def claim_count(self):
        from claims.models import Claim

        return Claim.objects.count()

    def start_gunicorn(self, port):
        environment = {
            **os.environ,
            "FACTDB_API_ANON_RATE": "off",
            "FACTDB_API_USER_RATE": "off",
            # PostgreSQL: no parallel workers for the API's page-sized queries, as recommended
            # in the README; starting them costs more than the queries themselves.
            "PGOPTIONS": os.environ.get("PGOPTIONS", "-c max_parallel_workers_per_gather=0"),
            "DJANGO_SETTINGS_MODULE": os.environ.get("DJANGO_SETTINGS_MODULE", "factdb.settings"),
        }
        command = [
            sys.executable, "-m", "gunicorn", "factdb.wsgi:application",
            # The other settings come from gunicorn.conf.py, as in production.
            "--workers", "1", "--worker-class", "sync", "--bind", f"127.0.0.1:{port}",
            "--log-level", "warning",
        ]
        return subprocess.Popen(command, cwd=settings.BASE_DIR, env=environment)

    def wait_until_up(self, port, server):
        for _ in range(100):
            if server.poll() is not None:
                raise CommandError("gunicorn exited; see its output above.")
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/", timeout=2)
                return
            except OSError:
                time.sleep(0.1)
        raise CommandError("gunicorn did not answer within 10 seconds.")

    def check_answer(self, url):
        with urllib.request.urlopen(url, timeout=30) as response:
            if response.status != 200 or b'"results"' not in response.read(200_000):
                raise CommandError(f"{url} did not answer 200 with results.")

    def run_wrk(self, url, seconds, connections, script):
        output = subprocess.run(
            ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "-s", script, url],
            capture_output=True, text=True, check=True,
        ).stdout
        line = next((line for line in output.splitlines() if line.startswith("RESULT ")), None)
        if line is None:
            raise CommandError(f"wrk printed no result:\n{output}")
        return [int(part) for part in line.split()[1:]]
