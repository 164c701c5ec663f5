"""The exact bytes of a CSV export (and of a JSON export's claims), pinned.

A spreadsheet user, an import, or a diff between two exports notices any byte that
moves: a quote added or lost, a number written "12000.0000", a line in another order.
``pinned_claims.csv`` is the file the sheet writers produced for the claims below
before CSV export was made faster (2026-12-06); a faster writer must write it byte
for byte. Rows carry fixed UIDs and times so the file is the same on every database;
only the row ids, which each database numbers its own way, are put in at test time.

The claims cover what a row can hold: chains in one and in two sources (relays,
counted anonymous sources), a chain shared by two claims, a published and a retracted
review, ranges, approximations, magnitudes, negative and fractional figures, currency
and percent units, unicode in every free-text column, text with commas, quotes and
line breaks, text that starts like a formula, and empty cells.
"""

import re
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from claims.chains import LinkData
from claims.models import Claim, Metric, Review, Tag
from claims.services import claim_transition, review_save
from sources.models import Actor, Outlet, Source
from tests.claims.sheet_data import build_sheet_claims
from tests.claims.sheet_files import export
from tests.factories import ClaimFactory, make_actor, make_outlet, make_source
from tests.shared_records import records_for_module

PINNED_CSV = Path(__file__).with_name("pinned_claims.csv")
PINNED_JSON = Path(__file__).with_name("pinned_claims.json")


def build_pinned_claims():
    """The sheet tests' claims and the awkward ones below, with fixed UIDs, names and times."""
    reviewer = get_user_model().objects.create_user(username="pinned-reviewer", password="pw")
    build_sheet_claims(reviewer)
    make = ClaimFactory()
    quoted = make_outlet('Kyiv "Independent", daily', slug="kyiv-independent", kind="digital")
    yonhap = make_outlet("연합뉴스 Yonhap", slug="yonhap", kind="agency")
    formula_story = make_source(quoted, '=Costs, "estimated"\nby the ministry', url='https://kyiv.example/a,b?q="1"')
    korean_story = make_source(
        yonhap,
        "북한군 파병 — 1만2천 명",
        url="https://yna.example/kr",
        published=date(2025, 6, 1),
        published_precision="month",
    )
    year_story = make_source(yonhap, "Year in review", published=date(2024, 1, 1), published_precision="year")
    ministry = make_actor("Ministry of Defence, Ukraine", slug="mod-ua", kind="government")
    nis = make_actor("NIS «국가정보원»", slug="nis", kind="agency")
    unnamed = make_actor("Anonymous officials", slug="anon-officials", kind="anonymous")
    comma_tag = Tag.objects.create(name="Costs, estimated")
    unicode_tag = Tag.objects.create(name="Ядерное оружие ☢")

    shared_chain = [LinkData(korean_story, nis, "said", "origin", 1)]
    make(
        statement='NIS: "about 12,000" troops; 北 12,000명 파병 ☢',
        quote="약 1만2천 명",
        value="12000.0000",
        qualifier="approx",
        unit="troops",
        subject="North Korean troops, Kursk",
        place="Курск, Россия",
        period_start=date(2024, 10, 1),
        links=shared_chain,
        tags=[unicode_tag],
        status="published",
    )
    make(
        statement="Up to 1.37 million shells were shipped.",
        quote="up to 1.37 million shells",
        value="1370000",
        qualifier="up_to",
        unit="shells",
        links=shared_chain,
        status="published",
    )
    make(
        statement="The war cost $20 billion in 2024,\nby one estimate.",
        value="20000000000",
        qualifier="more_than",
        unit="USD",
        period_end=date(2024, 12, 31),
        links=[
            LinkData(formula_story, ministry, "citing", "origin", 1),
            LinkData(year_story, unnamed, "said", "origin", 1, 1),
            LinkData(korean_story, nis, "reported", "relay", 1),
            LinkData(korean_story, unnamed, "citing", "origin", 2, 21),
        ],
        tags=[comma_tag, unicode_tag],
        status="published",
    )
    retracted = make(
        statement="'=Inflation reached 0.5%",
        quote="'0.5 per cent",
        value="0.5",
        qualifier="exact",
        unit="percent",
        subject='"Core" inflation',
        links=[LinkData(year_story, ministry, "said", "origin", 1)],
        status="published",
    )
    review_save(
        review=Review(
            claim=retracted,
            rating="false",
            status="published",
            date_published=date(2025, 1, 2),
            url="https://factdb.example/r?a=1,b=2",
            reviewer=reviewer,
        )
    )
    claim_transition(
        claim=retracted, action="retract", user=None, reason='Wrong series, "core" not headline;\nsee the note.'
    )
    make(statement="Magnitude: tens of thousands of dollars", value="-45000", qualifier="magnitude", unit="USD")
    make(
        statement="-5 degrees, tonight",
        value="1234.5600",
        qualifier="exact",
        unit="EUR",
        links=[LinkData(formula_story, ministry, "said", "origin", 1)],
        tags=[Tag.objects.create(name="@home")],
        metric=Metric.objects.create(name='Costs, "direct"', slug="costs-direct", unit="EUR"),
        status="published",
    )
    make(statement="x", quote="", value="3", qualifier="range", value_max="3.25", unit="", status="in_review")

    # Names the factories number from a counter shared by the whole run, made fixed.
    for model, field, word in ((Outlet, "name", "Outlet"), (Source, "title", "Story"), (Actor, "name", "Speaker")):
        for n, pk in enumerate(
            model.objects.filter(**{f"{field}__regex": rf"^{word} \d+$"}).order_by("pk").values_list("pk", flat=True)
        ):
            changes = {field: f"{word} {chr(65 + n)}"}
            if model is not Source:
                changes["slug"] = f"{word.lower()}-{chr(97 + n)}"
            model.objects.filter(pk=pk).update(**changes)
    pks = list(Claim.objects.order_by("pk").values_list("pk", flat=True))
    for n, pk in enumerate(pks):
        changes = {
            "uid": uuid.UUID(int=n + 1),
            "updated_at": datetime(2026, 12, 6, 9, n, 30, 250000, tzinfo=UTC),
        }
        if Claim.objects.filter(pk=pk, status="retracted").exists():
            changes["retracted_at"] = datetime(2026, 12, 6, 8, 15, 59, 999999, tzinfo=UTC)
        Claim.objects.filter(pk=pk).update(**changes)
    return pks


