"""What a migrated database holds, as a key, so one migrated database serves many runs.

Migrating a database (about 75 migrations, then the permissions and the newsroom roles
of ``post_migrate``) costs 10–17 s on this machine. The PostgreSQL test databases
(``tests/postgres_databases.py``) and the SQLite files of ``migrated_sqlite_file``
(``tests/conftest.py``) are copied from one migrated once and kept, named by ``key()``.

The key is a hash of what decides the migrated database's contents: Django's version, the
source of every migration, of the modules their names come from (a field class, a
function a data migration calls) and of every ``post_migrate`` receiver (the permissions,
``claims.roles.ensure_roles``). Not seen: a change that reaches a migration through a
module it does not name itself (an import of an import); delete the kept copy then.
"""

import contextlib
import fcntl
import hashlib
import inspect
import os
import subprocess
import sys
import tempfile
import weakref
from pathlib import Path

import django


@contextlib.contextmanager
def lock(name):
    """Hold a lock on ``name`` against the other workers and runs of this machine."""
    with open(Path(tempfile.gettempdir()) / f"{name}.lock", "w") as lock_file:
        fcntl.flock(lock_file, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock_file, fcntl.LOCK_UN)


def key():
    """12 hex digits that change when anything that decides the migrated database changes."""
    from django.db.migrations.loader import MigrationLoader
    from django.db.models.signals import post_migrate

    modules = {sys.modules[type(migration).__module__] for migration in MigrationLoader(None).disk_migrations.values()}
    named = set()
    for module in modules:
        for value in vars(module).values():
            source = value if inspect.ismodule(value) else sys.modules.get(getattr(value, "__module__", None) or "")
            if source is not None:
                named.add(source)
    receivers = [
        entry[1]() if isinstance(entry[1], weakref.ReferenceType) else entry[1] for entry in post_migrate.receivers
    ]
    named.update(sys.modules[receiver.__module__] for receiver in receivers if receiver is not None)
    digest = hashlib.sha256(django.get_version().encode())
    files = {module.__name__: getattr(module, "__file__", None) for module in modules | named}
    for name, path in sorted(files.items()):
        if path:  # by module name, not path: every clone of the project shares the copy
            digest.update(name.encode() + b"\0" + Path(path).read_bytes())
    return digest.hexdigest()[:12]


def djangos_way(connection, keepdb, serialize):
    """Whether a test database is made Django's own way, not copied from a migrated one:
    with ``--reuse-db`` (keepdb), serialized contents, ``--nomigrations`` (pytest-django's
    ``DisableMigrations``) or ``TEST: {"MIGRATE": False}``."""
    from django.conf import settings

    migrations_off = connection.settings_dict["TEST"].get("MIGRATE") is False or not isinstance(
        settings.MIGRATION_MODULES, dict
    )
    return bool(keepdb or serialize or migrations_off)


def sqlite_file():
    """The path of a migrated SQLite file kept in the temporary directory, named by ``key()``.

    The first caller of this machine migrates it (``manage.py migrate`` in a subprocess, under
    a lock against the other workers and runs); later callers, and later runs until the
    migrations change, find it made. Older ones are deleted when a new one is made.
    """
    from django.conf import settings

    name = f"factdb-migrated-{key()}"
    template = Path(tempfile.gettempdir()) / f"{name}.sqlite3"
    with lock(name):
        if not template.exists():
            building = template.with_suffix(".building")
            building.unlink(missing_ok=True)
            subprocess.run(
                [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), "migrate", "-v0"],
                env={**os.environ, "DATABASE_URL": f"sqlite:///{building}"},
                check=True,
                capture_output=True,
                timeout=300,
            )
            building.rename(template)
            for stale in template.parent.glob("factdb-migrated-*.sqlite3"):
                if stale != template:
                    stale.unlink(missing_ok=True)
    return template
