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


def test_benchmark_desk_times_the_desk_and_the_plain_index_and_keeps_nothing(benchmark_database):
    result = manage(["benchmark_desk", "--repeat", "2", "--assigned", "3", "--drafts", "3"], benchmark_database)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "desk (GET /admin/): first request" in result.stdout and "then median" in result.stdout
    assert "plain model list (the index before the desk): first request" in result.stdout
    assert "desk right after a claim edit" in result.stdout
    assert "the edit removing it" in result.stdout or "too few claims" in result.stdout
    again = manage(["benchmark_desk", "--repeat", "1"], benchmark_database)
    assert again.returncode == 0, again.stderr[-2000:]  # its reviewer was rolled back, so it can be made again


def test_the_built_database_has_each_metrics_live_conflict_flag_right(benchmark_database):
    result = manage(["recompute_metric_conflicts", "--check"], benchmark_database)
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    assert "0 flags were wrong" in result.stdout
