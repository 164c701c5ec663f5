"""
Hostile and malformed input (issue 7): every case answers the exact 4xx, names what was
wrong, and writes nothing.

Tables, one row per case: query parameters on the list endpoints (as anonymous and as
a reviewer's token), request bodies on claim create, replace and change (as an
editor's token), and workflow steps. Each case checks the status, that the error body
names the field or parameter, and that no row of claims, chains, tags, sources,
speakers or history was added or changed. The four 500s that started this file are
marked "once a 500".
"""

import base64
import copy

import pytest
from django.contrib.auth import get_user_model

from claims.api.writes import MAX_CHAIN_LINKS, MAX_SOURCES, MAX_TAGS
from claims.models import Attribution, Claim, Metric, Tag
from claims.search import MAX_SEARCH_LENGTH, MAX_SEARCH_TERMS
from factdb.filters import MAX_TEXT_LENGTH, MAX_VALUES
from sources.models import Actor, Outlet, Source
from tests.factories import ClaimFactory, claim_write_body, make_actor, make_outlet, make_source
from tests.shared_records import records_for_module

CLAIMS = "/api/v1/claims/"
# Longer than SQLite's LIKE pattern limit (50,000 bytes): once a 500 on every text filter.
HUGE_TEXT = "a%" * 25_001
# About a thousand words: once a 500 on SQLite ("Expression tree is too large").
THOUSAND_WORDS = " ".join(["kursk", "troops", "drones"] * 334)[:3001]


def build_world():
    """One published claim with a two-link chain, the records it names, and a tag and metric."""
    make_claim = ClaimFactory()
    outlet = make_outlet("Daily8", slug="daily8")
    source = make_source(outlet=outlet, title="Kursk story", url="https://daily8.example/kursk")
    other_source = make_source(outlet=outlet, title="Second story")
    relay = make_actor("South Korean lawmakers", kind="group", slug="lawmakers")
    origin = make_actor("National Intelligence Service", kind="agency", slug="nis")
    anonymous = make_actor("Anonymous sources", kind="anonymous", slug="anon")
    tag = Tag.objects.create(name="Kursk", slug="kursk")
    metric = Metric.objects.create(name="Troops in Kursk", slug="troops-in-kursk", unit="troops")
    claim = make_claim(
        statement="About 4,000 more soldiers",
        quote="about 4,000 soldiers",
        value=4000,
        qualifier="approx",
        unit="soldiers",
        place="Kursk",
        status="published",
        source=source,
        actor=origin,
    )
    return {
        "claim": claim,
        "source": source,
        "other_source": other_source,
        "relay": relay,
        "origin": origin,
        "anonymous": anonymous,
        "tag": tag,
        "metric": metric,
    }


@pytest.fixture(scope="module")
def world_shared(django_db_setup, django_db_blocker):
    """Built once for the module; each case runs in a savepoint of it (tests/shared_records.py)."""
    yield from records_for_module(django_db_blocker, build_world)


@pytest.fixture
def world(world_shared, db):
    return copy.deepcopy(world_shared)


def snapshot():
    """What a failed request must leave as it was: every row count, and each claim's version."""
    history = [Claim.history.model, Attribution.history.model]
    counts = {
        model.__name__: model.objects.count()
        for model in (
            Claim,
            Attribution,
            Claim.tags.through,
            Tag,
            Metric,
            Source,
            Actor,
            Outlet,
            get_user_model(),
            *history,
        )
    }
    return counts, dict(Claim.objects.values_list("pk", "version"))


def error_names(response, name):
    """Whether the error body names ``name`` (as a key, at any depth, or in ``detail``)."""
    body = response.json()

    def walk(node):
        if isinstance(node, dict):
            return name in node or any(walk(value) for value in node.values())
        if isinstance(node, list):
            return any(walk(item) for item in node)
        return isinstance(node, str) and name in node

    return walk(body)


@pytest.fixture(params=["anonymous", "reviewer"])
def reader(request, api, token_client, db):
    if request.param == "anonymous":
        return api
    return token_client(request.getfixturevalue("reviewer"))


# --- Query parameters ---------------------------------------------------------------------

