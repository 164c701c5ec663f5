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

Schemathesis varies one operation's parameters mostly one at a time, so a second test
combines them: for each list endpoint, hypothesis picks several of its query parameters
at once (filters with ``count``, ``facet``, ``ordering``, ``q``, ``cursor``) and gives
each a value that means something in the seeded data (a slug, a unit, an enum member, a
search word) or a hostile one (another script's digits, a NUL, an overlong string).
``count=true`` with ``q`` answered 500 on PostgreSQL until this test; it runs on both
databases (``.ci/run`` runs the suite on each).
"""

import os

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st
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


# --- Parameters combined ------------------------------------------------------------------

COMBINED_EXAMPLES = int(os.environ.get("FACTDB_FUZZ_COMBINED_EXAMPLES", "30"))
LIST_OPERATIONS = {
    path: operation["get"]
    for path, operation in schema.raw_schema["paths"].items()
    if "get" in operation and "{" not in path and path.startswith("/api/v1/") and "cursor" in str(operation["get"])
}
# Values every parameter may get, whatever its type: the hostile ones.
HOSTILE = ["", " ", "\x00", "\u0661", "1_000", "-1", "9" * 30, "x" * 600, "%", "a,b,,c", "🪖"]
# Values that mean something in the seeded data, by parameter name.
MEANINGFUL = {
    "q": ["troops", "kursk troops", '"north korea"', "troops -drones", "drones or troops", "intelligence"],
    "count": ["true", "false", "1"],
    "page_size": ["1", "2", "500"],
    "value_min": ["0", "1000", "12000.5", "-5", "1e3"],
    "value_max": ["100000", "12000", "0"],
    "unit": ["troops", "troops,soldiers", "percent"],
    "place": ["Kursk", "Russia"],
    "updated_since": ["2020-01-01T00:00:00Z", "2030-01-01"],
    "cursor": ["eyJvIjoibmFtZSxpZCIsImsiOlsiYSIsMV19", "eyJvIjoiaWQiLCJrIjpbMV19"],  # name,id / id
}
DATES = ["2024-01-01", "2025-12-31", "1900-01-01"]
BOOLEANS = ["true", "false"]


def parameter_values(parameter, slugs):
    """A strategy of text values for one OpenAPI query parameter."""
    name, spec = parameter["name"], parameter.get("schema", {})
    meaningful = list(MEANINGFUL.get(name, []))
    enum = spec.get("enum") or spec.get("items", {}).get("enum")
    if enum:
        meaningful += [*enum, ",".join(enum[:2])]
    elif spec.get("type") == "boolean":
        meaningful += BOOLEANS
    elif name.endswith(("_after", "_before")):
        meaningful += DATES
    elif spec.get("type") == "array":
        meaningful += slugs
    return (
        st.sampled_from(meaningful or ["a"])
        if not meaningful
        else st.one_of(st.sampled_from(meaningful), st.sampled_from(meaningful), st.sampled_from(HOSTILE))
    )


# Parameters that change what a page is rather than which rows: each is in about half the
# examples, so every pair of them meets often (``count`` with ``q`` was a 500).
PAGE_PARAMETERS = ("count", "facet", "ordering", "q", "page_size", "cursor")


def combined_parameters(operation, slugs):
    """Some of the operation's page parameters with one to four of its filters (if it has any), with values."""
    parameters = [parameter for parameter in operation.get("parameters", []) if parameter["in"] == "query"]
    parameters = [parameter for parameter in parameters if parameter["name"] != "format"]  # exports: tested apart
    by_name = {parameter["name"]: parameter_values(parameter, slugs) for parameter in parameters}
    page = [name for name in PAGE_PARAMETERS if name in by_name]
    filters = sorted(set(by_name) - set(page))
    names = st.tuples(
        st.tuples(*[st.sampled_from([(), (name,)]) for name in page]),
        st.lists(st.sampled_from(filters), min_size=1, max_size=4, unique=True) if filters else st.just([]),
    ).map(lambda chosen: [name for group in chosen[0] for name in group] + chosen[1])
    return names.flatmap(lambda chosen: st.fixed_dictionaries({name: by_name[name] for name in chosen}))


@pytest.fixture
def seeded_slugs(seeded):
    """Slugs and ids of the seeded records, as list parameters name them."""
    from claims.models import Metric, Tag
    from sources.models import Actor, Outlet

    slugs = []
    for model in (Actor, Outlet, Metric, Tag):
        slugs += [str(value) for row in model.objects.values_list("slug", "pk")[:3] for value in row]
    return slugs


@pytest.mark.parametrize("path", sorted(LIST_OPERATIONS))
def test_combined_list_parameters_never_answer_a_server_error(path, seeded_slugs, reviewer_api, api, unthrottled):
    @settings(
        max_examples=COMBINED_EXAMPLES if path == "/api/v1/claims/" else max(5, COMBINED_EXAMPLES // 3),
        derandomize=SEED is None,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(params=combined_parameters(LIST_OPERATIONS[path], seeded_slugs), as_reviewer=st.booleans())
    def check(params, as_reviewer):
        response = (reviewer_api if as_reviewer else api).get(path, params)
        assert response.status_code < 500, (params, response.content[:300])

    check()
