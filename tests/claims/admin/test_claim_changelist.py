"""The claims list's filters and date drill-down, and the provenance a suggested claim shows."""

import datetime
import html

import pytest
from django.urls import reverse

from claims.models import Claim, Metric, Tag
from claims.services import claim_save

CHANGELIST = reverse("admin:claims_claim_changelist")


@pytest.fixture
def desk(make_claim):
    """Five claims with distinct qualifiers, tags, metrics and creation dates."""
    kursk, drones = Tag.objects.create(name="Kursk"), Tag.objects.create(name="Drones")
    troops = Metric.objects.create(name="Troops in Kursk", slug="troops-in-kursk")
    launched = Metric.objects.create(name="Drones launched", slug="drones-launched")
    claims = {
        "troops": make_claim(
            statement="About 12,000 troops", value=12000, qualifier="approx", unit="troops", tags=[kursk], metric=troops
        ),
        "more troops": make_claim(
            statement="At least 4,000 more troops",
            value=4000,
            qualifier="at_least",
            unit="troops",
            tags=[kursk],
            metric=troops,
        ),
        "drones": make_claim(
            statement="477 drones overnight",
            value=477,
            qualifier="exact",
            unit="drones",
            tags=[drones],
            metric=launched,
        ),
        "missiles": make_claim(
            statement="More than 60 missiles", value=60, qualifier="more_than", unit="missiles", tags=[drones, kursk]
        ),
        "plain": make_claim(statement="Shoigu visited twice", value=2, qualifier="exact", unit="visits"),
    }
    # Spread over two years and two months of one, at noon (UTC) so no time zone moves a day.
    created = {
        "troops": datetime.datetime(2024, 10, 14, 12, tzinfo=datetime.UTC),
        "more troops": datetime.datetime(2025, 2, 3, 12, tzinfo=datetime.UTC),
        "drones": datetime.datetime(2025, 7, 9, 12, tzinfo=datetime.UTC),
        "missiles": datetime.datetime(2025, 7, 20, 12, tzinfo=datetime.UTC),
        "plain": datetime.datetime(2025, 2, 27, 12, tzinfo=datetime.UTC),
    }
    for key, when in created.items():
        Claim.objects.filter(pk=claims[key].pk).update(created_at=when)
    return claims


def listed(client, params):
    response = client.get(CHANGELIST, params)
    assert response.status_code == 200
    return {claim.statement for claim in response.context["cl"].result_list}


@pytest.mark.parametrize(
    "qualifier, expected",
    [
        ("approx", {"About 12,000 troops"}),
        ("at_least", {"At least 4,000 more troops"}),
        ("exact", {"477 drones overnight", "Shoigu visited twice"}),
        ("more_than", {"More than 60 missiles"}),
        ("range", set()),
    ],
)
def test_qualifier_filter(editor_client, desk, qualifier, expected):
    assert listed(editor_client, {"qualifier__exact": qualifier}) == expected


def test_tag_filter(editor_client, desk):
    kursk, drones = Tag.objects.get(name="Kursk"), Tag.objects.get(name="Drones")
    assert listed(editor_client, {"tags__id__exact": kursk.pk}) == {
        "About 12,000 troops",
        "At least 4,000 more troops",
        "More than 60 missiles",
    }
    assert listed(editor_client, {"tags__id__exact": drones.pk}) == {"477 drones overnight", "More than 60 missiles"}
    # The sidebar offers each tag by name, linking to that filter.
    page = html.unescape(editor_client.get(CHANGELIST).content.decode())
    assert f"?tags__id__exact={kursk.pk}" in page and "Kursk" in page


def test_metric_filter(editor_client, desk):
    troops = Metric.objects.get(slug="troops-in-kursk")
    assert listed(editor_client, {"metric__id__exact": troops.pk}) == {
        "About 12,000 troops",
        "At least 4,000 more troops",
    }
    launched = Metric.objects.get(slug="drones-launched")
    assert listed(editor_client, {"metric__id__exact": launched.pk}) == {"477 drones overnight"}
    assert listed(editor_client, {"metric__isnull": "True"}) == {"More than 60 missiles", "Shoigu visited twice"}


def test_filters_combine(editor_client, desk):
    kursk = Tag.objects.get(name="Kursk")
    assert listed(editor_client, {"tags__id__exact": kursk.pk, "qualifier__exact": "more_than"}) == {
        "More than 60 missiles"
    }


