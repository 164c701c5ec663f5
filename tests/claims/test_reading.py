"""The read model (``claims/reading.py``): every way of reading a claim shows the same sources,
chains and origins in the same order, and the same exact interval.

One claim has four sources: one published earlier, two published the same day (the
one created first has the title that sorts last), and one undated; their chains are
relayed or direct, with several origins (counted anonymous sources among them).
Another is "about six coffins", whose interval SQLite computes as 6.6000000000000005
in floating point. Each format is read back as its reader meets it: the API's JSON,
CSV with the csv module, XLSX with openpyxl, the JSON sheet, ClaimReview JSON-LD, and
the admin's claims list and claim page as HTML.
"""

import copy
from datetime import date
from decimal import Decimal

import lxml.html
import pytest
from django.urls import reverse

from claims.chains import LinkData
from claims.models import Claim, Review
from claims.reading import exact_interval, figure_display, figure_values, to_decimal
from claims.services import review_save
from tests.claims.sheet_files import csv_rows, export, json_document, xlsx_rows
from tests.factories import ClaimFactory, make_actor, make_outlet, make_source
from tests.shared_records import records_for_module

TROOPS = "North Korea has sent about 12,000 troops to Russia."
COFFINS = "State television showed Kim Jong Un with about six flag-draped coffins of soldiers returned from Russia."

# What every reader must show, written out by hand: sources by published date (undated
# last), the same day by title, whatever order they were created in.
EXPECTED = {
    TROOPS: {
        "titles": [
            "Seoul says North Korea has begun sending troops to Russia",
            "Kim Jong Un's soldiers arrive in Kursk",
            "North Korea sends troops to Russia, Seoul says",
            "Troops seen boarding trains in Chongjin",
        ],
        "outlets": ["Yonhap", "The Moscow Times", "The Hill", "Daily NK"],
        "chains": [
            "Yonhap ← National Intelligence Service",
            "The Moscow Times ← Russian media",
            "The Hill ← NBC News ← six anonymous sources",
            "Daily NK ← a source in North Hamgyong",
        ],
        "origins": [
            "National Intelligence Service",
            "Russian media",
            "six anonymous sources",
            "a source in North Hamgyong",
        ],
        "interval": ("10800", "13200"),
    },
    COFFINS: {
        "titles": ["Kim Jong Un honours soldiers killed in Kursk"],
        "outlets": ["Yonhap"],
        "chains": ["Yonhap ← Korean Central Television"],
        "origins": ["Korean Central Television"],
        "interval": ("5.4", "6.6"),
    },
}


def build_claims(reviewer):
    yonhap, hill = make_outlet("Yonhap", slug="yonhap"), make_outlet("The Hill", slug="the-hill")
    moscow_times, daily_nk = make_outlet("The Moscow Times", slug="moscow-times"), make_outlet("Daily NK", slug="dnk")
    same_day = date(2024, 10, 18)
    # Created first, sorts last by title: ids alone would put it first.
    hill_story = make_source(hill, "North Korea sends troops to Russia, Seoul says", published=same_day)
    moscow_story = make_source(moscow_times, "Kim Jong Un's soldiers arrive in Kursk", published=same_day)
    undated = make_source(daily_nk, "Troops seen boarding trains in Chongjin")
    yonhap_story = make_source(
        yonhap, "Seoul says North Korea has begun sending troops to Russia", published=date(2024, 10, 10)
    )
    coffins_story = make_source(yonhap, "Kim Jong Un honours soldiers killed in Kursk", published=date(2025, 6, 30))
    nis = make_actor("National Intelligence Service", slug="nis", kind="organization")
    nbc = make_actor("NBC News", slug="nbc-news", kind="media")
    anonymous = make_actor("Anonymous sources (NBC News)", slug="nbc-anonymous", kind="anonymous")
    russian_media = make_actor("Russian media", slug="russian-media", kind="group")
    local = make_actor("a source in North Hamgyong", slug="north-hamgyong-source", kind="person")
    kctv = make_actor("Korean Central Television", slug="kctv", kind="media")
    make = ClaimFactory()
    troops = make(
        statement=TROOPS,
        quote="about 12,000 troops",
        value=12000,
        qualifier="approx",
        unit="troops",
        links=[
            LinkData(hill_story, nbc, "reported", "relay", 1),
            LinkData(hill_story, anonymous, "citing", "origin", 2, 6),
            LinkData(moscow_story, russian_media, "reported", "origin", 1),
            LinkData(undated, local, "said", "origin", 1),
            LinkData(yonhap_story, nis, "told", "origin", 1),
        ],
        status="published",
    )
    coffins = make(
        statement=COFFINS,
        quote="about a half-dozen coffins",
        value=6,
        qualifier="approx",
        unit="coffins",
        links=[LinkData(coffins_story, kctv, "reported", "origin", 1)],
        status="published",
    )
    for claim in (troops, coffins):
        review_save(
            review=Review(
                claim=claim,
                rating="mostly_true",
                status="published",
                date_published=date(2025, 7, 1),
                reviewer=reviewer,
            )
        )
    return {"troops": troops, "coffins": coffins}


