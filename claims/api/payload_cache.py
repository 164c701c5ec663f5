"""
``ClaimPayloadCache``: claim payloads a SQLite connection has built, kept until the database changes.

Reading a page of 100 claims with their chains and tags and building their payloads
is most of what the claims list costs (``payloads.ClaimPayloads``). Readers ask for the
same claims again and again — the newest claims, a speaker's, a unit's — while the
data changes a few times an hour, so each connection keeps the payloads it built and
serves them again for as long as the database is unchanged.

"Unchanged" is SQLite's own answer, so a payload is never older than the last write:
``PRAGMA data_version`` changes when any other connection commits (another worker, a
management command, an import), and the connection's ``total_changes`` when it writes
itself; either empties the whole cache. The cache is never used inside a transaction,
whose reads could include writes that are then rolled back. Which claims a request
gets is always asked of the database (the page query runs every time); only their
payloads are reused.

PostgreSQL has no change counter that is as cheap to read, and its pages are fast
enough without one, so payloads are always built there.

The cache holds at most ``FACTDB_CLAIM_PAYLOAD_CACHE`` claims per connection (setting,
default 5,000, about 5 KB each; 0 turns it off), least recently used first out. Cached
payloads are shared between requests: callers must copy a payload before changing it.
"""

from collections import OrderedDict

from django.conf import settings


class ClaimPayloadCache:
    """Payloads by (API prefix, claim id) for one SQLite connection, valid while its database is unchanged."""

    def __init__(self, capacity):
        self.capacity = capacity
        self._payloads = OrderedDict()
        self._database = None  # the sqlite3 connection the payloads were read through
        self._state = None  # (data_version, total_changes) when they were

    @classmethod
    def for_connection(cls, connection):
        """The cache to use for ``connection`` now, emptied if the database changed; None where none applies."""
        capacity = settings.FACTDB_CLAIM_PAYLOAD_CACHE
        if connection.vendor != "sqlite" or capacity <= 0 or connection.in_atomic_block:
            return None
        connection.ensure_connection()
        cache = getattr(connection, "claim_payload_cache", None)
        if cache is None or cache.capacity != capacity:
            cache = connection.claim_payload_cache = cls(capacity)
        cache.revalidate(connection.connection)
        return cache

    def revalidate(self, database):
        """Forget every payload if ``database`` (a sqlite3 connection) is not the one they came from,
        or if it has changed since."""
        state = (database.execute("PRAGMA data_version").fetchone()[0], database.total_changes)
        if database is not self._database or state != self._state:
            self._payloads.clear()
            self._database, self._state = database, state

    def get_many(self, scope, ids):
        """The cached payloads of these claim ids, by id (missing ids are left out)."""
        payloads, found = self._payloads, {}
        for pk in ids:
            payload = payloads.get((scope, pk))
            if payload is not None:
                payloads.move_to_end((scope, pk))
                found[pk] = payload
        return found

    def put_many(self, scope, payloads):
        """Keep these payloads (each with its ``id``), dropping the least recently used beyond capacity."""
        cached = self._payloads
        for payload in payloads:
            cached[(scope, payload["id"])] = payload
        while len(cached) > self.capacity:
            cached.popitem(last=False)

    def __len__(self):
        return len(self._payloads)
