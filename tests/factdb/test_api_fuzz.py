"""
Property-based fuzzing of the whole API against its own OpenAPI schema (schemathesis).

For every operation in ``/api/schema/``, schemathesis generates requests from the
schema — valid ones, and invalid ones (wrong types, missing fields, values out of
range, overlong and odd unicode strings, unknown parameters) — and sends them through
the WSGI application as a reviewer (who may write, publish and retract) and as an
anonymous client. The only property checked is the one a newsroom relies on: no
request answers 5xx. Examples per operation are bounded and derandomized, so CI runs
the same cases every time; ``FACTDB_FUZZ_EXAMPLES=500`` (and ``FACTDB_FUZZ_SEED``)
search wider locally.
"""

import os

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from hypothesis import HealthCheck, Phase, seed, settings
from rest_framework.authtoken.models import Token
from schemathesis.checks import not_a_server_error

EXAMPLES = int(os.environ.get("FACTDB_FUZZ_EXAMPLES", "20"))
SEED = os.environ.get("FACTDB_FUZZ_SEED")


# Loaded at collection: generating the schema reads no database. One test per operation.
schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", WSGIHandler())


@pytest.fixture
def unthrottled(monkeypatch):
    """Hundreds of requests per test: the rate limits would answer most of them 429."""
    from rest_framework.throttling import AnonRateThrottle, UserRateThrottle

    for throttle in (AnonRateThrottle, UserRateThrottle):
        monkeypatch.setattr(throttle, "THROTTLE_RATES", {"anon": None, "user": None})


def fuzz_settings(test):
    """Bounded, repeatable examples; with FACTDB_FUZZ_SEED, that seed's random ones, shrunk on failure."""
    test = settings(
        max_examples=EXAMPLES,
        derandomize=SEED is None,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate] if SEED is None else list(Phase),
        suppress_health_check=list(HealthCheck),
    )(test)
    return seed(int(SEED))(test) if SEED is not None else test


@schema.parametrize()
@fuzz_settings
def test_no_anonymous_request_answers_a_server_error(case, seeded, unthrottled, direct_wsgi_calls):
    case.call_and_validate(checks=[not_a_server_error])


@schema.parametrize()
@fuzz_settings
def test_no_reviewer_request_answers_a_server_error(case, seeded, reviewer, unthrottled, direct_wsgi_calls):
    # A reviewer may create, change, publish and retract: every write path is reached.
    token, _ = Token.objects.get_or_create(user=reviewer)
    case.call_and_validate(headers={"Authorization": f"Token {token.key}"}, checks=[not_a_server_error])
