"""The embedded database lets a second editor wait for the first instead of failing.

Both editors work on a SQLite file of their own, never on the database under test, so
the tests run once, in the SQLite pass.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.database_independent

SCRIPT = Path(__file__).with_name("sqlite_editors.py")


def run_editors(database_url, **env):
    environment = {**os.environ, "DATABASE_URL": database_url, **env}
    environment.pop("ALLOWED_HOSTS", None)
    result = subprocess.run([sys.executable, str(SCRIPT)], env=environment, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_second_editor_waits_instead_of_failing(tmp_path, migrated_sqlite_file):
    report = run_editors(migrated_sqlite_file(tmp_path / "newsroom.sqlite3"))
    assert report["errors"] == []
    assert report["journal_mode"] == "wal"
    assert report["statements"] == ["saved by A", "saved by B"]
    assert report["first_place"] == "touched by B", "B's write came after A's commit, not instead of it"


def test_without_a_busy_timeout_the_same_race_fails(tmp_path, migrated_sqlite_file):
    """Shows the test can fail: with no time to wait, editor B gets 'database is locked'."""
    report = run_editors(migrated_sqlite_file(tmp_path / "newsroom.sqlite3"), SQLITE_BUSY_TIMEOUT="0")
    assert any("locked" in error for error in report["errors"])
