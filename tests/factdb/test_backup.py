"""Backup and restore: every table comes back exactly, across database engines."""

import gzip
import json
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command
from django.db import connection

from claims.models import Claim, ClaimSheet
from factdb import backup
from factdb.backup import restore_backup, write_backup
from sources.models import Source

from .backup_world import BUILD_SCRIPT, backed_up_tables, build_world, empty_tables

# Tables no backup holds, on purpose: `migrate` writes the first three itself (and rows
# pointing at content types or permissions are compared by natural key below); logins and
# django-axes' sign-in attempts are not worth restoring. Any other table must appear in the snapshot.
UNCOMPARED_TABLES = {
    "django_migrations",
    "django_content_type",
    "auth_permission",
    "django_session",
    "axes_accessattempt",
    "axes_accessattemptexpiration",
    "axes_accesslog",
    "axes_accessfailurelog",
    "django_tasks_database_dbtaskresult",
}


def natural_key_columns():
    """``{column: {id: natural key}}`` for foreign keys into tables `migrate` recreates.

    Their ids may differ between two databases (``flush`` and a fresh PostgreSQL number them
    anew), so a permission or content type is compared by what it is, not by its id.
    """
    content_types = {ct.pk: f"{ct.app_label}.{ct.model}" for ct in ContentType.objects.all()}
    permissions = {
        p.pk: f"{p.content_type.app_label}.{p.content_type.model}.{p.codename}"
        for p in Permission.objects.select_related("content_type")
    }
    return {ContentType: content_types, Permission: permissions}


def table_rows(model, natural):
    fields = model._meta.concrete_fields
    rows = []
    for row in model._default_manager.order_by("pk").values(*[f.attname for f in fields]):
        for field in fields:
            target = field.related_model if field.is_relation else None
            if target in natural and row[field.attname] is not None:
                row[field.attname] = natural[target][row[field.attname]]
        rows.append(row)
    if model._meta.auto_created:
        # A join table's own id is a counter nothing refers to; what matters is which pairs exist.
        rows = sorted(
            ({name: value for name, value in row.items() if name != model._meta.pk.attname} for row in rows),
            key=lambda row: tuple(str(value) for value in row.values()),
        )
    return rows


def snapshot():
    """Every table's rows, as plain values (join tables as sorted pairs)."""
    natural = natural_key_columns()
    return {model._meta.label_lower: table_rows(model, natural) for model in backed_up_tables()}


def uncovered_tables():
    """Tables in the database that the snapshot does not compare (should be only UNCOMPARED_TABLES)."""
    covered = {model._meta.db_table for model in backed_up_tables()}
    return set(connection.introspection.table_names()) - covered


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
    "import json; from tests.factdb.test_backup import portable_snapshot; print(json.dumps(portable_snapshot()))"
)


def manage(args, database_url, **kwargs):
    """Run ``manage.py`` on another database (a subprocess, so it has its own connection)."""
    env = {**os.environ, "DATABASE_URL": database_url}
    env.pop("ALLOWED_HOSTS", None)
    command = [sys.executable, str(settings.BASE_DIR / "manage.py"), *args]
    return subprocess.run(command, env=env, check=True, capture_output=True, text=True, cwd=settings.BASE_DIR, **kwargs)


def subprocess_snapshot(database_url):
    """``portable_snapshot()`` of another database, as plain JSON values."""
    return json.loads(manage(["shell", "-c", SNAPSHOT_SCRIPT], database_url).stdout.strip().splitlines()[-1])


@pytest.fixture
def world(transactional_db):
    """Seeds plus a row in every table a backup holds (see ``backup_world``)."""
    return build_world()


def test_the_world_fills_every_table(world):
    """Every concrete model, history and join tables included, has rows before a backup:
    a model added later without a row here fails this test (and so is never left out)."""
    assert empty_tables() == []
    assert uncovered_tables() == UNCOMPARED_TABLES


