"""The PostgreSQL test databases: each a copy of one migrated once, dropped even if a browser test left a connection.

Each pytest-xdist worker needs a test database of its own, and migrating one (about 75
migrations, then the permissions and the newsroom roles of ``post_migrate``) took 10–17 s
of each worker before its first test. Copying a database is one statement,
``CREATE DATABASE … TEMPLATE``, under half a second. So the first worker migrates a
template database, ``test_<NAME>_migrated_<key>``, and every worker copies it; the next
run copies it again without migrating.

The key (``tests.migrated.key()``) changes with anything that decides the migrated
database's contents; a new key makes a new template, and the older ones of the same
``NAME`` are dropped then. A file lock keeps two workers (or two runs) from migrating the
same template at once. A change the key does not see (``tests/migrated.py`` says which):
``dropdb test_<NAME>_migrated_<key>``, and the next run migrates again.
``--reuse-db`` (keepdb), ``--nomigrations`` and ``TEST: {"MIGRATE": False}`` keep Django's own way.

At the end, each worker drops its database ``WITH (FORCE)``. A browser test leaves a
connection open that nothing closes (its last query is the test's own, run beside
Playwright's synchronous API, whose greenlets seem to give Django a context of their own);
a plain ``DROP DATABASE`` waited five seconds for it, failed ("being accessed by other
users") and left the database behind for the next run to drop.
"""

import contextlib

from django.conf import settings
from django.core.management import call_command
from django.db.backends.postgresql.creation import DatabaseCreation

from . import migrated

_migrate = DatabaseCreation.create_test_db


def create_test_db(self, verbosity=1, autoclobber=False, serialize=None, keepdb=False):
    """Django's ``create_test_db`` for PostgreSQL, copying the migrated template."""
    if migrated.djangos_way(self.connection, keepdb, serialize):
        return _migrate(self, verbosity, autoclobber, serialize, keepdb)
    template = f"test_{self.connection.settings_dict['NAME']}_migrated_{migrated.key()}"
    test_database_name = self._get_test_db_name()
    with migrated.lock(template):
        if not _exists(self, template):
            _build_template(self, template, verbosity)
        if verbosity >= 1:
            self.log(f"Copying test database {template} to {test_database_name}...")
        self.connection.close()
        with self._nodb_cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {self._quote_name(test_database_name)}")
            cursor.execute(
                f"CREATE DATABASE {self._quote_name(test_database_name)} "
                f"{self._get_database_create_suffix(template=template)}"
            )
    settings.DATABASES[self.connection.alias]["NAME"] = test_database_name
    self.connection.settings_dict["NAME"] = test_database_name
    call_command("createcachetable", database=self.connection.alias)
    return test_database_name


def _destroy_test_db(self, test_database_name, verbosity):
    """Django's, with ``FORCE``: the connections a browser test left open are closed (see above)."""
    self.connection.close_pool()
    with self._nodb_cursor() as cursor:
        cursor.execute(f"DROP DATABASE {self._quote_name(test_database_name)} WITH (FORCE)")


def _build_template(creation, template, verbosity):
    """Migrate a new template (Django's own ``create_test_db`` under the template's name); drop older ones."""
    connection = creation.connection
    name, test_name = connection.settings_dict["NAME"], connection.settings_dict["TEST"].get("NAME")
    building = f"{template}_building"  # named a template only once migrated: a failed migrate is never copied
    connection.settings_dict["TEST"]["NAME"] = building
    try:
        _migrate(creation, verbosity, autoclobber=True)
    finally:
        connection.close()
        connection.settings_dict["TEST"]["NAME"] = test_name
        connection.settings_dict["NAME"] = settings.DATABASES[connection.alias]["NAME"] = name
    with creation._nodb_cursor() as cursor:
        cursor.execute(f"ALTER DATABASE {creation._quote_name(building)} RENAME TO {creation._quote_name(template)}")
        cursor.execute(
            "SELECT datname FROM pg_database WHERE datname LIKE %s AND datname <> %s",
            [f"test_{name}\\_migrated\\_%", template],
        )
        for (stale,) in cursor.fetchall():
            with contextlib.suppress(Exception):  # in use by another run: it goes next time
                cursor.execute(f"DROP DATABASE {creation._quote_name(stale)}")


def _exists(creation, database):
    with creation._nodb_cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database])
        return cursor.fetchone() is not None


def install():
    DatabaseCreation.create_test_db = create_test_db
    DatabaseCreation._destroy_test_db = _destroy_test_db
