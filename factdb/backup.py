"""
Whole-database backup and restore in one portable file.

A backup is gzip-compressed JSON: a header (format, version, time, source database,
applied migrations, row counts) and every row of every concrete model except those
``migrate`` recreates (content types, permissions) and sessions. Foreign keys to users,
groups, permissions and content types are written as natural keys, so a backup taken
from SQLite restores into PostgreSQL and the other way round.
"""

import datetime
import gzip
import json
from collections import Counter

from django.apps import apps
from django.core import serializers
from django.core.management.color import no_style
from django.core.serializers.base import DeserializationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DatabaseError, connection, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.test.utils import override_settings
from django.utils import timezone

BACKUP_FORMAT = "factdb-backup"
BACKUP_VERSION = 1
# Recreated by `migrate` (and matched again by natural keys) or not worth keeping.
EXCLUDED_MODELS = {"contenttypes.contenttype", "auth.permission", "sessions.session"}
# Restoring refuses to merge into a database that already holds work.
GUARD_MODELS = ("claims.claim", "sources.source", "sources.outlet", "sources.actor", "auth.user")


class BackupJSONEncoder(DjangoJSONEncoder):
    """Django's encoder, but keeping microseconds (it rounds times to milliseconds)."""

    def default(self, o):
        if isinstance(o, (datetime.datetime, datetime.time)):
            return o.isoformat()
        return super().default(o)


class BackupError(Exception):
    """The file is not a factdb backup, or the target database cannot take it."""


def backed_up_models():
    """Every concrete model whose rows a backup holds, in dependency order."""
    models = [
        model
        for model in apps.get_models()
        if model._meta.label_lower not in EXCLUDED_MODELS and not model._meta.proxy and model._meta.managed
    ]
    app_list = {}
    for model in models:
        app_list.setdefault(apps.get_app_config(model._meta.app_label), []).append(model)
    return serializers.sort_dependencies(app_list.items(), allow_cycles=True)


def applied_migrations():
    """``{app: [migration names]}`` applied in this database."""
    applied = {}
    for app, name in MigrationRecorder(connection).applied_migrations():
        applied.setdefault(app, []).append(name)
    return {app: sorted(names) for app, names in sorted(applied.items())}


def write_backup(path):
    """Write the whole database to ``path`` (gzip JSON). Returns the row counts."""
    counts = Counter()
    objects = []
    for model in backed_up_models():
        rows = serializers.serialize(
            "python",
            model._default_manager.order_by("pk").iterator(chunk_size=2000),
            use_natural_foreign_keys=True,
            use_natural_primary_keys=False,
        )
        counts[model._meta.label_lower] = len(rows)
        objects.extend(rows)
    header = {
        "format": BACKUP_FORMAT,
        "version": BACKUP_VERSION,
        "created": timezone.now().isoformat(),
        "database_vendor": connection.vendor,
        "migrations": applied_migrations(),
        "counts": dict(sorted(counts.items())),
    }
    with gzip.open(path, "wt", encoding="utf-8") as stream:
        json.dump({**header, "objects": objects}, stream, cls=BackupJSONEncoder)
    return counts


def read_backup(path):
    """Read and check a backup file; returns its parsed content."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as stream:
            data = json.load(stream)
    except (OSError, EOFError, json.JSONDecodeError, UnicodeDecodeError) as error:
        raise BackupError(f"{path} is not a readable factdb backup: {error}") from None
    if not isinstance(data, dict) or data.get("format") != BACKUP_FORMAT:
        raise BackupError(f"{path} is not a factdb backup (no '{BACKUP_FORMAT}' header).")
    if data.get("version") != BACKUP_VERSION:
        raise BackupError(f"{path} is backup format version {data.get('version')}; this factdb reads {BACKUP_VERSION}.")
    return data


def restore_backup(path):
    """Load a backup into this (migrated, empty) database, all or nothing. Returns row counts."""
    data = read_backup(path)
    here = applied_migrations()
    missing = [
        f"{app}.{name}" for app, names in data["migrations"].items() for name in names if name not in here.get(app, [])
    ]
    if missing:
        raise BackupError(
            "This database lacks migrations the backup was taken with; run `manage.py migrate` first "
            f"(missing: {', '.join(missing[:5])}{' …' if len(missing) > 5 else ''})."
        )
    occupied = [label for label in GUARD_MODELS if apps.get_model(label)._default_manager.exists()]
    if occupied:
        raise BackupError(
            f"The database is not empty ({', '.join(occupied)} have rows). Restore into a fresh database "
            "(create it, run `manage.py migrate`, then restore)."
        )
    counts = Counter()
    models = set()
    try:
        # History rows come from the backup itself: saving must not write new ones.
        with override_settings(SIMPLE_HISTORY_ENABLED=False), transaction.atomic():
            # Rows `migrate` created on its own (the role groups) are replaced by the backup's.
            for model in reversed(backed_up_models()):
                model._default_manager.all().delete()
            with connection.constraint_checks_disabled():
                for item in serializers.deserialize("python", data["objects"], handle_forward_references=True):
                    item.save()
                    models.add(type(item.object))
                    counts[item.object._meta.label_lower] += 1
            connection.check_constraints(table_names=[m._meta.db_table for m in models])
            with connection.cursor() as cursor:
                for statement in connection.ops.sequence_reset_sql(no_style(), list(models)):
                    cursor.execute(statement)
    except (DeserializationError, DatabaseError, ValueError, LookupError) as error:
        raise BackupError(f"Nothing was restored: the backup does not fit this database ({error}).") from None
    return counts
