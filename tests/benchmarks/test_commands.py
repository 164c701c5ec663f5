"""The benchmark commands run end to end on a small synthetic database (numbers are not checked)."""

import os
import shutil
import subprocess
import sys

import pytest
from django.conf import settings

# The commands run on a SQLite file of their own (gunicorn needs a file), whatever the suite runs on.
pytestmark = pytest.mark.database_independent


@pytest.fixture(scope="module")
def benchmark_database(tmp_path_factory, migrated_sqlite_file):
    """A SQLite file with 300 synthetic claims, built as docs/performance.md says (gunicorn needs a file)."""
    path = tmp_path_factory.mktemp("bench") / "bench.sqlite3"
    environment = {**os.environ, "DATABASE_URL": migrated_sqlite_file(path)}
    environment.pop("ALLOWED_HOSTS", None)
    manage(["build_benchmark_db", "--claims", "300"], environment).check_returncode()
    return environment


def manage(args, environment):
    return subprocess.run(
        [sys.executable, str(settings.BASE_DIR / "manage.py"), *args],
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_load_test_reports_every_kind_of_request_and_no_errors(benchmark_database):
    result = manage(
        ["load_test", "--duration", "4", "--readers", "2", "--editors", "2", "--workers", "2"], benchmark_database
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = {line.split()[0] for line in result.stdout.splitlines() if line.strip()}
    assert {"list", "claim", "search", "export", "edit", "all"} <= lines
    assert "0 errors" in result.stdout and "0 lost updates" in result.stdout


def test_load_test_refuses_a_database_without_claims(tmp_path, migrated_sqlite_file):
    environment = {**os.environ, "DATABASE_URL": migrated_sqlite_file(tmp_path / "empty.sqlite3")}
    environment.pop("ALLOWED_HOSTS", None)
    result = manage(["load_test", "--duration", "1"], environment)
    assert result.returncode != 0
    assert "needs at least 40" in result.stderr


@pytest.mark.skipif(not shutil.which("wrk"), reason="wrk is not installed (apt-get install -y wrk)")
def test_benchmark_api_prints_each_request(benchmark_database):
    result = manage(["benchmark_api", "--duration", "1", "--warmup", "1"], benchmark_database)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "steal" in result.stdout.splitlines()[1]
    for name in ("list", "figure range", "unit", "actor", "full-text search"):
        assert any(line.startswith(name) for line in result.stdout.splitlines()), name
