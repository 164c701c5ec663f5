"""The SQLite test databases: each worker's in-memory database filled from one migrated file.

Each pytest-xdist worker needs a test database of its own, and migrating one (about 80
migrations, then the permissions and the newsroom roles of ``post_migrate``) cost each worker
5–8 s of CPU before its first test, on every run. The PostgreSQL databases are copied from a
migrated template (``tests/postgres_databases.py``); this is the same for SQLite: the
migrated file that ``tests.migrated.sqlite_file()`` keeps (made once a machine, again only
when the migrations change) is copied into the worker's in-memory database with SQLite's
online backup, which takes milliseconds.

Only the in-memory test database of a plain run is filled this way; ``--reuse-db``
(keepdb), ``--nomigrations``, ``TEST: {"MIGRATE": False}`` and a test database on disk keep
Django's own way.
"""

import sqlite3

from django.conf import settings
from django.core.management import call_command
from django.db.backends.sqlite3.creation import DatabaseCreation

from . import migrated

_migrate = DatabaseCreation.create_test_db


def create_test_db(self, verbosity=1, autoclobber=False, serialize=None, keepdb=False):
    """Django's ``create_test_db`` for SQLite, restoring the migrated file into memory."""
    test_database_name = self._get_test_db_name()
    if migrated.djangos_way(self.connection, keepdb, serialize) or not self.is_in_memory_db(test_database_name):
        return _migrate(self, verbosity, autoclobber, serialize, keepdb)
    template = migrated.sqlite_file()
    if verbosity >= 1:
        self.log(f"Copying test database {template} to {test_database_name}...")
    self.connection.close()
    settings.DATABASES[self.connection.alias]["NAME"] = test_database_name
    self.connection.settings_dict["NAME"] = test_database_name
    self.connection.ensure_connection()
    source = sqlite3.connect(template)
    try:
        source.backup(self.connection.connection)
    finally:
        source.close()
    call_command("createcachetable", database=self.connection.alias)
    return test_database_name


def install():
    DatabaseCreation.create_test_db = create_test_db