@pytest.fixture(scope="module")
def claims_shared(django_db_setup, django_db_blocker):
    def build():
        from django.contrib.auth import get_user_model

        reviewer = get_user_model().objects.create_user("reading-reviewer", password="pw")
        return build_claims(reviewer)

    yield from records_for_module(django_db_blocker, build)


@pytest.fixture
def claims(claims_shared, db):
    return copy.deepcopy(claims_shared)


def _number(value):
    """A number cell or JSON value as plain decimal text: 13200 and "13200.0000" both read "13200"."""
    return None if value in (None, "") else format(Decimal(str(value)).normalize(), "f")


def _numbers(low, high):
    return (_number(low), _number(high))


# --- Each reader, as a person or a script meets it ------------------------------------------


def read_api_list(client, claims):
    results = client.get("/api/v1/claims/", {"page_size": 100}).json()["results"]
    return {claim["statement"]: _api_claim(claim) for claim in results}


def read_api_detail(client, claims):
    details = [client.get(f"/api/v1/claims/{claim.pk}/").json() for claim in claims.values()]
    return {claim["statement"]: _api_claim(claim) for claim in details}


def _api_claim(claim):
    sources, figure = claim["sources"], claim["figure"]
    return {
        "titles": [source["title"] for source in sources],
        "outlets": [source["outlet"]["name"] for source in sources],
        "chains": [source["display"] for source in sources],
        "origins": [source["chain"][-1]["speaker"] for source in sources],
        # The JSON text of each end, exactly as sent.
        "interval": (repr(figure["interval_low"]), repr(figure["interval_high"])),
    }


def _sheet_claim(row, keys):
    titles, outlets, chains, origins, low, high = (row[key] for key in keys)
    return {
        "titles": titles.splitlines(),
        "outlets": outlets.splitlines(),
        "chains": chains.splitlines(),
        "origins": origins.splitlines(),
        "interval": _numbers(low, high),
    }


SHEET_LABELS = (
    "Source titles",
    "Outlets",
    "Attribution chain",
    "Origin speakers",
    "Interval low",
    "Interval high",
)


def read_csv(client, claims):
    rows = csv_rows(export("csv"))
    return {row["Statement"]: _sheet_claim(row, SHEET_LABELS) for row in rows}


def read_xlsx(client, claims):
    rows = xlsx_rows(export("xlsx"))
    return {row["Statement"]: _sheet_claim(row, SHEET_LABELS) for row in rows}


def read_json(client, claims):
    rows = json_document(export("json"))["claims"]
    keys = ("source_titles", "outlets", "chain", "origin", "interval_low", "interval_high")
    return {row["statement"]: _sheet_claim(row, keys) for row in rows}


def read_claimreview(client, claims):
    graph = json_document(export("claimreview"))["@graph"]
    read = {}
    for review in graph:
        item = review["itemReviewed"]
        figure = item["about"]
        read[review["claimReviewed"]] = {
            "titles": [work["headline"] for work in item["appearance"]],
            "outlets": [work["publisher"]["name"] for work in item["appearance"]],
            "interval": _numbers(figure["minValue"], figure["maxValue"]),
        }
    return read


