"""The claims endpoint as a reporter uses it: shape, filters, facets, ordering, pages, bad input."""

import pytest
from django.urls import reverse

from claims.api.serializers import ClaimDetailSerializer, ClaimSerializer

LIST = "/api/v1/claims/"

pytestmark = pytest.mark.usefixtures("seeded")


def results(response):
    assert response.status_code == 200, response.content
    return response.json()["results"]


def quotes(response):
    return [claim["quote"] for claim in results(response)]


def serializer_shape(serializer):
    """The field names of a serializer, nested ones as dicts (``{"figure": {"value": …}}``)."""
    shape = {}
    for name, field in serializer.fields.items():
        child = getattr(field, "child", field)
        shape[name] = serializer_shape(child) if hasattr(child, "fields") else None
    return shape


def payload_shape(payload, like):
    return (
        {
            name: payload_shape(value[0] if isinstance(value, list) else value, like[name])
            if isinstance(like.get(name), dict) and value
            else None
            for name, value in payload.items()
        }
        if isinstance(payload, dict)
        else None
    )


def test_claim_carries_figure_chain_and_links(api):
    claim = next(c for c in results(api.get(LIST, {"q": "Hellfire"})) if c["quote"] == "over 100 Hellfire missiles")
    assert claim["figure"] == {
        "value": 100,
        "value_max": None,
        "qualifier": "more_than",
        "unit": "missiles",
        "display": "> 100 missiles",
        "interval_low": 100,
        "interval_high": None,
    }
    [source] = claim["sources"]
    assert source["outlet"]["slug"] == "the-hill"
    assert source["display"] == "The Hill ← NBC News ← six anonymous sources"
    assert [(link["position"], link["actor"]["slug"], link["role"], link["verb"]) for link in source["chain"]] == [
        (1, "nbc-news", "relay", "reported"),
        (2, "nbc-news-anonymous-sources", "origin", "citing"),
    ]
    origin = source["chain"][1]
    assert origin["anonymous"] is True and origin["source_count"] == 6
    assert origin["speaker"] == "six anonymous sources"
    assert claim["api_url"] == f"http://testserver{LIST}{claim['id']}/"
    assert origin["actor"]["api_url"].startswith("http://testserver/api/v1/actors/")
    assert {tag["slug"] for tag in claim["tags"]} == {"us-military-aid", "russia-ukraine-war"}
    assert claim["status"] == "published"
    assert claim["created_at"].endswith("Z") and claim["updated_at"].endswith("Z")


def test_payload_has_exactly_the_documented_fields(api):
    """The hot path builds dicts by hand; the schema documents ClaimSerializer. They must agree."""
    documented = serializer_shape(ClaimSerializer())
    for claim in results(api.get(LIST, {"page_size": 50})):
        assert set(claim) == set(documented)
        if claim["figure"]:
            assert set(claim["figure"]) == set(documented["figure"])
        if claim["metric"]:
            assert set(claim["metric"]) == set(documented["metric"])
        for tag in claim["tags"]:
            assert set(tag) == set(documented["tags"])
        for source in claim["sources"]:
            assert set(source) == set(documented["sources"])
            assert set(source["outlet"]) == set(documented["sources"]["outlet"])
            for link in source["chain"]:
                assert set(link) == set(documented["sources"]["chain"])
                assert set(link["actor"]) == set(documented["sources"]["chain"]["actor"])


def test_detail_matches_the_list_and_has_an_etag(api):
    listed = next(c for c in results(api.get(LIST)) if c["quote"] == "6,000 workers")
    response = api.get(listed["api_url"])
    assert response.status_code == 200
    detail = response.json()
    assert "origins" in detail.pop("origins") and detail == listed  # the detail adds the claim's origins
    assert response["ETag"] == f'"{listed["version"]}"'


def test_detail_of_unknown_claim_is_404(api):
    assert api.get(f"{LIST}999999/").status_code == 404


def test_readable_figures(api):
    figures = {c["quote"]: c["figure"]["display"] for c in results(api.get(LIST, {"page_size": 100})) if c["figure"]}
    assert figures["some 12,000 troops"] == "≈ 12,000 troops"
    assert figures["thousands of them died"] == "thousands of troops"
    assert figures["tens of billions of dollars"] == "tens of billions of dollars"


