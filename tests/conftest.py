"""Shared fixtures: users in each newsroom role, logged-in clients, seeds, claim factory."""

from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from claims.roles import EDITORS, REVIEWERS
from claims.seeding import load_seeds

from . import fast_flush, postgres_databases, sqlite_databases
from .factories import ClaimFactory, make_newsroom_user
from .shared_records import order_by_shared_records, records_for_module

SEEDS_DIR = Path(settings.BASE_DIR) / "seeds"

# Django's default PBKDF2 hasher costs 0.35-0.5 s a password on this machine, and the suite
# creates a few thousand users: hashing was three quarters of the run. Tests hash with MD5;
# test_obtain_token_endpoint (tests/claims/api/test_access.py) keeps the production hasher.
PRODUCTION_PASSWORD_HASHERS = list(settings.PASSWORD_HASHERS)
settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# Transactional tests empty the database after them: on PostgreSQL with DELETE, not a
# TRUNCATE of every table (tests/fast_flush.py says why).
fast_flush.install()
# Each PostgreSQL test database is a copy of one migrated once (tests/postgres_databases.py).
postgres_databases.install()
# Each SQLite test database is restored from one migrated file (tests/sqlite_databases.py).
sqlite_databases.install()


def pytest_runtest_setup(item):
    if item.get_closest_marker("postgres") and connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: run with DATABASE_URL=postgres://… (as .ci/run does)")
    if item.get_closest_marker("sqlite") and connection.vendor != "sqlite":
        pytest.skip("tests SQLite-only behaviour: run without DATABASE_URL (as .ci/run does)")
    if item.get_closest_marker("database_independent") and connection.vendor != "sqlite":
        pytest.skip(
            "does not use the database under test (its own SQLite file, settings, or text only): the SQLite pass runs it"
        )


@pytest.fixture
def editor(db):
    """A fact-checker who creates and edits, but may not publish."""
    return make_newsroom_user("eddie", [EDITORS])


@pytest.fixture
def reviewer(db):
    """A fact-checker who also publishes, retracts and reviews."""
    return make_newsroom_user("rita", [REVIEWERS])


@pytest.fixture
def superuser(db, django_user_model):
    return django_user_model.objects.create_superuser(username="root", password="pw-root", email="root@example.org")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def reviewer_client(client, reviewer):
    client.force_login(reviewer)
    return client


@pytest.fixture(scope="module")
def seeds_shared(django_db_setup, django_db_blocker):
    """The curated seeds, loaded once per test module (``tests.shared_records``)."""
    yield from records_for_module(django_db_blocker, lambda: load_seeds(SEEDS_DIR))


@pytest.fixture
def seeded(seeds_shared, db):
    """The curated seed data: loaded once per module, and every test sees it unchanged."""
    return seeds_shared


@pytest.fixture
def seeded_per_test(transactional_db):
    """The seeds for a transactional test (a live server, a backup), loaded for it alone."""
    return load_seeds(SEEDS_DIR)


def pytest_collection_modifyitems(items):
    _give_each_test_its_own_node_id(items)
    order_by_shared_records(items)


def _give_each_test_its_own_node_id(items):
    """schemathesis 4 on pytest 9 names its tests ``test[GET /api/v1/claims/]`` but gives all
    of one function the same node id; pytest-xdist schedules by node id, so it ran one
    operation of each fuzz test and dropped the others without a word. The operation
    goes back into the id (tests/test_collection.py keeps ids unique)."""
    import dataclasses
    from collections import Counter

    counts = Counter(item.nodeid for item in items)
    for item in items:
        if counts[item.nodeid] > 1 and item.name.endswith("]") and not item.nodeid.endswith("]"):
            item._id = dataclasses.replace(item._id, params=item.name.partition("[")[2][:-1])


@pytest.fixture(scope="session")
def migrated_sqlite_file():
    """``migrated_sqlite_file(path)`` copies a migrated SQLite file to ``path`` and returns
    ``DATABASE_URL`` for it: for tests that run ``manage.py`` in a subprocess on a database
    of their own. Migrating one costs 10 s or more, so the migrated file is kept
    (``tests.migrated.sqlite_file()``) and migrated again only when the migrations change."""
    import shutil

    from . import migrated

    template = migrated.sqlite_file()

    def copy_to(path):
        shutil.copyfile(template, path)
        return f"sqlite:///{path}"

    return copy_to


@pytest.fixture
def make_claim(db):
    """Build saved claims with a one-link chain: ``make_claim(value=12000, unit="troops")``."""
    return ClaimFactory()


# --- API clients (tests/claims/api, tests/sources/api) ----------------------------------


@pytest.fixture
def api():
    """An anonymous REST API client."""
    from rest_framework.test import APIClient

    return APIClient()


@pytest.fixture
def token_client(db):
    """``token_client(user)``: an API client sending ``Authorization: Token …`` for ``user``."""
    from rest_framework.authtoken.models import Token
    from rest_framework.test import APIClient

    def make(user):
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
        return client

    return make


@pytest.fixture
def editor_api(token_client, editor):
    return token_client(editor)


@pytest.fixture
def reviewer_api(token_client, reviewer):
    return token_client(reviewer)


@pytest.fixture(autouse=True)
def fresh_api_throttles():
    """Each test starts with empty throttle counters (they live in the cache)."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def direct_wsgi_calls():
    """Call the WSGI application directly (not through Django's test client) inside a test.

    Django closes database connections at the end of each request that it sees inside an
    unfinished transaction; the test client switches that off, and this does the same, so
    the test's own transaction (and on PostgreSQL, its connection) survives the request.
    """
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def race_server(live_server, monkeypatch):
    """The live server for racing requests (``tests.races``), each request on a connection of its own.

    The live server answers each request in a new thread; with the settings' CONN_MAX_AGE
    those threads' connections would outlive them, and PostgreSQL would refuse to drop
    the test database at the end. Here each request closes its connection when done.
    """
    from django.db import connections

    monkeypatch.setitem(connections.settings["default"], "CONN_MAX_AGE", 0)
    return live_server