A_CURSOR_OF_ANOTHER_ORDERING = "eyJvIjoidmFsdWUsaWQiLCJrIjpbMSwxXX0"  # {"o":"value,id","k":[1,1]}


def cursor(token):
    """A hand-made cursor: ``token`` (JSON text) as the ``next`` links encode it."""
    return base64.urlsafe_b64encode(token.encode()).decode().rstrip("=")


# A NUL in a cursor's text key: once a 500 on PostgreSQL (which refuses NUL in text).
NUL_CURSOR = cursor('{"o":"name,id","k":["\\u0000",1]}')

QUERY_CASES = [
    # (endpoint, parameters, the parameter the 400 names). Hostile values only: plain wrong
    # values of each claims filter are tested once, where the filters are
    # (tests/claims/api/test_claims.py::test_bad_input_is_400_naming_the_parameter).
    (CLAIMS, {"q": THOUSAND_WORDS}, "q"),  # once a 500
    (CLAIMS, {"q": " ".join(f"w{n}" for n in range(MAX_SEARCH_TERMS + 1))}, "q"),
    (CLAIMS, {"q": HUGE_TEXT}, "q"),  # once a 500
    (CLAIMS, {"q": "x" * (MAX_SEARCH_LENGTH + 1)}, "q"),
    (CLAIMS, {"q": '"'}, "q"),  # once a 500: no word to search for
    (CLAIMS, {"q": "or or"}, "q"),
    (CLAIMS, {"q": "-drones"}, "q"),
    (CLAIMS, {"q": "kursk\x00"}, "q"),
    (CLAIMS, {"place": HUGE_TEXT}, "place"),  # once a 500
    (CLAIMS, {"place": "k" * (MAX_TEXT_LENGTH + 1)}, "place"),
    ("/api/v1/sources/", {"title": HUGE_TEXT}, "title"),  # once a 500
    ("/api/v1/actors/", {"name": HUGE_TEXT}, "name"),  # once a 500
    ("/api/v1/outlets/", {"name": HUGE_TEXT}, "name"),
    (CLAIMS, {"unit": ",".join(f"u{n}" for n in range(MAX_VALUES + 1))}, "unit"),
    (CLAIMS, {"unit": "u" * (MAX_TEXT_LENGTH + 1)}, "unit"),
    (CLAIMS, {"actor": "9" * 5000}, "actor"),
    (CLAIMS, {"value_min": "NaN"}, "value_min"),
    (CLAIMS, {"value_min": "Infinity"}, "value_min"),
    (CLAIMS, {"value_min": "-Infinity"}, "value_min"),
    (CLAIMS, {"value_max": "nan"}, "value_max"),
    (CLAIMS, {"value_min": "1e400"}, "value_min"),
    (CLAIMS, {"value_min": "1" + "0" * 100}, "value_min"),
    (CLAIMS, {"value_match": HUGE_TEXT, "value_min": "5"}, "value_match"),
    (CLAIMS, {"value_match": "within", "value_max": "nan"}, "value_max"),
    (CLAIMS, {"format": HUGE_TEXT}, "format"),  # once a 404 "Not found."
    ("/api/v1/tags/", {"format": "xlsx"}, "format"),  # once a 404: only claims come as files
    ("/api/v1/", {"format": "pdf"}, "format"),
    (CLAIMS, {"updated_since": "9999-12-31T23:59:59-14:00"}, "updated_since"),
    (CLAIMS, {"updated_since": "0001-01-01T00:00:00+14:00"}, "updated_since"),
    (CLAIMS, {"page_size": "-1"}, "page_size"),
    (CLAIMS, {"page_size": "9" * 5000}, "page_size"),
    (CLAIMS, {"cursor": "e30"}, "cursor"),  # {}
    (CLAIMS, {"cursor": A_CURSOR_OF_ANOTHER_ORDERING}, "cursor"),
    ("/api/v1/sources/", {"page_size": "0"}, "page_size"),
    ("/api/v1/tags/", {"cursor": "zz"}, "cursor"),
    *[(f"/api/v1/{name}/", {"cursor": NUL_CURSOR}, "cursor") for name in ("outlets", "actors", "metrics", "tags")],
    (CLAIMS, {"cursor": cursor('{"o":"-search_rank,-id","k":["\\u0000",1]}'), "q": "kursk"}, "cursor"),
    # Parameters take ASCII digits only: "١" is not 1, "1_000" not 1000 (once both accepted).
    (CLAIMS, {"value_min": "1_000"}, "value_min"),
    (CLAIMS, {"value_max": "\u0661\u0662"}, "value_max"),  # Arabic-Indic "12"
    (CLAIMS, {"value_min": "\uff11"}, "value_min"),  # a fullwidth 1
    (CLAIMS, {"page_size": "\u0661"}, "page_size"),
    (CLAIMS, {"published_after": "\u0662\u0660\u0662\u0665-01-01"}, "published_after"),
    (CLAIMS, {"updated_since": "\u0662\u0660\u0662\u0665-01-01T00:00:00Z"}, "updated_since"),
    ("/api/v1/sources/", {"published_before": "\u0662\u0660\u0662\u0665-01-01"}, "published_before"),
    ("/api/v1/sheets/", {"page_size": "501"}, "page_size"),
    ("/api/v1/reviews/", {"bogus": "1"}, "bogus"),
]