def test_backup_and_restore_every_table(world, tmp_path):
    before = snapshot()
    path = tmp_path / "factdb.json.gz"
    counts = write_backup(path)
    assert counts["claims.claim"] == 17 and counts["claims.historicalclaimsheetitem"] == 3
    call_command("flush", interactive=False, verbosity=0)
    assert not Claim.objects.exists()
    restore_backup(path)
    assert snapshot() == before
    restored = Claim.objects.get(value=477)
    assert restored.history.first().history_user.username == "rita"
    assert "Air war" in restored.tags.values_list("name", flat=True)
    assert [item.claim_id for item in ClaimSheet.objects.get(slug="kursk-sheet").items.all()] == sorted(
        Claim.objects.values_list("pk", flat=True)
    )[:3]
    eddie = get_user_model().objects.get(username="eddie")
    assert sorted(eddie.groups.values_list("name", flat=True)) == ["Editors", "Night desk"]
    assert eddie.has_perm("claims.publish_claim")


def test_the_comparison_notices_a_lost_join_row(world):
    """The snapshot reads join tables: a claim losing a tag, or a user a group, shows up."""
    before = snapshot()
    world.tags.clear()
    assert snapshot() != before
    before = snapshot()
    Group.objects.get(name="Night desk").user_set.clear()
    assert snapshot()["auth.user_groups"] != before["auth.user_groups"]


def test_restore_refuses_a_database_with_work_in_it(world, tmp_path):
    path = tmp_path / "factdb.json.gz"
    call_command("backup", str(path))
    with pytest.raises(CommandError, match="not empty"):
        call_command("restore", str(path))


def test_backup_refuses_to_report_success_for_a_file_it_cannot_restore(world, tmp_path, monkeypatch):
    """The backup reads back what it wrote: references restore cannot resolve (a model
    with ``natural_key()`` but no ``get_by_natural_key``, as claim sheets had) fail the backup."""
    monkeypatch.setattr(Source, "natural_key", lambda source: (source.url,), raising=False)
    monkeypatch.setattr(backup, "NATURAL_KEY_MODELS", (*backup.NATURAL_KEY_MODELS, Source))
    path = tmp_path / "factdb.json.gz"
    with pytest.raises(CommandError, match="The backup was not written: .*could not be read back"):
        call_command("backup", str(path))
    assert list(tmp_path.iterdir()) == []


def test_backup_restores_into_a_fresh_sqlite_file(world, tmp_path, migrated_sqlite_file):
    """SQLite to another SQLite file, and (run on PostgreSQL) PostgreSQL to SQLite."""
    path = tmp_path / "factdb.json.gz"
    call_command("backup", str(path))
    here = json.loads(json.dumps(portable_snapshot()))
    target = migrated_sqlite_file(tmp_path / "restored.sqlite3")
    result = manage(["restore", str(path)], target)
    assert result.stdout.startswith("Restored ")
    assert subprocess_snapshot(target) == here


@pytest.mark.postgres
def test_backup_from_sqlite_restores_into_postgresql(transactional_db, tmp_path, migrated_sqlite_file):
    """A newsroom moving from the embedded database to PostgreSQL keeps everything."""
    embedded_url = migrated_sqlite_file(tmp_path / "embedded.sqlite3")
    backup = tmp_path / "embedded.json.gz"
    manage(["shell", "-c", BUILD_SCRIPT], embedded_url)
    manage(["backup", str(backup)], embedded_url)
    embedded = subprocess_snapshot(embedded_url)
    assert all(embedded[model._meta.label_lower] for model in backed_up_tables())
    counts = restore_backup(backup)
    with gzip.open(backup, "rt") as stream:
        header = json.load(stream)["counts"]
    assert dict(counts) == {label: n for label, n in header.items() if n}
    # Every table, row and value of the embedded database is in PostgreSQL now.
    assert json.loads(json.dumps(portable_snapshot())) == embedded
    assert Claim.objects.count() == 17
    assert Claim.objects.get(value=477).figure_display == "477 drones"
