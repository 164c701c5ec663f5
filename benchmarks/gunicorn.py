"""
``GunicornServer``: the application served by gunicorn on a free loopback port, for the
benchmarks (``benchmark_api``, ``load_test``).

It runs on the current database (``DATABASE_URL``) with the project's
``gunicorn.conf.py``, as production does, with throttling off (the benchmarks measure
the application, not the rate limiter) and, on PostgreSQL, parallel query off for the
workers' sessions (``PGOPTIONS``, as docs/operations.md recommends for API workers).
"""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

from django.conf import settings
from django.core.management.base import CommandError


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class GunicornServer:
    """``with GunicornServer(workers=1) as server:`` … ``server.url("/api/v1/")``."""

    def __init__(self, *, workers=1, worker_class="sync"):
        self.workers, self.worker_class = workers, worker_class
        self.port = free_port()
        self.process = None

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def __enter__(self):
        environment = {
            **os.environ,
            "FACTDB_API_ANON_RATE": "off",
            "FACTDB_API_USER_RATE": "off",
            # PostgreSQL: no parallel workers for the API's page-sized queries; starting
            # them costs more than the queries themselves.
            "PGOPTIONS": os.environ.get("PGOPTIONS", "-c max_parallel_workers_per_gather=0"),
            "DJANGO_SETTINGS_MODULE": os.environ.get("DJANGO_SETTINGS_MODULE", "factdb.settings"),
        }
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            "factdb.wsgi:application",
            # The other settings come from gunicorn.conf.py, as in production.
            "--workers",
            str(self.workers),
            "--worker-class",
            self.worker_class,
            "--bind",
            f"127.0.0.1:{self.port}",
            "--log-level",
            "warning",
        ]
        self.process = subprocess.Popen(command, cwd=settings.BASE_DIR, env=environment)
        try:
            self._wait_until_up()
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc_info):
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=30)

    def _wait_until_up(self):
        for _ in range(150):
            if self.process.poll() is not None:
                raise CommandError("gunicorn exited; see its output above.")
            try:
                urllib.request.urlopen(self.url("/api/v1/"), timeout=2)
                return
            except OSError:
                time.sleep(0.1)
        raise CommandError("gunicorn did not answer within 15 seconds.")