def read_admin_changelist(client, claims):
    page = lxml.html.fromstring(client.get(reverse("admin:claims_claim_changelist")).content.decode())
    read = {}
    for row in page.xpath("//table[@id='result_list']/tbody/tr"):
        statement = _cell(row, "th", "field-statement").text_content().strip()
        read[statement] = {
            "origins": [text.strip() for text in _cell(row, "td", "field-origin_speaker").itertext()],
            "outlets": _cell(row, "td", "field-published_in").text_content().split(", "),
        }
    return read


def _cell(row, tag, css_class):
    (cell,) = row.xpath(f"{tag}[contains(concat(' ', @class, ' '), ' {css_class} ')]")
    return cell


def read_admin_claim_page(client, claims):
    read = {}
    for claim in claims.values():
        page = lxml.html.fromstring(client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode())
        lines = page.xpath("//p[contains(concat(' ', @class, ' '), ' chain-line ')]")
        read[claim.statement] = {"chains": [line.text_content() for line in lines]}
    return read


READERS = [
    read_api_list,
    read_api_detail,
    read_csv,
    read_xlsx,
    read_json,
    read_claimreview,
    read_admin_changelist,
    read_admin_claim_page,
]


@pytest.mark.parametrize("reader", READERS, ids=lambda reader: reader.__name__.removeprefix("read_"))
def test_every_reader_shows_the_same_sources_chains_and_intervals_in_the_same_order(reader, claims, client, editor):
    client.force_login(editor)
    read = reader(client, claims)
    for statement, expected in EXPECTED.items():
        shown = read[statement]
        assert shown == {key: expected[key] for key in shown}, statement


def test_the_api_sends_intervals_as_their_exact_decimal_text(claims, client):
    # The JSON text itself, not a float parsed from it: "13200", never "13200.000000000002".
    body = client.get(f"/api/v1/claims/{claims['coffins'].pk}/").content.decode()
    assert '"interval_low":5.4,"interval_high":6.6}' in body
    body = client.get(f"/api/v1/claims/{claims['troops'].pk}/").content.decode()
    assert '"interval_low":10800,"interval_high":13200}' in body


@pytest.mark.parametrize(
    ("value", "value_max", "qualifier", "expected"),
    [
        (12000, None, "approx", (Decimal("10800"), Decimal("13200"))),
        (6, None, "approx", (Decimal("5.4"), Decimal("6.6"))),
        (7.0, None, "approx", (Decimal("6.3"), Decimal("7.7"))),  # SQLite hands back floats
        (-2.5, None, "approx", (Decimal("-2.75"), Decimal("-2.25"))),
        (0.1, 0.3, "range", (Decimal("0.1"), Decimal("0.3"))),
        (1000, None, "magnitude", (Decimal("1000"), Decimal("10000"))),
        (60, None, "more_than", (Decimal("60"), None)),
        (None, None, "", (None, None)),
    ],
)
def test_exact_interval_of_raw_values_is_decimal(value, value_max, qualifier, expected):
    assert exact_interval(value, value_max, qualifier) == expected


@pytest.mark.parametrize(
    ("value", "value_max", "qualifier", "unit"),
    [(12000, None, "approx", "troops"), (7.0, None, "exact", "percent"), (0.1, 0.3, "range", "USD"), (None, 5, "", "")],
)
def test_a_sheet_reads_a_figure_in_one_call_as_the_readers_do(value, value_max, qualifier, unit):
    read = figure_values(value, value_max, qualifier, unit)
    assert read == (
        to_decimal(value),
        to_decimal(value_max),
        exact_interval(value, value_max, qualifier),
        figure_display(value, value_max, qualifier, unit),
    )
    assert str(read[0]) == str(to_decimal(value))  # 7.0 stays Decimal("7.0"), not a cached Decimal("7")


def test_the_models_chains_follow_the_same_order(claims):
    claim = Claim.objects.with_chain().get(pk=claims["troops"].pk)
    assert [chain.display() for chain in claim.chains] == EXPECTED[TROOPS]["chains"]
