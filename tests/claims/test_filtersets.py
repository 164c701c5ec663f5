"""ClaimFilterSet: each parameter on the seed data, combinations, ordering and bad input."""

from datetime import date

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import QueryDict
from django.test import RequestFactory

from claims.filtersets import ClaimFilterSet
from claims.models import Claim
from tests.factories import make_actor, make_outlet, make_source

pytestmark = pytest.mark.usefixtures("seeded")


def run(query, user=None):
    """Filter as the API does for ``user`` (anonymous by default); return the filterset."""
    request = RequestFactory().get("/", QueryDict(query))
    request.user = user or AnonymousUser()
    return ClaimFilterSet(request.GET, queryset=Claim.objects.visible_to(request.user).for_api(), request=request)


def quotes(query, user=None):
    filterset = run(query, user)
    assert filterset.is_valid(), filterset.errors
    return [claim.quote for claim in filterset.qs]


def errors(query, user=None):
    filterset = run(query, user)
    assert not filterset.is_valid()
    return {name: " ".join(messages) for name, messages in filterset.errors.items()}


# --- Figure ---------------------------------------------------------------------------------


def test_value_range_matches_overlapping_figure_intervals():
    found = set(quotes("value_min=50&value_max=500"))
    # 477 drones, > 60 missiles and > 100 missiles overlap [50, 500]; "> 170 a month" too.
    assert {"477 drones", "more than 60 missiles", "over 100 Hellfire missiles"} <= found
    assert "over 170 new sanctions a month" in found
    assert "about a half-dozen coffins" not in found  # ≈ 6 is [5.4, 6.6]
    assert "some 12,000 troops" not in found


def test_value_min_alone_includes_open_ended_figures():
    found = quotes("value_min=11000")
    assert "some 12,000 troops" in found  # ≈ 12,000 reaches 13,200
    assert "over 170 new sanctions a month" in found  # > 170 has no upper end
    assert "6,000 workers" not in found


def test_value_max_alone():
    # ≈ 6 coffins is [5.4, 6.6]: inside up to 5.5, outside up to 5.
    assert set(quotes("value_max=5.5")) == {"no new sanctions", "two visits", "about a half-dozen coffins"}
    assert set(quotes("value_max=5")) == {"no new sanctions", "two visits"}


def test_qualifier_accepts_several_values():
    assert set(quotes("qualifier=more_than")) == {
        "over 170 new sanctions a month",
        "over 100 Hellfire missiles",
        "more than 60 missiles",
    }
    assert set(quotes("qualifier=exact&qualifier=magnitude")) == set(quotes("qualifier=exact,magnitude"))
    assert "477 drones" in quotes("qualifier=exact,magnitude")


def test_unit_is_multi_valued():
    assert set(quotes("unit=drones,missiles")) == {"477 drones", "more than 60 missiles", "over 100 Hellfire missiles"}
    assert quotes("unit=drone") == ["477 drones"]


def test_unit_matches_a_counted_noun_in_the_singular_and_the_plural():
    troops = quotes("unit=troops")
    assert set(troops) == {"some 12,000 troops", "thousands of them died"}
    assert quotes("unit=troop") == troops  # once nothing at all
    assert set(quotes("unit=visit,missile")) == {"two visits", "more than 60 missiles", "over 100 Hellfire missiles"}
    assert quotes("unit=USD") == ["tens of billions of dollars"]
    assert quotes("unit=troo") == []  # a noun's forms, not a part of it


def test_value_range_overlaps_by_default_or_lies_within_on_request():
    overlapping = set(quotes("value_min=5000&value_max=13000"))
    # (60, ∞) overlaps [5,000, 13,000]: the documented default, as the issue found it.
    assert {"more than 60 missiles", "6,000 workers", "some 12,000 troops"} <= overlapping
    assert set(quotes("value_min=5000&value_max=13000&value_match=overlap")) == overlapping
    # Within: only 6,000 lies inside; ≈ 12,000 reaches 13,200, ≈ 5,000 starts at 4,500.
    assert quotes("value_min=5000&value_max=13000&value_match=within") == ["6,000 workers"]


def test_within_a_half_open_range():
    at_least_100 = set(quotes("value_min=100&value_match=within"))
    assert {"over 100 Hellfire missiles", "477 drones", "some 12,000 troops"} <= at_least_100
    assert "more than 60 missiles" not in at_least_100  # (60, ∞) starts below 100
    at_most_10 = set(quotes("value_max=10&value_match=within"))
    assert at_most_10 == {"two visits", "about a half-dozen coffins", "no new sanctions"}


