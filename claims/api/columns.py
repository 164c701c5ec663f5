"""
Raw database values as JSON values, for the hot path of the claims endpoint.

``payloads.ClaimPayloads`` reads rows with a plain cursor (the SQL still comes from
the ORM) and skips Django's per-value converters. What each backend hands back
differs, so ``RawColumns.for_connection()`` picks how columns are selected and read:

* SQLite stores timestamps as UTC text ("2025-07-01 10:00:00.5") and dates as ISO
  text. They are selected as text (``CAST … AS text``), which spares sqlite3's
  per-value date parsing, and timestamps are rewritten to RFC 3339 ("…T…Z"). UUIDs
  come as 32 hex digits, figures as integers or floats.
* PostgreSQL (psycopg) returns aware ``datetime``s, ``date``s, ``UUID``s and
  ``Decimal``s, which orjson writes as DRF does.

Figures become JSON numbers either way (``claims.figures.json_number``).
"""

from decimal import Decimal
from functools import lru_cache

from django.db.models import F, TextField
from django.db.models.functions import Cast

from ..figures import format_figure


def _decimal(value):
    # str() first: a float's shortest form ("1.37"), not its binary expansion.
    return None if value is None else value if isinstance(value, Decimal) else Decimal(str(value))


@lru_cache(maxsize=4096)
def figure_display(value, value_max, qualifier, unit):
    """``format_figure()`` for raw values; figures repeat a lot, so readings are cached."""
    return format_figure(_decimal(value), _decimal(value_max), qualifier, unit)


def _sqlite_timestamp(text):
    return None if text is None else f"{text.replace(' ', 'T')}Z"


def _sqlite_uuid(text):
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def _unchanged(value):
    return value


class RawColumns:
    """How one database backend's columns are selected and read."""

    def __init__(self, *, temporal_as_text, timestamp, uuid):
        self.temporal_as_text, self.timestamp, self.uuid = temporal_as_text, timestamp, uuid

    @classmethod
    def for_connection(cls, connection):
        if connection.vendor == "sqlite":
            return cls(temporal_as_text=True, timestamp=_sqlite_timestamp, uuid=_sqlite_uuid)
        return cls(temporal_as_text=False, timestamp=_unchanged, uuid=_unchanged)

    def select(self, columns, temporal):
        """``values_list()`` arguments for ``columns``; the ``temporal`` ones as text where stored so."""
        if not self.temporal_as_text:
            return list(columns)
        return [Cast(F(name), TextField()) if name in temporal else name for name in columns]
