"""On PostgreSQL, the tests empty the database with ``DELETE``, not ``TRUNCATE``.

A transactional test (a live server for the browser journeys, the races, the backups,
the webhook worker) cannot be rolled back: Django empties every table after it with
``flush``, which on PostgreSQL is one ``TRUNCATE`` of all of them. ``TRUNCATE`` gives each
table a new file and drops the old one, whatever it held: 2.5–3.6 s for the 46 tables on
the loaded machine, against 0.05 s to delete the rows a test leaves. With some 80
transactional tests that was the largest difference between the PostgreSQL and the SQLite
runs (SQLite's flush deletes already).

The tables are emptied all the same: every row of every table Django knows, in one
transaction, the foreign keys checked at its end (Django creates them ``DEFERRABLE
INITIALLY DEFERRED``), so the order of the tables does not matter. Sequences are not
restarted, as with the ``TRUNCATE`` it replaces; a flush that restarts them
(``reset_sequences=True``) or cascades to tables outside the list keeps Django's ``TRUNCATE``. Only the tests
use this (``install()`` from ``tests/conftest.py``); the ``flush`` command of a deployment
is Django's own.
"""

from django.db.backends.postgresql.operations import DatabaseOperations

_truncate = DatabaseOperations.sql_flush


def sql_flush(self, style, tables, *, reset_sequences=False, allow_cascade=False):
    """Django's ``sql_flush`` for PostgreSQL, deleting the rows instead of truncating the tables."""
    if reset_sequences or allow_cascade or not tables:
        return _truncate(self, style, tables, reset_sequences=reset_sequences, allow_cascade=allow_cascade)
    return [
        f"{style.SQL_KEYWORD('SET CONSTRAINTS ALL DEFERRED')};",
        *(f"{style.SQL_KEYWORD('DELETE FROM')} {style.SQL_FIELD(self.quote_name(table))};" for table in tables),
    ]


def install():
    DatabaseOperations.sql_flush = sql_flush
