"""
Fast bulk loading of generated rows: ``COPY`` on PostgreSQL, ``executemany`` on SQLite.

Rows bypass the ORM (no model instances, no signals, no history rows): they are
tuples in the column order the caller names by model field. Values are adapted the
way Django itself stores them (naive UTC text for SQLite datetimes, hex UUIDs), so
the ORM reads and compares them exactly as rows it wrote itself. Generated columns
(the figure interval) are left to the database.
"""

import uuid
from contextlib import contextmanager
from decimal import Decimal

from django.apps import apps
from django.core.management.color import no_style
from django.db import connection, transaction


def table_and_columns(label, field_names):
    """``("claims_claim", ["id", "uid", …])`` for ``"claims.Claim"``; ``Model_field`` names an M2M table."""
    if "_" in label.split(".")[1]:
        model_label, m2m = label.rsplit("_", 1)
        through = apps.get_model(model_label)._meta.get_field(m2m).remote_field.through
        return through._meta.db_table, [through._meta.get_field(name).column for name in field_names]
    model = apps.get_model(label)
    return model._meta.db_table, [model._meta.get_field(name).column for name in field_names]


class BulkLoader:
    """Loads row batches into tables of the default database."""

    def __init__(self):
        self.vendor = connection.vendor

    @contextmanager
    def session(self):
        """One transaction; on PostgreSQL with triggers off (replica role) until it ends."""
        with transaction.atomic():
            if self.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("SET LOCAL session_replication_role = replica")
            yield self

    def load(self, label, field_names, rows):
        table, columns = table_and_columns(label, field_names)
        if self.vendor == "postgresql":
            self._copy(table, columns, rows)
        else:
            self._insert(table, columns, rows)

    def _copy(self, table, columns, rows):
        quoted = ", ".join(connection.ops.quote_name(column) for column in columns)
        with (
            connection.cursor() as cursor,
            cursor.cursor.copy(f"COPY {connection.ops.quote_name(table)} ({quoted}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(row)

    def _insert(self, table, columns, rows):
        adapt_datetime = connection.ops.adapt_datetimefield_value
        placeholders = ", ".join("?" for _ in columns)
        quoted = ", ".join(connection.ops.quote_name(column) for column in columns)
        sql = f"INSERT INTO {connection.ops.quote_name(table)} ({quoted}) VALUES ({placeholders})"

        def adapted(row):
            return tuple(
                value.hex
                if isinstance(value, uuid.UUID)
                else str(value)
                if isinstance(value, Decimal)
                else adapt_datetime(value)
                if hasattr(value, "tzinfo") and hasattr(value, "hour")
                else value.isoformat()
                if hasattr(value, "isoformat")
                else value
                for value in row
            )

        with connection.cursor() as cursor:
            cursor.executemany(sql, (adapted(row) for row in rows))

    def reset_sequences(self, labels):
        """After loading explicit ids, let new rows continue after the largest one (PostgreSQL)."""
        models = [apps.get_model(label) for label in labels]
        with connection.cursor() as cursor:
            for statement in connection.ops.sequence_reset_sql(no_style(), models):
                cursor.execute(statement)

    def analyze(self):
        """Refresh the planner's statistics so it picks the indexes the API's queries need.

        On PostgreSQL ``VACUUM`` also marks the fresh pages all-visible, which index-only
        scans need; it cannot run inside a transaction, so call this after ``session()``.
        """
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE" if self.vendor == "postgresql" else "ANALYZE")