@pytest.mark.parametrize("url, params, parameter", QUERY_CASES)
def test_bad_query_parameter_is_400_naming_it(world, reader, url, params, parameter):
    before = snapshot()
    response = reader.get(url, params)
    assert response.status_code == 400, response.content[:300]
    assert error_names(response, parameter), response.json()
    assert snapshot() == before


def arabic_indic(number):
    return str(number).translate({ord(digit): 0x0660 + int(digit) for digit in "0123456789"})


@pytest.mark.parametrize("parameter", ["actor", "origin"])
def test_a_record_id_in_other_digits_names_no_record(world, reader, parameter):
    """ "١" named speaker 1 in claim bodies; parameters must refuse it as they refuse any unknown name."""
    response = reader.get(CLAIMS, {parameter: arabic_indic(world["origin"].pk)})
    assert response.status_code == 400, response.content[:300]
    assert error_names(response, parameter)


@pytest.mark.parametrize(
    "params",
    [
        {"count": "true", "q": "soldiers"},  # once a 500 on PostgreSQL ('SearchVectorField' has no 'model')
        {"count": "true", "q": "soldiers", "facet": "unit,qualifier", "status": "published"},
        {"count": "true", "q": "soldiers", "ordering": "-value", "value_min": "10", "unit": "soldiers"},
        {"count": "1", "q": "soldiers -drones", "place": "Kursk", "page_size": "1", "facet": "outlet"},
    ],
)
def test_search_combines_with_count_facets_and_filters(world, reader, params):
    response = reader.get(CLAIMS, params)
    assert response.status_code == 200, response.content[:300]
    body = response.json()
    assert body["count"] == len(body["results"]) == 1
    assert body["results"][0]["id"] == world["claim"].pk


def test_search_cursor_pages_through_a_counted_search(world, make_claim, reader):
    make_claim(statement="More soldiers in Kursk", value=5000, unit="soldiers", status="published")
    first = reader.get(CLAIMS, {"q": "soldiers", "count": "true", "page_size": "1"}).json()
    assert first["count"] == 2 and first["next"]
    second = reader.get(first["next"])
    assert second.status_code == 200, second.content[:300]
    assert {first["results"][0]["id"], second.json()["results"][0]["id"]} == set(
        Claim.objects.filter(status="published").values_list("pk", flat=True)
    )


@pytest.mark.parametrize(
    "params, parameter",
    [
        ({"q": HUGE_TEXT}, "q"),
        ({"place": HUGE_TEXT}, "place"),
        ({"q": THOUSAND_WORDS}, "q"),
        ({"unit": "u" * (MAX_TEXT_LENGTH + 1)}, "unit"),
    ],
)
@pytest.mark.parametrize("file_format", ["csv", "xlsx", "sheet-json", "claimreview"])
def test_export_refuses_bad_parameters_before_it_streams(world, api, params, parameter, file_format):
    """The claim sheet export answered 200 and broke off mid-stream; now it is a 400 before any row."""
    response = api.get(CLAIMS, {**params, "format": file_format})
    assert response.status_code == 400
    assert not response.streaming
    assert parameter in response.content.decode()


