"""
``manage.py benchmark_api``: serve the API with gunicorn and load it with wrk over loopback.

Starts gunicorn with one synchronous worker on the current database (``DATABASE_URL``,
built with ``build_benchmark_db``; see ``benchmarks/gunicorn.py``), then drives each
benchmark request with wrk for ``--duration`` seconds after a warm-up, and prints,
per request, the median and 95th-percentile latency, the requests per second and the
CPU time the hypervisor gave to other machines meanwhile (steal, ``benchmarks/cpu.py``:
on a shared machine a busy neighbour lowers every figure). Any non-2xx answer fails the
run. wrk must be installed (``apt-get install -y wrk``).
"""

import shutil
import subprocess
import tempfile
import urllib.request
from urllib.parse import quote_plus

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from ...cpu import CpuSteal
from ...gunicorn import GunicornServer
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
        with GunicornServer(workers=1) as server, tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
            script.write(WRK_REPORT)
            script.flush()
            self.stdout.write(
                f"{connection.vendor}, {self.claim_count():,} claims; gunicorn 1 sync worker; "
                f"wrk -t1 -c{connections} -d{duration}s over loopback\n"
            )
            self.stdout.write(f"{'request':<18} {'median ms':>10} {'p95 ms':>8} {'req/s':>8} {'steal':>6}  path")
            for name, path in requests:
                url = server.url(path)
                self.check_answer(url)
                self.run_wrk(url, warmup, connections, script.name)
                with CpuSteal() as steal:
                    requests_done, micros, errors, p50, p95 = self.run_wrk(url, duration, connections, script.name)
                if errors:
                    raise CommandError(f"{name}: {errors} failed requests (non-2xx, timeouts or socket errors).")
                rate = requests_done / (micros / 1e6)
                self.stdout.write(
                    f"{name:<18} {p50 / 1000:>10.1f} {p95 / 1000:>8.1f} {rate:>8.0f} {steal.display():>6}  {path}"
                )

    def claim_count(self):
        from claims.models import Claim

        return Claim.objects.count()

    def check_answer(self, url):
        with urllib.request.urlopen(url, timeout=30) as response:
            if response.status != 200 or b'"results"' not in response.read(200_000):
                raise CommandError(f"{url} did not answer 200 with results.")

    def run_wrk(self, url, seconds, connections, script):
        output = subprocess.run(
            ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "-s", script, url],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        line = next((line for line in output.splitlines() if line.startswith("RESULT ")), None)
        if line is None:
            raise CommandError(f"wrk printed no result:\n{output}")
        return [int(part) for part in line.split()[1:]]
