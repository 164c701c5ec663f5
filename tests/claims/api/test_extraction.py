"""POST /api/v1/extract/: candidates as JSON for editors, and nothing written."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from claims.api.extraction import MAX_TEXT_LENGTH
from claims.extraction.extractor import MAX_CANDIDATES
from claims.models import Attribution, Claim
from sources.models import Actor, Outlet, Source
from tests.factories import make_actor, make_outlet

URL = reverse("api:extract", kwargs={"version": "v1"})
TEXT = (
    "Kim may send thousands more troops, the spy agency said. NBC News reported over 100 missiles, citing six sources."
)


@pytest.fixture
def agency(db):
    return make_actor("National Intelligence Service", kind="agency", aliases="the spy agency")


def row_counts():
    return [model.objects.count() for model in (Claim, Attribution, Actor, Source, Outlet)]


def test_candidates_with_figure_offsets_and_chain(editor_client, agency):
    make_outlet("The Hill", slug="the-hill")
    response = editor_client.post(URL, {"text": TEXT, "outlet": "the-hill"}, content_type="application/json")
    assert response.status_code == 200
    data = response.json()
    assert (data["outlet"], data["count"]) == ("The Hill", 2)
    troops, missiles = data["candidates"]
    assert troops["value"] == "1000" and troops["value_max"] is None
    assert (troops["qualifier"], troops["unit"], troops["figure"]) == ("magnitude", "troops", "thousands of troops")
    assert TEXT[troops["start"] : troops["end"]] == troops["quote"] == "thousands more troops"
    assert troops["sentence"] == "Kim may send thousands more troops, the spy agency said."
    assert [(link["name"], link["role"], link["actor_id"]) for link in troops["chain"]] == [
        ("The Hill", "relay", None),
        ("the spy agency", "origin", agency.pk),
    ]
    assert 0 < troops["confidence"] <= 1
    assert missiles["figure"] == "> 100 missiles"
    origin = missiles["chain"][-1]
    assert (origin["anonymous"], origin["source_count"], origin["is_new"]) == (True, 6, True)


def test_an_unknown_outlet_is_used_as_written(editor_client):
    response = editor_client.post(
        URL, {"text": "About 40 jets were lost.", "outlet": "Harbour News"}, content_type="application/json"
    )
    assert response.json()["candidates"][0]["chain"] == [
        {"name": "Harbour News", "verb": "reported", "role": "origin", "actor_id": None, "actor_name": None,
         "is_new": False, "anonymous": False, "source_count": None},
    ]  # fmt: skip


def test_writes_nothing(editor_client, agency, django_assert_max_num_queries):
    before = row_counts()
    with django_assert_max_num_queries(8):
        response = editor_client.post(URL, {"text": " ".join([TEXT] * 20)}, content_type="application/json")
    assert response.status_code == 200 and response.json()["count"] == 40
    assert row_counts() == before


@pytest.mark.parametrize(
    "body, message",
    [
        ({}, "This field is required."),
        ({"text": ""}, "This field may not be blank."),
        ({"text": "   \n "}, "The text is empty."),
        ({"text": "x" * (MAX_TEXT_LENGTH + 1)}, f"no more than {MAX_TEXT_LENGTH} characters"),
    ],
)
def test_bad_text_is_a_400_naming_the_field(editor_client, body, message):
    response = editor_client.post(URL, body, content_type="application/json")
    assert response.status_code == 400
    assert message in response.json()["text"][0]


@pytest.mark.parametrize(
    "body, field, message",
    [
        ({"text": "Some 12,000 troops were sent.", "language": "en"}, "language", "Unknown field"),
        ({"text": 12000}, "text", "Not a valid string"),
        ({"text": "Some 12,000 troops were sent.", "outlet": ["bbc"]}, "outlet", "Not a valid string"),
    ],
)
def test_unknown_fields_and_text_that_is_not_a_string_are_refused(editor_client, body, field, message):
    response = editor_client.post(URL, body, content_type="application/json")
    assert response.status_code == 400
    assert message in response.json()[field][0]


def test_only_editors_may_extract(client, django_user_model):
    # Without credentials the API answers 401 (with WWW-Authenticate: Token), see docs/api.md, "Access, tokens, throttling".
    assert client.post(URL, {"text": TEXT}, content_type="application/json").status_code == 401
    staff = django_user_model.objects.create_user(username="vera", password="pw", is_staff=True)
    client.force_login(staff)
    response = client.post(URL, {"text": TEXT}, content_type="application/json")
    assert response.status_code == 403
    assert "permission to add claims" in response.json()["detail"]


def test_reviewers_may_extract_too(reviewer_client):
    assert reviewer_client.post(URL, {"text": TEXT}, content_type="application/json").status_code == 200


def test_endpoint_is_in_the_openapi_schema(client):
    schema = client.get(reverse("api-schema"), {"format": "json"}).json()
    operation = schema["paths"]["/api/v1/extract/"]["post"]
    assert operation["operationId"] == "extract_figures"
    request_schema = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    assert request_schema.endswith("/ExtractionRequest")
    assert set(schema["components"]["schemas"]["FigureCandidate"]["properties"]) >= {
        "value", "value_max", "qualifier", "unit", "figure", "start", "end", "sentence", "chain", "confidence",
    }  # fmt: skip


def test_schema_builds_without_warnings(db):
    call_command("spectacular", "--validate", "--fail-on-warn", stdout=StringIO())


@pytest.mark.parametrize(
    "text",
    [
        "1" * 5000,  # once a 500 (decimal.InvalidOperation)
        "\u0661" * 5000,  # Arabic-Indic digits, once a 500 too
        "They counted " + "9" * 30 + " troops.",  # more digits than a claim's figure holds
    ],
)
def test_a_number_too_large_for_a_figure_is_no_candidate(editor_client, text):
    response = editor_client.post(URL, {"text": text}, content_type="application/json")
    assert response.status_code == 200, response.content[:300]
    assert response.json()["candidates"] == []


def test_the_answer_is_capped_at_max_candidates(editor_client):
    """ "12,000 troops, " × 13,000 once answered 2.5 GB after 104 s; the list stops at MAX_CANDIDATES."""
    text = "12,000 troops, " * (MAX_CANDIDATES + 500)
    response = editor_client.post(URL, {"text": text}, content_type="application/json")
    assert response.status_code == 200
    data = response.json()
    assert data["count"] == len(data["candidates"]) == MAX_CANDIDATES and data["truncated"] is True
    assert text[data["candidates"][-1]["start"] : data["candidates"][-1]["end"]] == "12,000 troops"


def test_an_ordinary_text_is_not_truncated(editor_client):
    assert editor_client.post(URL, {"text": TEXT}, content_type="application/json").json()["truncated"] is False


def test_a_body_past_the_upload_limit_is_refused_not_a_500(editor_client, settings):
    response = editor_client.post(
        URL, {"text": "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)}, content_type="application/json"
    )
    assert response.status_code in (400, 413), response.content[:300]