@pytest.fixture
def stated(desk):
    """The desk's claims said on dates of their own, typed in today (creation dates are not statement dates).

    "troops" and "more troops" were published by sources with dates; "drones" and "missiles"
    have undated sources and a period; "plain" is in an undated source and a dated one.
    """
    from sources.models import Source

    def published(key, day):
        source = Source.objects.get(attributions__claim=desk[key])
        source.published = day
        source.save()  # an editor correcting a source's date: its claims follow

    published("troops", datetime.date(2024, 10, 14))
    published("more troops", datetime.date(2025, 2, 3))
    for key, day in (("drones", datetime.date(2025, 7, 9)), ("missiles", datetime.date(2025, 7, 20))):
        claim = desk[key]
        claim.period_start, claim.period_end = day - datetime.timedelta(days=30), day
        claim_save(claim=claim)
    published("plain", datetime.date(2025, 2, 27))
    Claim.objects.update(created_at=datetime.datetime(2026, 12, 1, 12, tzinfo=datetime.UTC))
    return desk


def test_date_hierarchy_drills_down_by_the_date_of_the_statement(editor_client, stated):
    top = html.unescape(editor_client.get(CHANGELIST).content.decode())
    assert "?stated_on__year=2024" in top and "?stated_on__year=2025" in top
    assert "created_at__year" not in top and "stated_on__year=2026" not in top, "not the day the rows were typed in"

    assert listed(editor_client, {"stated_on__year": "2024"}) == {"About 12,000 troops"}
    year = editor_client.get(CHANGELIST, {"stated_on__year": "2025"})
    assert {c.statement for c in year.context["cl"].result_list} == {
        "At least 4,000 more troops",
        "477 drones overnight",
        "More than 60 missiles",
        "Shoigu visited twice",
    }
    months = html.unescape(year.content.decode())
    # The year's page offers its months with claims (February and July), and no other.
    assert "stated_on__month=2" in months and "stated_on__month=7" in months
    assert "stated_on__month=10" not in months

    assert listed(editor_client, {"stated_on__year": "2025", "stated_on__month": "2"}) == {
        "At least 4,000 more troops",
        "Shoigu visited twice",
    }
    july = editor_client.get(CHANGELIST, {"stated_on__year": "2025", "stated_on__month": "7"})
    assert {c.statement for c in july.context["cl"].result_list} == {"477 drones overnight", "More than 60 missiles"}
    days = html.unescape(july.content.decode())
    assert "stated_on__day=9" in days and "stated_on__day=20" in days
    assert listed(editor_client, {"stated_on__year": "2025", "stated_on__month": "7", "stated_on__day": "20"}) == {
        "More than 60 missiles"
    }


def test_the_earliest_source_date_wins_over_the_period_and_a_new_chain_moves_it(editor_client, stated):
    from claims.chains import LinkData
    from claims.services import chain_replace
    from tests.factories import make_actor, make_source

    drones = stated["drones"]
    assert Claim.objects.get(pk=drones.pk).stated_on == datetime.date(2025, 7, 9), "the period's end"
    earlier = make_source(title="First report", published=datetime.date(2025, 7, 2))
    later = make_source(title="Follow-up", published=datetime.date(2025, 7, 5))
    chain_replace(
        claim=drones,
        links=[
            LinkData(later, make_actor("Air Force"), "said", "origin", 1),
            LinkData(earlier, make_actor("Air Force spokesman"), "said", "origin", 1),
        ],
    )
    assert Claim.objects.get(pk=drones.pk).stated_on == datetime.date(2025, 7, 2)


def test_a_suggested_claim_shows_the_sentence_it_came_from(editor_client, make_claim):
    sentence = "Ukraine's air force said Russia launched 83 drones and two missiles overnight."
    claim = make_claim(
        statement="83 drones overnight",
        quote="83 drones",
        value=83,
        unit="drones",
        provenance="suggested",
        extracted_sentence=sentence,
    )
    response = editor_client.get(reverse("admin:claims_claim_change", args=[claim.pk]))
    assert response.status_code == 200
    page = html.unescape(response.content.decode())
    assert sentence in page
    assert "Suggested from a source's text" in page  # its provenance, read-only next to the sentence
    # Read-only: the form does not offer the sentence for editing.
    assert 'name="extracted_sentence"' not in page


def test_the_sidebar_offers_qualifier_tag_and_metric_choices(editor_client, desk):
    # The admin would accept ?qualifier__exact= even without the filter; a user needs the links.
    response = editor_client.get(CHANGELIST)
    titles = [spec.title for spec in response.context["cl"].filter_specs]
    assert {"qualifier", "tags", "metric"} <= set(titles)
    page = html.unescape(response.content.decode())
    troops = Metric.objects.get(slug="troops-in-kursk")
    choices = [
        ("?qualifier__exact=at_least", "at least"),
        (f"?metric__id__exact={troops.pk}", "Troops in Kursk"),
        (f"?tags__id__exact={Tag.objects.get(name='Drones').pk}", "Drones"),
    ]
    for link, label in choices:
        assert f'href="{link}"' in page and label in page
