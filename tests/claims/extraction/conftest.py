"""The extractor reads text and nothing else: its tests run once, in the SQLite pass.

Every test here (the rules on invented sentences, the corpora, the real-news floors) calls
pure standard-library Python and never the database under test, so the PostgreSQL pass
would repeat the same computation: about a tenth of the suite's time, growing with each
blind set. They are marked ``database_independent`` (``tests/conftest.py`` skips those on
PostgreSQL, with the reason shown). A test here that does ask for the database keeps
running on both, so adding one cannot lose PostgreSQL's coverage without a word.
"""

from pathlib import Path

import pytest

HERE = Path(__file__).parent
DATABASE_FIXTURES = {"db", "transactional_db", "django_db_reset_sequences", "django_db_serialized_rollback"}


def pytest_collection_modifyitems(items):
    for item in items:
        if HERE not in Path(item.path).parents:
            continue
        uses_database = item.get_closest_marker("django_db") or DATABASE_FIXTURES & set(
            getattr(item, "fixturenames", ())
        )
        if not uses_database:
            item.add_marker(pytest.mark.database_independent)
