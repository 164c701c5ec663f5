"""Backup and restore: every table comes back exactly, across database engines."""

import gzip
import json
import os
import subprocess
import sys

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command
from django.db import connection
from rest_framework.authtoken.models import Token

from claims.models import Claim, Review, Tag
from claims.services import claim_save
from factdb.backup import EXCLUDED_MODELS, restore_backup, write_backup
from sources.models import Source

# Tables no backup holds, on purpose: `migrate` writes the first three itself (and rows
# pointing at content types or permissions are compared by natural key below), and
# logins are not worth restoring. Any other table must appear in the snapshot.
UNCOMPARED_TABLES = {"django_migrations", "django_content_type", "auth_permission", "django_session"}


def snapshot_models():
    """Every table with rows worth keeping, including the join tables Django creates for
    many-to-many fields (claim tags, review evidence, user groups and permissions), which
    ``apps.get_models()`` alone leaves out."""
    return [
        model
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy and model._meta.label_lower not in EXCLUDED_MODELS
    ]


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
    return {model._meta.label_lower: table_rows(model, natural) for model in snapshot_models()}


def uncovered_tables():
    """Tables in the database that the snapshot does not compare (should be only UNCOMPARED_TABLES)."""
    covered = {model._meta.db_table for model in snapshot_models()}
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


@pytest.fixture
def newsroom(transactional_db, seeded_per_test, reviewer, editor):
    """Seeds plus users, groups, a token and history written by a user."""
    Token.objects.create(user=editor)
    claim = Claim.objects.get(value=477)
    claim.statement = "Edited by a reviewer"
    claim_save(claim=claim, user=reviewer)
    # Rows that live only in many-to-many join tables, each of which a restore could drop.
    claim.tags.add(Tag.objects.create(name="Air war"))
    review = Review.objects.filter(status="published").first()
    review.evidence.add(*Source.objects.order_by("pk")[:2])
    desk = Group.objects.create(name="Night desk")
    desk.permissions.add(Permission.objects.get(codename="view_claim"))
    editor.groups.add(desk)
    editor.user_permissions.add(Permission.objects.get(codename="publish_claim"))
    return claim


def test_backup_and_restore_every_table(newsroom, tmp_path):
    assert uncovered_tables() == UNCOMPARED_TABLES
    before = snapshot()
    assert before["claims.historicalclaim"] and before["auth.user"] and before["authtoken.token"]
    for join_table in (
        "claims.claim_tags",
        "claims.review_evidence",
        "auth.user_groups",
        "auth.group_permissions",
        "auth.user_user_permissions",
    ):
        assert before[join_table], join_table
    path = tmp_path / "factdb.json.gz"
    counts = write_backup(path)
    assert counts["claims.claim"] == 17
    call_command("flush", interactive=False, verbosity=0)
    assert not Claim.objects.exists()
    restore_backup(path)
    assert snapshot() == before
    restored = Claim.objects.get(value=477)
    assert restored.history.first().history_user.username == "rita"
    assert "Air war" in restored.tags.values_list("name", flat=True)
    eddie = get_user_model().objects.get(username="eddie")
    assert sorted(eddie.groups.values_list("name", flat=True)) == ["Editors", "Night desk"]
    assert eddie.has_perm("claims.publish_claim")


def test_the_comparison_notices_a_lost_join_row(newsroom):
    """The snapshot reads join tables: a claim losing a tag, or a user a group, shows up."""
    before = snapshot()
    newsroom.tags.clear()
    assert snapshot() != before
    before = snapshot()
    Group.objects.get(name="Night desk").user_set.clear()
    assert snapshot()["auth.user_groups"] != before["auth.user_groups"]


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
    embedded = (
        subprocess.run(manage + ["shell", "-c", SNAPSHOT_SCRIPT], env=env, check=True, capture_output=True, text=True)
        .stdout.strip()
        .splitlines()[-1]
    )
    counts = restore_backup(backup)
    with gzip.open(backup, "rt") as stream:
        header = json.load(stream)["counts"]
    assert dict(counts) == {label: n for label, n in header.items() if n}
    # Every table, row and value of the embedded database is in PostgreSQL now.
    assert json.loads(json.dumps(portable_snapshot())) == json.loads(embedded)
    assert Claim.objects.count() == 17
    assert Claim.objects.get(value=477).figure_display == "477 drones"
