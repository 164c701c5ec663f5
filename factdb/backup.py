"""
Whole-database backup and restore in one portable file.

A backup is gzip-compressed JSON: a header (format, version, time, source database,
applied migrations, row counts) and every row of every concrete model except those
``migrate`` recreates (content types, permissions) and sessions. Foreign keys to content
types and permissions are written as natural keys (their ids differ from one database
to the next); every other reference is the row's id, which the backup keeps. So a backup
taken from SQLite restores into PostgreSQL and the other way round.

``write_backup`` reads back what it wrote before it says it succeeded, and
``restore_backup`` checks a file's whole shape before it writes anything, so a backup
that cannot be restored is known when it is taken, and a damaged file is one clear
error, never a half-restored database.
"""

import datetime
import gzip
import json
import os
import zlib
from collections import Counter

from django.apps import apps
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.management.color import no_style
from django.core.serializers.json import DjangoJSONEncoder
from django.core.serializers.python import Serializer as PythonSerializer
from django.db import connection, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.test.utils import override_settings
from django.utils import timezone

BACKUP_FORMAT = "factdb-backup"
BACKUP_VERSION = 1
# Recreated by `migrate` (and matched again by natural keys) or not worth keeping: logins,
# and django-axes' record of sign-in attempts (a restore starts with no one locked out).
EXCLUDED_MODELS = {
    "contenttypes.contenttype",
    "auth.permission",
    "sessions.session",
    "axes.accessattempt",
    "axes.accessattemptexpiration",
    "axes.accesslog",
    "axes.accessfailurelog",
    # The background task queue (django-tasks-db): work in flight, not records. Webhook
    # subscriptions and their delivery log are kept; a restored delivery is not retried.
    "django_tasks_database.dbtaskresult",
}
# The only rows referred to by natural key: `migrate` numbers them anew in each database.
NATURAL_KEY_MODELS = (ContentType, Permission)
# Restoring refuses to merge into a database that already holds work.
GUARD_MODELS = ("claims.claim", "sources.source", "sources.outlet", "sources.actor", "auth.user")


class BackupJSONEncoder(DjangoJSONEncoder):
    """Django's encoder, but keeping microseconds (it rounds times to milliseconds)."""

    def default(self, o):
        if isinstance(o, (datetime.datetime, datetime.time)):
            return o.isoformat()
        return super().default(o)


class BackupSerializer(PythonSerializer):
    """Django's serializer, with natural keys only for content types and permissions.

    Any model may define ``natural_key()`` for its own reasons; writing references to it
    that way would make the backup depend on a ``get_by_natural_key`` it may not have
    (a claim sheet's history could not be restored that way).
    """

    def _model_supports_natural_key(self, model):
        return issubclass(model, NATURAL_KEY_MODELS)


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
    """Write the whole database to ``path`` (gzip JSON). Returns the row counts.

    The file is written beside ``path`` and moved into place only once it has been read
    back and every row parsed as ``restore`` will parse it; otherwise ``BackupError``.
    """
    counts = Counter()
    objects = []
    for model in backed_up_models():
        rows = BackupSerializer().serialize(
            model._default_manager.order_by("pk").iterator(chunk_size=2000), use_natural_foreign_keys=True
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
    partial = f"{path}.partial"
    try:
        with gzip.open(partial, "wt", encoding="utf-8") as stream:
            json.dump({**header, "objects": objects}, stream, cls=BackupJSONEncoder)
        data = read_backup(partial)
        for _ in deserialize(data["objects"]):
            pass
    except BackupError as error:
        os.unlink(partial)
        raise BackupError(f"The backup was not written: it could not be read back ({error}).") from None
    except BaseException:
        if os.path.exists(partial):
            os.unlink(partial)
        raise
    os.replace(partial, path)
    return counts


def read_backup(path):
    """Read and check a backup file; returns its parsed content (``BackupError`` if unusable)."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as stream:
            data = json.load(stream)
    except (OSError, EOFError, zlib.error, ValueError, UnicodeDecodeError) as error:
        raise BackupError(f"{path} is not a readable factdb backup: {one_line(error)}") from None
    except RecursionError:
        raise BackupError(f"{path} is not a readable factdb backup: its JSON is nested too deeply.") from None
    if not isinstance(data, dict) or data.get("format") != BACKUP_FORMAT:
        raise BackupError(f"{path} is not a factdb backup (no '{BACKUP_FORMAT}' header).")
    if data.get("version") != BACKUP_VERSION:
        raise BackupError(
            f"{path} is backup format version {one_line(data.get('version'))}; this factdb reads {BACKUP_VERSION}."
        )
    check_shape(data, path)
    return data


def check_shape(data, path):
    """Refuse a backup whose header or rows are not what ``write_backup`` writes.

    Each row must name a model the backup holds, carry an id and only that model's
    fields, and appear once: a row repeated would otherwise be merged silently.
    """
    migrations = data.get("migrations")
    if not isinstance(migrations, dict) or not all(
        isinstance(app, str) and isinstance(names, list) and all(isinstance(name, str) for name in names)
        for app, names in migrations.items()
    ):
        raise BackupError(f"{path} is damaged: 'migrations' must map each app to a list of migration names.")
    objects = data.get("objects")
    if not isinstance(objects, list):
        raise BackupError(f"{path} is damaged: 'objects' must be a list of rows.")
    models = {model._meta.label_lower: model for model in backed_up_models()}
    field_names = {}
    seen = set()
    for index, row in enumerate(objects):
        where = f"{path} is damaged: row {index + 1}"
        if not isinstance(row, dict) or set(row) != {"model", "pk", "fields"} or not isinstance(row["fields"], dict):
            raise BackupError(f"{where} is not an object with 'model', 'pk' and 'fields'.")
        label = row["model"]
        model = models.get(label) if isinstance(label, str) else None
        if model is None:
            raise BackupError(f"{where} is of an unknown or excluded model {one_line(label)!r}.")
        if not isinstance(row["pk"], (int, str)) or isinstance(row["pk"], bool):
            raise BackupError(f"{where} ({label}) has no valid id.")
        if model not in field_names:
            field_names[model] = {field.name for field in (*model._meta.concrete_fields, *model._meta.many_to_many)}
        unknown = sorted(set(row["fields"]) - field_names[model])
        if unknown:
            raise BackupError(f"{where} ({label} {row['pk']}) has unknown fields: {one_line(', '.join(unknown))}.")
        key = (label, str(row["pk"]))
        if key in seen:
            raise BackupError(f"{where} repeats {label} {row['pk']}; a backup holds each row once.")
        seen.add(key)


def deserialize(objects):
    """Parse rows as Django model instances (references by natural key resolved here)."""
    try:
        yield from serializers.deserialize("python", objects)
    except Exception as error:  # whatever a damaged value raises, it is one line, not a traceback
        raise BackupError(f"a row does not fit this database: {one_line(error)}") from None


def one_line(value, limit=300):
    """``value`` as one short line, for error messages about untrusted files."""
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


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
                for item in deserialize(data["objects"]):
                    item.save()
                    models.add(type(item.object))
                    counts[item.object._meta.label_lower] += 1
            connection.check_constraints(table_names=[m._meta.db_table for m in models])
            with connection.cursor() as cursor:
                for statement in connection.ops.sequence_reset_sql(no_style(), list(models)):
                    cursor.execute(statement)
    except BackupError as error:
        raise BackupError(f"Nothing was restored: {error}") from None
    except Exception as error:  # a constraint the rows break, a value the database refuses
        raise BackupError(f"Nothing was restored: the backup does not fit this database ({one_line(error)}).") from None
    return counts
