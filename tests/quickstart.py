"""The README's first command, run for real: ``setup_demo`` then ``scripts/serve`` (the
background worker and ``runserver``) in subprocesses.

On a temporary SQLite file and an empty temporary ``STATIC_ROOT``, with none of the
production variables, so what the tests fetch is what a new user's browser fetches.
"""

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

from django.conf import settings

MANAGE = [sys.executable, str(settings.BASE_DIR / "manage.py")]
SERVE = str(settings.BASE_DIR / "scripts" / "serve")
# What a developer's shell may hold but a new user's does not.
NOT_INHERITED = {"ALLOWED_HOSTS", "SECRET_KEY", "DEBUG", "DATABASE_URL", "STATIC_ROOT", "DJANGO_ALLOW_ASYNC_UNSAFE"}


def quickstart_environment(tmp_path):
    environment = {k: v for k, v in os.environ.items() if k not in NOT_INHERITED}
    environment["DATABASE_URL"] = f"sqlite:///{tmp_path / 'quickstart.sqlite3'}"
    environment["STATIC_ROOT"] = str(tmp_path / "staticfiles")  # never created: nothing is collected
    return environment


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url):
    """(status, content type, body) of a GET, without raising on 4xx/5xx."""
    try:
        with urllib.request.urlopen(url, timeout=20) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


@contextlib.contextmanager
def quickstart_server(tmp_path, migrated_sqlite_file=None):
    """Run ``setup_demo`` and ``scripts/serve 127.0.0.1:<port>`` as the README does; yield the base URL.

    ``migrated_sqlite_file`` (the session fixture) starts from a migrated copy, so ``setup_demo``'s
    migrate has nothing to do: these tests are about what the server sends; a fresh file is
    migrated by tests/claims/management/test_setup_demo.py."""
    environment = quickstart_environment(tmp_path)
    if migrated_sqlite_file is not None:
        environment["DATABASE_URL"] = migrated_sqlite_file(tmp_path / "quickstart.sqlite3")
    setup = subprocess.run(
        MANAGE + ["setup_demo"], env=environment, capture_output=True, text=True, timeout=300, check=False
    )
    assert setup.returncode == 0, setup.stdout + setup.stderr
    port = free_port()
    server = subprocess.Popen(
        [SERVE, f"127.0.0.1:{port}", "--noreload"],
        env={**environment, "PYTHON_BIN": sys.executable},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # the script, its worker and runserver: stopped together below
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                fetch(f"{url}/admin/login/")
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.2)
        yield url
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)
