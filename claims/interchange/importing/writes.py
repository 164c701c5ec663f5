"""
What imports need when they write: a history reason that fits its column, and a readable
reason when the database refuses a record.

Every write goes through ``full_clean`` first, but some refusals only the database can
give: a review or source saved by another import between our look-up and our insert (a
duplicate unique key), or a value longer than its column where validation does not see
it. Imports catch these per record, inside that record's savepoint.
"""

from django.db import DataError, IntegrityError

from ...models import Claim

# Errors that belong to the record being written. Others (OperationalError: a lost
# connection, a locked database) would fail every following record too, so they end the
# import, and its transaction writes nothing.
REFUSED_BY_DATABASE = (IntegrityError, DataError)


def change_reason(verb, filename):
    """``"imported from kursk.jsonld"``, clipped to simple-history's ``history_change_reason``.

    The reason is a ``varchar(100)`` by default: PostgreSQL refuses a longer one (SQLite
    stores it), and uploads and command-line paths are often longer. The start of a long
    path is dropped, so the file's own name stays readable.
    """
    text = f"{verb} {filename}"
    length = Claim.history.model._meta.get_field("history_change_reason").max_length
    if length is None or len(text) <= length:
        return text
    room = length - len(verb) - 2  # a space and the ellipsis
    return f"{verb} …{filename[-room:]}" if room > 0 else text[:length]


def database_message(error):
    """The first line of what the database said ("value too long for type character varying(100)")."""
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


def refusal_reason(error, what="it"):
    """Why the database refused ``what`` (a record, a row), in one line, for an import's report."""
    reason = f"the database refused {what} ({database_message(error)})"
    if isinstance(error, IntegrityError):
        reason += "; if another import saved the same record meanwhile, importing again finds it"
    return reason
