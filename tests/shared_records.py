"""Records built once per test module and shared by its tests, as Django's ``setUpTestData``.

A module fixture builds its records inside a transaction that stays open for the module;
each test that uses them runs in a savepoint inside it (pytest-django's ``db`` fixture
nests), so a test may change the records and the next one still starts from them; the
transaction is rolled back when the module ends. The function-scoped fixture hands each
test a deep copy of the Python objects, as ``setUpTestData`` does, so changing an
instance in memory does not leak either.

    @pytest.fixture(scope="module")
    def world_shared(django_db_setup, django_db_blocker):
        yield from records_for_module(django_db_blocker, build_world)

    @pytest.fixture
    def world(world_shared, db):
        return copy.deepcopy(world_shared)

Module fixtures whose names end in ``_shared`` are ordered by ``order_by_shared_records``
(tests/conftest.py): a module's tests that use none run first, so they never see records
they did not ask for. Transactional tests (a live server) cannot use them.
"""

import sys

import pytest
from django.db import transaction

SHARED_SUFFIX = "_shared"


def records_for_module(django_db_blocker, build):
    """Build records in a transaction kept open until the module ends; yield what ``build`` returns."""
    with django_db_blocker.unblock():
        module_transaction = transaction.atomic()
        module_transaction.__enter__()
        try:
            records = build()
        except BaseException:
            module_transaction.__exit__(*sys.exc_info())
            raise
    try:
        yield records
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            module_transaction.__exit__(None, None, None)


def _shared(item):
    return frozenset(name for name in item.fixturenames if name.endswith(SHARED_SUFFIX))


def _transactional(item):
    marker = item.get_closest_marker("django_db")
    return bool(
        {"transactional_db", "live_server"} & set(item.fixturenames)
        or (marker and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")))
    )


def order_by_shared_records(items):
    """Within each module, tests run by the shared records they use: none first, then more.

    Shared records stay in the database from their module's first test that uses them to
    the module's end, so a test that did not ask for them must run before. The sets a
    module's tests use must nest (``{}``, ``{seeds}``, ``{seeds, world}``); a module mixing
    two that do not is refused, as is a transactional test using shared records.
    """
    for item in items:
        if _shared(item) and _transactional(item):
            raise pytest.UsageError(
                f"{item.nodeid}: a transactional test cannot use records shared by its module "
                f"({', '.join(sorted(_shared(item)))}); build them for the test alone"
            )
    first_position = {}
    for index, item in enumerate(items):
        first_position.setdefault(item.module, index)
    items.sort(key=lambda item: (first_position[item.module], len(_shared(item))))
    by_module = {}
    for item in items:
        by_module.setdefault(item.module, []).append(_shared(item))
    for module, sets in by_module.items():
        for smaller, larger in zip(sets, sets[1:], strict=False):
            if not smaller <= larger:
                raise pytest.UsageError(
                    f"{module.__name__}: its tests share records that do not nest "
                    f"({', '.join(sorted(smaller))} and {', '.join(sorted(larger))}); split the module"
                )