@pytest.fixture(scope="module")
def pinned_shared(django_db_setup, django_db_blocker):
    yield from records_for_module(django_db_blocker, build_pinned_claims)


def _numbered(text, pks):
    """The export with each row's database id replaced by its place (``#1#``), as pinned."""
    for n, pk in enumerate(pks):
        text = re.sub(rf"(^|\r\n|\n){pk},({uuid.UUID(int=n + 1)})", rf"\g<1>#{n + 1}#,\g<2>", text, count=1)
    return text


def _numbered_json(text, pks):
    for n, pk in enumerate(pks):
        text = text.replace(
            f'{{"id":{pk},"uid":"{uuid.UUID(int=n + 1)}"', f'{{"id":"#{n + 1}#","uid":"{uuid.UUID(int=n + 1)}"', 1
        )
    return text


def test_csv_export_writes_the_pinned_bytes(pinned_shared, db):
    data = export("csv", Claim.objects.order_by("pk"), chunk_size=3)
    assert _numbered(data.decode("utf-8"), pinned_shared).encode("utf-8") == PINNED_CSV.read_bytes()


def test_json_export_writes_the_pinned_claims(pinned_shared, db):
    data = export("json", Claim.objects.order_by("pk"), chunk_size=3).decode("utf-8")
    claims = data[: data.index('],\n"about":')]
    assert _numbered_json(claims, pinned_shared) + "\n" == PINNED_JSON.read_text(encoding="utf-8")
