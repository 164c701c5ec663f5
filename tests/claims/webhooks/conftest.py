import pytest
from django.core.management import call_command

from .receiver import Receiver


@pytest.fixture
def receiver():
    running = Receiver().start()
    yield running
    running.stop()


@pytest.fixture
def run_worker():
    """Run the real worker (``manage.py db_worker``) until no task is due, in this process."""

    def run():
        call_command("db_worker", "--batch", "--no-reload", "--no-startup-delay", "--interval", "0", verbosity=0)

    return run


@pytest.fixture
def fast_retries(settings):
    settings.FACTDB_WEBHOOK_BACKOFF_SECONDS = 1
    settings.FACTDB_WEBHOOK_MAX_ATTEMPTS = 3
    settings.FACTDB_WEBHOOK_TIMEOUT = 2
    return settings