# --- Who -------------------------------------------------------------------------------------


def test_actor_anywhere_in_the_chain_by_slug_or_id():
    from sources.models import Actor

    lawmakers = Actor.objects.get(slug="south-korean-lawmakers")
    assert quotes("actor=south-korean-lawmakers") == ["about 4,000 soldiers"]
    assert quotes(f"actor={lawmakers.pk}") == ["about 4,000 soldiers"]


def test_origin_is_the_last_link_only():
    assert quotes("origin=south-korean-lawmakers") == []  # they relay the NIS
    assert set(quotes("origin=national-intelligence-service")) == {"about 4,000 soldiers", "6,000 workers"}


def test_anonymous_origin():
    assert quotes("anonymous=true") == ["over 100 Hellfire missiles"]
    assert "over 100 Hellfire missiles" not in quotes("anonymous=false")
    assert len(quotes("anonymous=false")) == 14


def test_outlet_and_source():
    assert set(quotes("outlet=new-york-times")) == {
        "over 170 new sanctions a month",
        "no new sanctions",
        "thousands of so-called maintenance sanctions",
    }
    from sources.models import Source

    hill = Source.objects.get(title__startswith="Defense Department")
    assert set(quotes(f"source={hill.pk}")) == {
        "over 100 Hellfire missiles",
        "tens of billions of dollars",
        "477 drones",
        "more than 60 missiles",
    }


# --- When -----------------------------------------------------------------------------------


def test_published_range_needs_one_source_inside_it(make_claim):
    old, new = make_source(published=date(2020, 5, 1)), make_source(published=date(2025, 9, 1))
    actor = make_actor()
    from claims.chains import LinkData

    make_claim(
        quote="two sources years apart",
        status="published",
        links=[LinkData(old, actor, "said", "origin", 1), LinkData(new, actor, "said", "origin", 1)],
    )
    assert "two sources years apart" in quotes("published_after=2025-08-01")
    assert "two sources years apart" in quotes("published_before=2021-01-01")
    assert "two sources years apart" not in quotes("published_after=2021-01-01&published_before=2024-12-31")
    assert quotes("published_after=2026-01-01") == []


def test_period_overlap():
    found = quotes("period_after=2025-07-01&period_before=2025-07-31")
    assert "6,000 workers" in found  # about July 2025
    assert "some 12,000 troops" not in found  # about 2024


def test_updated_since(make_claim):
    assert len(quotes("updated_since=2000-01-01")) == 15
    assert quotes("updated_since=2999-01-01T00:00:00Z") == []


# --- Workflow and topic ---------------------------------------------------------------------


def test_status_for_staff_and_anonymous(reviewer):
    assert quotes("status=draft", reviewer) == ["three vital nuclear sites"]
    assert quotes("status=in_review", reviewer) == ["thousands more"]
    assert quotes("status=draft,in_review") == []  # anonymous clients never see them


def test_verdict_and_has_review():
    assert quotes("verdict=true") == ["6,000 workers"]
    assert set(quotes("has_review=true")) == {"6,000 workers", "some 12,000 troops"}
    assert len(quotes("has_review=false")) == 13


def test_tag_and_metric():
    assert set(quotes("tag=sanctions")) == {
        "over 170 new sanctions a month",
        "no new sanctions",
        "thousands of so-called maintenance sanctions",
    }
    assert set(quotes("metric=north-korean-workers-sent-to-kursk")) == {
        "about 5,000 military construction workers",
        "1,000 land mine removal workers",
        "6,000 workers",
    }


def test_place_is_a_case_insensitive_part():
    assert len(quotes("place=KURSK")) == 5


def test_search_finds_words_and_speaker_aliases():
    assert "some 12,000 troops" in quotes("q=troops")
    # "spy agency" is an alias of the National Intelligence Service.
    assert set(quotes("q=spy agency")) == {"about 4,000 soldiers", "6,000 workers"}
    assert quotes("q=zeppelin") == []


def test_three_filters_combined():
    assert quotes("unit=missiles&qualifier=more_than&anonymous=true") == ["over 100 Hellfire missiles"]
    assert set(quotes("tag=north-korea&value_min=3000&origin=national-intelligence-service")) == {
        "6,000 workers",
        "about 4,000 soldiers",
    }
    assert quotes("tag=north-korea&value_min=5000&origin=national-intelligence-service") == ["6,000 workers"]