@pytest.mark.parametrize(
    "q, found",
    [
        ("4,000", True),
        ("%", False),  # a literal percent sign, not a wildcard
        ("_", False),
        ("\u200f\u202ekursk", False),  # right-to-left marks glued to the word
        ("🪖", False),
        ("soldiers\u0301", False),  # a combining accent
        ("³", False),
        (" ".join(["soldiers"] * MAX_SEARCH_TERMS), True),  # the most words a search may have
    ],
)
def test_unusual_but_valid_search_text_is_searched_as_text(world, reader, q, found):
    response = reader.get(CLAIMS, {"q": q})
    assert response.status_code == 200, response.content[:300]
    assert bool(response.json()["results"]) is found


# --- Request bodies -----------------------------------------------------------------------


def chain(*links, source="source"):
    return lambda world: {"sources": [{"id": world[source].pk, "chain": list(links)}]}


# Raw JSON bodies the test client could not write itself: (label, body text, what the 400 names).
RAW_BODIES = [
    ("invalid JSON", '{"statement": "x",', "JSON parse error"),
    ("not an object", "[1, 2]", "non_field_errors"),
    ("nested too deeply", "[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ("NaN token", '{"value": NaN}', "NaN"),
    ("Infinity token", '{"value": Infinity}', "Infinity"),
    ("-Infinity token", '{"value_max": -Infinity}', "Infinity"),
    ("1e400 token", '{"value": 1e400}', "value"),
    ("a 100-digit number", '{"value": 1' + "0" * 100 + "}", "value"),
    ("a 5,000-digit number", '{"value": ' + "9" * 5000 + "}", "JSON parse error"),
    ("lone surrogate in text", '{"statement": "\\ud800"}', "statement"),
    ("lone surrogate in a choice", '{"qualifier": "\\udfff"}', "qualifier"),
    ("lone surrogate as a tag", '{"tags": ["\\ud83d"]}', "tags"),
    ("lone surrogate as a field name", '{"\\ud800": 1}', "\ud800"),
    ("invalid UTF-8", b'{"statement": "\xff\xfe"}', "JSON parse error"),
]

# Bodies as data: (label, overrides of a valid body (or a function of the world), what the 400 names).
BAD_BODIES = [
    ("NaN as a string", {"value": "NaN"}, "value"),
    ("Infinity as a string", {"value": "Infinity"}, "value"),
    ("NaN upper end", {"value_max": "nan"}, "value_max"),
    ("1e400 as a string", {"value": "1e400"}, "value"),
    ("10**100", {"value": 10**100}, "value"),
    ("text for a number", {"value": "lots"}, "value"),
    ("a boolean for a number", {"value": True}, "value"),
    ("a list for a number", {"value": [4000]}, "value"),
    ("a number for text", {"statement": 5}, "statement"),
    ("null for text", {"statement": None}, "statement"),
    ("an unknown choice", {"qualifier": "roughly"}, "qualifier"),
    ("a date that is not one", {"period_start": "2025-02-30"}, "period_start"),
    ("year 99999", {"period_start": "99999-01-01"}, "period_start"),
    ("overlong statement", {"statement": "s" * 501}, "statement"),
    ("overlong place", {"place": "p" * 201}, "place"),
    ("overlong unit", {"unit": "u" * 10_000}, "unit"),
    ("NUL in text", {"statement": "four\x00thousand"}, "statement"),
    ("NUL as a slug", {"metric": "\x00"}, "metric"),
    ("overlong slug", {"metric": "m" * 100_000}, "metric"),
    ("an unknown metric", {"metric": "no-such-metric"}, "metric"),
    ("tags not a list", {"tags": "kursk"}, "tags"),
    ("too many tags", {"tags": ["kursk"] * (MAX_TAGS + 1)}, "tags"),
    ("an unknown field", {"valeu": 5}, "valeu"),  # once silently accepted
    ("status in the body", {"status": "published"}, "status"),
    ("a read-only field", {"version": 99}, "version"),
    ("an unknown field in a link", chain({"actor": "nis", "verbe": "said"}), "verbe"),
    (
        "an unknown field in a source",
        lambda w: {"sources": [{"id": w["source"].pk, "chain": [{"actor": "nis"}], "url": "x"}]},
        "url",
    ),
    ("sources not a list", {"sources": "x"}, "sources"),
    ("a source id that is a fraction", lambda w: {"sources": [{"id": 1.5, "chain": [{"actor": "nis"}]}]}, "id"),
    ("an unknown source", lambda w: {"sources": [{"id": 10**30, "chain": [{"actor": "nis"}]}]}, "id"),
    (
        "the same source twice",
        lambda w: {
            "sources": [
                {"id": w["source"].pk, "chain": [{"actor": "nis"}]},
                {"id": w["source"].pk, "chain": [{"actor": "lawmakers"}]},
            ]
        },
        "listed twice",
    ),
    (
        "too many sources",
        lambda w: {"sources": [{"id": w["source"].pk, "chain": [{"actor": "nis"}]}] * (MAX_SOURCES + 1)},
        "sources",
    ),
    ("an empty chain", chain(), "chain"),
    ("a chain that is null", lambda w: {"sources": [{"id": w["source"].pk, "chain": None}]}, "chain"),
    (
        "two origins",
        chain({"actor": "lawmakers", "role": "origin"}, {"actor": "nis", "role": "origin"}),
        "exactly one origin",
    ),
    ("no origin", chain({"actor": "nis", "role": "relay"}), "exactly one origin"),
    (
        "origin before a relay",
        chain({"actor": "nis", "role": "origin"}, {"actor": "lawmakers", "role": "relay"}),
        "origin must be the last link",
    ),
    ("an unknown speaker", chain({"actor": "nobody"}), "actor"),
    ("a speaker id past 64 bits", chain({"actor": 2**70}), "actor"),
    ("a NUL speaker", chain({"actor": "\x00"}), "actor"),
    # Figures and ids take ASCII digits only (once "١" was speaker 1 and "1_000" the value 1000).
    ("a speaker id in Arabic-Indic digits", lambda w: chain({"actor": arabic_indic(w["origin"].pk)})(w), "actor"),
    ("a metric id in Arabic-Indic digits", lambda w: {"metric": arabic_indic(w["metric"].pk)}, "metric"),
    ("a value with an underscore", {"value": "1_000"}, "value"),
    ("a value in Arabic-Indic digits", {"value": "\u0661\u0662"}, "value"),
    ("an upper value in fullwidth digits", {"value_max": "\uff19\uff19"}, "value_max"),
    ("a count in Arabic-Indic digits", chain({"actor": "anon", "source_count": "\u0666"}), "source_count"),
    ("a count with an underscore", chain({"actor": "anon", "source_count": "1_0"}), "source_count"),
    ("a date in Arabic-Indic digits", {"period_start": "\u0662\u0660\u0662\u0665-01-01"}, "period_start"),
    (
        "a source id in Arabic-Indic digits",
        lambda w: {"sources": [{"id": arabic_indic(w["source"].pk), "chain": [{"actor": "nis"}]}]},
        "id",
    ),
    ("a link without a speaker", chain({"verb": "said"}), "actor"),
    ("an unknown verb", chain({"actor": "nis", "verb": "whispered"}), "verb"),
    ("a count for a named speaker", chain({"actor": "nis", "source_count": 6}), "only anonymous sources"),
    ("a huge count", chain({"actor": "anon", "source_count": 10**30}), "source_count"),
    ("a count of zero", chain({"actor": "anon", "source_count": 0}), "source_count"),
    ("too many links", chain(*[{"actor": "lawmakers"}] * MAX_CHAIN_LINKS, {"actor": "nis"}), "chain"),
]


def resolve(overrides, world):
    return overrides(world) if callable(overrides) else overrides


def write(client, method, world, body, **extra):
    """Send ``body`` (a dict, or raw JSON text or bytes) as a create, replace or change."""
    url = CLAIMS if method == "post" else f"{CLAIMS}{world['claim'].pk}/"
    send = getattr(client, method)
    if isinstance(body, (str, bytes)):
        return send(url, body, content_type="application/json", **extra)
    return send(url, body, format="json", **extra)


@pytest.mark.parametrize("method", ["post", "put", "patch"])
@pytest.mark.parametrize("label, body, named", RAW_BODIES, ids=[case[0] for case in RAW_BODIES])
def test_malformed_json_is_400_and_writes_nothing(world, editor_api, method, label, body, named):
    before = snapshot()
    response = write(editor_api, method, world, body)
    assert response.status_code == 400, response.content[:300]
    assert error_names(response, named), response.content[:300]
    assert snapshot() == before


@pytest.mark.parametrize("method", ["post", "put", "patch"])
@pytest.mark.parametrize("label, overrides, named", BAD_BODIES, ids=[case[0] for case in BAD_BODIES])
def test_bad_body_is_400_naming_the_field_and_writes_nothing(world, editor_api, method, label, overrides, named):
    overrides = resolve(overrides, world)
    body = overrides if method == "patch" else claim_write_body(world, **overrides)
    before = snapshot()
    response = write(editor_api, method, world, body)
    assert response.status_code == 400, response.content[:300]
    assert error_names(response, named), response.json()
    assert snapshot() == before


@pytest.mark.parametrize("body", [claim_write_body, lambda world: "{"])
def test_anonymous_writes_are_401_whatever_the_body(world, api, body):
    before = snapshot()
    assert write(api, "post", world, body(world)).status_code == 401
    assert write(api, "patch", world, body(world)).status_code == 401
    assert snapshot() == before


def test_patch_of_a_chain_reads_links_as_a_create_does(world, reviewer_api):
    """Once a 500 (KeyError 'verb'): a PATCH skipped the nested defaults. Now a link without
    a verb says "said" and a role follows its place, as in a POST. (A reviewer's PATCH applies
    at once; an editor's, on a published claim, would wait as a pending revision.)"""
    body = chain({"actor": "lawmakers"}, {"actor": "nis"})(world)
    response = write(reviewer_api, "patch", world, body)
    assert response.status_code == 200, response.content[:300]
    links = response.json()["sources"][0]["chain"]
    assert [(link["actor"]["slug"], link["verb"], link["role"]) for link in links] == [
        ("lawmakers", "said", "relay"),
        ("nis", "said", "origin"),
    ]


@pytest.mark.parametrize(
    "text",
    ["قال مسؤولون \u200f", "👩‍👩‍👧 4,000", "Zürich\u0301", "100 % of ³ units", "\u202edlrow"],
)
def test_unusual_but_valid_text_is_stored_as_sent(world, editor_api, text):
    response = write(editor_api, "post", world, claim_write_body(world, statement=text, place=text))
    assert response.status_code == 201, response.content[:300]
    claim = Claim.objects.get(pk=response.json()["id"])
    assert claim.statement == text and claim.place == text


# --- Workflow steps ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path, headers, status",
    [
        ("9" * 40, {}, 404),
        ("-1", {}, 404),
        ("{pk}", {"HTTP_IF_MATCH": "x" * 10_000}, 412),
        ("{pk}", {"HTTP_IF_MATCH": '"' + "9" * 100 + '"'}, 412),
    ],
)
@pytest.mark.parametrize("step", ["submit", "publish", "retract", "return-to-draft"])
def test_workflow_steps_refuse_bad_ids_and_preconditions(world, reviewer_api, path, headers, status, step):
    before = snapshot()
    url = f"{CLAIMS}{path.format(pk=world['claim'].pk)}/{step}/"
    assert reviewer_api.post(url, "{", content_type="application/json", **headers).status_code == status
    assert snapshot() == before


@pytest.mark.parametrize("url", ["/api/v1/auth/token/", "/api/v1/extract/"])
@pytest.mark.parametrize("body", ["[" * 100_000 + "]" * 100_000, '{"text": NaN}', '{"text": "a",'])
def test_other_endpoints_with_a_body_refuse_malformed_json(world, editor_api, url, body):
    before = snapshot()
    response = editor_api.post(url, body, content_type="application/json")
    assert response.status_code == 400, response.content[:300]
    assert "JSON parse error" in response.json()["detail"]
    assert snapshot() == before