# --- Filters through the API (each is tested in depth in tests/claims/test_filtersets.py) ---------


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"origin": "national-intelligence-service"}, {"about 4,000 soldiers", "6,000 workers"}),
        ({"actor": "south-korean-lawmakers"}, {"about 4,000 soldiers"}),
        (
            {"value_min": 50, "value_max": 500, "unit": "drones,missiles"},
            {"477 drones", "more than 60 missiles", "over 100 Hellfire missiles"},
        ),
        ({"qualifier": "range"}, set()),
        ({"anonymous": "true"}, {"over 100 Hellfire missiles"}),
        ({"outlet": "new-york-times", "value_max": 0}, {"no new sanctions"}),
        (
            {"published_after": "2025-07-01", "published_before": "2025-07-01", "unit": "troops"},
            {"some 12,000 troops", "thousands of them died"},
        ),
        (
            {"period_after": "2025-07-01", "metric": "north-korean-workers-sent-to-kursk", "value_min": 5600},
            {"6,000 workers"},
        ),
        (
            {"period_before": "2024-06-30", "metric": "north-korean-military-personnel-sent-to-russia"},
            {"some 12,000 troops"},
        ),
        ({"verdict": "mostly_true"}, {"some 12,000 troops"}),
        ({"tag": "air-strikes", "has_review": "false"}, {"477 drones", "more than 60 missiles"}),
        ({"place": "kursk", "unit": "workers", "value_min": 5600}, {"6,000 workers"}),
        ({"updated_since": "2999-01-01T00:00:00Z"}, set()),
        ({"q": "spy agency"}, {"about 4,000 soldiers", "6,000 workers"}),
    ],
)
def test_filters(api, params, expected):
    assert set(quotes(api.get(LIST, params))) == expected


def test_source_filter_by_id(api):
    from sources.models import Source

    nyt = Source.objects.get(outlet__slug="new-york-times")
    assert len(results(api.get(LIST, {"source": nyt.pk}))) == 3


def test_multi_value_parameters_repeat_or_use_commas(api):
    repeated = set(quotes(api.get(f"{LIST}?unit=drones&unit=missiles")))
    assert repeated == set(quotes(api.get(LIST, {"unit": "drones,missiles"})))
    assert len(repeated) == 3


# --- Bad input: 400 naming the parameter ------------------------------------------------------


@pytest.mark.parametrize(
    "params, parameter",
    [
        ({"value_min": "many"}, "value_min"),
        ({"value_max": "1,000"}, "value_max"),
        ({"value_min": 10, "value_max": 5}, "value_max"),
        ({"qualifier": "about"}, "qualifier"),
        ({"status": "deleted"}, "status"),
        ({"verdict": "pants-on-fire"}, "verdict"),
        ({"anonymous": "sometimes"}, "anonymous"),
        ({"has_review": "2"}, "has_review"),
        ({"published_after": "last week"}, "published_after"),
        ({"published_before": "2025-02-30"}, "published_before"),
        ({"period_after": "2025"}, "period_after"),
        ({"period_before": "tomorrow"}, "period_before"),
        ({"updated_since": "recently"}, "updated_since"),
        ({"outlet": "bbc"}, "outlet"),
        ({"actor": "putin"}, "actor"),
        ({"origin": "nbc-news,nobody"}, "origin"),
        ({"source": "999999"}, "source"),
        ({"tag": "iran"}, "tag"),  # only a draft carries it: unknown to the public
        ({"metric": "gdp"}, "metric"),
        ({"ordering": "random"}, "ordering"),
        ({"facet": "colour"}, "facet"),
        ({"page_size": "0"}, "page_size"),
        ({"page_size": "501"}, "page_size"),
        ({"page_size": "ten"}, "page_size"),
        ({"page_size": "³"}, "page_size"),  # a digit to str.isdigit(), not to int()
        ({"cursor": "not-a-cursor"}, "cursor"),
        ({"count": "perhaps"}, "count"),
        ({"valu_min": "50"}, "valu_min"),
        ({"value_match": "inside", "value_min": "5"}, "value_match"),
        ({"value_match": "within"}, "value_match"),  # within what: no value_min nor value_max
        ({"format": "pdf"}, "format"),
    ],
)
def test_bad_input_is_400_naming_the_parameter(api, params, parameter):
    response = api.get(LIST, params)
    assert response.status_code == 400, response.content
    assert list(response.json()) == [parameter]
    assert response.json()[parameter][0]  # a message a reporter can read


def test_unknown_format_is_400_listing_the_formats_and_json_format_works(api):
    assert api.get(LIST, {"format": "json"}).status_code == 200
    response = api.get(LIST, {"format": "pdf"})
    assert response.status_code == 400
    assert response.json() == {
        "format": ["Unknown format “pdf”. This endpoint gives: json, api, csv, xlsx, sheet-json, claimreview."]
    }
    other = api.get("/api/v1/tags/", {"format": "csv"})  # only claims come as files
    assert (other.status_code, other.json()) == (
        400,
        {"format": ["Unknown format “csv”. This endpoint gives: json, api."]},
    )


# --- Ordering -----------------------------------------------------------------------------------


def test_default_ordering_is_last_changed_first(api):
    stamps = [(c["updated_at"], c["id"]) for c in results(api.get(LIST, {"page_size": 100}))]
    assert stamps == sorted(stamps, reverse=True)


