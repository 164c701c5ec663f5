"""Backup and restore: every table comes back exactly, across database engines."""

import gzip
import json
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from rest_framework.authtoken.models import Token

from claims.models import Claim
from claims.services import claim_save
from factdb.backup import backed_up_models, restore_backup, write_backup


def snapshot():
    """Every backed-up table's rows, as plain values, ordered by primary key."""
    return {m._meta.label_lower: list(m._default_manager.order_by("pk").values()) for m in backed_up_models()}


def portable(value):
    """A value as both engines agree on it: decimals without trailing zeros, times in UTC ISO form."""
    import datetime
    from decimal import Decimal

    if isinstance(value, Decimal):
        return str(value.normalize())
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.UTC).isoformat()
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, (bytes, memoryview)):
        return bytes(value).hex()
    return value if value is None or isinstance(value, (bool, int, float, str)) else str(value)


def portable_snapshot():
    """``snapshot()`` with every value made comparable across SQLite and PostgreSQL."""
    return {
        label: [{name: portable(value) for name, value in row.items()} for row in rows]
        for label, rows in snapshot().items()
    }


SNAPSHOT_SCRIPT = (
    "import json; from tests.factdb.test_backup import portable_snapshot; "
    "print(json.dumps(portable_snapshot()))"
)


@pytest.fixture
def newsroom(transactional_db, seeded, reviewer, editor):
    """Seeds plus users, groups, a token and history written by a user."""
    Token.objects.create(user=editor)
    claim = Claim.objects.get(value=477)
    claim.statement = "Edited by a reviewer"
    claim_save(claim=claim, user=reviewer)
    return claim


def test_backup_and_restore_every_table(newsroom, tmp_path):
    before = snapshot()
    assert before["claims.historicalclaim"] and before["auth.user"] and before["authtoken.token"]
    path = tmp_path / "factdb.json.gz"
    counts = write_backup(path)
    assert counts["claims.claim"] == 17
    call_command("flush", interactive=False, verbosity=0)
    assert not Claim.objects.exists()
    restore_backup(path)
    assert snapshot() == before
    restored = Claim.objects.get(value=477)
    assert restored.history.first().history_user.username == "rita"


def test_restore_refuses_a_database_with_work_in_it(newsroom, tmp_path):
    path = tmp_path / "factdb.json.gz"
    call_command("backup", str(path))
    with pytest.raises(CommandError, match="not empty"):
        call_command("restore", str(path))


def test_restore_refuses_a_file_that_is_not_a_backup(transactional_db, tmp_path):
    path = tmp_path / "not-a-backup.json.gz"
    path.write_text("hello")
    with pytest.raises(CommandError, match="not a readable factdb backup"):
        call_command("restore", str(path))


@pytest.mark.postgres
def test_backup_from_sqlite_restores_into_postgresql(transactional_db, tmp_path):
    """A newsroom moving from the embedded database to PostgreSQL keeps everything."""
    sqlite_url = f"sqlite:///{tmp_path / 'embedded.sqlite3'}"
    env = {**os.environ, "DATABASE_URL": sqlite_url}
    env.pop("ALLOWED_HOSTS", None)
    manage = [sys.executable, str(settings.BASE_DIR / "manage.py")]
    backup = tmp_path / "embedded.json.gz"
    for args in (["migrate", "-v0"], ["load_seeds"], ["setup_demo"], ["backup", str(backup)]):
        subprocess.run(manage + args, env=env, check=True, capture_output=True)
    embedded = subprocess.run(
        manage + ["shell", "-c", SNAPSHOT_SCRIPT], env=env, check=True, capture_output=True, text=True
    ).stdout.strip().splitlines()[-1]
    counts = restore_backup(backup)
    with gzip.open(backup, "rt") as stream:
        header = json.load(stream)["counts"]
    assert dict(counts) == {label: n for label, n in header.items() if n}
    # Every table, row and value of the embedded database is in PostgreSQL now.
    assert json.loads(json.dumps(portable_snapshot())) == json.loads(embedded)
    assert Claim.objects.count() == 17
    assert Claim.objects.get(value=477).figure_display == "477 drones"