# --- Ordering -------------------------------------------------------------------------------


def test_default_ordering_is_last_changed_first():
    claims = list(run("").qs)
    keys = [(c.updated_at, c.id) for c in claims]
    assert keys == sorted(keys, reverse=True)


@pytest.mark.parametrize("ordering", ["value", "-value"])
def test_ordering_by_value_puts_figureless_claims_last(make_claim, ordering):
    make_claim(quote="no figure", status="published")
    found = quotes(f"ordering={ordering}")
    assert found[-1] == "no figure"
    assert found[0] == ("no new sanctions" if ordering == "value" else "tens of billions of dollars")


def test_ordering_by_published_source_date(make_claim):
    make_claim(quote="oldest", status="published", source=make_source(published=date(2019, 1, 1)))
    assert quotes("ordering=published")[0] == "oldest"
    assert quotes("ordering=-published")[-1] == "oldest"


# --- Bad input: each names its parameter ----------------------------------------------------


@pytest.mark.parametrize(
    "query, parameter, message",
    [
        ("value_min=lots", "value_min", "Enter a number"),
        ("value_max=1e", "value_max", "Enter a number"),
        ("value_min=500&value_max=50", "value_max", "Must not be less than value_min"),
        ("qualifier=roughly", "qualifier", "roughly is not one of the available choices"),
        ("status=deleted", "status", "deleted is not one of the available choices"),
        ("verdict=pants_on_fire", "verdict", "not one of the available choices"),
        ("ordering=loudest", "ordering", "not one of the available choices"),
        ("anonymous=maybe", "anonymous", "Use true or false"),
        ("has_review=yes please", "has_review", "Use true or false"),
        ("published_after=July 2025", "published_after", "Enter a valid date"),
        ("published_before=2025-13-01", "published_before", "Enter a valid date"),
        ("period_after=yesterday", "period_after", "Enter a valid date"),
        ("period_before=2025-02-30", "period_before", "Enter a valid date"),
        ("updated_since=soon", "updated_since", "Enter a valid date/time"),
        ("outlet=bbc", "outlet", "Unknown outlet: “bbc”"),
        ("outlet=new-york-times,bbc,cnn", "outlet", "Unknown outlet: “bbc”, “cnn”"),
        ("actor=putin", "actor", "Unknown speaker: “putin”"),
        ("origin=999999", "origin", "Unknown speaker: “999999”"),
        ("origin=99999999999999999999999", "origin", "Unknown speaker"),
        ("source=kursk-wire-story", "source", "Unknown source"),
        ("tag=volcanoes", "tag", "Unknown tag: “volcanoes”"),
        ("metric=gdp", "metric", "Unknown metric: “gdp”"),
    ],
)
def test_bad_values_are_errors_on_their_parameter(query, parameter, message):
    found = errors(query)
    assert list(found) == [parameter]
    assert message in found[parameter]


def test_records_only_drafts_use_are_unknown_to_anonymous_clients(reviewer):
    # The seed tag "Iran" is on a draft claim only.
    assert "Unknown tag" in errors("tag=iran")["tag"]
    assert quotes("tag=iran", reviewer) == ["three vital nuclear sites"]


def test_records_nobody_cites_are_known_to_staff(reviewer):
    outlet = make_outlet("Le Monde")
    assert quotes(f"outlet={outlet.slug}", reviewer) == []
    assert "Unknown outlet" in errors(f"outlet={outlet.slug}")["outlet"]


def test_interval_ends_are_closed_more_than_60_reaches_a_value_max_of_60(make_claim):
    # docs/data-model.md: "Intervals are closed: 'more than 60' is compared as [60, ∞)". The bound a
    # source gave is not an exact limit, so the filter's edge value matches it.
    assert "more than 60 missiles" in quotes("unit=missiles&value_max=60")
    assert "more than 60 missiles" not in quotes("unit=missiles&value_max=59.99")
    make_claim(quote="up to 60 drones", value=60, qualifier="up_to", unit="edge-drones", status="published")
    assert quotes("unit=edge-drones&value_min=60") == ["up to 60 drones"]  # (−∞, 60] likewise
    assert quotes("unit=edge-drones&value_min=60.01") == []