@pytest.mark.parametrize("ordering", ["value", "-value"])
def test_ordering_by_value(api, ordering):
    values = [c["figure"]["value"] for c in results(api.get(LIST, {"ordering": ordering, "page_size": 100}))]
    assert values == sorted(values, reverse=ordering.startswith("-"))


def test_ordering_by_published_and_updated(api, make_claim):
    from datetime import date

    from tests.factories import make_source

    make_claim(quote="from 2019", status="published", source=make_source(published=date(2019, 5, 1)))
    assert quotes(api.get(LIST, {"ordering": "published"}))[0] == "from 2019"
    assert quotes(api.get(LIST, {"ordering": "-updated"}))[0] == "from 2019"
    assert quotes(api.get(LIST, {"ordering": "updated", "page_size": 100}))[-1] == "from 2019"


# --- Pages ------------------------------------------------------------------------------------


@pytest.mark.parametrize("ordering", ["-updated", "value", "-value", "published", "-published"])
def test_cursor_pages_walk_every_claim_once(api, ordering):
    seen, url, pages = [], LIST, 0
    params = {"page_size": 4, "ordering": ordering}
    while url:
        response = api.get(url, params if url == LIST else None)
        assert response.status_code == 200, response.content
        page = response.json()
        assert len(page["results"]) <= 4
        seen += [c["id"] for c in page["results"]]
        url, pages = page["next"], pages + 1
    assert pages == 4  # 15 published claims, 4 a page
    assert len(seen) == len(set(seen)) == 15
    assert seen == [c["id"] for c in results(api.get(LIST, {"page_size": 100, "ordering": ordering}))]


def test_page_size_default_and_maximum(api, settings):
    from factdb.api.pagination import KeysetPagination

    assert KeysetPagination.page_size == 50 and KeysetPagination.max_page_size == 500
    assert len(results(api.get(LIST, {"page_size": 2}))) == 2
    assert api.get(LIST, {"page_size": 500}).status_code == 200
    assert api.get(LIST, {"page_size": 501}).json() == {"page_size": ["Enter a whole number from 1 to 500."]}


def test_count_only_when_asked(api):
    assert "count" not in api.get(LIST).json()
    page = api.get(LIST, {"count": "true", "page_size": 2, "unit": "workers"}).json()
    assert page["count"] == 3
    assert "count=" not in page["next"]  # later pages do not count again


def test_cursor_of_another_ordering_is_refused(api):
    next_url = api.get(LIST, {"page_size": 2}).json()["next"]
    cursor = next_url.split("cursor=")[1].split("&")[0]
    response = api.get(LIST, {"cursor": cursor, "ordering": "value", "page_size": 2})
    assert response.status_code == 400
    assert "another ordering" in response.json()["cursor"][0]


# --- Facets -----------------------------------------------------------------------------------


def test_facets_count_the_whole_filtered_set(api):
    params = {"facet": ["unit", "origin", "outlet", "verdict"], "page_size": 1, "tag": "north-korea"}
    page = api.get(LIST, params).json()
    assert len(page["results"]) == 1
    facets = page["facets"]
    assert {row["value"]: row["count"] for row in facets["unit"]} == {
        "workers": 3,
        "troops": 2,
        "soldiers": 1,
        "visits": 1,
        "coffins": 1,
    }
    origins = {row["value"]: row["count"] for row in facets["origin"]}
    assert origins["national-intelligence-service"] == 2
    assert origins["russian-media"] == 2
    assert facets["outlet"] == [{"value": "daily8", "id": facets["outlet"][0]["id"], "label": "Daily8", "count": 8}]
    assert {row["value"]: row["count"] for row in facets["verdict"]} == {"": 6, "true": 1, "mostly_true": 1}


def test_facets_are_ordered_by_count_and_labelled(api):
    facets = api.get(LIST, {"facet": "qualifier"}).json()["facets"]["qualifier"]
    counts = [row["count"] for row in facets]
    assert counts == sorted(counts, reverse=True)
    assert {row["value"]: row["label"] for row in facets}["approx"] == "approximately"


def test_reverse_of_the_claims_route():
    assert reverse("api:claim-list", kwargs={"version": "v1"}) == LIST


def test_a_claim_counts_its_independent_origins(api):
    # The 6,000 workers: Daily8 relays the National Intelligence Service (one outlet, one origin).
    listed = next(c for c in results(api.get(LIST)) if c["quote"] == "6,000 workers")
    detail = api.get(listed["api_url"]).json()
    assert detail["origins"] == {
        "outlet_count": 1,
        "origin_count": 1,
        "origins": ["National Intelligence Service"],
        "display": "1 outlet, 1 origin: National Intelligence Service",
    }
    documented = serializer_shape(ClaimDetailSerializer())
    assert set(detail) == set(documented) and set(detail["origins"]) == set(documented["origins"])
